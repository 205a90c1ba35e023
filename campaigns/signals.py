"""Publishing a campaign draws its cards' share images, after the transaction commits and off the
request path (a django-tasks task); a card image that goes (its card, its page) takes its picture
out of the image library with it."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.signals import page_published

from campaigns import tasks
from campaigns.models import CampaignPage, CardImage
from home.models import ForumImage


@receiver(page_published, sender=CampaignPage)
def campaign_published(sender, instance, **kwargs):
    transaction.on_commit(partial(tasks.make_share_images.enqueue, instance.pk))


@receiver(post_delete, sender=CardImage)
def card_image_deleted(sender, instance, **kwargs):
    ForumImage.objects.filter(pk=instance.image_id).delete()
