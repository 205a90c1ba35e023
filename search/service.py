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

from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, Value, When
from django.db.models.functions import ExtractYear

from forum.api import community_names
from home import municipalities
from search.models import InitiativePage, InitiativeTopic
from search.text import WORD, fold, terms

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


def parse(params, locale):
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
        locale=locale,
        widen=params.get("widen") == "1",
    )


# The database engine


def _matching(query, everywhere=False):
    pages = InitiativePage.objects.live()
    if not (query.widen or everywhere):
        pages = pages.filter(locale=query.locale)
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
    """[(value, label, count)] of one facet over the pages' ids."""
    pages = pages.order_by()  # a page's default order (its tree path) would split the groups
    ids = pages.values("pk")
    if name == "community":
        rows = (
            InitiativePage.communities.through.objects.filter(initiativepage_id__in=ids)
            .values_list("community__slug", "community__name", "community__translation_key")
            .annotate(count=Count("initiativepage_id", distinct=True))
        )
        return [(slug, (name_, key), count) for slug, name_, key, count in rows]
    if name == "organisation":
        rows = (
            InitiativePage.organisations.through.objects.filter(initiativepage_id__in=ids)
            .values_list("organization__slug", "organization__name")
            .annotate(count=Count("initiativepage_id", distinct=True))
        )
        return list(rows)
    if name == "topic":
        rows = (
            InitiativeTopic.objects.filter(content_object_id__in=ids)
            .values_list("tag__slug", "tag__name")
            .annotate(count=Count("content_object_id", distinct=True))
        )
        return list(rows)
    if name == "municipality":
        rows = pages.exclude(municipality="").values_list("municipality").annotate(n=Count("pk"))
        return [(code, municipalities.name(code), count) for code, count in rows]
    if name == "type":
        labels = dict(InitiativePage.Kind.choices)
        rows = pages.values_list("kind").annotate(n=Count("pk"))
        return [(kind, str(labels.get(kind, kind)), count) for kind, count in rows]
    rows = (
        pages.annotate(year=ExtractYear("start_date")).values_list("year").annotate(n=Count("pk"))
    )
    return [(str(year), str(year), count) for year, count in rows]


def _merge(rows, selected):
    """One FacetValue per value (a value can come from several translations' rows)."""
    merged = {}
    for value, label, count in rows:
        if value in merged:
            merged[value].count = max(merged[value].count, count)
        else:
            merged[value] = FacetValue(value, label, count, value in selected)
    for value in selected - set(merged):  # a chosen value with nothing left still shows
        merged[value] = FacetValue(value, value, 0, True)
    return sorted(merged.values(), key=lambda item: (-item.count, str(item.label)))


def _community_labels(facet_values, locale):
    """Community names in the visitor's language (the rows may be any translation)."""
    keys = {item.label[1] for item in facet_values if isinstance(item.label, tuple)}
    names = community_names(keys, locale) if keys else {}
    for item in facet_values:
        if isinstance(item.label, tuple):
            item.label = names.get(item.label[1], item.label[0])


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
        name: _merge(
            _counts(name, _filtered(matching, query.filters, skip=name)),
            query.filters.get(name, frozenset()),
        )
        for name in FACETS
    }
    _community_labels(facets["community"], query.locale)
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
