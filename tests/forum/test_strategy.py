"""The strategy page: the tracker, its filters and history, live indicators, the exports."""

import csv
import datetime
import io
import re
import time
from decimal import Decimal
from html import unescape
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from openpyxl import load_workbook

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum.models import (
    Action,
    ActionStatusChange,
    AdvocacyMeeting,
    EventPage,
    Indicator,
    Measurement,
    Objective,
    Organization,
)
from tests.conftest import login_as

from .helpers import DEMO_ACTION_CODES, action_form_data, action_html, indicator_now

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "goal", "action"),
    [
        ("mk", "Силен и претставителен Форум на малите заедници", "Работилници на Форумот"),
        ("sq", "Një Forum i fortë dhe përfaqësues i komuniteteve të vogla", "Punëtoritë e Forumit"),
        ("sr", "Снажан и репрезентативан Форум малих заједница", "Радионице Форума"),
    ],
)
def test_tracker_shows_the_plan_in_the_visitors_language(
    client, strategy_pages, code, goal, action
):
    response = client.get(strategy_pages[code].url)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert goal in html
    assert action in action_html(html, "A1.2")
    # Overall progress: the mean of the actions that are not cancelled.
    actions = Action.objects.filter(locale__language_code="mk")
    mean = round(sum(a.progress for a in actions) / actions.count())
    assert f'<progress max="100" value="{mean}"' in html
    assert "<svg" in html and 'data-code="A3.2"' in html  # the timeline, one bar per action


def test_figures_edited_in_the_source_language_show_in_every_language(client, strategy_pages):
    source = Action.objects.get(code="A2.2", locale__language_code="mk")
    source.progress = 61
    source.status = Action.Status.DELAYED
    source.save()
    # A translation's save (however old its figures) takes them from the source.
    albanian = Action.objects.get(code="A2.2", locale__language_code="sq")
    albanian.progress = 5
    albanian.save()

    for code in ("sq", "en"):
        block = action_html(client.get(strategy_pages[code].url).content.decode(), "A2.2")
        assert 'value="61"' in block
    assert set(Action.objects.filter(code="A2.2").values_list("status", "progress")) == {
        ("delayed", 61)
    }


def test_status_filter_and_behind_schedule(client, strategy_pages):
    url = strategy_pages["en"].url

    done = client.get(url, {"status": "done"}).content.decode()
    assert 'id="action-a11"' in done and 'id="action-a14"' in done
    assert 'id="action-a12"' not in done

    action = Action.objects.get(code="A1.3", locale__language_code="mk")
    action.end_date = timezone.localdate() - datetime.timedelta(days=1)
    action.status = Action.Status.IN_PROGRESS
    action.save()
    behind = client.get(url, {"status": "behind"}).content.decode()
    assert 'id="action-a13"' in behind
    assert "Behind schedule" in action_html(behind, "A1.3")
    assert 'id="action-a32"' not in behind


def test_responsible_filter(client, strategy_pages):
    html = client.get(strategy_pages["en"].url, {"responsible": "cis-skopje"}).content.decode()

    assert 'id="action-a13"' in html and 'id="action-a31"' in html
    assert 'id="action-a11"' not in html


def test_a_bad_filter_is_a_400_with_a_message_in_the_visitors_language(client, strategy_pages):
    response = client.get(strategy_pages["mk"].url, {"status": "finished-maybe"})

    assert response.status_code == HTTPStatus.BAD_REQUEST
    html = response.content.decode()
    assert "Некои филтри не можеа да се применат" in html
    assert 'id="action-a11"' in html  # the whole plan, unfiltered


