"""The page cache (home/page_cache.py): what is kept, what is never kept, and that a kept page
carries nothing of one visitor's. Requests go through the served application (the WSGI layer
that answers from the cache, then Django), as gunicorn sends them."""

import datetime
import gzip
import re
from http import HTTPStatus

import brotli
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forum.models import EventPage, Registration
from home.models import HomePage, StandardPage
from search.models import LibraryPage
from tests.conftest import DEMO_PASSWORDS
from tests.forum.factories import upcoming_event
from tests.page_cache_client import Visitor

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')
FORM_TOKEN = re.compile(r'<input[^>]*name="form_token"[^>]*>')


@pytest.fixture
def about(db):
    home = HomePage.objects.get(locale__language_code="rom")
    page = StandardPage(title="Amaro kher", slug="amaro-kher", introduction="E Forumeski buti.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def event(db):
    """An upcoming event with a registration form and 20 places, in Aromanian."""
    page = upcoming_event(
        "rup", "Ayunare tu Cruşuva", "ayunare-crusuva", place="Cruşuva", capacity=20
    )
    page.save_revision().publish()
    return page


def test_a_public_page_is_answered_from_the_cache_without_django(about):
    visitor = Visitor()
    first = visitor.get(about.url)
    with CaptureQueriesContext(connection) as queries:
        second = Visitor().get(about.url)

    assert first.status == second.status == HTTPStatus.OK
    assert first.headers["X-Page-Cache"] == "miss" and second.served_from_cache
    assert len(queries) == 0
    assert second.text == first.text and "Amaro kher" in second.text
    assert second.headers["Cache-Control"].startswith("public, max-age=")
    assert "stale-while-revalidate=" in second.headers["Cache-Control"]
    assert second.headers["Vary"] == "Accept-Encoding"
    assert second.headers["Last-Modified"] and second.headers["ETag"].startswith('W/"')
    # Replayed with every header Django's middleware added, its security headers included.
    for header in ("X-Content-Type-Options", "Referrer-Policy", "Content-Security-Policy"):
        assert second.headers[header] == first.headers[header]


def test_a_page_kept_for_https_is_not_the_answer_to_plain_http(about):
    Visitor().get(about.url, x_forwarded_proto="https")
    assert Visitor().get(about.url, x_forwarded_proto="https").served_from_cache
    assert not Visitor().get(about.url).served_from_cache


def test_a_kept_page_is_compressed_for_each_browser_and_answers_head(about):
    brotli_answer = Visitor().get(about.url, accept_encoding="gzip, deflate, br")
    plain = Visitor().get(about.url)
    gzip_answer = Visitor().get(about.url, accept_encoding="gzip")
    head = Visitor().head(about.url, accept_encoding="gzip")

    assert brotli_answer.headers["Content-Encoding"] == "br"
    assert brotli_answer.headers["X-Page-Cache"] == "miss"  # compressed by Django's side
    assert brotli_answer.headers["Content-Length"] == str(len(brotli_answer.body))
    assert brotli.decompress(brotli_answer.body) == plain.body
    assert gzip_answer.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(gzip_answer.body) == plain.body
    assert "Content-Encoding" not in plain.headers
    assert len(brotli_answer.body) < len(plain.body) / 2
    assert head.served_from_cache and head.body == b""
    assert head.headers["Content-Length"] == str(len(gzip_answer.body))


def test_an_unchanged_page_answers_304(about):
    first = Visitor().get(about.url)
    again = Visitor().get(about.url, if_none_match=first.headers["ETag"])
    other = Visitor().get(about.url, if_none_match='W/"something-else"')

    assert again.status == HTTPStatus.NOT_MODIFIED and again.body == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    assert other.status == HTTPStatus.OK


def test_tracking_parameters_share_the_page_and_a_search_query_does_not(about):
    Visitor().get(about.url)
    shared = Visitor().get(about.url + "?utm_source=viber&fbclid=abc")
    assert shared.served_from_cache

    library = LibraryPage.objects.get(locale__language_code="mk")
    Visitor().get(library.url + "?q=роми")
    other_query = Visitor().get(library.url + "?q=млади")
    same_query = Visitor().get(library.url + "?q=роми")
    assert not other_query.served_from_cache and same_query.served_from_cache
    assert "млади" in other_query.text and "млади" not in same_query.text


def test_signed_in_editors_are_never_served_nor_kept(client, about):
    client.login(username="editor", password=DEMO_PASSWORDS["editor"])
    editor = Visitor(cookies={"sessionid": client.cookies["sessionid"].value})
    Visitor().get(about.url)  # kept for anonymous visitors

    seen = editor.get(about.url)
    assert not seen.served_from_cache
    assert seen.headers["Cache-Control"] == "private, no-store"
    assert "userbar" in seen.text  # Wagtail's bar for the editor, never for the public

    after = Visitor().get(about.url)
    assert after.served_from_cache and "userbar" not in after.text


def test_a_post_and_a_visitor_with_a_message_are_never_served_from_the_cache(event):
    Visitor().get(event.url)
    assert Visitor().get(event.url).served_from_cache
    assert not Visitor(cookies={"messages": "pending"}).get(event.url).served_from_cache
    posted = Visitor().post(event.url + "register/", {"name": "Nasi"})
    assert posted.status == HTTPStatus.FORBIDDEN  # no CSRF token: refused, kindly
    assert posted.headers["Cache-Control"] == "private, no-store"
    assert "X-Page-Cache" not in posted.headers


def test_a_refused_form_is_explained_in_the_visitors_language(event):
    posted = Visitor().post(event.url + "register/", {"name": "Nasi"})

    assert posted.status == HTTPStatus.FORBIDDEN
    assert 'lang="rup"' in posted.text
    assert "Formularlu a tãu nu putu s-hibã pitricut" in posted.text
    assert f'href="{event.url}register/"' in posted.text


def test_a_cached_form_carries_no_token_and_each_visitor_gets_their_own(event):
    first = Visitor()
    page = first.get(event.url)
    page_again = Visitor().get(event.url)
    assert page_again.served_from_cache
    assert TOKEN.findall(page.text) == [""]  # the form's token is fetched, not kept
    assert "csrftoken" not in first.cookies and "Set-Cookie" not in page_again.headers

    second = Visitor()
    state_one = first.get("/form-state/")
    state_two = second.get("/form-state/")
    assert state_one.headers["Cache-Control"].startswith("max-age=0") or (
        "no-store" in state_one.headers["Cache-Control"]
    )
    one, two = state_one.text, state_two.text
    assert one != two and "csrfmiddlewaretoken" in one and "form_token" in one
    assert first.cookies["csrftoken"] != second.cookies["csrftoken"]
    assert first.cookies["csrftoken"] not in Visitor().get(event.url).text


def test_a_form_on_a_cached_page_still_submits(event, django_capture_on_commit_callbacks):
    visitor = Visitor()
    assert Visitor().get(event.url).headers["X-Page-Cache"] == "miss"
    assert visitor.get(event.url).served_from_cache
    token = re.search(r'"csrfmiddlewaretoken": "([^"]+)"', visitor.get("/form-state/").text)[1]

    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(
            event.url + "register/",
            {"csrfmiddlewaretoken": token, "name": "Nasi Bajram", "email": "nasi@example.org"},
        )

    assert sent.status == HTTPStatus.FOUND, sent.text
    assert Registration.objects.filter(event_key=event.translation_key, email="nasi@example.org")
    # The page counts the new registration: its places left were purged.
    after = Visitor().get(event.url)
    assert not after.served_from_cache and "19" in after.text


def test_the_essay_forms_token_comes_with_the_visitor_not_the_page():
    from competition.models import EssayCompetitionPage

    page = EssayCompetitionPage.objects.live().filter(locale__language_code="rom").first()
    if page.state() != "open":
        pytest.skip("the demo's competition is not open today")
    kept = Visitor().get(page.url)
    assert kept.status == HTTPStatus.OK
    (field,) = FORM_TOKEN.findall(kept.text)
    assert 'value="' not in field or 'value=""' in field


def test_a_live_figure_is_never_kept_long_and_a_dated_page_not_past_its_moment(
    event, django_capture_on_commit_callbacks
):
    answer = Visitor().get(event.url)
    control = dict(
        part.strip().split("=") for part in answer.headers["Cache-Control"].split(",")[1:]
    )
    assert int(control["max-age"]) <= 30 and int(control["s-maxage"]) <= 30

    soon = EventPage.objects.get(pk=event.pk)
    soon.starts_at = timezone.now() + datetime.timedelta(seconds=20)
    soon.capacity = None
    with django_capture_on_commit_callbacks(execute=True):
        soon.save_revision().publish()
    answer = Visitor().get(soon.url)
    shared = int(answer.headers["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert shared <= 21


def test_personal_links_are_never_kept(event):
    answer = Visitor().get(event.url + "cancel/not-a-token/")
    assert answer.headers["Cache-Control"].startswith("max-age=0") or (
        "no-store" in answer.headers["Cache-Control"]
    )
    assert not Visitor().get(event.url + "cancel/not-a-token/").served_from_cache


def test_the_sitemap_is_kept_in_every_language():
    first = Visitor().get("/sitemap.xml", accept_language="rom")
    second = Visitor().get("/sitemap.xml", accept_language="tr")
    assert first.status == HTTPStatus.OK and second.served_from_cache


def test_two_query_strings_never_share_an_entry():
    from home.page_cache import ALL, entry_key

    def key(query):
        return entry_key(
            {"HTTP_HOST": "localhost", "PATH_INFO": "/mk/", "QUERY_STRING": query}, ALL
        )

    assert key("community=x%0Aq%3Dcovid") != key("community=x&q=covid")
    assert key("q=a&topic=b") == key("topic=b&q=a")


def test_an_evicted_tag_makes_its_pages_misses_never_fresh_again(about):
    from django.core.cache import caches

    from home.page_cache import tag_key

    Visitor().get(about.url)
    assert Visitor().get(about.url).served_from_cache
    caches["pages"].delete(tag_key(f"page:{about.pk}"))  # as a full store's culling would

    assert not Visitor().get(about.url).served_from_cache


def test_the_site_answers_while_its_cache_store_is_down(about, settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    }
    first = Visitor().get(about.url)
    second = Visitor().get(about.url)
    assert first.status == second.status == HTTPStatus.OK
    assert "Amaro kher" in second.text and not second.served_from_cache


def test_only_an_address_the_purge_names_is_kept_long_by_a_front_cache(about, event, settings):
    def shared_max_age(control):
        return int(control.split("s-maxage=")[1].split(",")[0])

    own = Visitor().get(about.url).headers["Cache-Control"]
    searched = Visitor().get(about.url + "?q=kher").headers["Cache-Control"]
    route = Visitor().get(event.url + "calendar/event/").headers["Cache-Control"]
    unpurged = settings.PAGE_CACHE["UNPURGED_SHARED_MAX_AGE"]
    # The page's own address: the hour (less near its end: ``_until_the_hour``), served stale
    # while it is rendered again.
    assert shared_max_age(own) <= settings.PAGE_CACHE["SHARED_MAX_AGE"]
    assert "stale-while-revalidate" in own
    for control in (searched, route):  # never older than that, stale or not
        assert 0 < shared_max_age(control) <= unpurged
        assert "stale-while-revalidate" not in control


def test_a_campaign_card_is_never_kept_so_each_reader_is_counted():
    from campaigns.models import CampaignPage, Reach

    page = next(page for page in CampaignPage.objects.live() if page.cards())
    card = page.url + f"card/{next(iter(page.cards()))}/"
    for _ in range(3):
        answer = Visitor().get(card, user_agent="Mozilla/5.0 (Linux; Android 13)")
    assert answer.status == HTTPStatus.OK and not answer.served_from_cache
    assert Reach.objects.filter(campaign_key=page.campaign_key, kind=Reach.Kind.VIEW).exists()
