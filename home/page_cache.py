"""The page cache: public pages answered to anonymous visitors before Django runs.

A campaign shared in a few hundred Viber groups brings its visitors in the same hour, on a
small server. Two halves share one store, the ``pages`` cache (Redis when ``REDIS_URL`` is set,
files shared by the server's processes otherwise):

- ``PageCacheMiddleware``, inside Django, keeps a response only when nothing in it belongs to
  one visitor. A view opts in (``cache_this``; every ``BasePage`` does through
  ``before_serve_page``), and the response is kept only if the request was anonymous (no
  session cookie), not a preview, and the response set no cookie, used no CSRF token, showed
  no message and asked to be private. Public forms therefore render without their token: the
  token and the form token come from ``form_state``, a small uncached request the form makes
  when the visitor starts it (``js/form-state.js``).
- ``CachedPages``, a WSGI layer around Django's application (``cms/wsgi.py``), answers a GET
  or HEAD from the store without building a request: a hit costs two cache reads.

The key is the host, the path and the query parameters the view actually read: the middleware
hands the view a ``request.GET`` that notes what it is asked for, so ``?utm_source=...`` on a
page that reads nothing shares that page's entry, while the library's ``?q=`` and facets each
have their own. The path's language prefix carries the language.

An entry is stored with each body compressed once (Brotli, gzip, none), a weak ETag and the
versions of its tags (``page:<id>``, ``locale:<code>``...). ``home.purge`` moves a tag's
version on: an entry whose tags moved is never served again. A tag's version is the time of
its purge; an entry whose render began before a purge of one of its tags is not stored.
"""

import datetime
import functools
import gzip
import hashlib
import logging
import random
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import ClassVar
from urllib.parse import parse_qsl, urlencode

import brotli

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.core.handlers.wsgi import get_bytes_from_wsgi
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers

logger = logging.getLogger(__name__)
ALL = "*"  # the shape of a view that read the whole query string
COMPRESSIBLE = ("text/", "application/xml", "application/json", "image/svg+xml")
# Headers a kept response never replays: they belong to the request that made it.
NOT_KEPT = {"set-cookie", "content-length", "content-encoding", "vary", "cache-control", "etag"}


def store():
    return caches[settings.PAGE_CACHE["ALIAS"]]


def tag_key(tag):
    return f"tag:{tag}"


def tag_versions(pages, tags):
    """{tag: version} of ``tags`` in the store, or None when one cannot be read. A tag never
    purged is written as purged at 0 first: a tag missing later (evicted) makes what was kept
    under it a miss, never fresh again."""
    keys = {tag: tag_key(tag) for tag in tags}
    found = pages.get_many(list(keys.values()))
    if len(found) < len(keys):
        for key in keys.values():
            pages.add(key, 0, None)
        found = pages.get_many(list(keys.values()))
    if len(found) < len(keys):
        return None
    return {tag: found[key] for tag, key in keys.items()}


# The time of the latest purge anywhere: while it stays the same, what a process has already
# checked stays fresh, and a hit costs this one read.
PURGED_KEY = "purged"


# What a view declares -----------------------------------------------------------------------


@dataclass
class Keep:
    """How a response may be kept: its tags, and until when at most."""

    tags: set = field(default_factory=set)
    timeout: int = 0
    last_modified: float | None = None
    live: bool = False
    # The same in every language: an address without a language prefix (the sitemap), which
    # Django marks as varying on Accept-Language.
    any_language: bool = False
    # A front cache may keep it longer than a browser: only an address the purge names (a
    # page's own, the sitemap). A query string's variant or a page's route is kept by a front
    # cache only as long as by a browser (``max-age``).
    purged_by_address: bool = False

    def until(self, seconds):
        self.timeout = max(1, min(self.timeout, int(seconds)))


def cache_this(request, *tags, last_modified=None):
    """Let this request's response be kept, under these tags (and the active locale's)."""
    keep = getattr(request, "page_cache", None)
    if keep is None:
        keep = Keep(timeout=min(settings.PAGE_CACHE["TIMEOUT"], _until_the_hour()))
        request.page_cache = keep
    keep.tags.update(tags)
    if last_modified is not None:
        keep.last_modified = last_modified.timestamp()
    return keep


