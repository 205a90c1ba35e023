"""A private initiative (privacy set on it, in any language, or above it) is nowhere in the
library: not in its results, its JSON or CSV open data, its facet counts, nor the count of
matches in other languages; lifting the privacy brings it back at once."""

import csv
import io
import json
from http import HTTPStatus

import pytest

from wagtail.models import PageViewRestriction

from search.models import LibraryEntry, LibraryPage
from tests.search.conftest import add_initiative

pytestmark = pytest.mark.django_db

WORD = "tajnovito"  # a word no demo initiative has


@pytest.fixture
def private_pair(locales):
    """{code: library, initiative} in mk and rom: one initiative and its Romani translation."""
    library = LibraryPage.objects.get(locale__language_code="mk")
    page = add_initiative(
        library,
        "tajna-inicijativa",
        f"Состанок {WORD}",
        f"Внатрешна средба {WORD}.",
        "dialogue",
        "kumanovo",
        2025,
        ["roma"],
        ["tajna-tema"],
    )
    rom = page.copy_for_translation(locales["rom"], copy_parents=True)
    rom.title = f"Garavdo khetanipe {WORD}"
    rom.summary = f"Andrune khetanipe {WORD}."
    rom.save_revision().publish()
    rom_library = LibraryPage.objects.get(pk=rom.get_parent().pk)
    return {"mk": (library, page), "rom": (rom_library, rom)}


def found(client, library, **params):
    return client.get(library.url, {"q": WORD, **params})


def topic_count(client, library):
    facets = json.loads(client.get(library.url, {"format": "json"}).content)["facets"]
    return {item["value"]: item["count"] for item in facets["topic"]}.get("tajna-tema", 0)


@pytest.mark.parametrize("code", ["mk", "rom"])
def test_a_private_initiative_leaves_results_open_data_and_counts(client, private_pair, code):
    library, page = private_pair[code]
    assert found(client, library).context["results"].total == 1
    assert topic_count(client, library) == 1

    restriction = PageViewRestriction.objects.create(
        page=private_pair["mk"][1], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    assert not LibraryEntry.objects.filter(pk=page.pk).exists()
    assert found(client, library).context["results"].total == 0
    data = json.loads(found(client, library, format="json").content)
    assert data["total"] == 0 and data["results"] == []
    rows = list(
        csv.DictReader(
            io.StringIO(found(client, library, format="csv").content.decode("utf-8-sig"))
        )
    )
    assert rows == []
    assert topic_count(client, library) == 0
    assert found(client, library, widen="1").context["results"].total == 0

    restriction.delete()

    assert found(client, library).context["results"].total == 1
    assert topic_count(client, library) == 1


def test_privacy_on_the_library_takes_its_initiatives_out_of_every_language(client, private_pair):
    (mk_library, page), (rom_library, rom) = private_pair["mk"], private_pair["rom"]
    assert LibraryEntry.objects.filter(pk__in=[page.pk, rom.pk]).count() == 2

    PageViewRestriction.objects.create(page=mk_library, restriction_type="login")

    assert not LibraryEntry.objects.filter(library__in=[mk_library, rom_library]).exists()
    assert client.get(rom_library.url).status_code == HTTPStatus.FOUND  # to the login


def test_rebuilding_the_index_leaves_private_initiatives_out(private_pair):
    from search import entries

    PageViewRestriction.objects.create(
        page=private_pair["rom"][1], restriction_type=PageViewRestriction.LOGIN
    )
    entries.rebuild()

    assert not LibraryEntry.objects.filter(
        pk__in=[private_pair["mk"][1].pk, private_pair["rom"][1].pk]
    ).exists()
    assert LibraryEntry.objects.exists()
