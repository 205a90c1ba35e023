"""Every download of the site is formula-safe (home/downloads.py).

Text an editor, a translator or a visitor typed is planted at the start of the fields each
download prints, as an attacker would write it (a formula, a sign, an ``@``, a tab, a carriage
return), and every download is read back as a spreadsheet program would: no cell may start with
a formula character, and openpyxl may see no formula.
"""

import csv
import io
from http import HTTPStatus

import pytest
from openpyxl import load_workbook

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.viewsets.base import ViewSet
from wagtail.contrib.search_promotions.models import Query
from wagtail.snippets.models import get_snippet_models

from forum.models import (
    Action,
    EventPage,
    Goal,
    Indicator,
    Measurement,
    Objective,
    Organization,
    Registration,
    StrategyPage,
)
from home import downloads
from home.models import StandardPage
from home.viewsets import SafeExportIndexView
from search.models import InitiativePage
from tests.conftest import login_as

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://x","y")'
PAYLOADS = [HYPERLINK, "+1", "-1", "@SUM(A1)", "\tTab", "\rReturn"]


def planted(n):
    """The n-th attack, cycling through all of them, with a word to tell the cells apart."""
    return f"{PAYLOADS[n % len(PAYLOADS)]} {n}"


def cells(response):
    """[(value, openpyxl data type or None)] of every cell of a CSV or XLSX download."""
    assert response.status_code == HTTPStatus.OK
    content = b"".join(response) if response.streaming else response.content
    if response["Content-Type"].startswith("text/csv"):
        text = content.decode("utf-8-sig")
        return [(value, None) for row in csv.reader(io.StringIO(text)) for value in row]
    book = load_workbook(io.BytesIO(content))
    return [
        (cell.value, cell.data_type)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
    ]


def assert_safe(response, *texts):
    """No cell runs, and each planted text is there, neutralised."""
    found = cells(response)
    running = [
        value
        for value, data_type in found
        if data_type == "f"
        or (isinstance(value, str) and value.startswith(downloads.FORMULA_STARTS))
    ]
    assert running == []
    values = [value for value, _type in found if isinstance(value, str)]
    for text in texts:
        assert any(value.startswith("'" + text) for value in values), f"{text!r} is missing"


@pytest.fixture
def coordinator(client):
    client.cookies.load({"django_language": "en"})
    return login_as(client, "coordinator")


@pytest.fixture
def planted_plan(db):
    """The Macedonian plan with an attack in every text an editor writes into it."""
    indicator = (
        Indicator.objects.filter(
            action__locale__language_code="mk", action__responsible__isnull=False
        )
        .select_related("action__objective")
        .order_by("action__code")
        .first()
    )
    action = indicator.action
    # Goals and objectives print behind their number and code; the note is read back on upload.
    texts = {
        "goal": planted(0),
        "objective": planted(1),
        "action": planted(2),
        "responsible": planted(3),
        "indicator": planted(4),
        "note": planted(6),
    }
    Goal.objects.filter(pk=action.objective.goal_id).update(title=texts["goal"])
    Objective.objects.filter(pk=action.objective_id).update(title=texts["objective"])
    Action.objects.filter(pk=action.pk).update(title=texts["action"])
    Organization.objects.filter(pk=action.responsible_id).update(name=texts["responsible"])
    Indicator.objects.filter(pk=indicator.pk).update(name=texts["indicator"])
    Measurement.objects.update_or_create(
        indicator_key=indicator.translation_key,
        measured_on="2026-01-15",
        defaults={"value": 1, "note": texts["note"]},
    )
    return texts


