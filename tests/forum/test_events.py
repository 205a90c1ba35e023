"""Events: listing, registration and its rules, emails with the calendar, cancellation."""

import datetime
import io
import re
import uuid
from email.utils import formataddr
from http import HTTPStatus

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import PageLogEntry

from forum.models import EventPage, Registration
from tests.conftest import login_as

pytestmark = pytest.mark.django_db


def register(client, page, callbacks, **fields):
    data = {"name": "Ајла Хоџиќ", "email": "ajla@example.org", **fields}
    with callbacks(execute=True):
        return client.post(page.url + "register/", data)


@pytest.fixture
def callbacks(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


def test_index_lists_upcoming_and_past_events_per_locale(client, event_indexes):
    for code, upcoming, past in (
        ("mk", "Обука: застапување пред општините", "Стратегиска работилница на Форумот"),
        ("tr", "Eğitim: belediyeler nezdinde savunuculuk", "Forum strateji çalıştayı"),
    ):
        html = client.get(event_indexes[code].url).content.decode()
        soon, _, before = html.partition('id="past-heading"')
        assert upcoming in soon
        assert past in before and past not in soon


def test_registration_confirms_and_emails_in_the_visitors_language(client, training, callbacks):
    page = training["sq"]

    response = register(client, page, callbacks, email="Ajla@Example.org", interpretation="bs")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].endswith("/registered/check-email/")
    registration = Registration.objects.get(email="ajla@example.org")
    assert (registration.status, registration.language) == ("confirmed", "sq")
    assert registration.event_key == training["mk"].translation_key
    (email,) = mail.outbox
    assert email.subject == "Jeni regjistruar: Trajnim: avokimi para komunave"
    assert "Faleminderit për regjistrimin" in email.body
    assert f"/sq/ngjarje/trajnim-avokimi-para-komunave/cancel/{registration.token}/" in email.body
    (name, content, mimetype) = email.attachments[0]
    assert (name, mimetype) == ("event.ics", "text/calendar")
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Trajnim: avokimi para komunave"
    assert event.decoded("dtstart") == page.starts_at
    assert client.get(response["Location"]).status_code == HTTPStatus.OK


def test_registering_an_address_again_tells_the_visitor_nothing_and_only_its_owner_why(
    client, training, callbacks
):
    first = register(client, training["mk"], callbacks)
    cache.clear()  # past the resend window (EMAILS_RESEND_INTERVAL)

    again = register(client, training["mk"], callbacks, name="Someone else")
    in_english = register(client, training["en"], callbacks, email="AJLA@example.org")

    assert again.status_code == in_english.status_code == HTTPStatus.FOUND
    assert again["Location"] == first["Location"]
    assert in_english["Location"].endswith("/registered/check-email/")
    assert Registration.objects.filter(email__iexact="ajla@example.org").count() == 1
    # One email to say so (then the window holds), in the owner's language, with the event.
    assert [message.subject for message in mail.outbox][1:] == [
        "Веќе сте пријавени: Обука: застапување пред општините"
    ]
    assert mail.outbox[1].attachments


def test_registering_again_within_the_window_sends_no_second_email(client, training, callbacks):
    register(client, training["mk"], callbacks)
    register(client, training["mk"], callbacks)
    register(client, training["mk"], callbacks)
    assert len(mail.outbox) == 1  # the registration's own email opened the window

    cache.clear()  # the window (EMAILS_RESEND_INTERVAL) has passed
    register(client, training["mk"], callbacks)
    register(client, training["mk"], callbacks)
    assert len(mail.outbox) == 2


def test_a_waiting_address_registering_again_is_told_it_waits(client, training, callbacks):
    page = _fill(training["en"], 3)  # the three demo registrations fill it
    register(client, page, callbacks)
    cache.clear()  # past the resend window

    again = register(client, page, callbacks)

    assert again["Location"].endswith("/registered/check-email/")
    assert (
        mail.outbox[-1].subject
        == "You are already registered: Training: advocacy with municipalities"
    )
    assert "you are on the waiting list" in mail.outbox[-1].body
    assert not mail.outbox[-1].attachments


def test_a_bad_email_gets_a_message_in_the_visitors_language(client, training, callbacks):
    response = register(client, training["mk"], callbacks, email="ajla-at-example")

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Внесете важечка адреса на е-пошта" in response.content.decode()
    assert not Registration.objects.filter(name="Ајла Хоџиќ").exists()


