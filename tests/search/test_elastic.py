"""The Elasticsearch engine: its indexes, documents and the exact bodies it sends; the fallback
to the database; and, where ELASTICSEARCH_URL points at a server, the same searches live."""

import io
import logging
import os

import pytest

from django.core.management import call_command
from django.test import override_settings

from cms import languages
from search import elastic, service
from search.models import InitiativePage

pytestmark = pytest.mark.django_db
UNREACHABLE = "http://127.0.0.1:9"


def query(libraries, **values):
    return service.Query(locale=libraries["mk"].locale, **values)


@pytest.mark.parametrize(
    "code, analyser",
    [
        ("mk", "folded"),
        ("sq", "folded"),
        ("tr", "turkish"),
        ("rom", "folded"),
        ("sr", "serbian"),
        ("bs", "serbian"),
        ("rup", "folded"),
        ("en", "english"),
    ],
)
def test_each_locale_has_its_index_and_analyser(code, analyser):
    body = elastic.index(code).to_dict()
    title = body["mappings"]["properties"]["title"]
    assert title["analyzer"] == analyser
    assert title["fields"]["folded"]["analyzer"] == "folded"
    assert body["settings"]["analysis"]["analyzer"]["folded"] == {
        "type": "custom",
        "tokenizer": "standard",
        "char_filter": ["cyrillic_to_latin"],
        "filter": ["lowercase", "asciifolding"],
    }
    mappings = body["settings"]["analysis"]["char_filter"]["cyrillic_to_latin"]["mappings"]
    assert {"ч=>c", "Ш=>s", "ќ=>k", "љ=>lj", "џ=>dz", "ђ=>d"} <= set(mappings)
    assert body["mappings"]["properties"]["community"] == {"type": "keyword"}
    assert elastic.index(code)._name == f"forum_library_{code}"


def test_a_document_holds_what_the_facets_and_the_text_need(libraries):
    page = InitiativePage.objects.get(slug="kamp")
    doc = elastic.document(page)
    assert doc["community"] == ["roma"]
    assert doc["topic"] == sorted(page.topics.values_list("slug", flat=True))
    assert len(doc["topic"]) == 2
    assert doc["year"] == "2025" and doc["type"] == "educational"
    assert doc["municipality"] == "suto-orizari" and doc["language"] == "mk"
    assert "suto orizari" in doc["text"]  # the folded words travel with the document


def test_the_query_body_for_text_facets_sort_and_page(libraries):
    body = elastic.build(
        query(
            libraries,
            text='Skopje "радио" OR title:x^3',
            filters={"community": frozenset({"roma"}), "year": frozenset({"2025"})},
            page=2,
        )
    )._s.to_dict()
    assert body["query"] == {
        "multi_match": {
            "query": 'Skopje "радио" OR title:x^3',  # words to find, never query syntax
            "fields": elastic.TEXT_FIELDS,
            "operator": "and",
        }
    }
    assert body["post_filter"] == {
        "bool": {"must": [{"terms": {"community": ["roma"]}}, {"terms": {"year": ["2025"]}}]}
    }
    # Each facet counts under the other facets' filters, not its own.
    assert body["aggs"]["_filter_community"]["filter"] == {"terms": {"year": ["2025"]}}
    assert body["aggs"]["_filter_year"]["filter"] == {"terms": {"community": ["roma"]}}
    assert body["aggs"]["_filter_type"]["filter"] == {
        "bool": {"must": [{"terms": {"community": ["roma"]}}, {"terms": {"year": ["2025"]}}]}
    }
    assert body["from"] == 20 and body["size"] == 20
    assert body["sort"] == ["_score", {"start_date": {"order": "desc"}}]
    assert "highlight" not in body


def test_widening_searches_every_locales_index(libraries):
    faceted = elastic.build(query(libraries, text="kumanovo", widen=True))
    assert faceted.index == [f"forum_library_{code}" for code in languages.CODES]
    narrow = elastic.build(query(libraries, text="kumanovo"))
    assert narrow.index == ["forum_library_mk"]
    assert elastic.build(query(libraries))._s.to_dict()["sort"] == [
        {"start_date": {"order": "desc"}}
    ]


@override_settings(LIBRARY_ELASTICSEARCH_URL=UNREACHABLE)
def test_an_unreachable_server_falls_back_to_the_database(client, libraries, caplog):
    with caplog.at_level(logging.WARNING, logger="search.service"):
        response = client.get(libraries["mk"].url, {"q": "Skopje"})
    assert response.status_code == 200
    assert response.context["results"].engine == "database"
    assert [hit.page.title for hit in response.context["results"].hits] == [
        "Младинско радио Скопје"
    ]
    assert "fell back to the database" in caplog.text


@override_settings(LIBRARY_ELASTICSEARCH_URL=UNREACHABLE)
def test_publishing_and_unpublishing_queue_an_index_update(
    libraries, django_capture_on_commit_callbacks
):
    page = InitiativePage.objects.get(slug="radio")
    with django_capture_on_commit_callbacks() as published:
        page.save_revision().publish()
    with django_capture_on_commit_callbacks() as unpublished:
        page.unpublish()
    for callbacks in (published, unpublished):
        queued = [c for c in callbacks if getattr(c, "args", None) == (page.pk,)]
        assert len(queued) == 1


def test_without_elasticsearch_nothing_is_queued(libraries, django_capture_on_commit_callbacks):
    page = InitiativePage.objects.get(slug="radio")
    with django_capture_on_commit_callbacks() as callbacks:
        page.save_revision().publish()
    assert not [c for c in callbacks if getattr(c, "args", None) == (page.pk,)]


def test_rebuilding_without_elasticsearch_refreshes_the_folded_text(libraries):
    InitiativePage.objects.filter(slug="kamp").update(folded_text="", folded_title="")
    out = io.StringIO()
    call_command("rebuild_library_index", stdout=out)
    assert "initiatives refreshed" in out.getvalue()
    assert "suto orizari" in InitiativePage.objects.get(slug="kamp").folded_text


live = pytest.mark.skipif(
    "ELASTICSEARCH_URL" not in os.environ,
    reason="needs Elasticsearch: set ELASTICSEARCH_URL (none can be installed on CI machines)",
)


@live
def test_live_the_same_searches_as_the_database(client, libraries, settings):
    settings.LIBRARY_ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.LIBRARY_INDEX_PREFIX = "forum_test_library_"
    call_command("rebuild_library_index", stdout=io.StringIO())
    elastic.client().indices.refresh(index="forum_test_library_*")
    for typed, title in (
        ("Skopje", "Младинско радио Скопје"),
        ("Sutka", "Летен камп за читање во Шутка"),
    ):
        results = client.get(libraries["mk"].url, {"q": typed}).context["results"]
        assert results.engine == "elasticsearch"
        assert [hit.page.title for hit in results.hits] == [title]
    results = client.get(libraries["mk"].url, {"community": "roma", "year": "2025"}).context[
        "results"
    ]
    assert {item.value: item.count for item in results.facets["year"]} == {"2025": 2, "2024": 1}
