"""Erase pledge signatures whose confirmation link has expired unconfirmed (run daily, from cron).

An unconfirmed signature is a name and an email address that nobody has vouched for: once its
link can no longer confirm it, there is no reason to keep it. Signing again sends a new link.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from campaigns import pledges
from campaigns.models import Signature


class Command(BaseCommand):
    help = "Erase pledge signatures left unconfirmed after their link expired."

    def handle(self, *args, **options):
        expired = timezone.now() - datetime.timedelta(seconds=pledges.CONFIRM_MAX_AGE)
        erased, _by_model = Signature.objects.filter(
            confirmed_at__isnull=True, signed_at__lt=expired
        ).delete()
        self.stdout.write(f"{erased} unconfirmed signatures erased.")