def test_history_records_who_changed_what_in_the_admin(
    client, strategy_pages, django_capture_on_commit_callbacks
):
    action = Action.objects.get(code="A3.1", locale__language_code="mk")
    login_as(client, "coordinator")
    edit = reverse("wagtailsnippets_forum_action:edit", args=[action.pk])

    response = client.post(
        edit,
        {
            **action_form_data(action, status="in_progress", progress=40),
            "action-publish": "publish",
        },
    )

    assert response.status_code == HTTPStatus.FOUND
    change = ActionStatusChange.objects.filter(action_key=action.translation_key).last()
    assert (change.old_status, change.new_status, change.new_progress) == (
        "planned",
        "in_progress",
        40,
    )
    assert change.changed_by.username == "coordinator"
    client.logout()
    block = unescape(action_html(client.get(strategy_pages["en"].url).content.decode(), "A3.1"))
    assert "History of this action" in block
    assert "Planned (10%) → In progress (40%), a member of the Forum's team" in block
    assert "coordinator" not in block  # an internal username, never shown to the public

    change.changed_by.first_name, change.changed_by.last_name = "Elena", "Stojanovska"
    with django_capture_on_commit_callbacks(execute=True):  # the kept tracker is purged
        change.changed_by.save()
    block = action_html(client.get(strategy_pages["en"].url).content.decode(), "A3.1")
    assert "Planned (10%) → In progress (40%), Elena Stojanovska" in block


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end_date": "2020-01-01"}, "end_date", "The end cannot be before the start."),
        ({"progress": 101}, "progress", "100"),
        ({"progress": -5}, "progress", "0"),
    ],
)
def test_the_admin_refuses_bad_figures_and_stores_nothing(client, changes, field, message):
    action = Action.objects.get(code="A2.1", locale__language_code="en")
    before = set(Action.objects.filter(code="A2.1").values_list("progress", "end_date"))
    history = ActionStatusChange.objects.count()
    client.cookies.load({"django_language": "en"})
    login_as(client, "editor")

    response = client.post(
        reverse("wagtailsnippets_forum_action:edit", args=[action.pk]),
        action_form_data(action, **changes),
    )

    assert response.status_code == HTTPStatus.OK  # the form again, with its errors
    assert message in str(response.context["form"].errors[field])
    assert set(Action.objects.filter(code="A2.1").values_list("progress", "end_date")) == before
    assert ActionStatusChange.objects.count() == history


def test_an_indicator_needs_a_target(client):
    action = Action.objects.get(code="A1.1", locale__language_code="mk")
    indicator = action.indicators.get()
    login_as(client, "editor")
    data = action_form_data(
        action,
        indicators=[
            {
                "id": indicator.pk,
                "name": indicator.name,
                "unit": indicator.unit,
                "baseline": "0",
                "target": "",
                "live_source": "",
            }
        ],
    )

    response = client.post(reverse("wagtailsnippets_forum_action:edit", args=[action.pk]), data)

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].formsets["indicators"].errors[0]["target"]
    assert Indicator.objects.get(pk=indicator.pk).target == Decimal(20)


def test_live_indicators_follow_the_sites_own_data(client, strategy_pages, event_indexes, settings):
    # A live figure is kept at most LIVE_TIMEOUT, with the tracker showing it.
    settings.PAGE_CACHE = {**settings.PAGE_CACHE, "LIVE_TIMEOUT": 1}
    url = strategy_pages["en"].url
    html = client.get(url).content.decode()
    assert indicator_now(html, "A1.2") == "3"  # three workshops held in the demo
    assert indicator_now(html, "A2.1") == "12"  # twelve meetings with institutions
    assert "live" in action_html(html, "A1.2")

    # One more workshop held, published in Macedonian, counted once for all its languages.
    started = timezone.now() - datetime.timedelta(days=2)
    workshop = EventPage(
        title="Работилница во Дебар",
        kind="training",
        starts_at=started,
        ends_at=started + datetime.timedelta(hours=3),
    )
    event_indexes["mk"].add_child(instance=workshop)
    workshop.save_revision().publish()
    meeting = AdvocacyMeeting.objects.filter(locale__language_code="mk").first()
    AdvocacyMeeting.objects.create(
        institution_type="ministry",
        institution="Министерство за правда",
        date=timezone.localdate(),
        locale=meeting.locale,
    )

    time.sleep(1.05)  # no longer than LIVE_TIMEOUT
    html = client.get(url).content.decode()
    assert indicator_now(html, "A1.2") == "4"
    assert indicator_now(html, "A2.1") == "13"


def test_a_source_not_yet_available_shows_the_last_measurement(
    client, strategy_pages, django_capture_on_commit_callbacks
):
    # A source stored on the indicator that no app registers (any more).
    indicator = Indicator.objects.get(action__code="A3.1", locale__language_code="mk")
    Indicator.objects.filter(translation_key=indicator.translation_key).update(
        live_source="no_longer_registered"
    )
    url = strategy_pages["en"].url
    block = action_html(client.get(url).content.decode(), "A3.1")
    assert indicator_now(block.join(['id="action-a31"', ""]), "A3.1") == "0"
    assert "badge--live" not in block

    with django_capture_on_commit_callbacks(execute=True):  # the tracker is purged
        Measurement.objects.create(
            indicator_key=indicator.translation_key, measured_on=timezone.localdate(), value=17
        )
    assert indicator_now(client.get(url).content.decode(), "A3.1") == "17"


def test_the_essays_indicator_counts_the_competitions_submissions(client, strategy_pages):
    from competition.models import Submission

    block = action_html(client.get(strategy_pages["en"].url).content.decode(), "A3.1")
    assert "badge--live" in block
    count = str(Submission.objects.count())
    assert indicator_now(block.join(['id="action-a31"', ""]), "A3.1") == count