def _until_the_hour():
    """Seconds a kept page or fragment may last. Listings change with the clock too (an event
    that has ended moves to the past): nothing is kept past the next hour, and each ends at
    its own moment in the five minutes before it, so that the busy pages are not all rendered
    at once. Pages that know their moment say so (``changes_at``)."""
    to_the_hour = 3600 - int(time.time()) % 3600
    return to_the_hour - random.randrange(min(300, to_the_hour))  # noqa: S311 -- a spread


FRAGMENT_FORMAT = 1  # in the key: a release that changes what ``build`` returns reads none


def fragment(name, tags, build):
    """A part of a page that costs much to render and is the same for every visitor (a home
    page's live block): ``build()`` gives ``(text, moment)``, kept under the versions of
    ``tags``, and returned as it is. What purges the pages of these tags (home.purge) makes it
    unreachable with them, so a page rendered again after a purge, or for a signed-in editor,
    renders only what changed. Kept until the hour like a page, and never past its ``moment``
    (a POSIX time, or None), when it changes by itself (a deadline passes); built each time
    while the store cannot be reached. A live figure's moment is ``LIVE_TIMEOUT`` after it
    was read, and the page kept from it ends then too (``changes_at``)."""
    try:
        pages = store()
        versions = tag_versions(pages, tags)
        if versions is None:
            key = None
        else:
            stamp = ",".join(f"{tag}={versions[tag]}" for tag in sorted(versions))
            named = f"{FRAGMENT_FORMAT}|{name}|{stamp}".encode()
            key = "fragment:" + hashlib.blake2b(named, digest_size=16).hexdigest()
            found = pages.get(key)
    except Exception:
        logger.exception("The page cache could not be read for a fragment")
        key = None
    if key is None:
        return build()
    if found is not None and (found[1] is None or found[1] > time.time()):
        return found
    text, moment = built = build()
    timeout = _until_the_hour()
    if moment is not None:
        timeout = min(timeout, int(moment - time.time()))
    if timeout > 0:
        try:
            pages.set(key, built, min(timeout, settings.PAGE_CACHE["TIMEOUT"]))
        except Exception:
            logger.exception("The page cache could not keep a fragment")
    return built


def page_fragment(request, page, name, build):
    """A part of ``page`` the same for every visitor reading it in this language (the home
    page's live blocks, the strategy's tracker): ``fragment`` under the page's own purge tags,
    so whatever purges the page (a plan item, a tally, the page's publish) makes it
    unreachable. ``build()`` gives ``(value, moment)``; ``name`` tells apart the parts of one
    page and the variants of one part (a filter's values). A preview or a page not live is
    built each time. The page showing it is cached no longer than its ``moment``."""
    kept = request is not None and not getattr(request, "is_preview", False) and page.live
    if not kept:
        value, moment = build()
    else:
        language = translation.get_language()
        tags = {f"page:{page.pk}", f"locale:{page.locale.language_code}", f"locale:{language}"}
        value, moment = fragment(f"{name}:{page.pk}:{language}", tags, build)
    if request is not None and moment is not None:
        changes_at(request, datetime.datetime.fromtimestamp(moment, tz=datetime.UTC))
    return value


def cached_view(*tags, any_language=False):
    """A view (not a page) whose responses may be kept under ``tags``."""

    def decorator(view):
        @functools.wraps(view)
        def kept(request, *args, **kwargs):
            keep = cache_this(request, *tags)
            keep.any_language = any_language
            keep.purged_by_address = True
            return view(request, *args, **kwargs)

        return kept

    return decorator


def shows_live_figure(request):
    """This page shows a figure that visitors change (a pledge tally, places left): it is
    purged when the figure changes, and never kept longer than ``LIVE_TIMEOUT`` besides."""
    keep = getattr(request, "page_cache", None)
    if keep is not None:
        keep.until(settings.PAGE_CACHE["LIVE_TIMEOUT"])
        keep.live = True


