"""The home page's live blocks kept as fragments (``home.page_cache.fragment``): the same for
every visitor, read from the store until a purge of the home page, and rebuilt after it, for
signed-in editors (whose pages are never kept) as for the public."""

import re
import time
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
    editor.get(home.url)
    with CaptureQueriesContext(connection) as again:
        answer = editor.get(home.url)
    assert not answer.served_from_cache  # an editor's page is never kept, its blocks are
    read = " ".join(query["sql"] for query in again.captured_queries)
    for table in ("forum_eventpage", "forum_action", "search_initiativepage", "pledgetally"):
        assert table not in read, table  # the events, the plan, the library, the tally: kept

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


def test_a_page_kept_from_a_kept_tally_ends_when_the_tally_was_read_30_s_ago(editor):
    campaign = CampaignPage.objects.live().filter(pledge_goal__isnull=False).first()
    home = HomePage.objects.get(locale=campaign.locale)
    editor.get(home.url)  # the tally read, and its block kept
    time.sleep(2)

    answer = Visitor().get(home.url)  # kept from the block read two seconds ago
    assert COUNT.search(answer.text)
    max_age = int(answer.headers["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert max_age <= 28  # so the tally a visitor sees is never older than 30 s
    assert "stale-while-revalidate" not in answer.headers["Cache-Control"]


def test_a_preview_never_reads_nor_keeps_the_blocks(editor):
    home = HomePage.objects.get(locale__language_code="rom")
    live_heading = Visitor().get(home.url).text
    draft = HomePage.objects.get(pk=home.pk)
    draft.live_blocks = [("live", {"source": "next-events", "heading": "Nevo šero"})]
    draft.save_revision()  # a draft: the live page keeps its blocks
    editor.get(home.url)  # its blocks kept

    with CaptureQueriesContext(connection) as preview:
        response = draft.make_preview_request()
    assert response.status_code == HTTPStatus.OK
    assert "Nevo šero" in response.content.decode()
    assert any("forum_eventpage" in query["sql"] for query in preview.captured_queries)
    assert "Nevo šero" not in Visitor().get(home.url).text
    assert "Nevo šero" not in live_heading


def test_the_home_page_answers_while_the_store_is_down(settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    }
    home = HomePage.objects.get(locale__language_code="rup")
    answer = Visitor().get(home.url)
    assert answer.status == HTTPStatus.OK
    assert 'class="live live--next-events"' in answer.text
