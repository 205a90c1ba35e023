"""Page weight on a slow phone: what a first visit downloads before any image (HTML, CSS and
JavaScript, each compressed as the server sends it) stays within budget, with one stylesheet
and no web font holding the text back."""

import gzip
from html.parser import HTMLParser
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders

from wagtail.models import Page, get_page_models

from cms import languages

pytestmark = pytest.mark.django_db

HOME_BUDGET = 60 * 1024
PAGE_BUDGET = 100 * 1024


class Assets(HTMLParser):
    """The stylesheets and scripts a page makes the browser fetch."""

    def __init__(self):
        super().__init__()
        self.stylesheets, self.scripts = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self.stylesheets.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])


def static_file(url):
    path = urlsplit(url).path
    assert path.startswith(settings.STATIC_URL), f"{url} is not one of the site's static files"
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, f"{url} is not found by the static files finders"
    with open(found, "rb") as file:
        return file.read()


def first_visit(client, url):
    """(compressed bytes of the page and its CSS and JavaScript, the assets' URLs, their CSS)."""
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    html = response.content
    assets = Assets()
    assets.feed(html.decode())
    css = [static_file(href) for href in assets.stylesheets]
    files = [html, *css, *(static_file(src) for src in assets.scripts)]
    weight = sum(len(gzip.compress(content, compresslevel=6)) for content in files)
    return weight, assets, b"".join(css)


@pytest.mark.parametrize("code", [languages.DEFAULT.code, "rom"])
def test_a_first_visit_to_the_home_page_downloads_at_most_60_kb(client, homes, code):
    weight, assets, css = first_visit(client, homes[code].url)

    assert weight <= HOME_BUDGET, f"the {code} home page weighs {weight / 1024:.1f} KB compressed"
    assert len(assets.stylesheets) == 1, assets.stylesheets  # one cached file, nothing else
    assert b"@font-face" not in css  # the text shows in the phone's own fonts at once


def test_a_first_visit_to_a_page_of_every_public_type_downloads_at_most_100_kb(client, homes):
    types = [model for model in get_page_models() if model is not Page]
    pages = {}
    for model in types:
        page = model.objects.live().public().filter(locale=homes["mk"].locale).first()
        if page is not None:
            pages[model.__name__] = page
    weights = {name: first_visit(client, page.url)[0] for name, page in pages.items()}

    assert len(pages) >= 10, f"the demo shows only these page types: {sorted(pages)}"
    heavy = {name: f"{weight / 1024:.1f} KB" for name, weight in weights.items()}
    assert max(weights.values()) <= PAGE_BUDGET, f"compressed weight per page type: {heavy}"
