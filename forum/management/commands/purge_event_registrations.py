"""Erase the registrations of events that ended more than ``EVENTS_REGISTRATION_RETENTION_DAYS``
ago (run daily, from cron), whether their page is live, unpublished or deleted.

What stays is the event's participation figures, which count people without naming them.
"""

from django.core.management.base import BaseCommand

from forum import registrations


class Command(BaseCommand):
    help = "Erase event registrations past their retention period."

    def handle(self, *args, **options):
        purged = registrations.purge_expired()
        self.stdout.write(f"{sum(purged.values())} registrations of {len(purged)} events erased.")
