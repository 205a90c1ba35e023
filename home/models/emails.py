"""The record of every email the site sends: what went to whom, and whether it arrived.

A row is written before the email is handed to a task, so a send that fails (a refused
address, a mail server down) is never silent: the row says "failed" with the error, the
coordinators see it in the admin and retry it. The body and attachments are kept only until
the email is sent; the rows themselves are purged after ``EMAILS_RETENTION_DAYS``.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboundEmailQuerySet(models.QuerySet):
    def retriable(self):
        """Failed emails that have attempts left."""
        return self.filter(
            status=OutboundEmail.Status.FAILED, attempts__lt=settings.EMAILS_MAX_ATTEMPTS
        )

    def expired(self, now=None):
        """Rows older than the retention period, whatever their state."""
        cutoff = (now or timezone.now()) - timedelta(days=settings.EMAILS_RETENTION_DAYS)
        return self.filter(created_at__lt=cutoff)


class OutboundEmail(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    to_email = models.EmailField(_("recipient's email"), max_length=254)
    to_name = models.CharField(_("recipient's name"), max_length=255, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    template = models.CharField(_("template"), max_length=255)
    language = models.CharField(_("language"), max_length=8)
    # Only until the email is sent: then it is personal data the site no longer needs.
    body = models.TextField(blank=True)
    attachments = models.JSONField(default=list, blank=True)  # [{filename, content, mimetype}]
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = OutboundEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("email")
        verbose_name_plural = _("emails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "attempts"], name="outbound_email_retry")]
        permissions = [("retry_outboundemail", "Can retry a failed email")]

    def __str__(self):
        return f"{self.subject} → {self.to_email}"

    @property
    def can_retry(self):
        return self.status == self.Status.FAILED and self.attempts < settings.EMAILS_MAX_ATTEMPTS
