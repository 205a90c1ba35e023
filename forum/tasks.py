"""Background work of the Forum: the emails of event registrations."""

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from forum import calendar
from forum.models import EventPage, Registration
from home import i18n

# Which email each moment sends, and whether it carries the event for the calendar.
EMAILS = {
    "registered": "forum/email/registered",
    "promoted": "forum/email/promoted",
    "cancelled": "forum/email/cancelled",
}


@task()
def send_registration_email(registration_id, moment):
    registration = Registration.objects.filter(pk=registration_id).first()
    event = registration and i18n.live_page_in_language(
        EventPage, registration.event_key, registration.language
    )
    if event is None:
        return
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "event": event,
            "cancel_url": event.get_full_url()
            + event.reverse_subpage("cancel_registration", args=[registration.token]),
        }
        template = EMAILS[moment]
        if moment == "registered" and registration.status == Registration.Status.WAITING:
            template = "forum/email/waiting"
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    message = EmailMessage(
        subject, body, settings.DEFAULT_FROM_EMAIL, [f"{registration.name} <{registration.email}>"]
    )
    if registration.status == Registration.Status.CONFIRMED:
        message.attach("event.ics", calendar.event_calendar(event), "text/calendar")
    message.send()
