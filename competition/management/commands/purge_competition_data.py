"""Remove the students' personal data of every competition whose retention period is over,
including competitions whose pages were deleted or unpublished.

Meant for a daily cron job or scheduler; safe to run any number of times."""

from django.core.management.base import BaseCommand

from competition import judging


class Command(BaseCommand):
    help = "Remove students' personal data after each competition's retention period."

    def handle(self, *args, **options):
        purged = judging.purge_due()
        for competition, count in purged.items():
            self.stdout.write(f"{competition}: personal data removed from {count} submissions.")
        if not purged:
            self.stdout.write("Nothing to purge.")
