"""Background work of the core: delivering the recorded emails, making an image's renditions,
telling the front cache what a change purged."""

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F
from django.utils import timezone

from home import images, purge
from home.emails import address
from home.models import ForumImage, OutboundEmail

logger = logging.getLogger(__name__)


@task()
def deliver_email(email_id):
    """Send a queued email; a failure is recorded on its row (to be retried), not raised."""
    email = OutboundEmail.objects.filter(pk=email_id, status=OutboundEmail.Status.QUEUED).first()
    if email is None:  # sent already, or purged
        return False
    message = EmailMessage(
        email.subject,
        email.body,
        settings.DEFAULT_FROM_EMAIL,
        [address(email.to_name, email.to_email)],
    )
    for attachment in email.attachments:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    rows = OutboundEmail.objects.filter(pk=email.pk)
    try:
        message.send()
    except Exception as error:  # any backend's failure (SMTP, a refused address): recorded
        logger.warning("Email %s to %s failed: %s", email.pk, email.to_email, error)
        rows.update(
            status=OutboundEmail.Status.FAILED,
            attempts=F("attempts") + 1,
            last_error=f"{type(error).__name__}: {error}"[:2000],
        )
        return False
    rows.update(
        status=OutboundEmail.Status.SENT,
        attempts=F("attempts") + 1,
        sent_at=timezone.now(),
        last_error="",
        body="",
        attachments=[],
    )
    return True


@task()
def tell_front_cache(urls, chrome_codes):
    """Tell the front cache what a committed change purged (``home.purge.Purge.send``)."""
    purge.tell_front_cache(urls, chrome_codes)


@task()
def make_renditions(image_id, uses=None):
    """Make the renditions of the named uses (every registered use by default) of an image
    that was saved, so that no visitor's request encodes one. Returns how many it has."""
    image = ForumImage.objects.filter(pk=image_id).first()
    if image is None:  # deleted before the worker came to it
        return 0
    made = len(image.get_renditions(*images.filter_specs(image, uses)))
    # Pages kept while they showed the original file (or an old one) show the renditions now.
    purge.image_changed(image)
    return made
