"""Erase the pledge signatures the Forum no longer needs (run daily, from cron):

- unconfirmed ones whose confirmation link has expired: a name and an address nobody vouched
  for (signing again sends a new link);
- confirmed ones ``CAMPAIGNS_SIGNATURE_RETENTION_DAYS`` after their campaign ended, and all
  of a campaign whose page is gone. The campaign's count stays.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from campaigns import pledges
from campaigns.models import Signature


class Command(BaseCommand):
    help = "Erase unconfirmed signatures whose link expired, and those of long-ended campaigns."

    def handle(self, *args, **options):
        expired = timezone.now() - datetime.timedelta(seconds=pledges.CONFIRM_MAX_AGE)
        erased, _by_model = Signature.objects.filter(
            confirmed_at__isnull=True, signed_at__lt=expired
        ).delete()
        self.stdout.write(f"{erased} unconfirmed signatures erased.")
        ended = pledges.purge_ended()
        self.stdout.write(
            f"{sum(ended.values())} signatures of {len(ended)} ended campaigns erased."
        )