def test_registration_closes_when_the_event_starts(client, training, callbacks):
    EventPage.objects.filter(translation_key=training["mk"].translation_key).update(
        starts_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    page = EventPage.objects.get(pk=training["en"].pk)

    response = register(client, page, callbacks)

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "the event has already started" in response.content.decode()
    assert not Registration.objects.filter(email="ajla@example.org").exists()


def _fill(page, seats):
    EventPage.objects.filter(translation_key=page.translation_key).update(capacity=seats)
    return EventPage.objects.get(pk=page.pk)


def test_a_full_event_puts_people_on_the_waiting_list_and_promotes_them(
    client, training, callbacks
):
    page = _fill(training["en"], 3)  # the three demo registrations fill it
    html = client.get(page.url).content.decode()
    assert "The event is full: you can join the waiting list." in html

    response = register(client, page, callbacks)
    assert response["Location"].endswith("/registered/check-email/")
    waiting = Registration.objects.get(email="ajla@example.org")
    assert waiting.status == "waiting"
    assert mail.outbox[-1].subject == "Waiting list: Training: advocacy with municipalities"
    assert not mail.outbox[-1].attachments

    # Someone who had a place cancels through the link in their email (Turkish).
    leaving = Registration.objects.get(email="mehmet@example.org")
    cancel_url = training["tr"].url + f"cancel/{leaving.token}/"
    confirm = client.get(cancel_url)
    assert "kaydınızı iptal etmek istiyor musunuz" in confirm.content.decode()
    with callbacks(execute=True):
        assert client.post(cancel_url).status_code == HTTPStatus.FOUND

    leaving.refresh_from_db()
    waiting.refresh_from_db()
    assert leaving.status == "cancelled" and leaving.cancelled_at is not None
    assert waiting.status == "confirmed"
    subjects = [message.subject for message in mail.outbox]
    assert "Kayıt iptal edildi: Eğitim: belediyeler nezdinde savunuculuk" in subjects
    promoted = next(
        m
        for m in mail.outbox
        if m.to == [formataddr(("Ајла Хоџиќ", "ajla@example.org"))] and m.attachments
    )
    assert promoted.subject == "A place is free for you: Training: advocacy with municipalities"
    assert "için kaydınız iptal edildi" in client.get(cancel_url).content.decode()

    # Cancelling twice changes nothing and promotes nobody else.
    with callbacks(execute=True):
        client.post(cancel_url)
    assert (
        Registration.objects.filter(status="confirmed", event_key=page.translation_key).count() == 3
    )


def test_a_full_event_without_waiting_list_refuses(client, training, callbacks):
    EventPage.objects.filter(translation_key=training["mk"].translation_key).update(
        capacity=3, waiting_list=False
    )
    response = register(client, EventPage.objects.get(pk=training["mk"].pk), callbacks)

    assert response.status_code == HTTPStatus.CONFLICT
    assert "Настанот е пополнет и нема листа на чекање." in response.content.decode()
    assert not Registration.objects.filter(email="ajla@example.org").exists()


def test_an_unknown_cancellation_link_is_a_404_with_a_message(client, training):
    response = client.get(training["en"].url + "cancel/not-a-token/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "This cancellation link is not valid" in response.content.decode()


def test_event_and_feed_as_icalendar(client, training, event_indexes):
    event = Calendar.from_ical(client.get(training["rom"].url + "calendar/event/").content)
    (vevent,) = event.walk("VEVENT")
    assert str(vevent["summary"]) == "Sikljovipe: zastapiba angle opštine"
    assert str(vevent["uid"]) == f"{training['mk'].translation_key}@forum-cms"

    feed = Calendar.from_ical(client.get(event_indexes["en"].url + "calendar/").content)
    summaries = {str(item["summary"]) for item in feed.walk("VEVENT")}
    assert "Training: advocacy with municipalities" in summaries
    assert "National conference of the Forum of small communities" in summaries
    assert "The Forum's strategy workshop" not in summaries  # past


def test_past_events_show_outcomes_and_participation(client):
    workshop = EventPage.objects.get(slug="strategy-workshop-skopje", locale__language_code="mk")
    page = workshop.get_translations().get(locale__language_code="bs")

    html = client.get(page.url).content.decode()

    assert "Ko je učestvovao" in html
    cells = r"</th><td[^>]*>6</td><td[^>]*>4</td><td[^>]*>0</td><td[^>]*>10</td>"
    assert re.search(r"Romska zajednica" + cells, html)
    assert "Ovaj događaj je održan" in html
    assert "već počeo" not in html and "calendar/event/" not in html


def test_coordinators_export_registrations_and_record_attendance(client, training):
    url = reverse("forum_event_registrations", args=[training["en"].pk])
    login_as(client, "coordinator")

    xlsx = client.get(url, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    emails = sorted(row[1] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert emails == ["jovana@example.org", "mehmet@example.org", "sabina@example.org"]
    csv_text = client.get(url, {"export": "csv"}).content.decode("utf-8-sig")
    assert "sabina@example.org" in csv_text

    sabina = Registration.objects.get(email="sabina@example.org")
    response = client.post(url, {f"attended-{sabina.pk}": "on"})

    assert response.status_code == HTTPStatus.FOUND
    assert set(Registration.objects.values_list("email", "attended")) >= {
        ("sabina@example.org", True),
        ("mehmet@example.org", False),
    }


def test_editors_do_not_see_registrations(client, training):
    login_as(client, "editor")
    url = reverse("forum_event_registrations", args=[training["en"].pk])

    assert client.get(url).status_code == HTTPStatus.FOUND
    assert client.get(url, {"export": "csv"}).status_code == HTTPStatus.FOUND


def test_too_many_registrations_from_one_address_are_refused(client, training, callbacks, settings):
    settings.FORUM_REGISTRATION_RATE = "2/h"
    register(client, training["mk"], callbacks, email="one@example.org")
    register(client, training["mk"], callbacks, email="two@example.org")

    response = register(client, training["mk"], callbacks, email="three@example.org")

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Премногу пријави од вашата врска" in response.content.decode()
    assert not Registration.objects.filter(email="three@example.org").exists()


def test_the_event_editor_links_coordinators_to_the_registrations(client, training):
    url = reverse("forum_event_registrations", args=[training["sq"].pk])
    edit = reverse("wagtailadmin_pages:edit", args=[training["sq"].pk])

    assert url in login_as(client, "coordinator").get(edit).content.decode()
    client.logout()
    assert url not in login_as(client, "editor").get(edit).content.decode()


def _ended(page, days_ago):
    """End (and start) the event's every translation this many days ago."""
    ended = timezone.now() - datetime.timedelta(days=days_ago)
    EventPage.objects.filter(translation_key=page.translation_key).update(
        starts_at=ended - datetime.timedelta(hours=2), ends_at=ended
    )


def test_registrations_are_purged_after_the_retention_and_the_purge_is_logged(training, settings):
    key = training["mk"].translation_key
    _ended(training["mk"], settings.EVENTS_REGISTRATION_RETENTION_DAYS - 1)
    output = io.StringIO()
    call_command("purge_event_registrations", stdout=output)
    held = Registration.objects.filter(event_key=key).count()
    assert held == 3  # ended, but not long enough ago

    _ended(training["mk"], settings.EVENTS_REGISTRATION_RETENTION_DAYS + 1)
    call_command("purge_event_registrations", stdout=output)

    assert not Registration.objects.filter(event_key=key).exists()
    assert "3 registrations of 1 events erased." in output.getvalue()
    entry = PageLogEntry.objects.get(page=training["mk"], action="forum.purge_registrations")
    assert entry.data == {"count": 3}
    with translation.override("en"):
        assert entry.message == "Registrations purged after the retention period: 3"
    assert "@" not in str(entry.data) + entry.label  # the log names nobody


def test_the_purge_finds_registrations_of_unpublished_and_deleted_events(training, settings):
    key = training["mk"].translation_key
    _ended(training["mk"], settings.EVENTS_REGISTRATION_RETENTION_DAYS + 1)
    for page in EventPage.objects.filter(translation_key=key):
        page.unpublish()
    orphan = Registration.objects.create(
        event_key=uuid.uuid4(),
        name="Ана",
        email="orphan@example.org",
        language="mk",
        status="confirmed",
    )

    call_command("purge_event_registrations", stdout=io.StringIO())

    assert not Registration.objects.filter(event_key=key).exists()
    assert not Registration.objects.filter(pk=orphan.pk).exists()
