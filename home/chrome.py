"""The page chrome every public page repeats, cached per locale and forgotten on change.

Every page shows the same header and footer: the locale's main menu, its home page's address,
the site settings (name, logo, contact, the privacy and accessibility pages) and the language
switcher with its hreflang alternates. Reading them costs a handful of queries and a few dozen
``get_url`` calls per request, the same for every visitor; so they are kept in the cache the
page cache uses (``caches["pages"]``: Redis, or files every process shares; home/page_cache.py),
so that a change is seen by every process at once, under these keys:

- ``chrome:<generation>:menu:<site>:<language>``: the locale home page's address and its live,
  public, in-menu children as ``MenuItem`` (pk, tree path, title, URL);
- ``chrome:<generation>:languages:<site>:<page pk>``: the page's ``home.i18n.PageLanguages``
  (switcher links, alternates, x-default, fallback), for a live page only (never a preview);
- ``chrome:<generation>:settings:<language>``: the live ``SiteSettings`` of a language
  (``SiteSettings.for_language``);
- ``chrome:locales``: every ``Locale`` by pk, given to the page being served (``with_locale``:
  nearly every view reads it); outside the generation, since only a locale added or removed
  changes it, and that deletes it.

``<generation>`` is one number in the same cache (``chrome:generation``). Whatever changes what
the chrome shows gives it a new value, which makes every key above unreachable at once (the old
entries expire after ``TIMEOUT``): a page published, unpublished, moved, deleted or created (a
translation or an alias: titles, URLs and languages change with them), a page's privacy changed
(the menu shows only public pages), the site settings saved or deleted, an image saved (the
logo) and a locale added or removed. A change inside a transaction bumps it at once and again
when the transaction commits, so a request that read the tree in between cannot keep the old
chrome under the new number.
Publishing is rare and the chrome is cheap to rebuild, so nothing finer is worth its risk: one
page moved changes the URL of every page below it.

``TIMEOUT`` bounds how long an old generation's entries take room.
"""

import itertools
import logging
import os
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms import languages
from home import privacy

logger = logging.getLogger(__name__)
GENERATION_KEY = "chrome:generation"
LOCALES_KEY = "chrome:locales"
TIMEOUT = 300
# A new generation must differ from every earlier one, in every process: the clock and a
# per-process counter make it so without a round trip to read the old value.
_bumps = itertools.count()


def _store():
    return caches[settings.PAGE_CACHE["ALIAS"]]


@dataclass(frozen=True)
class MenuItem:
    """What the header and footer show of a menu page (``in_section`` reads ``path``)."""

    pk: int
    path: str
    title: str
    url: str


@dataclass(frozen=True)
class Menu:
    home_url: str
    items: tuple


def generation(request=None):
    """The chrome's current generation, read once per request."""
    found = getattr(request, "_chrome_generation", None)
    if found is None:
        found = _store().get(GENERATION_KEY)
        if found is None:
            _store().add(GENERATION_KEY, _new_generation(), None)
            found = _store().get(GENERATION_KEY)
        if request is not None:
            request._chrome_generation = found
    return found


def cached(name, build, request=None):
    """The value under ``chrome:<generation>:<name>``, built by ``build()`` when missing."""
    return _kept(lambda: f"chrome:{generation(request)}:{name}", build)


def _kept(key, build):
    """The value under ``key()``, else ``build()`` kept there; ``build()`` alone when the store
    cannot be reached (the page is then only slower)."""
    try:
        name = key()
        found = _store().get(name)
    except Exception:
        logger.exception("The page chrome's cache could not be read")
        return build()
    if found is None:
        found = build()
        try:
            _store().set(name, found, TIMEOUT)
        except Exception:
            logger.exception("The page chrome's cache could not be written")
    return found


def forget(**kwargs):
    """Make every cached chrome unreachable, now and once the current transaction commits.
    Connected to the signals listed in the module's docstring."""
    _bump()
    transaction.on_commit(_bump)


def _bump():
    try:
        _store().set(GENERATION_KEY, _new_generation(), None)
    except Exception:  # a change is saved even while the store is down
        logger.exception("The page chrome's cache could not be told of a change")


def _new_generation():
    return f"{time.time_ns():x}.{os.getpid():x}.{next(_bumps):x}"


def menu(request, find_home):
    """The main menu of the active language; ``find_home()`` gives that locale's root page
    (or None) when the menu must be built."""

    def build():
        home = find_home()
        if home is None:
            return Menu("/", ())
        children = (
            home.get_children()
            .live()
            .in_menu()
            .filter(privacy.is_public())
            .only("title", "path", "url_path")
        )
        items = tuple(
            MenuItem(child.pk, child.path, child.title, child.get_url(request))
            for child in children
        )
        return Menu(home.get_url(request), items)

    language = languages.get(get_language() or languages.DEFAULT.code).code
    return cached(f"menu:{_site_pk(request)}:{language}", build, request)


def with_locale(page):
    """Give ``page`` its ``Locale`` from the cached list, so the views and templates that read
    ``page.locale`` ask no query for it (``before_serve_page`` in ``home.wagtail_hooks``)."""
    if "locale" not in page._state.fields_cache:
        # Outside the generations: only a locale added or removed changes it.
        found = _kept(
            lambda: LOCALES_KEY, lambda: {locale.pk: locale for locale in Locale.objects.all()}
        )
        if page.locale_id in found:
            page.locale = found[page.locale_id]
    return page


def page_languages(request, page, build):
    """The switcher's links of ``page`` (``build()`` computes them), cached for live pages."""
    if not page.live or getattr(request, "is_preview", False):
        return build()
    return cached(f"languages:{_site_pk(request)}:{page.pk}", build, request)


def _site_pk(request):
    site = Site.find_for_request(request)
    return site.pk if site else 0


def connect():
    """Connect ``forget`` to what changes the chrome (``HomeConfig.ready``)."""
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_forget, dispatch_uid="chrome")
    # Without a sender: post_save and post_delete fire for each concrete page class.
    post_save.connect(_forget_on_save, dispatch_uid="chrome")
    post_delete.connect(_forget_on_delete, dispatch_uid="chrome")


def _forget(**kwargs):
    forget()


def _forget_on_save(sender, instance, created=False, raw=False, **kwargs):
    if raw:
        return
    if isinstance(instance, Page):
        # A draft saved changes nothing shown; a page created live (an alias, a locale's
        # copy) changes the tree without being published.
        if created and instance.live:
            forget()
    elif isinstance(instance, (Locale, PageViewRestriction, get_image_model())):
        _forget_locales(instance)
        forget()


def _forget_on_delete(sender, instance, **kwargs):
    if isinstance(instance, (Locale, Page, PageViewRestriction, get_image_model())):
        _forget_locales(instance)
        forget()


def _forget_locales(instance):
    if isinstance(instance, Locale):
        _store().delete(LOCALES_KEY)