def _add_actions(count):
    objective = Objective.objects.get(code="3.2", locale__language_code="mk")
    locale = objective.locale
    start = datetime.date(2026, 1, 1)
    actions = Action.objects.bulk_create(
        Action(
            objective=objective,
            code=f"A9.{n}",
            title=f"Акција {n}",
            start_date=start,
            end_date=start + datetime.timedelta(days=n),
            progress=n % 100,
            locale=locale,
        )
        for n in range(1, count + 1)
    )
    Indicator.objects.bulk_create(
        Indicator(action=action, name="Учесници", target=10, locale=locale) for action in actions
    )


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == HTTPStatus.OK
    return len(queries)


BUDGET = 30


def forget_kept_tracker():
    """What a publish of the rows written in bulk would do (no signal tells of them)."""
    caches["pages"].clear()


def test_the_strategy_page_stays_within_a_fixed_query_budget(
    client, strategy_pages, django_assert_max_num_queries
):
    url = strategy_pages["sq"].url
    _add_actions(2)  # ten actions
    client.get(url)  # warm the caches every visitor shares (site root paths, settings)
    forget_kept_tracker()
    ten = _queries(client, url)
    kept = _queries(client, url)

    _add_actions(290)  # three hundred
    assert Action.objects.filter(locale__language_code="mk").count() == 300
    forget_kept_tracker()
    with django_assert_max_num_queries(BUDGET):
        html = client.get(url).content.decode()
    assert 'id="action-a9290"' in html
    forget_kept_tracker()
    assert _queries(client, url) == ten
    # Kept, the tracker costs only the page's own reads.
    assert kept < ten
    assert _queries(client, url) == kept


def test_csv_export_reads_back(client, strategy_pages):
    response = client.get(strategy_pages["en"].url + "export/csv/")

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["Code"] for row in rows] == DEMO_ACTION_CODES
    a12 = rows[1]
    assert a12["Action"] == "Forum workshops"
    assert a12["Status"] == "In progress"
    assert a12["Progress (%)"] == "70"
    assert a12["Indicators"] == "Workshops held: 3 / 6 workshops"


def test_xlsx_export_in_macedonian_keeps_the_filters(client, strategy_pages):
    response = client.get(strategy_pages["mk"].url + "export/xlsx/", {"status": "done"})

    assert response.status_code == HTTPStatus.OK
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][2] == "Код" and rows[0][3] == "Акција"
    assert [row[2] for row in rows[1:]] == ["A1.1", "A1.4"]
    assert rows[1][3] == "Формирање на Форумот на малите заедници"
    assert rows[1][9] == "Завршена"


def test_pdf_export_is_in_the_chosen_language(client, strategy_pages):
    try:
        import weasyprint  # noqa: F401 - only to know whether Pango is there
    except OSError:
        pytest.skip("WeasyPrint needs Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0)")
    from pypdf import PdfReader

    for code, expected in (("mk", "Вкупен напредок"), ("tr", "Genel ilerleme")):
        response = client.get(strategy_pages[code].url + "export/pdf/")
        assert response.status_code == HTTPStatus.OK
        assert response["Content-Type"] == "application/pdf"
        text = " ".join(
            page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages
        )
        assert expected in text
        assert "A3.2" in text


def test_an_unknown_export_format_is_a_404(client, strategy_pages):
    assert client.get(strategy_pages["en"].url + "export/docx/").status_code == HTTPStatus.NOT_FOUND


