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
from dataclasses import dataclass, field, replace

from elasticsearch import ApiError, TransportError
from elasticsearch.dsl.exceptions import ElasticsearchDslException as ElasticsearchException

from django.db.models import Case, IntegerField, Value, When

from forum.api import community_names, organisation_names
from home import municipalities
from search import entries as entries_index
from search.models import InitiativePage, LibraryEntry, topic_names
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
    values: dict = field(default_factory=dict)  # facet -> [its values for this initiative]


# What a results page reads of a hit's page; the rest (its body above all) stays in the database.
HIT_DEFERRED = ("body", "outcomes", "folded_text", "folded_title")


def hit_pages(ids):
    """{pk: InitiativePage} of the hits, in one query."""
    if not ids:
        return {}
    return (
        InitiativePage.objects.filter(pk__in=ids)
        .defer(*HIT_DEFERRED)
        .select_related("locale")
        .in_bulk()
    )


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


# The database engine: two narrow tables (``search.entries``), never the pages themselves
# until the page of hits is read.


def _entries(query, everywhere=False):
    entries = LibraryEntry.objects.all()
    if not (query.widen or everywhere):
        if query.library is not None:
            entries = entries.filter(library=query.library)
        else:
            entries = entries.filter(locale=query.locale)
    if query.terms:
        entries = entries.filter(words__matches=tuple(query.terms))
    return entries


def _filtered(entries, filters, values, skip=None):
    for name, chosen in filters.items():
        if name != skip:
            entries = entries.filter(facets__overlaps=values.ids(name, chosen))
    return entries


def _counts(query, entries, values):
    """{facet: [(value, count)]}. A facet's counts follow every filter but its own: the facets
    nobody chose share one set of entries, each chosen facet has its own. A set with no text and
    no filter is read from the libraries' stored counts; the others are counted in one query."""
    filters = query.filters
    groups = [({name}, {k: v for k, v in filters.items() if k != name}) for name in filters]
    if len(filters) < len(FACETS):
        groups.append((set(FACETS) - set(filters), filters))
    counts = {name: [] for name in FACETS}

    def keep(facets, rows):
        for pk, count in rows:
            facet, value = values.of(pk)
            if facet in facets:
                counts[facet].append((value, count))

    counted = []
    for facets, among in groups:
        only = values.of_facet(next(iter(facets))) if len(facets) == 1 else None
        if among or query.terms:
            chosen = [values.ids(name, values_chosen) for name, values_chosen in among.items()]
            counted.append((facets, chosen, only))
        else:
            keep(facets, entries_index.stored_counts(_libraries(query), only))
    found = entries_index.facet_counts(entries, [(among, only) for _f, among, only in counted])
    for (facets, _among, _only), rows in zip(counted, found, strict=True):
        keep(facets, rows)
    return counts


def _values(ids, values):
    """{facet: [values]} of one entry's facet value ids."""
    found = {name: [] for name in FACETS}
    for pk in ids:
        facet, value = values.of(pk)
        if facet in found:
            found[facet].append(value)
    return {facet: sorted(items) for facet, items in found.items()}


def _libraries(query):
    """The searched libraries, as a filter on their stored counts."""
    if query.widen:
        return {}
    if query.library is not None:
        return {"library": query.library}
    return {"library__locale": query.locale}


def _total(counts, filters):
    """Every initiative has exactly one type, so the type counts add up to the total: the
    chosen types' counts when some are chosen, all of them otherwise."""
    chosen = filters.get("type")
    return sum(count for value, count in counts["type"] if not chosen or value in chosen)


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
        return topic_names(values, locale)
    if name == "municipality":
        return {
            code: municipalities.name(code) for code in values if code in municipalities.BY_CODE
        }
    if name == "type":
        return {kind: str(label) for kind, label in InitiativePage.Kind.choices}
    return {}


def _ordered(entries, query):
    if query.sort == "newest" or not query.terms:
        return entries.order_by("-start_date", "title")
    score = sum(
        (
            Case(
                When(title__contains=f" {term}", then=Value(2)),
                default=Value(0),
                output_field=IntegerField(),
            )
            for term in query.terms
        ),
        Value(0),
    )
    return entries.annotate(relevance=score).order_by("-relevance", "-start_date", "title")


def database_search(query):
    values = entries_index.Values()
    entries = _entries(query)
    counts = _counts(query, entries, values)
    total = _total(counts, query.filters)
    start = (query.page - 1) * PER_PAGE
    shown = []
    if start < total:
        chosen = _filtered(entries, query.filters, values)
        shown = list(_ordered(chosen, query).values_list("pk", "facets")[start : start + PER_PAGE])
    pages = hit_pages([pk for pk, _facets in shown])
    facets = {
        name: facet_values(name, counts[name], query.filters.get(name, frozenset()), query.locale)
        for name in FACETS
    }
    elsewhere = 0
    if total == 0 and not query.widen and query.terms:
        widened = replace(query, widen=True)
        everywhere = _counts(widened, _entries(query, everywhere=True), values)
        elsewhere = _total(everywhere, query.filters)
    return Results(
        query=query,
        hits=[
            Hit(pages[pk], pages[pk].locale_id != query.locale.pk, _values(facets, values))
            for pk, facets in shown
            if pk in pages
        ],
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


EXCERPT_LENGTH = 220  # characters of a site-search result's excerpt, about three phone lines


def _first_match(text, terms):
    """Where the first word of ``text`` that a term begins starts, or ``None``."""
    for word in WORD.finditer(text):
        folded = fold(word.group())
        if any(folded.startswith(term) for term in terms):
            return word.start()
    return None


def excerpt(texts, query, length=EXCERPT_LENGTH):
    """``highlight`` of a passage of ``texts`` (a page's own text, in its language): around the
    first word a query term begins, else the start of the first text; cut at spaces to about
    ``length`` characters, with "…" where it was cut."""
    texts = [" ".join(text.split()) for text in texts if text]
    texts = [text for text in texts if text]
    if not texts:
        return []
    text, at = texts[0], 0
    for candidate in texts:
        found = _first_match(candidate, query.terms)
        if found is not None:
            text, at = candidate, found
            break
    start = max(at - length // 3, 0)
    if start > 0:
        space = text.find(" ", start, at)
        start = space + 1 if space != -1 else at
    end = start + length
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > at else end
    passage = ("… " if start > 0 else "") + text[start:end] + (" …" if end < len(text) else "")
    return highlight(passage, query)
