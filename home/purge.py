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
import logging
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
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from home.navigation import site_search_url
from home.page_cache import PURGED_KEY, store, tag_key

logger = logging.getLogger(__name__)
HOOK = "register_page_cache_dependency"
ALL_LOCALES = "*"


@dataclass(frozen=True)
class Dependency:
    """Pages show ``model``'s objects: ``pages`` is a page type, all of whose live pages show
    them, or a function of one object returning the pages that show it."""

    model: type
    pages: type | Callable
    live: bool = False  # a figure visitors change (places left): see ``figures_changed``
    # The fields the pages show, where the model is saved often for others (a user's
    # last_login): a save of other fields only (``update_fields``) purges nothing.
    fields: tuple = ()

    def concerns(self, update_fields):
        return not (self.fields and update_fields) or bool(set(self.fields) & set(update_fields))

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

    def add_pages(self, ids):
        """The pages of these ids: their tags, and for a front cache their addresses now (a
        moved or deleted page's are about to go)."""
        ids = set(ids)
        self.tags.update(f"page:{pk}" for pk in ids)
        if ids and front_cache():
            batch = PurgeBatch()
            batch.add_pages(Page.objects.filter(pk__in=ids))
            self.urls.update(batch.urls)

    def add_chrome(self, language_code):
        codes = _codes() if language_code == ALL_LOCALES else [language_code]
        self.tags.update(f"locale:{code}" for code in codes)
        self.chrome_codes.update(codes)

    def send(self):
        """Move the tags on; tell the front cache (a task: a changed chrome names every page
        of its languages, which the editor's request does not wait for). A change is saved
        even while the store is down; its pages then live out their timeouts."""
        now = time.time()
        try:
            store().set_many({tag_key(tag): now for tag in self.tags}, None)
            store().set(PURGED_KEY, time.time_ns(), None)  # after the tags: see CachedPages
        except Exception:
            logger.exception("The page cache could not be purged of %s", sorted(self.tags))
        if front_cache() and (self.urls or self.chrome_codes):
            from home import tasks  # the tasks module imports this one

            try:
                tasks.tell_front_cache.enqueue(sorted(self.urls), sorted(self.chrome_codes))
            except Exception:  # the change is committed: its front copies live out s-maxage
                logger.exception("The front cache could not be told of %s", sorted(self.tags))


def tell_front_cache(urls, chrome_codes):
    """Purge ``urls`` from the front cache, and every live page of the ``chrome_codes``'
    languages, whose chrome changed."""
    batch = PurgeBatch(urls)
    if chrome_codes:
        batch.add_pages(Page.objects.live().filter(locale__language_code__in=chrome_codes))
    batch.purge()


def front_cache():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def when_committed(purge):
    """Send ``purge`` once the change is committed (at once outside a transaction): a page
    rendered before the commit would be kept again with what it replaced."""
    transaction.on_commit(purge.send)


def with_ancestors(pages):
    """The ids of ``pages`` and of every page above them but the root, in one query."""
    steplen = Page.steplen
    paths = {page.path[: depth * steplen] for page in pages for depth in range(2, page.depth + 1)}
    return Page.objects.filter(path__in=paths).values_list("pk", flat=True)


def concerned(page):
    """(The ids of the pages that show ``page``, the pages of its translation group), beside
    the searches and the sitemap: three queries."""
    group = list(
        Page.objects.filter(translation_key=page.translation_key)
        .select_related("locale")
        .only("pk", "path", "depth", "locale__language_code")
    ) or [page]
    page_type = ContentType.objects.get_for_model(Page)
    linking = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
    linked = [int(pk) for pk in linking.values_list("object_id", flat=True)]  # stored as text
    return {*with_ancestors(group), *linked}, group


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
            if front_cache():
                with translation.override(code):
                    if search := site_search_url():
                        purge.urls.add(_absolute(search))
    purge.tags.add("sitemap")
    if front_cache():
        purge.urls.add(_absolute(reverse("sitemap")))
    when_committed(purge)


def figures_changed(pages, *, live=False):
    """What ``pages`` show has changed without their being published (a registration, a
    record): purge them and the index and home pages above them, which show their figures too.

    A ``live`` figure (a pledge tally, places left) may change every second while a campaign
    spreads: its pages are purged at the first change of a ``LIVE_TIMEOUT`` window only, and
    are never kept longer than that window besides (``page_cache.shows_live_figure``), so
    the figure is never older than it while the pages stay cached through the spike."""
    window = settings.PAGE_CACHE["LIVE_TIMEOUT"]
    pages = [page for page in pages if not live or store().add(f"live:{page.pk}", 1, window)]
    purge = Purge()
    purge.add_pages(with_ancestors(pages))
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


def image_changed(image):
    """An image's file, alt text or renditions changed: purge what shows it. The pages that
    use it (Wagtail's reference index), and for a record that uses it (the settings' logo, an
    organisation's), what shows that record."""
    references = ReferenceIndex.get_references_to(image)
    page_type = ContentType.objects.get_for_model(Page)
    pages = [
        int(pk)
        for pk in references.filter(base_content_type=page_type).values_list("object_id", flat=True)
    ]
    figures_changed(Page.objects.filter(pk__in=pages).only("pk", "path", "depth"))
    others = references.exclude(base_content_type=page_type).values_list(
        "content_type", "object_id"
    )
    for content_type_id, object_id in set(others):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        record = model._default_manager.filter(pk=object_id).first() if model else None
        if record is not None:
            object_changed(model, record)


@receiver(post_save)
def page_created_live(sender, instance, created=False, raw=False, **kwargs):
    """A page made live without being published: an alias, a translation wagtail-localize
    synchronises as an alias, a copy kept live."""
    if created and not raw and isinstance(instance, Page) and instance.live:
        purge_page(instance)


@receiver(post_save)
@receiver(post_delete)
def object_changed(sender, instance, raw=False, **kwargs):
    """A setting, a page's privacy or an object some page shows has changed."""
    if raw or isinstance(instance, Page):
        return
    if isinstance(instance, get_image_model()):
        image_changed(instance)
        return
    if isinstance(instance, PageViewRestriction):
        purge_page(instance.page, subtree=True)
    elif sender is _site_settings():
        purge = Purge()
        purge.add_chrome(ALL_LOCALES)
        when_committed(purge)
    elif shown_by := [
        dependency
        for dependency in dependencies().get(sender, ())
        if dependency.concerns(kwargs.get("update_fields"))
    ]:
        for dependency in shown_by:
            figures_changed(dependency.pages_showing(instance), live=dependency.live)
        if not all(dependency.live for dependency in shown_by):
            searches = Purge()  # the site search finds records (organisations, meetings) too
            searches.tags.update(f"search:{code}" for code in _codes())
            when_committed(searches)


def _site_settings():
    return apps.get_model("home", "SiteSettings")
