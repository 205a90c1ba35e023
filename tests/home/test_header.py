"""The header every public page shares, in every language: a menu, a search and the eight
languages, each reachable without JavaScript (<details> in one exclusive group)."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import translation

from cms import languages

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", languages.CODES)
def test_the_header_offers_the_menu_the_search_and_every_language(client, homes, code):
    html = BeautifulSoup(client.get(homes[code].url).content, "html.parser")
    header = html.select_one("header.site-header")

    panels = header.select("details.header-panel")
    assert [panel["name"] for panel in panels] == ["site-header"] * 3
    search = header.select_one(".header-panel--search form[role=search]")
    with translation.override(code):
        assert search["action"] == reverse("site_search")  # through home.navigation
        label = header.find("label", attrs={"for": "header-q"}).get_text(strip=True)
        assert label == translation.gettext("Search the site")
    assert search.find("input", attrs={"name": "q"})["type"] == "search"
    assert header.select(".header-panel--menu nav a"), "the menu lists the sections"

    links = header.select(".language-list a")
    assert [link["lang"] for link in links] == list(languages.CODES)
    assert [link.get_text(strip=True).split(" (")[0] for link in links] == [
        language.name_local for language in languages.LANGUAGES
    ]
    assert [link["hreflang"] for link in links] == list(languages.CODES)
    current = header.select_one(".language-list a[aria-current]")
    assert current["lang"] == code
