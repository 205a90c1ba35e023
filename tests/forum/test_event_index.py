"""The events index: filters by type and municipality, upcoming events first, past events a page
at a time; a past event's page says it took place and offers no calendar nor registration."""

import datetime
from http import HTTPStatus

import pytest

from django.utils import timezone

from forum.models import EventPage

pytestmark = pytest.mark.django_db


def add_event(index, title, kind="training", days=10, municipality="", **fields):
    """A published event starting ``days`` from now (before now when negative), three hours long."""
    starts = timezone.now() + datetime.timedelta(days=days)
    event = EventPage(
        title=title,
        kind=kind,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        municipality=municipality,
        **fields,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def test_filters_narrow_the_list_by_type_and_municipality(client, event_indexes):
    index = event_indexes["tr"]
    add_event(index, "Zeytin eğitimi", kind="training", municipality="bogdanci")
    add_event(index, "Zeytin konferansı", kind="conference", municipality="berovo")
    add_event(index, "Zeytin hasadı", kind="training", days=-30, municipality="berovo")

    def listed(**params):
        response = client.get(index.url, params)
        assert response.status_code == HTTPStatus.OK
        html = response.content.decode()
        return {title for title in ("eğitimi", "konferansı", "hasadı") if f"Zeytin {title}" in html}

    assert listed() == {"eğitimi", "konferansı", "hasadı"}
    assert listed(kind="training") == {"eğitimi", "hasadı"}
    assert listed(municipality="berovo") == {"konferansı", "hasadı"}
    assert listed(kind="training", municipality="berovo") == {"hasadı"}
    assert listed(kind="conference", municipality="bogdanci") == set()


def test_upcoming_events_come_first_and_past_ones_after(client, event_indexes):
    index = event_indexes["sq"]
    add_event(index, "Takimi i kaluar Berovë", days=-3, municipality="berovo")
    add_event(index, "Takimi i ardhshëm Berovë", days=3, municipality="berovo")
    html = client.get(index.url, {"municipality": "berovo"}).content.decode()
    upcoming, _, past = html.partition('id="past-heading"')
    assert "Takimi i ardhshëm Berovë" in upcoming and "Takimi i kaluar Berovë" not in upcoming
    assert "Takimi i kaluar Berovë" in past


@pytest.mark.parametrize(
    "code, kind_label, municipality_label",
    [("mk", "Обука", "Куманово"), ("rom", "Sikljovipe", "Kumanovo"), ("sq", None, "Kumanovë")],
)
def test_the_filters_read_in_the_visitors_language(
    client, event_indexes, code, kind_label, municipality_label
):
    add_event(event_indexes[code], "Filter test", municipality="kumanovo")
    html = client.get(event_indexes[code].url).content.decode()
    assert f'<option value="kumanovo">{municipality_label}</option>' in html
    if kind_label:
        assert f'<option value="training">{kind_label}</option>' in html
    assert '<label for="id_kind">' in html and '<label for="id_municipality">' in html


def test_an_unusable_filter_value_shows_every_event_with_a_message(client, event_indexes):
    index = event_indexes["mk"]
    add_event(index, "Работилница во Богданци", municipality="bogdanci")
    add_event(index, "Конференција во Берово", kind="conference", municipality="berovo")
    response = client.get(index.url, {"kind": "<b>party</b>", "municipality": "atlantis"})
    html = response.content.decode()
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Некои филтри не можеа да се применат:" in html
    assert "Работилница во Богданци" in html and "Конференција во Берово" in html
    assert "<b>party</b>" not in html


def test_past_events_are_paged_latest_first_keeping_the_filters(client, event_indexes):
    index = event_indexes["en"]
    for n in range(14):
        add_event(index, f"Vevcani meeting {n:02d}", days=-(n + 1), municipality="vevcani")

    first = client.get(index.url, {"municipality": "vevcani"})
    past = list(first.context["past"])
    assert [event.title for event in past] == [f"Vevcani meeting {n:02d}" for n in range(12)]
    html = first.content.decode()
    assert 'href="?municipality=vevcani&amp;page=2#past-heading" rel="next"' in html
    assert "Page 1 of 2" in html

    second = client.get(index.url, {"municipality": "vevcani", "page": "2"})
    assert [event.title for event in second.context["past"]] == [
        "Vevcani meeting 12",
        "Vevcani meeting 13",
    ]
    for page in ("abc", "-4", "99"):  # a page that is not one: a page of past events, not a 500
        assert client.get(index.url, {"page": page}).status_code == HTTPStatus.OK


@pytest.mark.parametrize(
    "code, took_place",
    [("mk", "Овој настан се одржа на"), ("rom", "Akava evenimento ikerdilo ko")],
)
def test_a_past_event_says_it_took_place_and_shows_its_report(
    client, event_indexes, code, took_place
):
    event = add_event(
        event_indexes[code], "Event report test", days=-20, outcomes="<p>Report: 40 people.</p>"
    )
    html = client.get(event.url).content.decode()
    assert took_place in html
    assert str(event.starts_at.year) in html.split(took_place, 1)[1].split("</p>", 1)[0]
    assert "Report: 40 people." in html
    assert "calendar/event/" not in html  # no "add to my calendar"
    assert 'id="registration"' not in html  # nor "registration closed: it already started"


def test_an_upcoming_event_still_offers_the_calendar_and_registration(client, event_indexes):
    event = add_event(event_indexes["rom"], "Upcoming test", days=5)
    html = client.get(event.url).content.decode()
    assert "calendar/event/" in html and 'id="registration"' in html
    assert "Akava evenimento ikerdilo ko" not in html


def test_the_index_reads_its_events_in_a_fixed_number_of_queries(
    client, event_indexes, django_assert_max_num_queries
):
    index = event_indexes["bs"]
    for n in range(10):
        add_event(index, f"Budget upcoming {n}", days=n + 1, municipality="berovo")
        add_event(index, f"Budget past {n}", days=-(n + 1), municipality="berovo")
    client.get(index.url)  # warm what every visitor shares (site root paths, settings)
    with django_assert_max_num_queries(25):
        response = client.get(index.url, {"municipality": "berovo", "kind": "training"})
    assert len(response.context["upcoming"]) == 10
    assert len(response.context["past"]) == 10
