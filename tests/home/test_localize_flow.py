"""Translating through wagtail-localize's own admin views, as translators do, and the report."""

from http import HTTPStatus

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from home.models import StandardPage
from tests.conftest import login_as
from tests.home.test_translation_report import REPORT, totals

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(homes):
    page = StandardPage(title="Вести", slug="vesti", introduction="Нови членки на Форумот.")
    homes["mk"].add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_translator_starts_a_translation_and_the_report_follows(client, news, locales):
    login_as(client, "translator")

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[news.pk]),
        {"locales": [locales["rom"].pk]},
    )

    assert response.status_code == HTTPStatus.FOUND
    translation = Page.objects.get(translation_key=news.translation_key, locale=locales["rom"])
    assert not translation.live  # a draft until the translator publishes it
    rows = (
        client.get(REPORT, {"locale": "rom"}).content.decode().partition('id="translation-rows"')[2]
    )
    news_row = rows[rows.index("Вести") :]
    assert 'data-state="up-to-date"' in news_row[: news_row.index("</tr>")]
    assert (
        "(draft)" in news_row[: news_row.index("</tr>")]
        or "(нацрт)" in news_row[: news_row.index("</tr>")]
    )


def test_an_edited_source_makes_translations_out_of_date_until_they_are_synced(
    client, news, locales, django_capture_on_commit_callbacks
):
    """wagtail-localize publishes on commit: the callbacks run as a real request's commit would."""
    login_as(client, "translator")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[news.pk]),
        {"locales": [locales["rom"].pk]},
    )
    translation = Translation.objects.get(source__object_id=news.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert StandardPage.objects.get(
        translation_key=news.translation_key, locale=locales["rom"]
    ).live
    assert totals(client.get(REPORT))["rom"]["outdated"] == 0

    news.introduction = "Три нови членки на Форумот."
    news.save_revision().publish()
    assert totals(client.get(REPORT))["rom"]["outdated"] == 1

    client.logout()
    login_as(client, "coordinator")
    source = TranslationSource.objects.get(object_id=news.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )

    assert response.status_code == HTTPStatus.FOUND
    assert totals(client.get(REPORT))["rom"]["outdated"] == 0
    synced = StandardPage.objects.get(translation_key=news.translation_key, locale=locales["rom"])
    assert synced.live
    assert (
        synced.introduction == "Три нови членки на Форумот."
    )  # the new source string, to translate
