"""The public pages in every locale: language, switcher, hreflang, fallback, errors, sitemap."""

import re
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
from defusedxml import ElementTree

from django.test import RequestFactory
from django.utils import translation
from django.utils.html import escape

from wagtail.models import Page
from wagtail_localize.synctree import synchronize_tree

from cms import languages
from home.models import StandardPage
from home.views import server_error

CODES = languages.CODES
pytestmark = pytest.mark.django_db


def html_of(response):
    return response.content.decode()


def links(html, rel):
    return dict(re.findall(rf'<link rel="{rel}" hreflang="([^"]+)" href="([^"]+)">', html))


def path_of(url):
    return urlsplit(url).path


@pytest.mark.parametrize("code", CODES)
def test_home_page_renders_in_its_language(client, homes, code):
    response = client.get(homes[code].url)

    html = html_of(response)
    assert response.status_code == HTTPStatus.OK
    assert f'<html lang="{code}" dir="ltr">' in html
    assert '<body class="template-homepage">' in html
    assert homes[code].specific.hero_heading in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize("code", CODES)
def test_standard_page_renders_in_its_language(client, about_pages, code):
    page = about_pages[code]

    response = client.get(page.url)

    html = html_of(response)
    assert response.status_code == HTTPStatus.OK
    assert f'<html lang="{code}"' in html
    assert '<body class="template-standardpage">' in html
    assert f"<h1>{escape(page.title)}</h1>" in html
    assert escape(page.introduction) in html


def test_romani_and_aromanian_pages_carry_their_own_language(client, homes):
    assert '<html lang="rom"' in html_of(client.get("/rom/"))
    assert '<html lang="rup"' in html_of(client.get("/rup/"))
    assert homes["rom"].url == "/rom/"
    assert homes["rup"].url == "/rup/"


@pytest.mark.parametrize("code", CODES)
def test_skip_link_and_landmarks_in_the_visitors_language(client, homes, code):
    html = html_of(client.get(homes[code].url))

    with translation.override(code):
        skip = translation.gettext("Skip to main content")
    assert f'<a class="skip-link" href="#main-content">{skip}</a>' in html
    assert '<main id="main-content"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html


@pytest.mark.parametrize("code", CODES)
def test_hreflang_links_point_to_every_real_translation(client, about_pages, code):
    html = html_of(client.get(about_pages[code].url))

    alternates = links(html, "alternate")
    assert set(alternates) == {*CODES, "x-default"}
    for lang, url in alternates.items():
        target = client.get(path_of(url))
        assert target.status_code == HTTPStatus.OK
        expected = languages.DEFAULT.code if lang == "x-default" else lang
        assert f'<html lang="{expected}"' in html_of(target)
    assert path_of(alternates["x-default"]) == about_pages["mk"].url


@pytest.mark.parametrize("code", CODES)
def test_switcher_leads_to_the_same_page_in_each_language(client, about_pages, code):
    html = html_of(client.get(about_pages[code].url))

    switcher = html[html.index('language-switcher"') :]
    for other in CODES:
        assert f'href="{about_pages[other].url}" ' in switcher
    assert f'href="{about_pages[code].url}" aria-current="true" lang="{code}"' in switcher


def test_switcher_leads_to_the_home_page_where_no_translation_exists(client, about_pages, homes):
    about_pages["rom"].delete()

    html = html_of(client.get(about_pages["mk"].url))

    switcher = html[html.index('language-switcher"') :]
    with translation.override("mk"):
        note = translation.gettext("not translated yet: home page")
    romani = '<a href="/rom/" lang="rom" hreflang="rom">Romani čhib'
    assert f'{romani} <small lang="mk">({note})</small></a>' in switcher
    assert "rom" not in links(html, "alternate")


def test_untranslated_page_is_shown_with_a_notice_never_a_404(client, homes, locales):
    """A page written in Macedonian only appears in the Romani tree as an alias, with a notice."""
    news = StandardPage(title="Вести од мрежата", slug="vesti", introduction="Нови членки.")
    homes["mk"].add_child(instance=news)
    news.save_revision().publish()
    synchronize_tree(locales["mk"], locales["rom"])

    alias = Page.objects.get(translation_key=news.translation_key, locale=locales["rom"])
    response = client.get(alias.url)

    html = html_of(response)
    assert response.status_code == HTTPStatus.OK
    assert alias.url.startswith("/rom/")
    assert '<html lang="rom"' in html
    with translation.override("rom"):
        notice = translation.gettext(
            "This page has not been translated into your language yet. It is shown in its "
            "original language (%(language)s)."
        ) % {"language": "Македонски"}
    assert notice in html
    assert '<main id="main-content" tabindex="-1" lang="mk">' in html
    assert f'<link rel="canonical" href="http://testserver{news.url}">' in html


def test_translated_pages_show_no_fallback_notice(client, about_pages):
    html = html_of(client.get(about_pages["sq"].url))

    assert "notice--fallback" not in html


@pytest.mark.parametrize("code", CODES)
def test_open_graph_and_twitter_tags_per_locale(client, about_pages, code):
    page = about_pages[code]
    html = html_of(client.get(page.url))

    assert f'<meta property="og:locale" content="{code}">' in html
    assert f'<meta property="og:title" content="{page.title}">' in html
    assert f'<meta property="og:url" content="http://testserver{page.url}">' in html
    assert '<meta property="og:image" content="http://testserver/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


@pytest.mark.parametrize("accept, expected", [(code, f"/{code}/") for code in CODES])
def test_root_redirects_to_the_visitors_language(client, accept, expected):
    response = client.get("/", headers={"accept-language": f"{accept},en;q=0.5"})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == expected


@pytest.mark.parametrize("accept", ["", "de-DE,de;q=0.9", "zh"])
def test_root_redirects_to_macedonian_by_default(client, accept):
    response = client.get("/", headers={"accept-language": accept})

    assert response["Location"] == "/mk/"


@pytest.mark.parametrize("code", CODES)
def test_404_page_is_in_the_visitors_language(client, code):
    response = client.get(f"/{code}/no-such-page/")

    html = html_of(response)
    with translation.override(code):
        heading = translation.gettext("Page not found")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert f'<html lang="{code}"' in html
    assert f"<h1>{heading}</h1>" in html


def test_404_switcher_leads_to_each_languages_home_page(client):
    html = html_of(client.get("/sq/no-such-page/"))

    switcher = html[html.index('language-switcher"') :]
    for code in CODES:
        assert f'href="/{code}/"' in switcher
    assert "no-such-page" not in switcher
    assert "<small>" not in switcher


@pytest.mark.parametrize("code", CODES)
def test_500_page_is_in_the_visitors_language(code):
    request = RequestFactory().get(f"/{code}/")
    with translation.override(code):
        response = server_error(request)
        heading = translation.gettext("Something went wrong")

    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    assert f'<html lang="{code}">' in response.content.decode()
    assert heading in response.content.decode()


def test_sitemap_lists_every_live_page_of_every_locale_with_alternates(client):
    response = client.get("/sitemap.xml")

    assert response.status_code == HTTPStatus.OK
    tree = ElementTree.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = tree.findall("s:url", ns)
    locations = {path_of(url.find("s:loc", ns).text) for url in entries}
    expected = {page.url for page in Page.objects.live().filter(depth__gt=1)}
    assert locations == expected
    # Every demo page exists in all eight languages: home, about, partners, privacy and more.
    assert len(locations) % len(CODES) == 0
    assert len(locations) >= 4 * len(CODES)
    for url in entries:
        alternates = url.findall("x:link", ns)
        assert {a.get("hreflang") for a in alternates} == set(CODES)


def test_sitemap_leaves_out_drafts(client, about_pages):
    about_pages["tr"].unpublish()

    body = client.get("/sitemap.xml").content.decode()

    assert about_pages["tr"].url not in body
    assert about_pages["sq"].url in body


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/plain"
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.parametrize("code", ["mk", "rom", "en"])
def test_main_menu_lists_the_locales_pages(client, about_pages, code):
    html = html_of(client.get(about_pages[code].url))

    nav = html[html.index('main-nav"') :]
    assert (
        f'<a href="{about_pages[code].url}" aria-current="page">{about_pages[code].title}</a>'
        in nav
    )


@pytest.mark.parametrize("code", ["mk", "sq", "rup"])
def test_footer_shows_the_translated_site_settings(client, homes, code):
    from home.demo.content import SETTINGS

    html = html_of(client.get(homes[code].url))

    assert escape(SETTINGS[code]["funder_acknowledgement"]) in html
    assert escape(SETTINGS[code]["organisation_name"]) in html
