"""The library search through the library page, on the database engine."""

import csv
import io
import json
from http import HTTPStatus

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def get(client, library, **params):
    return client.get(library.url, params)


def titles(response):
    return [hit.page.title for hit in response.context["results"].hits]


def counts(response, facet):
    return {item.value: item.count for item in response.context["results"].facets[facet]}


def test_without_a_query_the_library_lists_its_locale_newest_first(client, libraries):
    response = get(client, libraries["mk"])
    assert response.status_code == 200
    assert titles(response)[-1] == "Фудбал за сите во Тетово"
    assert len(titles(response)) == 4  # the Serbian one is in the other library


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("Skopje", "Младинско радио Скопје"),
        ("Битола", "Интеркултурен фестивал во Битола"),
        ("Bitola", "Интеркултурен фестивал во Битола"),
        ("Sutka", "Летен камп за читање во Шутка"),
        ("Šutka", "Летен камп за читање во Шутка"),
        ("Скопje", "Младинско радио Скопје"),
        ("citanje", "Летен камп за читање во Шутка"),
    ],
)
def test_scripts_and_diacritics_are_forgiven(client, libraries, typed, expected):
    assert titles(get(client, libraries["mk"], q=typed)) == [expected]


def test_facet_values_combine_with_or_and_facets_with_and(client, libraries):
    mk = libraries["mk"]
    roma = get(client, mk, community="roma")
    assert len(titles(roma)) == 3
    either = get(client, mk, community=["turkish", "bosniak"])
    assert sorted(titles(either)) == ["Интеркултурен фестивал во Битола", "Младинско радио Скопје"]
    both = get(client, mk, community="roma", year="2025")
    assert sorted(titles(both)) == ["Летен камп за читање во Шутка", "Младинско радио Скопје"]


def test_counts_follow_the_other_filters_but_not_their_own(client, libraries):
    response = get(client, libraries["mk"], community="roma", year="2025")
    # The year facet counts under the community filter only...
    assert counts(response, "year") == {"2025": 2, "2024": 1}
    # ...and the community facet under the year filter only.
    assert counts(response, "community") == {"roma": 2, "bosniak": 1}
    assert counts(response, "type") == {"educational": 1, "media": 1}
    chosen = [item for item in response.context["results"].facets["community"] if item.selected]
    assert [item.value for item in chosen] == ["roma"]


def test_community_labels_are_in_the_visitors_language(client, libraries):
    from forum.models import Community
    from search.models import InitiativePage

    # A translated page keeps its source's links (wagtail-localize copies them): Macedonian rows.
    page = InitiativePage.objects.get(slug="dijalog")
    page.communities = list(Community.objects.filter(slug__in=["roma"], locale__language_code="mk"))
    page.save_revision().publish()
    response = get(client, libraries["sr"])
    labels = {item.value: item.label for item in response.context["results"].facets["community"]}
    serbian = Community.objects.get(slug="roma", locale__language_code="sr").name
    macedonian = Community.objects.get(slug="roma", locale__language_code="mk").name
    assert labels == {"roma": serbian}
    assert serbian != macedonian


def test_matched_words_are_highlighted(client, libraries):
    html = get(client, libraries["mk"], q="sutka").content.decode()
    assert "<mark>Шутка</mark>" in html


def test_no_result_here_offers_the_other_languages(client, libraries):
    response = get(client, libraries["mk"], q="kumanovo dijalog")
    assert titles(response) == []
    assert response.context["results"].elsewhere >= 1
    wider = get(client, libraries["mk"], q="kumanovo dijalog", widen="1")
    assert "Дијалог суседа у Куманову" in titles(wider)
    hit = next(h for h in wider.context["results"].hits if h.page.slug == "dijalog")
    assert hit.in_other_language
    assert 'lang="sr"' in wider.content.decode()


def test_sorting_and_pagination_keep_the_url(client, libraries):
    newest = get(client, libraries["mk"], sort="newest")
    assert titles(newest)[0] in ("Летен камп за читање во Шутка", "Младинско радио Скопје")
    assert client.get(libraries["mk"].url, {"page": "99"}).status_code == 200


def test_json_and_csv_give_the_same_results(client, libraries):
    data = json.loads(get(client, libraries["mk"], community="roma", format="json").content)
    assert data["total"] == 3
    assert {row["title"] for row in data["results"]} == {
        "Летен камп за читање во Шутка",
        "Интеркултурен фестивал во Битола",
        "Младинско радио Скопје",
    }
    row = next(row for row in data["results"] if row["municipality"] == "bitola")
    assert row["communities"] == ["roma", "turkish"] and row["type"] == "cultural"
    assert set(data["facets"]) == {
        "community",
        "municipality",
        "type",
        "topic",
        "organisation",
        "year",
    }
    response = get(client, libraries["mk"], community="roma", format="csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {r["title"] for r in rows} == {r["title"] for r in data["results"]}


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "x" * 10_000},
        {"q": "!!! ??? ..."},
        {"q": '"unbalanced'},
        {"q": "title:(foo AND bar^3) OR *~2"},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
        {"community": "no-such-community"},
        {"year": "abcd"},
        {"year": "20255"},
        {"page": "-3"},
        {"page": "lots"},
        {"sort": "random"},
        {"format": "xml"},
    ],
)
def test_bad_input_gives_a_normal_results_page(client, libraries, params):
    response = client.get(libraries["mk"].url, params)
    assert response.status_code == HTTPStatus.OK


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    q=st.text(max_size=300),
    community=st.lists(st.text(max_size=20), max_size=3),
    page=st.text(max_size=6),
)
def test_random_queries_never_fail(client, libraries, q, community, page):
    params = {
        "q": q.replace("\x00", ""),
        "community": [c.replace("\x00", "") for c in community],
        "page": page.replace("\x00", ""),
    }
    assert client.get(libraries["mk"].url, params).status_code == HTTPStatus.OK


def test_a_results_page_has_a_fixed_query_budget(
    client, libraries, django_assert_max_num_queries, django_assert_num_queries
):
    mk = libraries["mk"]
    get(client, mk)  # renditions and caches warm
    with django_assert_max_num_queries(20):
        assert len(titles(get(client, mk, community="roma"))) == 3
    # One hit or three: the same number of queries.
    with CaptureQueriesContext(connection) as one:
        assert len(titles(get(client, mk, community="roma", year="2024"))) == 1
    with django_assert_num_queries(len(one)):
        everyone = ["roma", "turkish", "bosniak"]
        assert len(titles(get(client, mk, community=everyone, year=["2024", "2025"]))) == 3
