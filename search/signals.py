"""Publishing, unpublishing, moving or deleting an initiative updates the library's indexes: the
database engine's entries at once (a few narrow rows; deleting a page deletes its entry), the
Elasticsearch document after the transaction commits and off the request path (a django-tasks
task)."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from search import elastic, entries, tasks
from search.models import InitiativePage, Topic


def _later(page_id):
    if elastic.enabled():
        transaction.on_commit(partial(tasks.update_library_document.enqueue, page_id))


@receiver(page_published, sender=InitiativePage)
@receiver(page_unpublished, sender=InitiativePage)
def initiative_changed(sender, instance, **kwargs):
    entries.refresh([instance.pk])
    _later(instance.pk)


@receiver(post_page_move)
def initiative_moved(sender, instance, **kwargs):
    if isinstance(instance.specific_deferred, InitiativePage):
        entries.refresh([instance.pk])
        _later(instance.pk)


@receiver(post_delete, sender=InitiativePage)
def initiative_deleted(sender, instance, **kwargs):
    entries.deleted(instance)
    _later(instance.pk)


@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
def topic_named(sender, instance, **kwargs):
    transaction.on_commit(partial(tasks.refresh_topic_initiatives.enqueue, instance.tag_id))
