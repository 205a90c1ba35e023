"""The library page's answers: the results page, and the same results as JSON or CSV; and the
site search: pages, organisations and public meetings, each word found by its beginning."""

import hashlib
import json
from functools import partial

import tablib

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.contrib.search_promotions.models import Query as SearchQuery
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, PlainText
from wagtail.search.utils import normalise_query_string

from cms import languages
from forum.api import records_matching
from home import downloads, page_cache, privacy, ratelimits
from search import service, tasks


def _row(hit, request):
    page = hit.page
    return {
        "title": page.title,
        "url": request.build_absolute_uri(page.url),
        "language": page.locale.language_code,
        "summary": page.summary,
        "type": page.kind,
        "municipality": page.municipality,
        "communities": hit.values.get("community", []),
        "organisations": hit.values.get("organisation", []),
        "topics": hit.values.get("topic", []),
        "start_date": page.start_date.isoformat(),
        "end_date": page.end_date.isoformat() if page.end_date else None,
        "people_reached": page.people_reached,
    }


FIELDS = [
    "title",
    "url",
    "language",
    "summary",
    "type",
    "municipality",
    "communities",
    "organisations",
    "topics",
    "start_date",
    "end_date",
    "people_reached",
]


def _json(results, request):
    data = {
        "query": results.query.text,
        "total": results.total,
        "page": results.query.page,
        "pages": results.pages,
        "results": [_row(hit, request) for hit in results.hits],
        "facets": {
            name: [
                {"value": item.value, "label": str(item.label), "count": item.count}
                for item in values
            ]
            for name, values in results.facets.items()
        },
    }
    return HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json"
    )


def _csv(results, request):
    data = tablib.Dataset(headers=FIELDS)
    for hit in results.hits:
        row = _row(hit, request)
        data.append(
            ["; ".join(row[name]) if isinstance(row[name], list) else row[name] for name in FIELDS]
        )
    return downloads.spreadsheet_response(data, "initiatives", "csv")


def _link(request, **changes):
    """The current URL with some parameters changed (``None`` removes one)."""
    params = request.GET.copy()
    params.pop("format", None)
    for name, value in changes.items():
        params.pop(name, None)
        if value is not None:
            params[name] = value
    return "?" + urlencode(params, doseq=True)


def library(request, page):
    query = service.parse(request.GET, page)
    results = service.search(query)
    output = request.GET.get("format")
    if output == "json":
        return _json(results, request)
    if output == "csv":
        return _csv(results, request)
    for hit in results.hits:
        hit.title = service.highlight(hit.page.title, query)
        hit.summary = service.highlight(hit.page.summary, query)
        hit.language = languages.get(hit.page.locale.language_code)
    context = {
        **page.get_context(request),
        "results": results,
        "query": query,
        "facet_labels": {
            "community": _("Community"),
            "municipality": _("Municipality"),
            "type": _("Type"),
            "topic": _("Topic"),
            "organisation": _("Organisation"),
            "year": _("Year"),
        },
        "previous_url": _link(request, page=str(query.page - 1)) if query.page > 1 else None,
        "next_url": (
            _link(request, page=str(query.page + 1)) if query.page < results.pages else None
        ),
        "widen_url": _link(request, widen="1", page=None),
        "narrow_url": _link(request, widen=None, page=None),
        "json_url": _link(request, format="json"),
        "csv_url": _link(request, format="csv"),
    }
    return TemplateResponse(request, "search/library_page.html", context)


SITE_PER_PAGE = 20
SITE_QUERY_LENGTH = 200  # characters of a query searched; the rest is dropped, with a word


def prefix_search(backend, pages, words):
    """``pages`` that have, for each of ``words``, a word beginning with it in their folded
    text (Wagtail's autocomplete over ``BasePage``'s folded fields), best first.

    Wagtail's database backends take only the last word of a phrase as a prefix, so there each
    word is a phrase of its own, all of them required; Elasticsearch's edge n-grams take every
    word as a prefix already, and its autocomplete reads only plain text."""
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        query = PlainText(" ".join(words), operator="and")
    else:
        query = And([PlainText(word) for word in words])
    return backend.autocomplete(query, pages)


class SiteResults:
    """The records (organisations, meetings) that match, then the pages, as one sequence for
    Django's Paginator: only the slice shown is read of the pages' search."""

    def __init__(self, records, pages):
        self.records, self.pages = records, pages

    def count(self):
        return len(self.records) + self.pages.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        shown = self.records[window]
        start = max(window.start - len(self.records), 0)
        stop = max(window.stop - len(self.records), 0)
        return shown + (list(self.pages[start:stop]) if stop > start else [])


