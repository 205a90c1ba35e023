"""The database engine's own index (``search.entries``): kept current by publishing,
unpublishing, moving and deleting, rebuilt by the command, and its stored counts true."""

import io
from collections import Counter

import pytest

from django.core.management import call_command

from search import entries
from search.models import InitiativePage, LibraryEntry, LibraryFacetCount
from tests.search.conftest import add_initiative

pytestmark = pytest.mark.django_db


def titles(client, library, **params):
    response = client.get(library.url, params)
    assert response.status_code == 200
    return sorted(hit.page.title for hit in response.context["results"].hits)


def facet_counts(client, library, **params):
    facets = client.get(library.url, params).context["results"].facets
    return {name: {item.value: item.count for item in values} for name, values in facets.items()}


def counted_from_pages(library):
    """Each facet's counts worked out from the live pages themselves, not from any index."""
    counts = {name: Counter() for name in ("community", "municipality", "type", "topic", "year")}
    for page in InitiativePage.objects.child_of(library).live().specific():
        counts["type"][page.kind] += 1
        counts["year"][str(page.start_date.year)] += 1
        counts["municipality"][page.municipality] += 1
        for community in page.communities.all():
            counts["community"][community.slug] += 1
        for topic in page.topics.all():
            counts["topic"][topic.slug] += 1
    return {name: dict(values) for name, values in counts.items()}


def test_publishing_adds_an_initiative_and_its_counts(client, libraries):
    mk = libraries["mk"]
    assert titles(client, mk, q="teatar") == []
    add_initiative(
        mk,
        "teatar",
        "Театар на малцинствата во Куманово",
        "Претстава на ромски и српски.",
        "cultural",
        "kumanovo",
        2026,
        ["roma", "serbian"],
        ["театар"],
    )
    assert titles(client, mk, q="teatar") == ["Театар на малцинствата во Куманово"]
    counts = facet_counts(client, mk)
    assert counts["community"]["roma"] == 4
    assert counts["year"]["2026"] == 1
    assert counts == {**counts, **counted_from_pages(mk)}


def test_unpublishing_and_deleting_take_it_out(client, libraries):
    mk = libraries["mk"]
    radio = InitiativePage.objects.get(slug="radio")
    radio.unpublish()
    assert titles(client, mk, q="radio") == []
    assert "bosniak" not in facet_counts(client, mk)["community"]
    radio.save_revision().publish()
    assert titles(client, mk, q="radio") == ["Младинско радио Скопје"]
    InitiativePage.objects.get(slug="radio").delete()
    assert not LibraryEntry.objects.filter(pk=radio.pk).exists()
    assert titles(client, mk, q="radio") == []
    assert facet_counts(client, mk)["community"]["roma"] == 2


def test_a_draft_changes_nothing_until_it_is_published(client, libraries):
    mk = libraries["mk"]
    radio = InitiativePage.objects.get(slug="radio")
    radio.title = "Подкаст на младите"
    radio.save_revision()
    assert titles(client, mk, q="podkast") == []
    assert titles(client, mk, q="radio") == ["Младинско радио Скопје"]
    radio.get_latest_revision().publish()
    assert titles(client, mk, q="podkast") == ["Подкаст на младите"]


def test_moving_an_initiative_moves_it_between_libraries(client, libraries):
    mk, sr = libraries["mk"], libraries["sr"]
    InitiativePage.objects.get(slug="fudbal").move(sr, pos="last-child")
    assert titles(client, mk, q="fudbal") == []
    assert titles(client, sr, q="fudbal") == ["Фудбал за сите во Тетово"]
    assert facet_counts(client, sr)["type"] == {"dialogue": 1, "sport": 1}
    assert "sport" not in facet_counts(client, mk)["type"]


def test_the_stored_counts_are_the_counts_of_the_pages(client, libraries):
    mk = libraries["mk"]
    stored = facet_counts(client, mk)  # no text, no filter: the stored counts
    assert stored == {**stored, **counted_from_pages(mk)}
    # Under a filter that every initiative passes, the other facets are counted from the
    # entries: the same numbers.
    assert facet_counts(client, mk, year=["2023", "2024", "2025"]) == stored


def test_the_total_is_the_number_of_hits_under_any_filters(client, libraries):
    mk = libraries["mk"]
    for params in ({}, {"type": "media"}, {"type": ["media", "sport"]}, {"community": "roma"}):
        response = client.get(mk.url, params)
        results = response.context["results"]
        assert results.total == len(results.hits)


def test_rebuilding_writes_every_entry_again(libraries):
    LibraryEntry.objects.all().delete()
    LibraryFacetCount.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_library_index", stdout=out)
    live = InitiativePage.objects.live().count()
    assert f"{live}/{live}" in out.getvalue()
    assert f"{live} live initiatives in the database index" in out.getvalue()
    assert LibraryEntry.objects.count() == live
    assert LibraryEntry.objects.filter(library=libraries["mk"]).count() == 4
    assert LibraryFacetCount.objects.filter(library=libraries["sr"]).count() > 0


def test_refreshing_a_page_twice_stores_it_once(libraries):
    radio = InitiativePage.objects.get(slug="radio")
    entries.refresh([radio.pk])
    entries.refresh([radio.pk])
    assert LibraryEntry.objects.filter(pk=radio.pk).count() == 1
    entry = LibraryEntry.objects.get(pk=radio.pk)
    assert entry.library_id == libraries["mk"].pk
    assert " mladinsko radio skopje " == entry.title