def changes_at(request, moment):
    """This page changes by itself at ``moment`` (an event starts, a deadline passes): it is
    not kept beyond it."""
    keep = getattr(request, "page_cache", None)
    if keep is not None and moment is not None:
        # A moment passed while the page was read (its data still showed what comes before
        # it): kept a second at most.
        keep.until(moment.timestamp() - time.time())


def next_midnight():
    """The next local midnight (Europe/Skopje), when whatever runs by the day changes by itself:
    a campaign starts or ends, an action falls behind schedule."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))


def never_cache_here(request):
    """This response belongs to one visitor even though the view opted in."""
    request.page_cache = None


# The key ------------------------------------------------------------------------------------


def _host(environ):
    """The scheme and host, as Django reads them: a page kept for HTTPS is never the answer to
    plain HTTP, which Django's SecurityMiddleware redirects."""
    scheme = environ.get("wsgi.url_scheme", "http")
    if proxy := settings.SECURE_PROXY_SSL_HEADER:
        header, secure = proxy
        if environ.get(header) is not None:
            scheme = "https" if environ[header].split(",")[0].strip() == secure else "http"
    host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
    return f"{scheme}://{host}"


def _shape_key(environ):
    return "shape:" + _host(environ) + environ.get("PATH_INFO", "")


def entry_key(environ, shape):
    """The store's key for this request, given the parameters its view reads."""
    pairs = parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if shape != ALL:
        pairs = [(name, value) for name, value in pairs if name in shape]
    pairs.sort(key=lambda pair: pair[0])  # stable: repeated names keep their order
    # urlencode, not a join: a value may hold any separator once decoded.
    raw = "\n".join([_host(environ), environ.get("PATH_INFO", ""), urlencode(pairs)])
    digest = hashlib.blake2b(raw.encode("utf-8", "surrogateescape"), digest_size=16)
    return f"page:{Entry.FORMAT}:{digest.hexdigest()}"


def merge_shapes(first, second):
    if first is None:
        return second
    if ALL in (first, second):
        return ALL
    return tuple(sorted(set(first) | set(second)))


class ReadingQueryDict(QueryDict):
    """``request.GET`` that notes the names a view reads; reading them all makes it ``ALL``."""

    read = ALL  # while QueryDict's own __init__ fills it in, nothing is noted

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.read = set()

    def _note(self, name=ALL):
        if self.read != ALL:
            self.read = ALL if name == ALL else self.read | {name}

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self._note(key)
        return super().getlist(key, default)

    def __iter__(self):
        self._note()
        return super().__iter__()

    def __len__(self):
        self._note()
        return super().__len__()

    def __copy__(self):
        self._note()
        return super().__copy__()

    def __deepcopy__(self, memo):
        self._note()
        return super().__deepcopy__(memo)

    # Reading the whole query string, however it is read, makes the view's shape ALL.
    def keys(self):
        self._note()
        return super().keys()

    def items(self):
        self._note()
        return super().items()

    def lists(self):
        self._note()
        return super().lists()

    def values(self):
        self._note()
        return super().values()

    def dict(self):
        self._note()
        return super().dict()

    def urlencode(self, safe=None):
        self._note()
        return super().urlencode(safe)

    @property
    def shape(self):
        return ALL if self.read == ALL else tuple(sorted(self.read))


# An entry -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """A kept answer. ``FORMAT`` is in its key: a release that changes these fields never
    reads an older release's entries."""

    FORMAT: ClassVar[int] = 3

    shape: object
    status: int
    headers: tuple
    bodies: dict  # {"br": ..., "gzip": ..., "": ...}
    etag: str
    versions: dict
    expires: float
    # Cache-Control for the address itself, and for it with a query string, which a front
    # cache keeps apart and no purge names.
    control: str
    control_with_query: str

    def body_for(self, accept_encoding):
        return choose(self.bodies, accept_encoding)


def choose(bodies, accept_encoding):
    """(content coding, body) for a client's Accept-Encoding: Brotli, else gzip, else none."""
    accept = accept_encoding or ""
    for coding in ("br", "gzip"):
        if coding in accept and coding in bodies:
            return coding, bodies[coding]
    return "", bodies[""]