def test_the_plan_workbook_writes_no_formula_and_reads_its_own_cells_back(
    coordinator, planted_plan
):
    url = reverse("forum_action_plan_spreadsheet")
    response = coordinator.get(url, {"download": 1})

    assert_safe(response, planted_plan["action"], planted_plan["indicator"], planted_plan["note"])
    # Uploaded back untouched, the apostrophes are not taken for changes.
    upload = coordinator.post(url, {"workbook": SimpleUploadedFile("plan.xlsx", response.content)})
    assert upload.status_code == HTTPStatus.OK
    assert upload.context["reading"].ok and upload.context["reading"].changes == []


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_the_public_tracker_exports_are_formula_safe(client, planted_plan, format):
    page = StrategyPage.objects.get(locale__language_code="mk")

    response = client.get(page.url + f"export/{format}/")

    assert_safe(response, planted_plan["action"], planted_plan["responsible"])


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_snippet_list_exports_are_formula_safe(coordinator, planted_plan, format):
    organisation = Organization.objects.filter(locale__language_code="mk").first()
    Organization.objects.filter(pk=organisation.pk).update(
        name=planted(6), acronym=planted(9), phone=planted(7), website="", email=""
    )

    organisations = coordinator.get(
        reverse("wagtailsnippets_forum_organization:list"), {"export": format}
    )
    actions = coordinator.get(reverse("wagtailsnippets_forum_action:list"), {"export": format})

    assert_safe(organisations, planted(6), planted(9), planted(7))
    assert_safe(actions, planted_plan["action"])


def test_every_snippet_listing_with_exports_uses_the_safe_view():
    """A viewset added later with ``list_export`` but Wagtail's plain view would fail here."""
    exporting = [
        model.snippet_viewset
        for model in get_snippet_models()
        if model.snippet_viewset.list_export not in (ViewSet.UNDEFINED, [], ())
    ]
    assert exporting, "no snippet offers exports: this test guards nothing"
    for viewset in exporting:
        assert issubclass(viewset.index_view_class, SafeExportIndexView), viewset


def test_the_translations_report_csv_is_formula_safe(coordinator):
    page = StandardPage.objects.get(slug="za-forumot", locale__language_code="mk")
    page.title = planted(0)
    page.save_revision().publish()

    response = coordinator.get(reverse("translation_report"), {"export": "csv"})

    assert_safe(response, planted(0))


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_event_registrations_download_is_formula_safe(client, format):
    registration = Registration.objects.order_by("pk").first()
    Registration.objects.filter(pk=registration.pk).update(
        name=planted(0), organisation=planted(1), accessibility_needs=planted(3)
    )
    event = EventPage.objects.filter(translation_key=registration.event_key).first()
    login_as(client, "coordinator")

    response = client.get(reverse("forum_event_registrations", args=[event.pk]), {"export": format})

    assert_safe(response, planted(0), planted(1), planted(3))


def test_the_library_open_data_csv_is_formula_safe(client):
    initiative = InitiativePage.objects.live().filter(locale__language_code="mk").first()
    initiative.title = planted(0) + " Kumbara"
    initiative.summary = planted(3)
    initiative.save_revision().publish()
    library = initiative.get_parent().specific

    response = client.get(library.url, {"format": "csv", "q": "kumbara"})

    assert_safe(response, planted(0), planted(3))


@pytest.mark.parametrize("format", ["csv", "xlsx"])
@pytest.mark.parametrize(
    "report", ["site_history", "locked_pages", "aging_pages", "workflow", "workflow_tasks"]
)
def test_wagtails_page_reports_download_formula_safe(coordinator, format, report):
    """A title an editor wrote is a cell of each report's download."""
    page = StandardPage.objects.get(slug="za-forumot", locale__language_code="mk")
    page.title = planted(0)
    editor = get_user_model().objects.get(username="editor")
    revision = page.save_revision(user=editor, log_action=True)
    revision.publish(user=get_user_model().objects.get(username="coordinator"))
    page.refresh_from_db()
    page.get_workflow().start(page, editor)
    StandardPage.objects.filter(pk=page.pk).update(
        locked=True, locked_by=editor, locked_at=timezone.now()
    )
    StandardPage.objects.filter(pk=page.pk).update(
        last_published_at=timezone.now() - timezone.timedelta(days=400)
    )

    response = coordinator.get(reverse(f"wagtailadmin_reports:{report}"), {"export": format})

    assert_safe(response, planted(0))


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_the_search_terms_report_downloads_formula_safe(client, format):
    """Visitors type the search terms: the riskiest cells of all (the administrator's report)."""
    Query.get(planted(0)).add_hit()
    login_as(client, "admin")

    response = client.get(reverse("wagtailsearchpromotions:search_terms"), {"export": format})

    assert_safe(response, planted(0).lower())  # Wagtail keeps search terms in lower case
