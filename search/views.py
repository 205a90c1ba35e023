"""The library page's answers: the results page, and the same results as JSON or CSV; and the
site search."""

import hashlib
import json
from functools import partial

import cyrtranslit
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

from wagtail.contrib.search_promotions.models import Query as SearchQuery
from wagtail.models import Locale, Page
from wagtail.search.query import Or, PlainText
from wagtail.search.utils import normalise_query_string

from cms import languages
from home import downloads, ratelimits
from search import service, tasks
from search.text import fold, terms


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


def _variants(text):
    """The query as typed and in the other script, and folded: each is searched for."""
    text = text[:200]
    spellings = [
        text,
        cyrtranslit.to_cyrillic(text, "mk"),
        cyrtranslit.to_cyrillic(text, "sr"),
        cyrtranslit.to_latin(text, "mk"),
        fold(text),
    ]
    unique = []
    for spelling in spellings:
        if terms(spelling) and spelling not in unique:
            unique.append(spelling)
    return unique


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


def site_search(request):
    """Every page of the visitor's language, with the editors' picks for the query first."""
    code = languages.get(get_language() or languages.DEFAULT.code).code
    text = request.GET.get("q", "").strip()[:200]
    query = service.Query(text=text)
    picks, hits, total = [], [], 0
    variants = _variants(text)
    if variants:
        locale = Locale.objects.filter(language_code=code).first()
        pages = Page.objects.live().public().filter(locale=locale)
        found = pages.search(Or([PlainText(spelling) for spelling in variants]))
        try:
            number = min(max(int(request.GET.get("page", 1)), 1), service.MAX_PAGE)
        except ValueError:
            number = 1
        paginator = Paginator(found, SITE_PER_PAGE)
        page = paginator.get_page(number)
        total = paginator.count
        hits = [
            {
                "page": result.specific,
                "title": service.highlight(result.title, query),
                "description": service.highlight(result.search_description, query),
            }
            for result in page.object_list
        ]
        promoted = SearchQuery.objects.filter(query_string=normalise_query_string(text)).first()
        chosen = list(promoted.editors_picks.select_related("page__locale")) if promoted else []
        # Live and public only: an editor's pick made private since is no longer shown.
        shown = set(
            Page.objects.filter(pk__in=[pick.page_id for pick in chosen])
            .live()
            .public()
            .values_list("pk", flat=True)
        )
        picks = [
            pick
            for pick in chosen
            if pick.page_id in shown and pick.page.locale.language_code == code
        ]
        _count_hit(request, text)
    else:
        page = None
    return TemplateResponse(
        request,
        "search/site_search.html",
        {"text": text, "hits": hits, "picks": picks, "total": total, "results_page": page},
    )