def _compressed(body, content_type):
    bodies = {"": body}
    if len(body) > 200 and content_type.startswith(COMPRESSIBLE):
        bodies["gzip"] = gzip.compress(body, compresslevel=6, mtime=0)
        bodies["br"] = brotli.compress(body, quality=settings.PAGE_CACHE["BROTLI_QUALITY"])
    return bodies


def cache_control(timeout, purged_by_address=True, live=False):
    """A kept page's Cache-Control: a browser asks again (its ETag makes that a 304), a front
    cache keeps an address the purge names, an address it does not name (a query string's
    variant, a page's route) only ``UNPURGED_SHARED_MAX_AGE``, and a live figure is never
    served stale."""
    config = settings.PAGE_CACHE
    browser = min(timeout, config["BROWSER_MAX_AGE"])
    shared = config["SHARED_MAX_AGE"] if purged_by_address else config["UNPURGED_SHARED_MAX_AGE"]
    parts = [f"public, max-age={browser}", f"s-maxage={min(timeout, shared)}"]
    if purged_by_address and not live:
        parts.append(f"stale-while-revalidate={config['STALE_WHILE_REVALIDATE']}")
    return ", ".join(parts)


# Inside Django: what may be kept ------------------------------------------------------------


def anonymous(cookies):
    return not cookies.get(settings.SESSION_COOKIE_NAME) and not cookies.get(
        CookieStorage.cookie_name
    )


def _personal(request, response, keep):
    """Why this response belongs to its visitor, or ``""``."""
    if not anonymous(request.COOKIES):
        return "signed in or holding a message"
    if getattr(request, "is_preview", False):
        return "a preview"
    if response.cookies:
        return "it sets a cookie"
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return "it carries a CSRF token"
    messages = getattr(request, "_messages", None)
    if messages is not None and (messages.used or messages._queued_messages):
        return "it shows a message"
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return "it asked to be private"
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if vary - {"cookie", "accept-encoding", *(["accept-language"] if keep.any_language else [])}:
        return "it varies on " + ", ".join(sorted(vary))
    return ""


