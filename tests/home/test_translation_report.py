"""The admin report "Translation status": each locale's state of every page and translatable
snippet."""

import csv
import io
from http import HTTPStatus

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

from cms import languages
from home.models import SiteSettings, StandardPage
from tests.conftest import login_as

pytestmark = pytest.mark.django_db
REPORT = reverse("translation_report")


def totals(response):
    """{language code: {state: count}} read back from the rendered per-language table."""
    html = response.content.decode()
    table = html[html.index('id="translation-totals"') : html.index('id="translation-rows"')]
    result = {}
    for chunk in table.split('<tr data-language="')[1:]:
        code = chunk[: chunk.index('"')]
        result[code] = {}
        for state in ("up-to-date", "outdated", "missing", "published"):
            cell = chunk.split(f'<td data-state="{state}">')[1]
            result[code][state] = int(cell[: cell.index("<")])
    return result


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_seeded_site_is_fully_translated(coordinator_client):
    response = coordinator_client.get(REPORT)

    assert response.status_code == HTTPStatus.OK
    counts = totals(response)
    assert set(counts) == set(languages.CODES)
    # Every page and translatable snippet of the demo, the site settings and the Forum's records.
    sources = counts["mk"]["up-to-date"]
    assert sources > 5
    for code in languages.CODES:
        assert counts[code] == {
            "up-to-date": sources,
            "outdated": 0,
            "missing": 0,
            "published": sources,
        }


def test_missing_outdated_and_draft_translations_are_reported(coordinator_client, about_pages):
    n = totals(coordinator_client.get(REPORT))["mk"]["up-to-date"]
    about_pages["rom"].delete()
    about_pages["sq"].unpublish()
    partners = StandardPage.objects.get(slug="partneri", locale__language_code="mk")
    partners.introduction = "Нов вовед за партнерите."
    partners.save_revision().publish()

    counts = totals(coordinator_client.get(REPORT))

    assert counts["mk"] == {"up-to-date": n, "outdated": 0, "missing": 0, "published": n}
    assert counts["rom"] == {"up-to-date": n - 2, "outdated": 1, "missing": 1, "published": n - 1}
    assert counts["sq"] == {"up-to-date": n - 1, "outdated": 1, "missing": 0, "published": n - 1}
    assert counts["en"] == {"up-to-date": n - 1, "outdated": 1, "missing": 0, "published": n}


def test_filters_by_locale_state_and_section(coordinator_client, about_pages):
    about_pages["rom"].delete()

    response = coordinator_client.get(REPORT, {"locale": "rom", "state": "missing"})

    html = response.content.decode()
    rows = html[html.index('id="translation-rows"') :]
    assert "За Форумот" in rows
    assert "Партнери" not in rows
    assert set(totals(response)) == {"rom"}
    assert 'data-language="sq"' not in rows

    by_section = coordinator_client.get(REPORT, {"section": "Партнери"})
    rows = by_section.content.decode().partition('id="translation-rows"')[2]
    assert "Партнери" in rows and "За Форумот" not in rows


def test_missing_cell_links_to_starting_a_translation(coordinator_client, about_pages):
    source = about_pages["mk"]
    about_pages["rom"].delete()

    html = coordinator_client.get(REPORT, {"locale": "rom"}).content.decode()

    start = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    assert f'href="{start}"' in html
    edit = reverse("wagtailadmin_pages:edit", args=[about_pages["sq"].pk])
    assert f'href="{edit}"' in coordinator_client.get(REPORT).content.decode()


@pytest.fixture
def english_admin(coordinator_client, django_user_model):
    """The coordinator, with English chosen as admin language in their Wagtail profile."""
    profile = UserProfile.get_for_user(django_user_model.objects.get(username="coordinator"))
    profile.preferred_language = "en"
    profile.save()
    return coordinator_client


def test_csv_headers_follow_the_admin_language(coordinator_client):
    rows = read_csv(coordinator_client.get(REPORT, {"export": "csv"}))

    assert "Наслов" in rows[0]  # "Title" in Macedonian, the coordinator's default


def test_csv_export_reads_back(english_admin, about_pages):
    coordinator_client = english_admin
    sources = totals(coordinator_client.get(REPORT))["mk"]["up-to-date"]
    about_pages["tr"].delete()

    response = coordinator_client.get(REPORT, {"export": "csv"})

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response)
    assert len(rows) == sources
    about = next(row for row in rows if row["Title"] == "За Форумот")
    assert about["Source language"] == "mk"
    assert about["tr: State"] == "Missing"
    assert about["tr: Published"] == ""
    assert about["sq: State"] == "Up to date"
    assert about["sq: Published"] == "yes"
    settings_row = next(row for row in rows if row["Type"] == "Site settings")
    assert settings_row["rup: State"] == "Up to date"


def test_csv_export_keeps_the_filters(english_admin, about_pages):
    coordinator_client = english_admin
    about_pages["tr"].delete()

    rows = read_csv(
        coordinator_client.get(REPORT, {"locale": "tr", "state": "missing", "export": "csv"})
    )

    assert [row["Title"] for row in rows] == ["За Форумот"]
    assert [key for key in rows[0] if key.endswith(": State")] == ["tr: State"]


def test_snippet_translations_are_reported(coordinator_client):
    SiteSettings.objects.get(locale__language_code="bs").delete()

    counts = totals(coordinator_client.get(REPORT))

    assert counts["bs"]["missing"] == 1


@pytest.mark.parametrize("username", ["editor", "translator", "coordinator"])
def test_editors_translators_and_coordinators_see_the_report(client, username):
    login_as(client, username)

    response = client.get(REPORT)

    assert response.status_code == HTTPStatus.OK
    assert (
        reverse("translation_report") in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_judges_do_not_see_the_report(client):
    login_as(client, "judge")

    response = client.get(REPORT)

    # Judges are a scoped group (home/admin_scope.py): refused before the view runs.
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert (
        reverse("translation_report")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_report_queries_do_not_grow_with_the_number_of_pages(
    coordinator_client, homes, django_assert_max_num_queries
):
    for index in range(60):
        homes["mk"].add_child(instance=StandardPage(title=f"Страница {index}", slug=f"s-{index}"))

    with django_assert_max_num_queries(30):
        response = coordinator_client.get(REPORT)

    assert response.status_code == HTTPStatus.OK
    assert totals(response)["sq"]["missing"] == 60


def test_unknown_filter_values_are_ignored_not_an_error(coordinator_client):
    response = coordinator_client.get(REPORT, {"locale": "xx", "state": "nonsense", "section": "?"})

    assert response.status_code == HTTPStatus.OK
    assert set(totals(response)) == set(languages.CODES)


def test_a_bad_filter_value_leaves_the_valid_filters_in_force(coordinator_client, about_pages):
    about_pages["rom"].delete()

    response = coordinator_client.get(REPORT, {"locale": "rom", "state": "nonsense"})

    assert response.status_code == HTTPStatus.OK
    assert set(totals(response)) == {"rom"}


def test_a_translator_sees_their_own_languages_first(client):
    login_as(client, "translator")  # Romani, Turkish and Aromanian

    response = client.get(REPORT)

    order = list(totals(response))
    assert order[:3] == ["tr", "rom", "rup"]
    assert sorted(order[3:]) == sorted(code for code in languages.CODES if code not in order[:3])


@pytest.mark.parametrize("username", ["coordinator", "translator"])
def test_the_reports_menu_has_one_entry_called_translations(client, username):
    """Ours is "Translation status"; "Translations" is wagtail-localize's list of translations."""
    from wagtail.admin.menu import reports_menu

    login_as(client, username)
    response = client.get(reverse("wagtailadmin_home"))
    items = reports_menu.menu_items_for_request(response.wsgi_request)

    labels = [str(item.label) for item in items]  # as the menu shows them
    assert len(labels) == len(set(labels))  # no two entries read the same
    urls = [item.url for item in items]
    assert REPORT in urls and reverse("wagtail_localize:translations_report") in urls
    ours = next(item for item in items if item.url == REPORT)
    with translation.override("en"):
        assert str(ours.label) == "Translation status"
    assert str(client.get(REPORT).context["page_title"]) == labels[urls.index(REPORT)]
