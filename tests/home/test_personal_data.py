"""A page holding people's personal data cannot be deleted, by any door, until it is erased:
the core asks every app's ``register_personal_data`` count, for the page and its descendants."""

from http import HTTPStatus

import pytest

from django.urls import reverse

from wagtail import hooks
from wagtail.models import Page
from wagtail.users.models import UserProfile

from campaigns.models import CampaignPage, Signature
from forum.models import EventPage, Registration
from home.models import StandardPage, User
from home.personal_data import people_held
from tests.conftest import login_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def training(db):
    """The demo training in English, with its three registrations."""
    source = EventPage.objects.get(slug="training-advocacy-strumica", locale__language_code="mk")
    return source.get_translations().get(locale__language_code="en").specific


@pytest.fixture(autouse=True)
def admin_in_english(db):
    """The admin's messages in English, whatever the site's default language."""
    profile = UserProfile.get_for_user(User.objects.get(username="admin"))
    profile.preferred_language = "en"
    profile.save()


def delete(client, page):
    return client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]), follow=True)


def bulk_delete(client, *pages):
    query = "&".join(f"id={page.pk}" for page in pages)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + "?" + query
    return client.post(url, {"include_descendants": "on"}, follow=True)


def test_an_event_with_registrations_is_not_deleted_from_any_of_its_languages(client, training):
    login_as(client, "admin")
    held = Registration.objects.filter(event_key=training.translation_key).count()
    assert held and people_held(training) == held

    response = delete(client, training)

    assert response.status_code == HTTPStatus.OK
    assert f"holds the personal data of people who took part ({held})" in (
        response.content.decode()
    )
    assert Page.objects.filter(pk=training.pk).exists()
    assert Registration.objects.filter(event_key=training.translation_key).count() == held


def test_the_event_is_deleted_once_its_registrations_are_erased(client, training):
    login_as(client, "admin")
    Registration.objects.filter(event_key=training.translation_key).delete()

    delete(client, training)

    assert not Page.objects.filter(pk=training.pk).exists()


def test_the_refusal_is_in_the_admins_language(client, training):
    profile = UserProfile.get_for_user(User.objects.get(username="admin"))
    profile.preferred_language = "tr"
    profile.save()
    login_as(client, "admin")

    response = delete(client, training)

    assert "henüz silinemez" in response.content.decode()


def test_a_bulk_delete_is_refused_while_a_descendant_holds_personal_data(client, homes):
    login_as(client, "admin")
    parent = homes["en"].add_child(instance=StandardPage(title="Parent", slug="parent-pd"))
    child = parent.add_child(instance=StandardPage(title="Child", slug="child-pd"))

    def one_person_on_the_child(page):
        return 1 if page.pk == child.pk else 0

    with hooks.register_temporarily("register_personal_data", one_person_on_the_child):
        refused = bulk_delete(client, parent)
        assert "“Child” cannot be deleted yet" in refused.content.decode()
        assert Page.objects.filter(pk__in=[parent.pk, child.pk]).count() == 2

        single = delete(client, parent)  # the page's own delete button, too
        assert "“Child” cannot be deleted yet" in single.content.decode()
        assert Page.objects.filter(pk=parent.pk).exists()

    bulk_delete(client, parent)  # nobody's data any more
    assert not Page.objects.filter(pk__in=[parent.pk, child.pk]).exists()


def test_a_campaign_with_signatories_is_not_deleted(client):
    page = CampaignPage.objects.filter(locale__language_code="mk").first()
    Signature.objects.create(
        campaign_key=page.translation_key,
        name="Ана",
        email="ana-pd@example.org",
        municipality="cair",
        language="mk",
    )
    held = Signature.objects.filter(campaign_key=page.translation_key).count()

    assert people_held(page) == held >= 1
    login_as(client, "admin")
    delete(client, page)
    assert Page.objects.filter(pk=page.pk).exists()
