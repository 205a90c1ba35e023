"""The library search: one request shape, one result shape, two engines behind them.

``search(request)`` takes a ``Query`` (the text, the facets' chosen values, the sort, the page,
the locale and whether to widen to every locale) and returns a ``Results``: the page of hits,
the total, each facet's values with counts, and, when nothing matched in the visitor's language,
how many matches the other languages hold. The database engine lives here; the Elasticsearch
engine (``search.elastic``) gives the same shape when ``ELASTICSEARCH_URL`` is set.

Facets: values of one facet combine with OR, facets with each other with AND; a facet's counts
follow every other active filter, but not its own, so a reader sees what ticking one more value
would add.
"""

import logging
from dataclasses import dataclass, field

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl.exceptions import ElasticsearchDslException as ElasticsearchException
from taggit.models import Tag

from django.db.models import Case, Count, IntegerField, Value, When
from django.db.models.functions import ExtractYear

from forum.api import community_names, organisation_names
from home import municipalities
from search.models import InitiativePage, InitiativeTopic
from search.text import WORD, fold, terms

logger = logging.getLogger(__name__)

FACETS = ("community", "municipality", "type", "topic", "organisation", "year")
SORTS = ("relevance", "newest")
PER_PAGE = 20
MAX_PAGE = 500
MAX_VALUES = 30  # values of one facet read from a request; more are ignored


@dataclass(frozen=True)
class Query:
    text: str = ""
    filters: dict = field(default_factory=dict)  # facet -> frozenset of values
    sort: str = "relevance"
    page: int = 1
    locale: object = None  # a wagtail Locale
    widen: bool = False  # every locale, not only the visitor's
    library: object = None  # the library page searched (its initiatives) unless widened

    @property
    def terms(self):
        return terms(self.text)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    page: InitiativePage
    in_other_language: bool


@dataclass
class Results:
    query: Query
    hits: list
    total: int
    facets: dict  # facet -> [FacetValue], most frequent first
    pages: int
    elsewhere: int = 0  # matches in other locales, when none matched in this one
    engine: str = "database"


def parse(params, library):
    """A Query from request parameters; anything unusable is dropped, never an error."""
    text = (params.get("q") or "")[:500]
    filters = {}
    for name in FACETS:
        values = [value[:100] for value in params.getlist(name) if value][:MAX_VALUES]
        if name == "year":
            values = [value for value in values if value.isdigit() and len(value) == 4]
        if values:
            filters[name] = frozenset(values)
    sort = params.get("sort") if params.get("sort") in SORTS else "relevance"
    try:
        page = min(max(int(params.get("page", 1)), 1), MAX_PAGE)
    except (TypeError, ValueError):
        page = 1
    return Query(
        text=text,
        filters=filters,
        sort=sort,
        page=page,
        locale=library.locale,
        widen=params.get("widen") == "1",
        library=library,
    )


# The database engine


def _matching(query, everywhere=False):
    pages = InitiativePage.objects.live()
    if not (query.widen or everywhere):
        # The locale narrows by an index; the path keeps to this library's initiatives.
        pages = pages.filter(locale=query.locale)
        if query.library is not None:
            pages = pages.filter(path__startswith=query.library.path)
    for term in query.terms:
        pages = pages.filter(folded_text__contains=term)
    return pages


def _filtered(pages, filters, skip=None):
    for name, values in filters.items():
        if name == skip:
            continue
        if name == "community":
            pages = pages.filter(
                pk__in=InitiativePage.communities.through.objects.filter(
                    community__slug__in=values
                ).values("initiativepage_id")
            )
        elif name == "organisation":
            pages = pages.filter(
                pk__in=InitiativePage.organisations.through.objects.filter(
                    organization__slug__in=values
                ).values("initiativepage_id")
            )
        elif name == "topic":
            pages = pages.filter(
                pk__in=InitiativeTopic.objects.filter(tag__slug__in=values).values(
                    "content_object_id"
                )
            )
        elif name == "municipality":
            pages = pages.filter(municipality__in=values)
        elif name == "type":
            pages = pages.filter(kind__in=values)
        elif name == "year":
            pages = pages.filter(start_date__year__in=[int(value) for value in values])
    return pages


