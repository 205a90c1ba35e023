"""Refusals and bad input in the visitor's language, never a 500 (issue 14).

Django's own 400 and 403 pages are English and bare; ours speak each of the eight languages.
Hand-made admin posts that Wagtail reads with ``request.POST[...]`` (or Draftail as JSON) answer
400 and store nothing; Wagtail's views that asked less than their area are held to it.
"""

from http import HTTPStatus

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from forum.models import Organization
from home.models import ForumDocument, ForumImage, SiteSettings, StandardPage
from tests.conftest import login_as

pytestmark = pytest.mark.django_db

REFUSED_TITLE = {
    "mk": "Не смеете да го направите ова",
    "rom": "Na šaj te keres akava",
    "rup": "Nu pots s-u fats aestã",
    "en": "You may not do this",
}
BAD_REQUEST_TITLE = {
    "mk": "Не можевме да го прочитаме ова барање",
    "rom": "Na dašti te ginavas akava mangipe",
    "rup": "Nu putum s-u ghivisim aestã cireari",
    "en": "We could not read this request",
}


def in_language(client, code):
    client.cookies.load({"django_language": code})
    return client


@pytest.mark.parametrize("code", ["mk", "rom", "rup", "en"])
def test_a_refusal_is_a_403_in_the_readers_language(client, code):
    login_as(in_language(client, code), "judge")
    with translation.override(code):
        expected = translation.gettext("You may not do this")
    assert expected == REFUSED_TITLE[code]

    response = client.get(
        reverse(
            "wagtailadmin_pages:add_subpage",
            args=[Page.objects.get(depth=2, locale__language_code="mk").pk],
        )
    )

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert REFUSED_TITLE[code] in response.content.decode()


@pytest.mark.parametrize("code", ["mk", "rom", "rup", "en"])
def test_an_empty_post_to_the_page_editor_is_a_400_that_changes_nothing(client, code):
    page = StandardPage.objects.get(slug="za-forumot", locale__language_code="mk")
    before = (page.title, page.latest_revision_id)
    login_as(in_language(client, code), "coordinator")

    for url in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", page.get_parent().pk]),
    ):
        response = client.post(url, {})
        assert response.status_code == HTTPStatus.BAD_REQUEST, url
        assert BAD_REQUEST_TITLE[code] in response.content.decode()

    page.refresh_from_db()
    assert (page.title, page.latest_revision_id) == before
    assert StandardPage.objects.filter(title="").count() == 0


def test_text_where_draftail_expects_json_is_a_400_that_changes_nothing(client):
    record = Organization.objects.filter(locale__language_code="mk").order_by("pk").first()
    before = (record.description, record.latest_revision_id)
    login_as(in_language(client, "rom"), "editor")

    response = client.post(
        reverse("wagtailsnippets_forum_organization:edit", args=[record.pk]),
        {"name": record.name, "description": ""},
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert BAD_REQUEST_TITLE["rom"] in response.content.decode()
    record.refresh_from_db()
    assert (record.description, record.latest_revision_id) == before


def test_wagtails_deliberate_error_page_is_not_served(client):
    login_as(client, "coordinator")
    assert client.get(reverse("wagtailadmin_error_test")).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("role", ["editor", "translator", "coordinator"])
def test_the_workflow_task_chooser_is_for_those_who_manage_workflows(client, role):
    login_as(client, role)
    for name in ("task_chooser", "task_chooser_results", "task_chooser_create"):
        url = reverse(f"wagtailadmin_workflows:{name}")
        assert client.get(url).status_code == HTTPStatus.FORBIDDEN, url


def test_the_administrator_still_chooses_workflow_tasks(client):
    login_as(client, "admin")
    response = client.get(reverse("wagtailadmin_workflows:task_chooser"))
    assert response.status_code == HTTPStatus.OK


def test_editors_change_images_and_documents_but_only_coordinators_delete_them(client):
    """Wagtail lets whoever may change an image delete it; the Forum's editors may not."""
    image = ForumImage.objects.order_by("pk").first()
    document = ForumDocument.objects.create(
        title="Записник", file=SimpleUploadedFile("zapisnik.txt", b"Zapisnik")
    )
    urls = [
        reverse("wagtailimages:delete", args=[image.pk]),
        reverse("wagtaildocs:delete", args=[document.pk]),
        reverse("wagtail_bulk_action", args=["home", "forumimage", "delete"]) + f"?id={image.pk}",
    ]
    login_as(client, "editor")
    assert client.get(reverse("wagtailimages:edit", args=[image.pk])).status_code == HTTPStatus.OK
    for url in urls:
        assert client.get(url).status_code == HTTPStatus.FORBIDDEN, url
        assert client.post(url).status_code == HTTPStatus.FORBIDDEN, url
    assert ForumImage.objects.filter(pk=image.pk).exists()
    assert ForumDocument.objects.filter(pk=document.pk).exists()

    client.logout()
    login_as(client, "coordinator")
    response = client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert not ForumDocument.objects.filter(pk=document.pk).exists()


def test_a_second_site_settings_for_a_language_is_a_message_not_a_500(client):
    login_as(in_language(client, "rom"), "coordinator")
    count = SiteSettings.objects.count()

    response = client.post(reverse("wagtailsnippets_home_sitesettings:add"), {})

    assert response.status_code == HTTPStatus.OK
    assert "Akaja čhib već si la postavke e sajtesere: uredisar len." in response.content.decode()
    assert SiteSettings.objects.count() == count


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_snippet_choosers_and_bulk_deletes_ask_a_right_on_the_model(client, role):
    """Wagtail's snippet choosers list every row to anyone in the admin (the judges' names),
    and its bulk delete lists the rows before refusing them."""
    login_as(client, role)
    organisation = Organization.objects.order_by("pk").first()
    refused = [
        reverse("wagtailsnippetchoosers_competition_judge:choose"),
        reverse("wagtail_bulk_action", args=["forum", "organization", "delete"])
        + f"?id={organisation.pk}",
    ]
    for url in refused:
        assert client.get(url).status_code == HTTPStatus.FORBIDDEN, url
    assert Organization.objects.filter(pk=organisation.pk).exists()
    chooser = reverse("wagtailsnippetchoosers_forum_organization:choose")
    assert client.get(chooser).status_code == HTTPStatus.OK
