"""Translators translate the Forum's records in their own languages only (issue 14).

The demo translator translates into Romani, Turkish and Aromanian. They hold the change right on
the records, which wagtail-localize's editor asks, and home/translators.py keeps it to the rows
of those languages, at every door that names a row or a translation.
"""

from http import HTTPStatus

import pytest

from django.urls import reverse

from wagtail_localize.models import Translation, TranslationSource

from forum.models import AdvocacyMeeting, Organization
from tests.conftest import login_as

pytestmark = pytest.mark.django_db


def organisation(code):
    source = Organization.objects.filter(locale__language_code="mk").order_by("pk").first()
    return Organization.objects.get(
        translation_key=source.translation_key, locale__language_code=code
    )


def edit_url(record):
    viewset = type(record).snippet_viewset
    return reverse(viewset.get_url_name("edit"), args=[record.pk])


@pytest.mark.parametrize("code", ["rom", "rup", "tr"])
def test_a_translator_edits_a_record_in_their_languages_without_its_shared_fields(client, code):
    record = organisation(code)
    login_as(client, "translator")

    response = client.get(edit_url(record))

    assert response.status_code == HTTPStatus.OK
    form = response.context["form"]
    assert "name" in form.fields and "description" in form.fields
    for shared in (*Organization.shared_fields, *Organization.shared_many_to_many):
        assert shared not in form.fields, shared
    assert 'name="slug"' not in response.content.decode()


@pytest.mark.parametrize("code", ["mk", "sq", "en", "sr"])
def test_a_translator_is_refused_the_records_of_other_languages(client, code):
    record = organisation(code)
    login_as(client, "translator")
    viewset = type(record).snippet_viewset

    for view in ("edit", "history", "usage"):
        url = reverse(viewset.get_url_name(view), args=[record.pk])
        assert client.get(url).status_code == HTTPStatus.FORBIDDEN, url

    before = Organization.objects.get(pk=record.pk)
    response = client.post(edit_url(record), {"name": "Изменето од преведувач"})
    assert response.status_code == HTTPStatus.FORBIDDEN
    after = Organization.objects.get(pk=record.pk)
    assert (after.name, after.latest_revision_id) == (before.name, before.latest_revision_id)


def test_a_translators_save_is_a_draft_until_a_coordinator_approves_it(client):
    record = organisation("rom")
    live_name = record.name
    login_as(client, "translator")
    form = client.get(edit_url(record)).context["form"]
    data = {
        name: form[name].value() or ""
        for name in form.fields
        if not isinstance(form[name].value(), list)
    }
    data.update(
        {
            "name": f"{live_name} (nevo anav)",
            "description": '{"blocks": [], "entityMap": {}}',
            "loaded_revision_id": record.latest_revision_id or "",
            "loaded_revision_created_at": (
                record.latest_revision.created_at.isoformat() if record.latest_revision else ""
            ),
        }
    )

    response = client.post(edit_url(record), data)

    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    record.refresh_from_db()
    assert record.name == live_name  # the public reads the live row
    assert record.has_unpublished_changes
    assert record.latest_revision.content["name"] == f"{live_name} (nevo anav)"
    assert record.latest_revision.user.username == "translator"
    # The shared figures of every language are untouched by the translator's form.
    source = organisation("mk")
    assert record.slug == source.slug and record.municipality == source.municipality


def test_a_translator_never_sees_an_internal_meeting_nor_its_notes(client):
    source = AdvocacyMeeting.objects.filter(locale__language_code="mk", is_public=False).first()
    assert source.internal_notes
    romani = AdvocacyMeeting.objects.get(
        translation_key=source.translation_key, locale__language_code="rom"
    )
    public = AdvocacyMeeting.objects.filter(locale__language_code="rom", is_public=True).first()
    login_as(client, "translator")

    listing = client.get(reverse(AdvocacyMeeting.snippet_viewset.get_url_name("list")))
    assert listing.status_code == HTTPStatus.OK
    listed = {meeting.pk for meeting in listing.context["object_list"]}
    assert public.pk in listed and romani.pk not in listed
    for internal in (romani, source):  # Wagtail's refusal: back to the dashboard, with a message
        response = client.get(edit_url(internal))
        assert response.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
        if response.status_code == HTTPStatus.FOUND:
            assert response["Location"] == reverse("wagtailadmin_home")

    response = client.get(edit_url(public))  # a public meeting: translated, no notes field
    assert response.status_code == HTTPStatus.OK
    assert "internal_notes" not in response.context["form"].fields


def test_an_editor_sees_internal_meetings_and_their_notes(client):
    source = AdvocacyMeeting.objects.filter(locale__language_code="mk", is_public=False).first()
    login_as(client, "editor")
    response = client.get(edit_url(source))
    assert response.status_code == HTTPStatus.OK
    assert "internal_notes" in response.context["form"].fields


def test_a_translator_starts_record_translations_in_their_languages_only(client, locales):
    source = organisation("mk")
    login_as(client, "translator")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["forum", "organization", source.pk]
    )

    offered = client.get(url).context["form"].fields["locales"].queryset
    assert {locale.language_code for locale in offered} <= {"rom", "tr", "rup"}

    response = client.post(url, {"locales": [locales["sq"].pk]})
    assert response.status_code == HTTPStatus.OK  # the form again, with its error
    assert not Translation.objects.filter(
        source__object_id=source.translation_key, target_locale=locales["sq"]
    ).exists()


def test_wagtail_localize_refuses_a_translator_another_languages_translation(client, locales):
    source = organisation("mk")
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    albanian = Translation.objects.create(source=translation_source, target_locale=locales["sq"])
    romani = Translation.objects.create(source=translation_source, target_locale=locales["rom"])
    login_as(client, "translator")

    def preview(translation):
        return client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))

    assert preview(albanian).status_code == HTTPStatus.FORBIDDEN
    assert preview(romani).status_code != HTTPStatus.FORBIDDEN


def test_an_editor_still_edits_every_language(client):
    login_as(client, "editor")
    for code in ("mk", "sq", "rom"):
        assert client.get(edit_url(organisation(code))).status_code == HTTPStatus.OK
