"""Each public page type renders within a fixed number of queries, at 10 pages or at 500."""

from http import HTTPStatus

import pytest

from home.indexing import indexing_deferred
from home.models import StandardPage

pytestmark = pytest.mark.django_db
BUDGET = 16
# The home page reads besides what the Forum is doing now: its live blocks (home/live_blocks.py)
# ask for the campaign, the events, the action plan, the competition and the library, a fixed
# number of queries however large the site (tests/home/test_home_page.py, every block shown).
HOME_BUDGET = 46


def grow_tree(home, count):
    """Add ``count`` live pages under ``home``, half of them in the menu (not indexed for search:
    no page read here asks the index)."""
    with indexing_deferred():
        _grow_tree(home, count)


def _grow_tree(home, count):
    for index in range(count):
        page = StandardPage(
            title=f"Страница {index}",
            slug=f"stranica-{index}",
            introduction="Текст.",
            show_in_menus=index % 2 == 0,
        )
        home.add_child(instance=page)


@pytest.fixture(params=[10, 500], ids=["10-pages", "500-pages"])
def tree(request, homes):
    grow_tree(homes["mk"], request.param - 4)  # the demo site already has four per locale
    grow_tree(homes["rom"], 10)
    return request.param


@pytest.mark.parametrize("code", ["mk", "rom"])
def test_home_page_query_budget(client, homes, tree, code, django_assert_max_num_queries):
    client.get(homes[code].url)  # warm Wagtail's site-root cache, as in production

    with django_assert_max_num_queries(HOME_BUDGET):
        response = client.get(homes[code].url)

    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("code", ["mk", "rom"])
def test_standard_page_query_budget(client, about_pages, tree, code, django_assert_max_num_queries):
    client.get(about_pages[code].url)

    with django_assert_max_num_queries(BUDGET):
        response = client.get(about_pages[code].url)

    assert response.status_code == HTTPStatus.OK


def test_sitemap_query_budget(client, tree, django_assert_max_num_queries):
    with django_assert_max_num_queries(BUDGET):
        response = client.get("/sitemap.xml")

    assert response.status_code == HTTPStatus.OK
