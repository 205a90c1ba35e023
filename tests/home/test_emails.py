"""The one email helper: addresses that survive any name, plain text left unescaped, every
email recorded, a failed one shown to coordinators and sent again."""

import datetime
import email
import email.policy
import io
from http import HTTPStatus

import pytest

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from forum.models import EventPage
from home.models import OutboundEmail
from tests.conftest import login_as

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


class RefusingBackend(BaseEmailBackend):
    """A mail server that is down: every send raises, as smtplib does."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("Connection refused by the mail server")


def retry_failed_emails(capture):
    with capture(execute=True):
        call_command("retry_failed_emails", stdout=io.StringIO())


@pytest.fixture
def training(db):
    source = EventPage.objects.get(slug="training-advocacy-strumica", locale__language_code="mk")
    return source.get_translations().get(locale__language_code="en").specific


def register(client, page, capture, name, address="ana@example.org"):
    with capture(execute=True):
        return client.post(page.url + "register/", {"name": name, "email": address})


def delivered_to(message):
    """The To header as the recipient's mail program reads it."""
    parsed = email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)
    (address,) = parsed["To"].addresses
    return address.display_name, address.addr_spec


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Петровска, Ана", "Петровска, Ана"),
        ('Ana "Ani" O\'Brien', 'Ana "Ani" O\'Brien'),
        ("Ana\r\nBcc: spy@example.org", "Ana Bcc: spy@example.org"),
        ("Hodžić, Ajla", "Hodžić, Ajla"),
    ],
)
def test_any_name_reaches_the_inbox_with_the_right_to_header(
    client, training, django_capture_on_commit_callbacks, name, shown
):
    register(client, training, django_capture_on_commit_callbacks, name)

    (message,) = mail.outbox
    assert delivered_to(message) == (shown, "ana@example.org")
    assert "Bcc" not in message.message()  # a line break in a name adds no header
    assert OutboundEmail.objects.get(to_email="ana@example.org").status == "sent"


def test_plain_text_is_not_html_escaped(client, training, django_capture_on_commit_callbacks):
    register(client, training, django_capture_on_commit_callbacks, "O'Brien & Co")

    (message,) = mail.outbox
    assert "Dear O'Brien & Co," in message.body
    assert "&amp;" not in message.body and "&#x27;" not in message.body


def test_a_sent_email_is_recorded_without_its_body_and_keeps_its_attachment(
    client, training, django_capture_on_commit_callbacks
):
    register(client, training, django_capture_on_commit_callbacks, "Ana")

    (message,) = mail.outbox
    assert message.attachments[0][0] == "event.ics"
    record = OutboundEmail.objects.get(to_email="ana@example.org")
    assert (record.template, record.language, record.attempts) == (
        "forum/email/registered",
        "en",
        1,
    )
    assert record.subject == message.subject and record.sent_at is not None
    assert record.body == "" and record.attachments == []


def test_a_failed_email_is_shown_to_coordinators_and_sent_by_the_retry_button(
    client, training, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.home.test_emails.RefusingBackend"
    response = register(client, training, django_capture_on_commit_callbacks, "Петровска, Ана")
    assert response.status_code == HTTPStatus.FOUND  # the visitor is not the one to fix it
    record = OutboundEmail.objects.get(to_email="ana@example.org")
    assert (record.status, record.attempts) == ("failed", 1)
    assert "Connection refused" in record.last_error
    assert record.body and record.attachments  # kept until it is sent

    login_as(client, "coordinator")
    listing = client.get(reverse("outbound_emails:index") + "?status=failed")
    assert listing.status_code == HTTPStatus.OK
    html = listing.content.decode()
    assert record.subject in html and reverse("outbound_emails:retry", args=[record.pk]) in html

    settings.EMAIL_BACKEND = LOCMEM  # the mail server is back
    with django_capture_on_commit_callbacks(execute=True):
        retried = client.post(reverse("outbound_emails:retry", args=[record.pk]))
    assert retried.status_code == HTTPStatus.FOUND
    (message,) = mail.outbox
    assert delivered_to(message) == ("Петровска, Ана", "ana@example.org")
    assert message.attachments[0][0] == "event.ics"
    record.refresh_from_db()
    assert (record.status, record.attempts, record.body) == ("sent", 2, "")

    # A sent email is not sent twice.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("outbound_emails:retry", args=[record.pk]))
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("username", ["editor", "translator", "judge"])
def test_only_coordinators_see_the_emails(client, username):
    login_as(client, username)
    listing = client.get(reverse("outbound_emails:index"))
    assert listing.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    record = OutboundEmail.objects.create(
        to_email="x@example.org", subject="S", template="t", language="en", status="failed"
    )
    assert client.post(reverse("outbound_emails:retry", args=[record.pk])).status_code in (
        HTTPStatus.FOUND,
        HTTPStatus.FORBIDDEN,
    )
    record.refresh_from_db()
    assert record.status == "failed"


def test_nobody_writes_the_record_by_hand(client):
    login_as(client, "admin")
    assert client.get(reverse("outbound_emails:index")).status_code == HTTPStatus.OK
    assert client.get("/admin/reports/emails/new/").status_code == HTTPStatus.NOT_FOUND


def test_the_cron_command_retries_up_to_the_limit_and_purges_old_records(
    client, training, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.home.test_emails.RefusingBackend"
    settings.EMAILS_MAX_ATTEMPTS = 2
    register(client, training, django_capture_on_commit_callbacks, "Ana")
    record = OutboundEmail.objects.get(to_email="ana@example.org")

    retry_failed_emails(django_capture_on_commit_callbacks)
    record.refresh_from_db()
    assert (record.status, record.attempts) == ("failed", 2)
    settings.EMAIL_BACKEND = LOCMEM
    retry_failed_emails(django_capture_on_commit_callbacks)
    assert mail.outbox == []  # no attempts left

    old = timezone.now() - datetime.timedelta(days=settings.EMAILS_RETENTION_DAYS + 1)
    OutboundEmail.objects.filter(pk=record.pk).update(created_at=old)
    retry_failed_emails(django_capture_on_commit_callbacks)
    assert not OutboundEmail.objects.filter(pk=record.pk).exists()
