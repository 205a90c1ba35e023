"""Publishing a campaign draws its cards' share images, after the transaction commits and off the
request path (a django-tasks task)."""

from functools import partial

from django.db import transaction
from django.dispatch import receiver

from wagtail.signals import page_published

from campaigns import tasks
from campaigns.models import CampaignPage


@receiver(page_published, sender=CampaignPage)
def campaign_published(sender, instance, **kwargs):
    transaction.on_commit(partial(tasks.make_share_images.enqueue, instance.pk))