class SvgNumbers(HTMLParser):
    """Every numeric attribute of every element inside the page's SVGs."""

    NUMERIC = {"x", "x1", "x2", "y", "y1", "y2", "dx", "dy", "width", "height", "rx"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.values = []
        self.texts = []

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.depth += 1
        if not self.depth:
            return
        for name, value in attrs:
            if name in self.NUMERIC:
                self.values.append(value)
            elif name == "viewbox":
                self.values.extend(value.split())

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "svg":
            self.depth -= 1

    def handle_endtag(self, tag):
        if tag == "svg":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and data.strip():
            self.texts.append(data.strip())


@pytest.mark.parametrize("code", ["mk", "tr", "sr", "sq"])
def test_the_timeline_is_drawn_with_plain_numbers_in_locales_with_a_decimal_comma(
    client, strategy_pages, code
):
    html = client.get(strategy_pages[code].url).content.decode()
    svg = SvgNumbers()
    svg.feed(html)

    assert len(svg.values) > 50  # the whole timeline: years, bars, today
    for value in svg.values:
        float(value)  # "1080,0" or "123,4" would raise here, as it breaks the drawing
    years = [int(text) for text in svg.texts if text.isdigit()]
    assert years and all(2000 < year < 2100 for year in years)  # "2.026" is no year


@pytest.mark.parametrize(
    ("code", "labels"),
    [
        ("mk", ["Завршена", "Доцни"]),
        ("tr", ["Tamamlandı", "Takvimin gerisinde"]),
        ("en", ["Done", "In progress", "Planned", "Delayed", "Cancelled", "Behind schedule"]),
    ],
)
def test_the_timeline_has_a_legend_of_its_colours_in_the_locale(
    client, strategy_pages, code, labels
):
    html = client.get(strategy_pages[code].url).content.decode()
    legend = html.split('class="timeline__legend"', 1)[1].split("</ul>", 1)[0]

    for key in ("planned", "in_progress", "done", "delayed", "cancelled", "behind", "today"):
        assert f"timeline__swatch--{key}" in legend
    for label in labels:
        assert label in legend


def test_a_filtered_pdf_names_its_filters_and_has_the_pages_figures(client, strategy_pages):
    try:
        import weasyprint  # noqa: F401 - only to know whether Pango is there
    except OSError:
        pytest.skip("WeasyPrint needs Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0)")
    from pypdf import PdfReader

    url = strategy_pages["mk"].url
    page = client.get(url, {"status": "done"})
    summary = page.content.decode().split('class="goal-progress"', 1)[1].split("</ul>", 1)[0]
    goals = re.findall(
        r'<li><span>([^<]+)</span>.*?<progress max="100" value="(\d+)"', summary, re.S
    )
    assert len(goals) >= 2

    response = client.get(url + "export/pdf/", {"status": "done"})

    assert response.status_code == HTTPStatus.OK
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Филтрирано по: Статус: Завршена" in text
    for title, value in goals:
        # The page's percentage of each goal (the whole plan's), not the filtered actions' 100%.
        assert f"{' '.join(unescape(title).split())} {value}%" in text
    assert f"{page.context['plan'].progress}%" in text


@pytest.mark.parametrize("code", ["mk", "rom", "rup"])
def test_the_home_pages_summary_counts_the_plan_as_the_tracker_does(code, locales):
    from forum import plan
    from forum.models import Goal

    locale = locales[code]
    before = plan.summary(locale)
    first = Action.objects.filter(locale__language_code="mk").order_by("pk").first()
    Action.objects.filter(translation_key=first.translation_key).update(
        status=Action.Status.CANCELLED, progress=100
    )
    goal = Goal.objects.filter(locale__language_code="mk").order_by("-pk").first()
    Goal.objects.filter(translation_key=goal.translation_key).update(live=False)

    after, full = plan.summary(locale), plan.build(locale)

    assert (after.progress, after.actions) == (full.progress, len(full.actions))
    assert after.actions < before.actions  # the hidden goal's actions are not counted
    assert len({(row.action.translation_key) for row in full.actions}) == after.actions


def test_the_tracker_is_kept_for_every_visitor_until_a_plan_item_changes(
    client, strategy_pages, django_capture_on_commit_callbacks
):
    url = strategy_pages["rom"].url
    action = Action.objects.get(code="A1.2", locale__language_code="rom")
    before = action_html(client.get(url).content.decode(), "A1.2")

    # Changed behind the site's back (no signal): the kept tracker does not see it.
    Action.objects.filter(pk=action.pk).update(title="Changed quietly")
    assert action_html(client.get(url).content.decode(), "A1.2") == before

    action.refresh_from_db()
    action.title = "Butja e Forumoske"
    with django_capture_on_commit_callbacks(execute=True):
        action.save()
    assert "Butja e Forumoske" in action_html(client.get(url).content.decode(), "A1.2")


def test_a_renamed_organisation_purges_the_trackers_that_name_it(
    client, strategy_pages, django_capture_on_commit_callbacks
):
    url = strategy_pages["rup"].url
    action = Action.objects.filter(responsible__isnull=False, locale__language_code="mk").first()
    html = client.get(url).content.decode()
    organisation = Organization.objects.get(
        translation_key=action.responsible.translation_key, locale__language_code="mk"
    )
    Organization.objects.filter(translation_key=organisation.translation_key).update(
        name="Здружение Ново Име"
    )
    with django_capture_on_commit_callbacks(execute=True):
        organisation.refresh_from_db()
        organisation.save()
    assert "Здружение Ново Име" in client.get(url).content.decode()
    assert "Здружение Ново Име" not in html


def test_each_filter_is_kept_apart_and_the_exports_carry_only_the_filters(client, strategy_pages):
    url = strategy_pages["tr"].url
    everything = client.get(url).content.decode()
    filtered = client.get(url + "?status=done&utm_source=viber").content.decode()

    assert everything.count('class="action status-') > filtered.count('class="action status-')
    assert 'class="action status-in_progress' not in filtered
    assert "export/csv/?status=done" in filtered
    assert "utm_source" not in filtered
    assert client.get(url).content.decode() == everything
