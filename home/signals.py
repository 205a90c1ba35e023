from django.apps import apps
from django.db.models.signals import post_save
from django.dispatch import receiver

from home.models import HomePage
from home.roles import grant_translator_rights


@receiver(post_save, sender=HomePage)
def locale_root_created(sender, instance, created, raw=False, **kwargs):
    """A new locale's home page: its translators write and publish in it (DESIGN.md, roles)."""
    if created and not raw and instance.depth == 2:
        grant_translator_rights(apps)
