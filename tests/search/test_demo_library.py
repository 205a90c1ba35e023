"""The demo library: sixty initiatives in every language, so the facets have something to show."""

import pytest

from cms import languages
from search.models import InitiativePage, LibraryPage

pytestmark = pytest.mark.django_db


def test_every_locale_has_its_library_of_sixty_initiatives(client):
    libraries = {
        page.locale.language_code: page for page in LibraryPage.objects.select_related("locale")
    }
    assert set(libraries) == set(languages.CODES)
    for library in libraries.values():
        assert InitiativePage.objects.child_of(library).live().count() == 60
    serbian = client.get(libraries["sr"].url)
    results = serbian.context["results"]
    assert results.total == 60 and results.pages == 3
    assert len(results.facets["community"]) == 5
    assert len(results.facets["municipality"]) >= 11
    titles = {hit.page.title for hit in results.hits}
    assert all("—" in title for title in titles)
    # Each language's own words, not a copy of the Macedonian.
    mk_titles = set(
        InitiativePage.objects.filter(locale__language_code="mk").values_list("title", flat=True)
    )
    assert not titles & mk_titles


def test_a_latin_query_finds_cyrillic_serbian_titles(client):
    library = LibraryPage.objects.get(locale__language_code="sr")
    results = client.get(library.url, {"q": "letnji kamp"}).context["results"]
    assert results.total == 4
    assert all(hit.page.title.startswith("Летњи камп") for hit in results.hits)


def test_unpublishing_takes_an_initiative_out_of_the_results(client):
    library = LibraryPage.objects.get(locale__language_code="sr")
    camp = InitiativePage.objects.get(
        slug="summer-reading-camp-suto-orizari", locale__language_code="mk"
    )
    page = camp.get_translation(library.locale)
    before = client.get(library.url, {"q": "letnji kamp"}).context["results"].total
    page.unpublish()
    after = client.get(library.url, {"q": "letnji kamp"}).context["results"]
    assert after.total == before - 1
    assert page.pk not in {hit.page.pk for hit in after.hits}
    page.save_revision().publish()
    assert client.get(library.url, {"q": "letnji kamp"}).context["results"].total == before
