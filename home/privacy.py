"""Privacy set on a page holds in every language.

Wagtail keeps a page's privacy (``PageViewRestriction``: a password, a login, some groups) on
that page and its descendants, which is one locale's tree only: the Romani translation of a
password-protected Macedonian page would be public. Here every change to a page's restriction
is copied to all its translations (the pages sharing its ``translation_key``), so that serving
a page and every listing that asks for public pages (Wagtail's ``.public()``, or ``is_public``
here, the same in one query) see the same privacy in every language, with no query of their
own. A translation published later adopts the privacy of its translations.

The copy writes restrictions that fire the same signals again; ``_syncing`` keeps those from
copying back a half-written state. A page being deleted takes its restriction with it, which
is no reason to lift its translations' privacy: ``being_deleted`` tells that case apart.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published

_state = threading.local()


def is_public():
    """The condition of a page outside every private section, for ``.filter()``: Wagtail's
    ``.public()`` in the same query, where ``.public()`` first reads every restriction of the
    site with a query of its own, on every listing of every request. A page is private when
    it or an ancestor (a page whose path begins its path) has a restriction."""
    above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    return ~Exists(above)


def _pages_being_deleted():
    if not hasattr(_state, "deleting"):
        _state.deleting = set()
    return _state.deleting


def being_deleted(page_id):
    """Whether this page is being deleted right now (its restriction goes with it)."""
    return page_id in _pages_being_deleted()


def _copy(restrictions, page):
    """Make ``page``'s own restrictions the same as ``restrictions`` (of a translation)."""
    wanted = [
        (r.restriction_type, r.password, frozenset(g.pk for g in r.groups.all()))
        for r in restrictions
    ]
    current = list(page.view_restrictions.prefetch_related("groups"))
    have = [
        (r.restriction_type, r.password, frozenset(g.pk for g in r.groups.all())) for r in current
    ]
    if sorted(have, key=repr) == sorted(wanted, key=repr):
        return
    for restriction in current:
        restriction.delete()
    for restriction_type, password, groups in wanted:
        copy = PageViewRestriction.objects.create(
            page=page, restriction_type=restriction_type, password=password
        )
        copy.groups.set(groups)


@contextmanager
def _copying():
    """While restrictions are copied, their own signals copy nothing."""
    _state.syncing = True
    try:
        with transaction.atomic():
            yield
    finally:
        _state.syncing = False


def share_privacy(page):
    """Give every translation of ``page`` the restrictions set on ``page`` itself (or none)."""
    if getattr(_state, "syncing", False):
        return
    with _copying():
        restrictions = list(page.view_restrictions.prefetch_related("groups"))
        for translation in Page.objects.filter(translation_key=page.translation_key).exclude(
            pk=page.pk
        ):
            _copy(restrictions, translation)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, raw=False, **kwargs):
    if raw or being_deleted(instance.page_id):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        share_privacy(page)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, reverse=False, **kwargs):
    """Wagtail's privacy form saves the restriction, then its groups."""
    if action in {"post_add", "post_remove", "post_clear"} and not reverse:
        restriction_changed(PageViewRestriction, instance)


@receiver(page_published)
def translation_published(sender, instance, **kwargs):
    """A translation made after its source was made private (as a draft, an alias, a copy)
    adopts the restriction of its translations, if it has none of its own."""
    if instance.view_restrictions.exists():
        return
    source = (
        PageViewRestriction.objects.filter(page__translation_key=instance.translation_key)
        .exclude(page=instance)
        .select_related("page")
        .first()
    )
    if source is not None:
        with _copying():
            _copy(list(source.page.view_restrictions.prefetch_related("groups")), instance)


# Deleting any page deletes its ``wagtailcore.Page`` row, which is where these listen (and
# listening to every model would cost every fast delete of the site).
@receiver(pre_delete, sender=Page)
def page_deleting(sender, instance, **kwargs):
    _pages_being_deleted().add(instance.pk)


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    _pages_being_deleted().discard(instance.pk)
