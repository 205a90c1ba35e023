"""The one way the site sends an email: rendered in the recipient's language, recorded, sent by
a task, retried when it fails.

    emails.send(student.email, student.name, "competition/email/received", context, "sq")

renders ``<prefix>_subject.txt`` and ``<prefix>.txt``. They are plain text, so they are
rendered without HTML escaping (``O'Brien & Co`` stays as it is typed); the subject is one
line. The address is built by ``email.utils.formataddr``, so a name with a comma, quotes, any
script, or a line break (folded away: it cannot smuggle a header) reaches the inbox.
"""

import hashlib
from email.utils import formataddr
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.template import Context
from django.template.loader import get_template
from django.utils import translation

from home.models import OutboundEmail


def address(name, email):
    """``"Name" <email>`` for the To header, with the name on one line and quoted or encoded."""
    return formataddr((" ".join((name or "").split()), email))


def render(template_name, context):
    """A plain-text template rendered without autoescaping, in the active language."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def send(to_email, to_name, template_prefix, context, language, attachments=()):
    """Record the email and send it by a task once the current transaction commits.

    ``attachments`` are ``(filename, content, mimetype)`` with text content (an .ics)."""
    from home import tasks  # the tasks import this module's address()

    with translation.override(language):
        subject = " ".join(render(f"{template_prefix}_subject.txt", context).split())
        body = render(f"{template_prefix}.txt", context)
    email = OutboundEmail.objects.create(
        to_email=to_email,
        to_name=to_name or "",
        subject=subject[:255],
        template=template_prefix,
        language=language,
        body=body,
        attachments=[
            {
                "filename": filename,
                "content": content.decode() if isinstance(content, bytes) else content,
                "mimetype": mimetype,
            }
            for filename, content, mimetype in attachments
        ],
    )
    transaction.on_commit(partial(tasks.deliver_email.enqueue, email.pk))
    return email


def retry(email):
    """Queue a failed email again; False when it was not failed or has no attempts left (two
    coordinators pressing the button at once queue it once)."""
    from home import tasks

    queued = (
        OutboundEmail.objects.retriable()
        .filter(pk=email.pk)
        .update(status=OutboundEmail.Status.QUEUED)
    )
    if queued:
        transaction.on_commit(partial(tasks.deliver_email.enqueue, email.pk))
    return bool(queued)


def first_in_window(*key):
    """True for the first call with this key in ``EMAILS_RESEND_INTERVAL`` seconds, False for
    the others (counted in the shared cache): at most one email per window to an address."""
    digest = hashlib.sha256(":".join(str(part) for part in key).lower().encode()).hexdigest()
    return cache.add(f"emails:window:{digest}", True, settings.EMAILS_RESEND_INTERVAL)
