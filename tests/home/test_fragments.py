"""The home page's live blocks kept as fragments (``home.page_cache.fragment``): the same for
every visitor, read from the store until a purge of the home page, and rebuilt after it, for
signed-in editors (whose pages are never kept) as for the public."""

import re
from http import HTTPStatus

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.models import CampaignPage, PledgeTally
from home.models import HomePage
from tests.conftest import DEMO_PASSWORDS
from tests.forum.factories import upcoming_event
from tests.page_cache_client import Visitor

pytestmark = pytest.mark.django_db

COUNT = re.compile(r'data-count="(\d+)"')


@pytest.fixture
def editor(client):
    client.login(username="editor", password=DEMO_PASSWORDS["editor"])
    return Visitor(cookies={"sessionid": client.cookies["sessionid"].value})


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def queries_of(visitor, url):
    with CaptureQueriesContext(connection) as queries:
        answer = visitor.get(url)
    assert answer.status == HTTPStatus.OK
    return len(queries), answer


@pytest.mark.parametrize("code", ["rom", "rup"])
def test_the_blocks_are_read_once_and_again_after_a_purge(editor, commit, code):
    home = HomePage.objects.get(locale__language_code=code)
    first, _answer = queries_of(editor, home.url)
    again, answer = queries_of(editor, home.url)
    assert not answer.served_from_cache  # an editor's page is never kept, its blocks are
    assert again <= first - 5  # five blocks read their data once

    with commit():
        event = upcoming_event(code, "Bijav ande Šutka", "bijav-sutka", days=3)
        event.save_revision().publish()

    for visitor in (editor, Visitor()):
        assert "Bijav ande Šutka" in visitor.get(home.url).text


def test_a_pledge_counted_shows_on_the_home_page_at_once(editor, commit):
    campaign = CampaignPage.objects.live().filter(pledge_goal__isnull=False).first()
    home = HomePage.objects.get(locale=campaign.locale)
    before = int(COUNT.search(editor.get(home.url).text).group(1))

    with commit():
        PledgeTally.add(campaign.campaign_key, 1)

    assert int(COUNT.search(editor.get(home.url).text).group(1)) == before + 1
    assert int(COUNT.search(Visitor().get(home.url).text).group(1)) == before + 1


def test_a_live_block_read_from_the_store_still_keeps_the_page_briefly(editor):
    campaign = CampaignPage.objects.live().filter(pledge_goal__isnull=False).first()
    home = HomePage.objects.get(locale=campaign.locale)
    editor.get(home.url)  # the blocks kept; the editor's page is not

    answer = Visitor().get(home.url)
    assert COUNT.search(answer.text)
    max_age = int(answer.headers["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert max_age <= 30


def test_a_preview_never_reads_nor_keeps_the_blocks(editor):
    home = HomePage.objects.get(locale__language_code="rom")
    editor.get(home.url)  # the blocks kept for the live page
    home.make_preview_request()
    with CaptureQueriesContext(connection) as preview:
        response = home.make_preview_request()
    assert response.status_code == HTTPStatus.OK
    assert any("forum_eventpage" in query["sql"] for query in preview.captured_queries)


def test_the_home_page_answers_while_the_store_is_down(settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    }
    home = HomePage.objects.get(locale__language_code="rup")
    answer = Visitor().get(home.url)
    assert answer.status == HTTPStatus.OK
    assert 'class="live live--next-events"' in answer.text