def _counts(name, pages):
    """[(value, count)] of one facet over the pages."""
    pages = pages.order_by()  # a page's default order (its tree path) would split the groups
    ids = pages.values("pk")
    if name == "community":
        rows = InitiativePage.communities.through.objects.filter(
            initiativepage_id__in=ids
        ).values_list("community__slug")
        return rows.annotate(count=Count("initiativepage_id", distinct=True))
    if name == "organisation":
        rows = InitiativePage.organisations.through.objects.filter(
            initiativepage_id__in=ids
        ).values_list("organization__slug")
        return rows.annotate(count=Count("initiativepage_id", distinct=True))
    if name == "topic":
        rows = InitiativeTopic.objects.filter(content_object_id__in=ids).values_list("tag__slug")
        return rows.annotate(count=Count("content_object_id", distinct=True))
    if name == "municipality":
        return pages.exclude(municipality="").values_list("municipality").annotate(n=Count("pk"))
    if name == "type":
        return pages.values_list("kind").annotate(n=Count("pk"))
    rows = (
        pages.annotate(year=ExtractYear("start_date")).values_list("year").annotate(n=Count("pk"))
    )
    return [(str(year), count) for year, count in rows]


def facet_values(name, pairs, selected, locale):
    """FacetValues with labels in the visitor's language, most frequent first; a chosen value
    with nothing left still shows, at zero."""
    counts = {}
    for value, count in pairs:
        counts[str(value)] = max(counts.get(str(value), 0), count)
    for value in selected:
        counts.setdefault(value, 0)
    labels = _labels(name, set(counts), locale)
    values = [
        FacetValue(value, labels.get(value, value), count, value in selected)
        for value, count in counts.items()
    ]
    return sorted(values, key=lambda item: (-item.count, str(item.label)))


def _labels(name, values, locale):
    if not values:
        return {}
    if name == "community":
        return community_names(values, locale)
    if name == "organisation":
        return organisation_names(values, locale)
    if name == "topic":
        return dict(Tag.objects.filter(slug__in=values).values_list("slug", "name"))
    if name == "municipality":
        return {
            code: municipalities.name(code) for code in values if code in municipalities.BY_CODE
        }
    if name == "type":
        return {kind: str(label) for kind, label in InitiativePage.Kind.choices}
    return {}


def _ordered(pages, query):
    if query.sort == "newest" or not query.terms:
        return pages.order_by("-start_date", "title")
    score = sum(
        (
            Case(
                When(folded_title__contains=term, then=Value(2)),
                default=Value(0),
                output_field=IntegerField(),
            )
            for term in query.terms
        ),
        Value(0),
    )
    return pages.annotate(relevance=score).order_by("-relevance", "-start_date", "title")


def database_search(query):
    matching = _matching(query)
    pages = _filtered(matching, query.filters)
    total = pages.count()
    start = (query.page - 1) * PER_PAGE
    found = list(
        _ordered(pages, query)
        .select_related("locale")
        .prefetch_related("communities", "organisations", "tagged_topics__tag")[
            start : start + PER_PAGE
        ]
    )
    facets = {
        name: facet_values(
            name,
            _counts(name, _filtered(matching, query.filters, skip=name)),
            query.filters.get(name, frozenset()),
            query.locale,
        )
        for name in FACETS
    }
    elsewhere = 0
    if total == 0 and not query.widen and query.text:
        elsewhere = _filtered(_matching(query, everywhere=True), query.filters).count()
    return Results(
        query=query,
        hits=[Hit(page, page.locale_id != query.locale.pk) for page in found],
        total=total,
        facets=facets,
        pages=max((total + PER_PAGE - 1) // PER_PAGE, 1),
        elsewhere=elsewhere,
    )


def search(query):
    """Elasticsearch when it is configured and answers; the database otherwise."""
    from search import elastic

    if elastic.enabled():
        try:
            return elastic.search(query)
        except (ElasticsearchException, ApiError, TransportError) as error:
            logger.warning("Library search fell back to the database: %s", error)
    return database_search(query)


def highlight(text, query):
    """[(piece, matched)] of ``text``: the words whose folded form starts with a query term."""
    wanted = query.terms
    if not wanted:
        return [(text, False)]
    pieces, last = [], 0
    for match in WORD.finditer(text):
        folded = fold(match.group())
        if any(folded.startswith(term) for term in wanted):
            if match.start() > last:
                pieces.append((text[last : match.start()], False))
            pieces.append((match.group(), True))
            last = match.end()
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces
