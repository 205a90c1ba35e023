"""From each language's home page, every section and the site search are one or two links away,
and the footer links the privacy and accessibility pages of that language. Found by following
the links a visitor sees (same-site ``<a href>``), not by knowing the URLs."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from campaigns.models import CampaignIndexPage
from cms import languages
from competition.models import EssayCompetitionPage
from forum.models import AdvocacyPage, EventIndexPage, MembersPage, StrategyPage
from home.models import StandardPage
from search.models import LibraryPage

pytestmark = pytest.mark.django_db

SECTIONS = [MembersPage, StrategyPage, EventIndexPage, AdvocacyPage, CampaignIndexPage]
SECTIONS += [EssayCompetitionPage, LibraryPage]


class Links(HTMLParser):
    """The same-site paths of a page's links, and separately those inside its ``<footer>``."""

    def __init__(self):
        super().__init__()
        self.paths, self.footer, self.in_footer = set(), set(), 0

    def handle_starttag(self, tag, attrs):
        if tag == "footer":
            self.in_footer += 1
        href = dict(attrs).get("href") if tag == "a" else None
        if href and href.startswith("/") and not href.startswith("//"):
            path = urlsplit(href).path
            self.paths.add(path)
            if self.in_footer:
                self.footer.add(path)

    def handle_endtag(self, tag):
        if tag == "footer":
            self.in_footer -= 1


def links_of(client, path):
    response = client.get(path)
    parser = Links()
    if response.status_code == 200 and "html" in response.get("Content-Type", ""):
        parser.feed(response.content.decode())
    return parser


def in_locale(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def demo_page(model, slug=None):
    pages = model.objects.filter(locale__language_code=languages.DEFAULT.code)
    return (pages.get(slug=slug) if slug else pages.get()).specific


@pytest.mark.parametrize("code", languages.CODES)
def test_every_section_and_the_search_are_one_or_two_links_from_the_home_page(client, homes, code):
    sources = [demo_page(model) for model in SECTIONS] + [demo_page(StandardPage, "za-forumot")]
    with translation.override(code):
        wanted = {in_locale(page, code).url: page.title for page in sources}
        wanted[reverse("site_search")] = "site search"

    home = links_of(client, homes[code].url)
    reached = set(home.paths)
    for path in sorted(home.paths):  # the second link, only as far as needed
        if set(wanted) <= reached:
            break
        if path.startswith(f"/{code}/"):
            reached |= links_of(client, path).paths

    missing = sorted(title for url, title in wanted.items() if url not in reached)
    assert missing == []
    assert all(url.startswith(f"/{code}/") for url in wanted)


@pytest.mark.parametrize("code", languages.CODES)
def test_the_footer_links_the_privacy_and_accessibility_pages_in_the_visitors_language(
    client, homes, code
):
    privacy = in_locale(demo_page(StandardPage, "privatnost"), code)
    accessibility = in_locale(demo_page(StandardPage, "pristapnost"), code)

    footer = links_of(client, homes[code].url).footer

    assert {privacy.url, accessibility.url} <= footer
    assert accessibility.url.startswith(f"/{code}/")
    assert client.get(accessibility.url).status_code == 200
