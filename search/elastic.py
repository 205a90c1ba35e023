"""The library in Elasticsearch: one index per locale, a faceted search, the same result shape.

Each locale's index analyses the text with Elasticsearch's analyser for its language where there
is one (Turkish, Serbian for Serbian and Bosnian, English), and every text field also has a
``folded`` sub-field: Cyrillic mapped to Latin with the same table as ``search.text.fold``, then
lower case and ASCII folding, so ``Скопје``, ``Skopje`` and ``skopje`` are one token there.

The facets are elasticsearch-dsl's ``FacetedSearch``: the chosen values filter the hits after
the aggregations (a ``post_filter``), and each facet's aggregation is filtered by the other
facets only, which gives the counts the database engine gives.
"""

import dataclasses
import logging

from elasticsearch import Elasticsearch, helpers
from elasticsearch.dsl import (
    Date,
    FacetedSearch,
    Index,
    Integer,
    Keyword,
    Mapping,
    TermsFacet,
    Text,
    analyzer,
    char_filter,
)

from django.conf import settings
from django.utils.html import strip_tags

from cms import languages
from search import entries
from search.text import fold

logger = logging.getLogger(__name__)

CYRILLIC = "абвгдѓежзѕијклљмнњопрстќуфхцчџшђћ"
FOLDING = char_filter(
    "cyrillic_to_latin",
    type="mapping",
    mappings=[
        f"{letter}=>{fold(letter)}" for letter in CYRILLIC + CYRILLIC.upper() if fold(letter)
    ],
)
FOLDED = analyzer(
    "folded", tokenizer="standard", char_filter=[FOLDING], filter=["lowercase", "asciifolding"]
)
# Elasticsearch's own analysers, where it has one for the locale's language.
LANGUAGE_ANALYZERS = {"tr": "turkish", "sr": "serbian", "bs": "serbian", "en": "english"}
TEXT_FIELDS = ["title^3", "title.folded^3", "summary^2", "summary.folded^2", "text", "text.folded"]


def enabled():
    return bool(settings.LIBRARY_ELASTICSEARCH_URL)


def client():
    return Elasticsearch(settings.LIBRARY_ELASTICSEARCH_URL, request_timeout=5)


def index_name(code):
    return f"{settings.LIBRARY_INDEX_PREFIX}{code}"


def mapping(code):
    m = Mapping()
    language = LANGUAGE_ANALYZERS.get(code, FOLDED)
    for name in ("title", "summary", "text"):
        m.field(name, Text(analyzer=language, fields={"folded": Text(analyzer=FOLDED)}))
    for name in ("community", "municipality", "type", "topic", "organisation", "year"):
        m.field(name, Keyword())
    m.field("language", Keyword())
    m.field("url", Keyword(index=False))
    m.field("start_date", Date())
    m.field("page_id", Integer())
    return m


def index(code):
    """The locale's index: its analysers and its mapping (``.to_dict()`` is what is created)."""
    idx = Index(index_name(code))
    idx.settings(number_of_shards=1, number_of_replicas=0)
    idx.analyzer(FOLDED)
    idx.mapping(mapping(code))
    return idx


def document(page):
    """What the index holds of one initiative page."""
    body = page._meta.get_field("body").get_searchable_content(page.body)
    values = entries.facet_values(page)
    return {
        "page_id": page.pk,
        "title": page.title,
        "summary": page.summary,
        "text": "\n".join([*body, strip_tags(page.outcomes), page.folded_text]),
        "community": values["community"],
        "organisation": values["organisation"],
        "topic": values["topic"],
        "municipality": page.municipality,
        "type": page.kind,
        "year": str(page.start_date.year),
        "start_date": page.start_date.isoformat(),
        "language": page.locale.language_code,
        "url": page.url,
    }


class LibrarySearch(FacetedSearch):
    fields = TEXT_FIELDS
    facets = {
        "community": TermsFacet(field="community", size=50),
        "municipality": TermsFacet(field="municipality", size=100),
        "type": TermsFacet(field="type", size=20),
        "topic": TermsFacet(field="topic", size=50),
        "organisation": TermsFacet(field="organisation", size=50),
        "year": TermsFacet(field="year", size=50),
    }

    def __init__(self, query, codes, using="default", **kwargs):
        self.index = [index_name(code) for code in codes]
        self.using = using  # a connection alias, or an Elasticsearch client
        super().__init__(query, **kwargs)

    def search(self):
        return super().search().extra(track_total_hits=True)  # the exact total, for the pages

    def query(self, search, query):
        # multi_match reads the text as words: quotes, operators and field syntax typed by a
        # visitor are searched for, never run as Elasticsearch query syntax.
        if query:
            return search.query("multi_match", query=query, fields=self.fields, operator="and")
        return search

    def highlight(self, search):
        return search  # the page marks the matched words itself, for both engines alike


def build(query, using="default"):
    """The FacetedSearch for a ``service.Query``, with its page of hits."""
    from search.service import PER_PAGE

    codes = list(languages.CODES) if query.widen else [query.locale.language_code]
    sort = (
        ["-start_date"] if query.sort == "newest" or not query.terms else ["_score", "-start_date"]
    )
    faceted = LibrarySearch(
        query.text.strip()[:500] or None,
        codes,
        filters={name: sorted(values) for name, values in query.filters.items()},
        sort=sort,
        using=using,
    )
    start = (query.page - 1) * PER_PAGE
    return faceted[start : start + PER_PAGE]


def search(query):
    """The same ``Results`` as the database engine, from Elasticsearch."""
    from search import service

    es = client()
    faceted = build(query, using=es)
    response = faceted.execute()
    found = {
        hit.page_id: {name: _listed(getattr(hit, name, None)) for name in service.FACETS}
        for hit in response
    }
    pages = service.hit_pages(list(found))
    hits = [
        service.Hit(pages[pk], pages[pk].locale_id != query.locale.pk, values)
        for pk, values in found.items()
        if pk in pages
    ]
    facets = {
        name: service.facet_values(
            name,
            [(value, count) for value, count, _selected in response.facets[name]],
            query.filters.get(name, frozenset()),
            query.locale,
        )
        for name in service.FACETS
    }
    total = response.hits.total.value
    elsewhere = 0
    if total == 0 and not query.widen and query.text:
        wider = build(dataclasses.replace(query, widen=True, page=1), using=es)
        elsewhere = wider[0:0].execute().hits.total.value
    return service.Results(
        query=query,
        hits=hits,
        total=total,
        facets=facets,
        pages=max((total + service.PER_PAGE - 1) // service.PER_PAGE, 1),
        elsewhere=elsewhere,
        engine="elasticsearch",
    )


def _listed(value):
    """A document's field as a sorted list: a keyword may hold one value, several or none."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return sorted(value)


# Keeping the indexes current


def index_pages(pages, es=None):
    """Write these pages' documents, each into its locale's index. Returns how many."""
    actions = (
        {"_index": index_name(page.locale.language_code), "_id": page.pk, "_source": document(page)}
        for page in pages
    )
    done, _errors = helpers.bulk(es or client(), actions, raise_on_error=True)
    return done


def remove_page(page_id, es=None):
    es = es or client()
    for code in languages.CODES:
        es.delete(index=index_name(code), id=page_id, ignore_status=404)
