"""Slugs in plain ASCII, in each page's own language, and redirects when a slug changes."""

import json
import re
from html import unescape

import pytest

from django.utils.text import slugify

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from cms import languages
from home.models import StandardPage
from home.slugs import slug_for
from tests.conftest import login_as

pytestmark = pytest.mark.django_db


def child(parent, title, slug=""):
    page = StandardPage(title=title, slug=slug, introduction="")
    parent.add_child(instance=page)
    return page


def test_a_serbian_page_titled_in_cyrillic_gets_an_ascii_slug(homes):
    page = child(homes["sr"], "Вести из општине Ђевђелија", slug="вести-из-општине")

    assert page.slug == "vesti-iz-opstine-djevdjelija"
    assert page.url == "/sr/vesti-iz-opstine-djevdjelija/"


def test_macedonian_letters_the_admin_prefill_drops_are_transliterated(homes):
    parent = child(homes["mk"], "Проба")

    assert child(parent, "Настани").slug == "nastani"
    assert child(parent, "Ѓорче Петров и Ќафа").slug == "gjorce-petrov-i-kjafa"


def test_bosnian_and_serbian_translations_take_the_slug_of_their_own_title(homes, locales):
    archive = child(homes["mk"], "Архива")  # away from the demo's own strategy pages
    for code in ("sr", "bs", "tr"):
        archive.copy_for_translation(locales[code])
    source = child(archive, "Стратегија на Форумот")
    assert source.slug == "strategija-na-forumot"
    slugs = {}
    for code, title in (("sr", "Стратегија"), ("bs", "Strategija"), ("tr", "Strateji")):
        translation = source.copy_for_translation(locales[code])
        translation.title = title  # what wagtail-localize does: the slug stays the source's
        translation.save()
        slugs[code] = translation.slug

    assert slugs == {"sr": "strategija", "bs": "strategija", "tr": "strateji"}
    assert source.get_translation(locales["bs"]).url == "/bs/arhiva/strategija/"


def test_a_translation_keeps_an_ascii_slug_made_of_its_own_titles_words(homes, locales):
    archive = child(homes["mk"], "Архива")  # away from the demo's own strategy pages
    archive.copy_for_translation(locales["rom"])
    source = child(archive, "Стратегија и акциски план", slug="strategija")
    translation = source.copy_for_translation(locales["rom"])
    translation.title = "Strategija thaj akcijakoro plano"
    translation.save()

    assert translation.slug == "strategija"


def test_two_siblings_with_the_same_title_get_distinct_slugs(homes):
    parent = child(homes["mk"], "Извештаи")

    first = child(parent, "Годишен извештај")
    second = child(parent, "Годишен извештај")

    assert (first.slug, second.slug) == ("godisen-izvestaj", "godisen-izvestaj-2")


def test_no_page_of_the_demo_has_a_non_ascii_slug_or_a_locale_suffix():
    suffixes = tuple(f"-{code}" for code in languages.CODES)
    bad = [
        (page.locale.language_code, page.slug)
        for page in Page.objects.filter(depth__gt=1).select_related("locale")
        if not page.slug.isascii() or page.slug.endswith(suffixes)
    ]

    assert bad == []


@pytest.mark.parametrize(
    "url", ["/sr/kampanje/", "/bs/kampanje/", "/sr/strategija/", "/bs/strategija/", "/mk/nastani/"]
)
def test_the_demo_sections_live_at_their_own_languages_slugs(client, url):
    assert client.get(url).status_code == 200


def test_renaming_a_published_pages_slug_redirects_its_old_url(
    client, homes, django_capture_on_commit_callbacks
):
    page = child(homes["sr"], "Стари назив")
    page.save_revision().publish()
    old_url = page.url

    with django_capture_on_commit_callbacks(execute=True):
        page.slug = "novi-naziv"
        page.save_revision().publish()

    assert Redirect.objects.filter(redirect_page=page).exists()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith("/sr/novi-naziv/")
    assert client.get("/sr/novi-naziv/").status_code == 200


def test_the_admins_slug_prefill_spells_cyrillic_as_the_server_does(client, homes):
    login_as(client, "editor")
    html = client.get(f"/admin/pages/add/home/standardpage/{homes['mk'].pk}/").content.decode()
    formatters = json.loads(unescape(re.search(r'data-w-slug-formatters-value="([^"]*)"', html)[1]))

    title = "Ѓорче Петров, Ќафа и Ѕвезда"
    for (pattern, _flags), replacement in formatters:
        title = title.replace(pattern, replacement)
    assert (
        slugify(title) == slug_for("Ѓорче Петров, Ќафа и Ѕвезда") == "gjorce-petrov-kjafa-i-dzvezda"
    )
