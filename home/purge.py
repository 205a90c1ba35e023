"""Purging the page cache, exactly: what changed, and which pages show it.

A change purges the pages concerned, no more, once the transaction that made it commits:

- a page published, unpublished, moved, deleted or made private: the page and its
  translations (each one's language switcher lists the others), their ancestors (the index
  pages, the library and the home page that list them), the pages that link to it (Wagtail's
  reference index), the site search of its languages and the sitemap. A page in the main menu
  (a child of a locale's home page) or the home page itself also purges its locale's chrome:
  the header and footer of every page in that language.
- an object a page shows but does not own (an organisation, a plan item, a pledge tally):
  the pages an app names for it, registered with the ``register_page_cache_dependency`` hook::

      @hooks.register("register_page_cache_dependency")
      def organisations():
          return Dependency(Organization, MembersPage)  # every members page lists them

  and the index and home pages above those. A change made without a model's signal (a counter
  moved by one UPDATE) calls ``figures_changed(pages)`` itself.

- the site's settings (footer, contact, funder): every page in every language.

Purging moves the tags' versions on in the page cache (``home.page_cache``) and tells the front
cache, when one is configured, through ``wagtail.contrib.frontend_cache`` (a task).
"""

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation

from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from home.navigation import site_search_url
from home.page_cache import PURGED_KEY, store, tag_key

HOOK = "register_page_cache_dependency"
ALL_LOCALES = "*"


@dataclass(frozen=True)
class Dependency:
    """Pages show ``model``'s objects: ``pages`` is a page type, all of whose live pages show
    them, or a function of one object returning the pages that show it."""

    model: type
    pages: type | Callable

    def pages_showing(self, instance):
        if isinstance(self.pages, type):
            return self.pages.objects.live()
        return self.pages(instance)


@functools.cache
def dependencies():
    """{model: [Dependency]} of every app's registrations (read once: hooks load at start)."""
    found = {}
    for hook in hooks.get_hooks(HOOK):
        registered = hook()
        for dependency in registered if isinstance(registered, list | tuple) else [registered]:
            found.setdefault(dependency.model, []).append(dependency)
    return found


# What is purged -----------------------------------------------------------------------------


class Purge:
    """The tags and URLs one transaction purges, sent once when it commits."""

    def __init__(self):
        self.tags = set()
        self.urls = set()
        self.chrome_codes = set()

    def add_pages(self, pages):
        pages = list(pages)
        self.tags.update(f"page:{page.pk}" for page in pages)
        if front_cache():  # their addresses now: a moved or deleted page's are about to go
            batch = PurgeBatch()
            batch.add_pages(pages)
            self.urls.update(batch.urls)

    def add_chrome(self, language_code):
        codes = _codes() if language_code == ALL_LOCALES else [language_code]
        self.tags.update(f"locale:{code}" for code in codes)
        self.chrome_codes.update(codes)

    def send(self):
        """Move the tags on; tell the front cache (a task)."""
        now = time.time()
        store().set_many({tag_key(tag): now for tag in self.tags}, None)
        store().set(PURGED_KEY, time.time_ns(), None)  # after the tags: see CachedPages
        if front_cache():
            self._tell_front_cache()

    def _tell_front_cache(self):
        batch = PurgeBatch(self.urls)
        if self.chrome_codes:  # every page of those languages shows the changed chrome
            chrome = Page.objects.live().filter(locale__language_code__in=self.chrome_codes)
            batch.add_pages(chrome)
        batch.purge()


def front_cache():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def when_committed(purge):
    """Send ``purge`` once the change is committed (at once outside a transaction): a page
    rendered before the commit would be kept again with what it replaced."""
    transaction.on_commit(purge.send)


def concerned(page):
    """The live pages that show ``page``, beside the searches and the sitemap."""
    group = list(Page.objects.filter(translation_key=page.translation_key).select_related("locale"))
    shown = set()
    for member in group or [page]:
        shown.update(Page.objects.ancestor_of(member, inclusive=True).filter(depth__gt=1))
    page_type = ContentType.objects.get_for_model(Page)
    linking = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
    linked = [int(pk) for pk in linking.values_list("object_id", flat=True)]  # stored as text
    shown.update(Page.objects.filter(pk__in=linked))
    return shown, group or [page]


def purge_page(page, *, subtree=False):
    """Purge ``page`` (and its descendants) wherever they are shown."""
    purge = Purge()
    pages = [page, *(page.get_descendants() if subtree else [])]
    for each in pages:
        shown, group = concerned(each)
        purge.add_pages(shown)
        if each.depth <= 3:  # a locale's home page or an entry of its main menu
            purge.add_chrome(each.locale.language_code)
        for member in group:
            code = member.locale.language_code
            purge.tags.add(f"search:{code}")
            with translation.override(code):
                if search := site_search_url():
                    purge.urls.add(_absolute(search))
    purge.tags.add("sitemap")
    purge.urls.add(_absolute(reverse("sitemap")))
    when_committed(purge)


def figures_changed(pages):
    """What ``pages`` show has changed without their being published (a pledge counted in one
    UPDATE, a registration): purge them and the index and home pages above them, which show
    their figures too."""
    purge = Purge()
    for page in pages:
        purge.add_pages(Page.objects.ancestor_of(page, inclusive=True).filter(depth__gt=1))
    when_committed(purge)


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# Receivers ----------------------------------------------------------------------------------


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    purge_page(instance)


@receiver(pre_page_move)
def page_moving(sender, instance, parent_page_before, **kwargs):
    """Before the move: the old addresses and the old parent's listing."""
    purge_page(instance, subtree=True)


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    purge_page(instance, subtree=True)


@receiver(pre_delete)
def page_deleting(sender, instance, **kwargs):
    """Before the delete, while the pages that show it can still be found."""
    if isinstance(instance, Page) and instance.live:
        purge_page(instance)


@receiver(post_save)
@receiver(post_delete)
def object_changed(sender, instance, raw=False, **kwargs):
    """A setting, a page's privacy or an object some page shows has changed."""
    if raw or isinstance(instance, Page):
        return
    if isinstance(instance, PageViewRestriction):
        purge_page(instance.page, subtree=True)
    elif sender is _site_settings():
        purge = Purge()
        purge.add_chrome(ALL_LOCALES)
        when_committed(purge)
    elif shown_by := dependencies().get(sender):
        for dependency in shown_by:
            figures_changed(dependency.pages_showing(instance))
        searches = Purge()  # the site search finds records (organisations, meetings) too
        searches.tags.update(f"search:{code}" for code in _codes())
        when_committed(searches)


def _site_settings():
    return apps.get_model("home", "SiteSettings")
