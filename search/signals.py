"""Publishing, unpublishing, moving or deleting an initiative, and setting or lifting privacy on
it or on a page above it, update the library's indexes: the
database engine's entries at once (a few narrow rows; deleting a page deletes its entry), the
Elasticsearch document after the transaction commits and off the request path (a django-tasks
task)."""

from functools import partial

from asgiref.local import Local

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.privacy import being_deleted
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


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, raw=False, **kwargs):
    """A private initiative leaves the library (its results, open data and counts) and comes
    back when the privacy is lifted. ``home.privacy`` copies the restriction to every
    translation, and each copy brings its own tree's initiatives here."""
    if raw or being_deleted(instance.page_id):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    ids = list(
        InitiativePage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    )
    entries.refresh(ids)
    for page_id in ids:
        _later(page_id)


# What saving a draft, a revision or a lock writes on the row: the live name is unchanged.
BOOKKEEPING = {"latest_revision", "has_unpublished_changes", "locked", "locked_at", "locked_by"}


# The topics renamed in this thread since its last commit: a topic is named in eight languages
# at once, and its initiatives need refolding once, not once per language.
_renamed = Local()


@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
def topic_named(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= BOOKKEEPING:
        return
    # An initiative tagged later folds the names it finds when it is saved.
    if not InitiativePage.objects.filter(tagged_topics__tag_id=instance.tag_id).exists():
        return
    if not hasattr(_renamed, "tags"):
        _renamed.tags = set()
    _renamed.tags.add(instance.tag_id)
    transaction.on_commit(_refresh_renamed_topics)


def _refresh_renamed_topics():
    """After a commit: one refresh per renamed topic. A rolled-back rename leaves its tag here for
    the next commit, which refreshes it once more than needed, never less."""
    tags, _renamed.tags = getattr(_renamed, "tags", set()), set()
    for tag_id in sorted(tags):
        tasks.refresh_topic_initiatives.enqueue(tag_id)