class PageCacheMiddleware:
    """Keeps the public responses that views opt in, and marks every other one private."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE["ENABLED"]:
            return self.private(self.get_response(request))
        started = time.time()
        query = get_bytes_from_wsgi(request.environ, "QUERY_STRING", "")  # as Django reads it
        request.GET = ReadingQueryDict(query, encoding=request.encoding)
        response = self.get_response(request)
        keep = getattr(request, "page_cache", None)
        if (
            keep is None
            or response.status_code != 200
            or response.streaming
            or _personal(request, response, keep)
        ):
            return self.private(response)
        try:
            return self.keep(request, response, keep, started)
        except Exception:  # the store is down: the page is served, only not kept
            logger.exception("The page cache could not keep %s", request.path)
            return self.private(response)

    @staticmethod
    def private(response):
        if "Cache-Control" not in response:
            response["Cache-Control"] = "private, no-store"
        return response

    def keep(self, request, response, keep, started):
        environ = request.environ
        pages = store()
        shape = merge_shapes(pages.get(_shape_key(environ)), request.GET.shape)
        versions = tag_versions(pages, keep.tags | {f"locale:{request.LANGUAGE_CODE}"})
        if versions is None:
            return response
        # A purge since the render began may have missed what it read; the margin covers the
        # difference between several app servers' clocks.
        fresh = max(versions.values()) < started - settings.PAGE_CACHE["CLOCK_MARGIN"]

        body = response.content
        content_type = response.get("Content-Type", "")
        etag = 'W/"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        control = cache_control(keep.timeout, keep.purged_by_address, live=keep.live)
        control_with_query = cache_control(keep.timeout, purged_by_address=False, live=keep.live)
        response["Cache-Control"] = control_with_query if environ.get("QUERY_STRING") else control
        response["ETag"] = etag
        response["Last-Modified"] = formatdate(keep.last_modified or started, usegmt=True)
        if response.has_header("Vary"):
            del response["Vary"]
        patch_vary_headers(response, ("Accept-Encoding",))
        bodies = _compressed(body, content_type)
        if fresh:
            headers = tuple(
                (name, value) for name, value in response.items() if name.lower() not in NOT_KEPT
            ) + (("Vary", "Accept-Encoding"),)
            entry = Entry(
                shape,
                200,
                headers,
                bodies,
                etag,
                versions,
                started + keep.timeout,
                control,
                control_with_query,
            )
            pages.set_many(
                {_shape_key(environ): shape, entry_key(environ, shape): entry}, keep.timeout
            )
            pages.add(PURGED_KEY, time.time_ns(), None)  # what CachedPages.recent compares
            CachedPages.shapes[_shape_key(environ)] = shape
        coding, chosen = choose(bodies, request.META.get("HTTP_ACCEPT_ENCODING"))
        if coding:
            response.content = chosen
            response["Content-Encoding"] = coding
            response["Content-Length"] = str(len(chosen))
        response["X-Page-Cache"] = "miss"
        return response


# In front of Django: answering from the store -----------------------------------------------


class CachedPages:
    """WSGI middleware: a GET or HEAD whose entry is fresh is answered without Django."""

    # {shape key: shape} seen by this process: saves a read; an entry's own shape confirms it.
    shapes = {}
    SHAPES = 10_000  # addresses; past that (a scan of made-up addresses) it starts again
    RECENT = 256
    lock = threading.Lock()

    def __init__(self, application):
        self.application = application
        self.never = tuple(url for url in (settings.STATIC_URL, settings.MEDIA_URL) if url)
        # {key: (entry, the latest purge when it was checked)}, the most recent last: a page
        # asked again is served from this process's memory while no purge has happened since.
        self.recent = {}

    def __call__(self, environ, start_response):
        try:
            entry = self.lookup(environ)
        except Exception:  # the store is down or holds garbage: Django answers
            logger.exception("The page cache could not be read")
            entry = None
        if entry is None:
            return self.application(environ, start_response)
        coding, body = entry.body_for(environ.get("HTTP_ACCEPT_ENCODING"))
        control = entry.control_with_query if environ.get("QUERY_STRING") else entry.control
        headers = [
            *entry.headers,
            ("Cache-Control", control),
            ("ETag", entry.etag),
            ("X-Page-Cache", "hit"),
        ]
        if entry.etag in environ.get("HTTP_IF_NONE_MATCH", ""):
            start_response("304 Not Modified", headers)
            return [b""]
        if coding:
            headers.append(("Content-Encoding", coding))
        headers.append(("Content-Length", str(len(body))))
        start_response("200 OK", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]

    def lookup(self, environ):
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        config = settings.PAGE_CACHE
        if not config["ENABLED"] or not self._anonymous(environ.get("HTTP_COOKIE", "")):
            return None
        if environ.get("PATH_INFO", "").startswith(self.never):  # files: whitenoise, media
            return None
        pages = store()
        shape_key = _shape_key(environ)
        shape = self.shapes.get(shape_key)
        if shape is None and (shape := pages.get(shape_key)) is None:
            return None
        key = entry_key(environ, shape)
        purged = pages.get(PURGED_KEY)  # None after the store was emptied: check everything
        known = self.recent.get(key)
        if known and purged is not None and known[1] == purged and known[0].expires > time.time():
            return known[0]
        entry = pages.get(key)
        if entry is None or entry.shape != shape:
            self.shapes.pop(shape_key, None)  # another process may know a wider shape
            return None
        # Read after the time of the latest purge: a purge in between is seen next time.
        current = pages.get_many([tag_key(tag) for tag in entry.versions])
        for tag, version in entry.versions.items():
            if current.get(tag_key(tag)) != version:  # purged since, or evicted
                return None
        with self.lock:  # gunicorn's threaded workers share this memory
            if len(self.shapes) > self.SHAPES:
                self.shapes.clear()
            self.shapes[shape_key] = shape
            self.recent.pop(key, None)
            self.recent[key] = (entry, purged)
            while len(self.recent) > self.RECENT:
                self.recent.pop(next(iter(self.recent)))
        return entry

    @staticmethod
    def _anonymous(cookie_header):
        if not cookie_header:
            return True
        names = {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}
        for part in cookie_header.split(";"):
            name, _, value = part.strip().partition("=")
            if name in names and value:
                return False
        return True