def _page_hits(pages, query, request):
    """{pk: hit} of the results' pages, each read as its own type (one query per type, not per
    page), with its kind, its title and an excerpt of its own text highlighted."""
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    return {
        pk: {
            "kind": page._meta.verbose_name,
            "title": service.highlight(page.title, query),
            "excerpt": service.excerpt(
                page.search_texts() if hasattr(page, "search_texts") else [], query
            ),
            "url": page.get_url(request),
        }
        for pk, page in specific.items()
    }


def _record_hit(record, query):
    return {
        **record,
        "title": service.highlight(record["title"], query),
        "excerpt": service.excerpt(record["texts"], query),
    }


def _count_hit(request, text):
    """Count the search in Wagtail's search-terms report, without a write in this request.

    Each visitor's query is counted once per ``SEARCH_HIT_WINDOW`` (their address and the query
    remembered in the cache: turning pages or reloading counts nothing), and an address counts
    at most ``SEARCH_HITS_RATE`` queries; the count itself is a task, enqueued once the
    request's work is committed. A stranger cannot make the site write on every request.
    """
    visitor = f"{ratelimits.client_ip(request)}\n{normalise_query_string(text)}"
    key = "search-hit:" + hashlib.sha256(visitor.encode()).hexdigest()
    if not cache.add(key, True, settings.SEARCH_HIT_WINDOW):
        return
    rate = settings.SEARCH_HITS_RATE
    if ratelimits.over_limit(request, "search:hits", rate, method=ratelimits.ANY_METHOD):
        return
    transaction.on_commit(partial(tasks.count_search_hit.enqueue, text))


def _picks(text, code):
    """The editors' picks for the query, in the visitor's language, live and public only: an
    editor's pick made private since is no longer shown."""
    promoted = SearchQuery.objects.filter(query_string=normalise_query_string(text)).first()
    chosen = list(promoted.editors_picks.select_related("page__locale")) if promoted else []
    shown = set(
        Page.objects.filter(pk__in=[pick.page_id for pick in chosen])
        .live()
        .filter(privacy.is_public())
        .values_list("pk", flat=True)
    )
    return [
        pick for pick in chosen if pick.page_id in shown and pick.page.locale.language_code == code
    ]


def _page_number(request):
    """The page of results asked for, and whether it could be read as one."""
    try:
        return max(int(request.GET.get("page", 1)), 1), True
    except ValueError:
        return 1, False


def site_search(request):
    """Pages, organisations and public meetings of the visitor's language, each word of the
    query found by its beginning in any script, with the editors' picks for the query first."""
    code = languages.get(get_language() or languages.DEFAULT.code).code
    page_cache.cache_this(request, f"search:{code}")
    typed = request.GET.get("q", "").strip()
    text = typed[:SITE_QUERY_LENGTH]
    query = service.Query(text=text)
    notices = []
    if len(typed) > SITE_QUERY_LENGTH:
        notices.append(
            _("Only the first %(count)s characters of your search were used.")
            % {"count": SITE_QUERY_LENGTH}
        )
    picks, hits, total, page = [], [], 0, None
    if text and not query.terms:
        notices.append(_("Type at least one word, with letters or digits, to search."))
    elif query.terms:
        locale = Locale.objects.filter(language_code=code).first()
        # Wagtail's .public(): the search backends read its path filters, not a subquery.
        pages = Page.objects.live().public().filter(locale=locale)
        found = SiteResults(
            records_matching(query.terms, locale),
            prefix_search(get_search_backend(), pages, query.terms),
        )
        number, readable = _page_number(request)
        page = Paginator(found, SITE_PER_PAGE).get_page(number)
        if not readable or page.number != number:
            notices.append(
                _("There is no such page of results: here is page %(number)s.")
                % {"number": page.number}
            )
        total = page.paginator.count
        shown = _page_hits(
            [result for result in page.object_list if not isinstance(result, dict)],
            query,
            request,
        )
        hits = [
            _record_hit(result, query) if isinstance(result, dict) else shown.get(result.pk)
            for result in page.object_list
        ]
        hits = [hit for hit in hits if hit is not None]
        picks = _picks(text, code)
        _count_hit(request, text)
    return TemplateResponse(
        request,
        "search/site_search.html",
        {
            "text": text,
            "hits": hits,
            "picks": picks,
            "total": total,
            "results_page": page,
            "page_link": "?" + urlencode({"q": text, "page": ""}),
            "notices": notices,
        },
    )
