"""Background work of the Forum: the emails of event registrations."""

from django_tasks import task

from forum import calendar
from forum.models import EventPage, Registration
from home import emails, i18n

# Which email each moment sends. "again" answers someone registering an address that is
# registered already: only its owner reads that it is.
EMAILS = {
    "registered": "forum/email/registered",
    "promoted": "forum/email/promoted",
    "cancelled": "forum/email/cancelled",
    "again": "forum/email/already_registered",
}


@task()
def send_registration_email(registration_id, moment):
    registration = Registration.objects.filter(pk=registration_id).first()
    event = registration and i18n.live_page_in_language(
        EventPage, registration.event_key, registration.language
    )
    if event is None:
        return
    context = {
        "registration": registration,
        "event": event,
        "cancel_url": event.get_full_url()
        + event.reverse_subpage("cancel_registration", args=[registration.token]),
    }
    template = EMAILS[moment]
    if moment == "registered" and registration.status == Registration.Status.WAITING:
        template = "forum/email/waiting"
    attachments = []
    if registration.status == Registration.Status.CONFIRMED:
        attachments.append(("event.ics", calendar.event_calendar(event), "text/calendar"))
    emails.send(
        registration.email,
        registration.name,
        template,
        context,
        registration.language,
        attachments=attachments,
    )
