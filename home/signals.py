from django.apps import apps
from django.db.models.signals import post_save
from django.dispatch import receiver

from home import images
from home.models import ForumImage, HomePage
from home.roles import grant_translator_rights
from home.tasks import make_renditions


@receiver(post_save, sender=HomePage)
def locale_root_created(sender, instance, created, raw=False, **kwargs):
    """A new locale's home page: its translators write and publish in it (DESIGN.md, roles)."""
    if created and not raw and instance.depth == 2:
        grant_translator_rights(apps)


@receiver(post_save, sender=ForumImage)
def image_saved(sender, instance, raw=False, **kwargs):
    """A new or changed image (a new file, a moved focal point): its renditions are made now,
    by a task, rather than by the first visitor of a page showing it (home/images.py)."""
    if not raw:
        make_renditions.enqueue(instance.pk, images.uses_being_saved())
