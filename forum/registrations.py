"""Registering for an event: the capacity, the waiting list, cancellations and promotions.

The rules hold under concurrent requests: each change locks the event's row first, so two
people cannot take the last seat, and a cancellation promotes exactly one person. After the
event, the registrations are kept ``EVENTS_REGISTRATION_RETENTION_DAYS`` and then purged.
"""

from datetime import timedelta
from functools import partial
from http import HTTPStatus

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from forum import tasks
from forum.models import EventPage, Registration
from home import emails, personal_data


class RegistrationRefused(Exception):
    """A registration the rules do not allow: a message for the visitor and the HTTP status."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def closed_started():
    return RegistrationRefused(
        _("Registration is closed: the event has already started."), HTTPStatus.FORBIDDEN
    )


def closed():
    return RegistrationRefused(_("Registration for this event is closed."), HTTPStatus.FORBIDDEN)


def full():
    return RegistrationRefused(_("The event is full and has no waiting list."), HTTPStatus.CONFLICT)


def _lock(page):
    Page.objects.select_for_update().filter(translation_key=page.translation_key).exists()


def register(page, form, language):
    """Store the form's registration, confirmed or on the waiting list when the event is full,
    and email its owner. An address registered already gets an email saying so (at most one
    every ``EMAILS_RESEND_INTERVAL`` seconds) and the visitor the same answer as a new one, so
    a stranger cannot learn who registered. Refusals are the event's (closed, full), never the
    address's: a full event without a waiting list refuses everyone alike."""
    if page.has_started:
        raise closed_started()
    if not page.registration_open:
        raise closed()
    email = form.cleaned_data["email"]
    try:
        with transaction.atomic():
            _lock(page)
            registrations = Registration.objects.for_event(page)
            is_full = (
                page.capacity is not None and registrations.confirmed().count() >= page.capacity
            )
            if is_full and not page.waiting_list:
                raise full()
            registration = registrations.active().filter(email__iexact=email).first()
            moment = "again"
            if registration is None:
                moment = "registered"
                registration = form.save(commit=False)
                registration.event_key = page.translation_key
                registration.language = language
                registration.status = (
                    Registration.Status.WAITING if is_full else Registration.Status.CONFIRMED
                )
                registration.save()
    except IntegrityError:  # the same email at the same moment, from two requests
        registration = Registration.objects.for_event(page).active().get(email__iexact=email)
        moment = "again"
    first_in_window = emails.first_in_window("forum.event", page.translation_key, email)
    if moment == "registered" or first_in_window:
        transaction.on_commit(
            partial(tasks.send_registration_email.enqueue, registration.pk, moment)
        )
    return registration


def cancel(registration, page):
    """Cancel a registration; a seat it frees goes to the first person waiting."""
    with transaction.atomic():
        _lock(page)
        registration.refresh_from_db()
        if registration.status == Registration.Status.CANCELLED:
            return None
        freed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = None
        if freed and not page.has_started:
            confirmed = Registration.objects.for_event(page).confirmed().count()
            if page.capacity is None or confirmed < page.capacity:
                promoted = Registration.objects.for_event(page).waiting().first()
            if promoted is not None:
                promoted.status = Registration.Status.CONFIRMED
                promoted.save(update_fields=["status"])
    transaction.on_commit(
        lambda: tasks.send_registration_email.enqueue(registration.pk, "cancelled")
    )
    if promoted is not None:
        transaction.on_commit(
            lambda: tasks.send_registration_email.enqueue(promoted.pk, "promoted")
        )
    return promoted


PURGE_ACTION = "forum.purge_registrations"


def expired_event_keys(now=None):
    """The events whose registrations are past keeping: ended more than
    ``EVENTS_REGISTRATION_RETENTION_DAYS`` ago, live or unpublished, and those whose page is
    gone altogether."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.EVENTS_REGISTRATION_RETENTION_DAYS)
    keys = set(Registration.objects.values_list("event_key", flat=True).distinct())
    ends = dict(
        EventPage.objects.filter(translation_key__in=keys)
        .values_list("translation_key")
        .annotate(end=Max("ends_at"))
    )
    return {key for key in keys if key not in ends or ends[key] < cutoff}


def purge_expired(now=None):
    """Erase the registrations of events past their retention; {event key: people erased}.
    Each purge is recorded in the site history on the event's page, where it still exists."""
    purged = {}
    for key in expired_event_keys(now):
        with transaction.atomic():
            count, _by_model = Registration.objects.filter(event_key=key).delete()
            personal_data.log_purge(key, PURGE_ACTION, count)
        purged[key] = count
    return purged
