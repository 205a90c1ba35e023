"""The page chrome (menu, footer settings, language switcher) is cached, and a change shows at
once: home/chrome.py forgets it on every change it shows."""

from http import HTTPStatus

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from home.models import SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def header_menu(response):
    html = response.content.decode()
    start = html.index('class="header-panel__body main-nav"')
    return html[start : html.index("</nav>", start)]


def switcher(response):
    html = response.content.decode()
    return html[
        html.index('class="language-list"') : html.index("</ul>", html.index("language-list"))
    ]


def footer(response):
    html = response.content.decode()
    return html[html.index('<footer class="site-footer">') :]


def new_page(parent, slug, title, *, in_menu=True, publish=True):
    page = StandardPage(
        title=title, slug=slug, introduction="Текст.", show_in_menus=in_menu, live=False
    )
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def test_a_warm_chrome_costs_no_query(client, about_pages):
    url = about_pages["mk"].url
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    with CaptureQueriesContext(connection) as warm:
        response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    # The menu, the home page's address, the settings and the switcher's alternates.
    assert len(cold) - len(warm) >= 3
    assert not any('"show_in_menus"' in q["sql"].split("WHERE", 1)[-1] for q in warm)
    assert not any("home_sitesettings" in q["sql"] for q in warm)


def test_a_page_published_into_the_menu_shows_in_it_at_once(client, homes, about_pages):
    client.get(about_pages["mk"].url)  # the chrome is cached without the new page
    page = new_page(homes["mk"], "novo-mesto", "Ново место", publish=False)
    assert "Ново место" not in header_menu(client.get(about_pages["mk"].url))

    page.save_revision().publish()

    response = client.get(about_pages["mk"].url)
    assert f'href="{page.url}"' in header_menu(response)
    assert "Ново место" in footer(response)


def test_a_page_renamed_unpublished_or_made_private_leaves_the_menu_at_once(client, homes):
    page = new_page(homes["mk"], "privremeno", "Привремено")
    assert "Привремено" in header_menu(client.get(homes["mk"].url))

    page.title = "Преименувано"
    page.save_revision().publish()
    menu = header_menu(client.get(homes["mk"].url))
    assert "Преименувано" in menu and "Привремено" not in menu

    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert "Преименувано" not in header_menu(client.get(homes["mk"].url))

    PageViewRestriction.objects.filter(page=page).delete()
    assert "Преименувано" in header_menu(client.get(homes["mk"].url))
    page.refresh_from_db()  # published from its revision: this copy is still the draft
    page.unpublish()
    assert "Преименувано" not in header_menu(client.get(homes["mk"].url))


def test_a_page_moved_changes_its_menu_address_at_once(client, homes, about_pages):
    section = new_page(homes["mk"], "sekcija", "Секција")
    page = new_page(section, "podstranica", "Подстраница", in_menu=False)
    client.get(page.url)

    section.refresh_from_db()
    section.move(about_pages["mk"], pos="last-child")

    section.refresh_from_db()
    response = client.get(about_pages["mk"].url)
    assert response.status_code == HTTPStatus.OK
    assert "Секција" not in header_menu(response)
    page.refresh_from_db()
    assert client.get(page.url).status_code == HTTPStatus.OK


def test_changed_settings_show_in_the_footer_at_once(client, homes):
    client.get(homes["mk"].url)
    settings = SiteSettings.objects.get(locale__language_code="mk")

    settings.phone = "+389 2 555 0199"
    settings.save_revision().publish()

    assert "+389 2 555 0199" in footer(client.get(homes["mk"].url))


def test_a_page_translated_is_linked_from_the_switcher_at_once(client, homes, locales):
    page = new_page(homes["mk"], "samo-makedonski", "Само на македонски", in_menu=False)
    before = switcher(client.get(page.url))
    assert f'href="{homes["sq"].url}"' in before  # untranslated: the Albanian home page

    translation = page.copy_for_translation(locales["sq"])
    translation.title = "Vetëm shqip"
    translation.slug = "vetem-shqip"
    translation.save_revision().publish()
    translation.refresh_from_db()

    after = switcher(client.get(page.url))
    assert f'href="{translation.url}"' in after
    assert translation.url != homes["sq"].url
