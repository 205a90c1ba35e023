"""Send the failed emails again, each up to ``EMAILS_MAX_ATTEMPTS`` times (run every hour or so,
from cron), and delete the email records older than ``EMAILS_RETENTION_DAYS``."""

from django.core.management.base import BaseCommand

from home import emails
from home.models import OutboundEmail


class Command(BaseCommand):
    help = "Retry the failed emails that have attempts left, and purge the expired records."

    def handle(self, *args, **options):
        retried = sum(emails.retry(email) for email in OutboundEmail.objects.retriable())
        purged, _by_model = OutboundEmail.objects.expired().delete()
        self.stdout.write(f"{retried} failed emails queued again, {purged} old records deleted.")
