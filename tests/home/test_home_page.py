"""The home page as the front door: what the Forum is doing now, read live from the apps.

Each live block (home/live_blocks.py) follows the data: a new event appears and a past one
goes, a campaign that ends disappears, a closed competition shows no deadline and its winners
once published; a block with nothing to show is not there at all. In mk and rom, within the
home page's query budget.
"""

import datetime
import re
import time
from http import HTTPStatus

import pytest

from django.utils import formats, timezone, translation

from wagtail.models import Page

from campaigns.api import running_campaign
from campaigns.models import CampaignIndexPage, CampaignPage, PledgeTally
from competition.models import EssayCompetitionPage, Result, Submission
from forum import plan
from forum.models import EventIndexPage, EventPage, StrategyPage
from home.demo.content import HERO_ALT
from home.live_blocks import CHANGES_AT, registered
from search.models import InitiativePage

pytestmark = pytest.mark.django_db
CODES = ["mk", "rom"]
# Every block shown, in rom, with the demo's campaign, events, plan, competition and library.
QUERY_BUDGET = 46


def html_of(client, home):
    response = client.get(home.url)
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def block_html(html, name):
    """The section of one live block, or "" when the page does not show it."""
    match = re.search(rf'<section class="live live--{name}".*?</section>', html, re.S)
    return match.group(0) if match else ""


def max_age(response):
    """How long a front cache may keep the response (its ``s-maxage``), in seconds."""
    return int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])


def wait_until(moment):
    time.sleep(max(0, (moment - timezone.now()).total_seconds()) + 0.05)


def withdraw(model, locale):
    """Unpublish every page of a type in a locale: the block starts from nothing but the test's
    own rows."""
    Page.objects.filter(locale=locale, live=True).type(model).update(live=False)


def local(moment, code, fmt):
    with translation.override(code):
        return formats.date_format(timezone.localtime(moment), fmt)


def add_event(locales, code, title, starts_at):
    index = EventIndexPage.objects.get(locale=locales[code])
    event = EventPage(
        title=title,
        slug=f"test-event-{code}",
        locale=locales[code],
        kind="forum_workshop",
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=3),
        place="Kumanovo",
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def add_campaign(locales, code, title, ends_on):
    index = CampaignIndexPage.objects.get(locale=locales[code])
    today = timezone.localdate()
    campaign = CampaignPage(
        title=title,
        slug=f"test-campaign-{code}",
        locale=locales[code],
        goal="Kontra predrasude.",
        audience="Sa",
        key_messages="Jekh\nDuj",
        starts_on=today - datetime.timedelta(days=5),
        ends_on=ends_on,
        hashtag="Zajedno",
        pledge_text="Ka vakerav mire komšijenca.",
        pledge_goal=100,
    )
    index.add_child(instance=campaign)
    campaign.save_revision().publish()
    PledgeTally.objects.create(campaign_key=campaign.translation_key, confirmed=37)
    return campaign


def add_competition(homes, locales, code, closes_in):
    now = timezone.now()
    page = EssayCompetitionPage(
        title=f"Test esejski konkurs {code}",
        slug=f"test-competition-{code}",
        locale=locales[code],
        topic="Mojot sograǵanin",
        opens_at=now - datetime.timedelta(days=20),
        closes_at=now + closes_in,
    )
    homes[code].add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("code", CODES)
def test_a_new_event_appears_with_its_date_block_and_a_past_one_goes(client, homes, locales, code):
    withdraw(EventPage, locales[code])
    starts_at = timezone.now() + datetime.timedelta(days=3)
    event = add_event(locales, code, "Rabotilnica za sosedstvo", starts_at)

    events = block_html(html_of(client, homes[code]), "next-events")

    assert "Rabotilnica za sosedstvo" in events
    assert f'href="{event.url}"' in events
    assert f'<span class="date-block__day">{local(starts_at, code, "j")}</span>' in events
    assert f'<span class="date-block__month">{local(starts_at, code, "M")}</span>' in events


def test_an_event_leaves_the_block_when_it_ends(client, homes, locales):
    code = "rom"
    withdraw(EventPage, locales[code])
    ends_at = timezone.now() + datetime.timedelta(seconds=6)
    event = add_event(
        locales, code, "Rabotilnica za sosedstvo", ends_at - datetime.timedelta(hours=3)
    )
    EventPage.objects.filter(pk=event.pk).update(ends_at=ends_at)  # running, about to end

    response = client.get(homes[code].url)
    assert "Rabotilnica za sosedstvo" in block_html(response.content.decode(), "next-events")
    assert max_age(response) <= 6  # the page is not kept past the event's end either

    wait_until(ends_at)  # nothing is published: only time passes
    assert "Rabotilnica za sosedstvo" not in html_of(client, homes[code])


@pytest.mark.parametrize("code", CODES)
def test_the_running_campaign_shows_its_pledge_count_and_disappears_when_it_ends(
    client, homes, locales, code, django_capture_on_commit_callbacks
):
    withdraw(CampaignPage, locales[code])
    campaign = add_campaign(
        locales, code, "Mire komšije", timezone.localdate() + datetime.timedelta(days=5)
    )

    shown = block_html(html_of(client, homes[code]), "running-campaign")

    assert "Mire komšije" in shown
    assert 'data-count="37"' in shown
    assert f'href="{campaign.url}#pledge"' in shown  # the button to sign
    # Campaigns run by the day: the block changes by itself at midnight, when one may end.
    midnight = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=1), datetime.time()
    )
    assert running_campaign(locales[code])[CHANGES_AT] == timezone.make_aware(midnight)

    campaign.ends_on = timezone.localdate() - datetime.timedelta(days=1)  # the editor ends it
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save_revision().publish()

    html = html_of(client, homes[code])
    assert "Mire komšije" not in html
    assert not block_html(html, "running-campaign")


@pytest.mark.parametrize("code", CODES)
def test_an_open_competition_shows_its_deadline_then_its_winners_once_published(
    client, homes, locales, code, django_capture_on_commit_callbacks
):
    withdraw(EssayCompetitionPage, locales[code])
    page = add_competition(homes, locales, code, datetime.timedelta(seconds=6))

    shown = block_html(html_of(client, homes[code]), "essay-competition")

    assert page.title in shown
    assert local(page.closes_at, code, "DATETIME_FORMAT") in shown
    assert f'href="{page.url}#submission"' in shown

    # Closed, results not confirmed: nothing to show, and no deadline that has passed.
    wait_until(page.closes_at)  # nothing is published: only time passes
    assert not block_html(html_of(client, homes[code]), "essay-competition")

    Submission.objects.create(
        competition_key=page.translation_key,
        number=1,
        reference=f"HOME-{code}-1",
        title="Sosetkata Ajla",
        language=code,
        text="Ajla živee vo sosednata ulica.",
        word_count=5,
        status=Submission.Status.ELIGIBLE,
        award=Submission.Award.FIRST,
        public_credit="Ajla Hoxhiq, SUGS",
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = Result.objects.create(competition_key=page.translation_key, published=False)
    assert not block_html(html_of(client, homes[code]), "essay-competition")

    result.published = True
    with django_capture_on_commit_callbacks(execute=True):  # as the coordinator's publish
        result.save()
    shown = block_html(html_of(client, homes[code]), "essay-competition")

    assert "Sosetkata Ajla — Ajla Hoxhiq, SUGS" in shown
    assert local(page.closes_at, code, "DATETIME_FORMAT") not in shown
    assert "#submission" not in shown


@pytest.mark.parametrize("code", CODES)
def test_the_plan_block_shows_the_trackers_overall_progress_and_links_to_it(
    client, homes, locales, code
):
    strategy = StrategyPage.objects.live().get(locale=locales[code])
    progress = plan.build(locales[code]).progress

    shown = block_html(html_of(client, homes[code]), "plan-progress")

    assert f'<progress max="100" value="{progress}"' in shown
    assert f'href="{strategy.url}"' in shown


@pytest.mark.parametrize("code", CODES)
def test_the_latest_initiatives_and_a_search_box_to_the_sites_search(client, homes, locales, code):
    newest = (
        InitiativePage.objects.live()
        .public()
        .filter(locale=locales[code])
        .order_by("-start_date", "-pk")
        .first()
    )

    html = html_of(client, homes[code])

    assert newest.title in block_html(html, "latest-initiatives")
    search = block_html(html, "search-box")
    assert f'action="/{code}/search/"' in search
    assert re.search(r'<label for="home-search-q">[^<]+</label>', search)
    assert 'id="home-search-q" name="q"' in search


@pytest.mark.parametrize("code", CODES)
def test_each_block_vanishes_when_it_has_nothing_to_show(client, homes, locales, code):
    for model in [EventPage, CampaignPage, EssayCompetitionPage, StrategyPage, InitiativePage]:
        withdraw(model, locales[code])

    html = html_of(client, homes[code])

    for name in [
        "next-events",
        "running-campaign",
        "essay-competition",
        "plan-progress",
        "latest-initiatives",
    ]:
        assert f"live--{name}" not in html, name
    assert block_html(html, "search-box")  # a search box always has something to offer


@pytest.mark.parametrize("code", CODES)
def test_the_editor_chooses_the_blocks_their_order_and_headings(client, homes, code):
    home = homes[code]
    home.live_blocks = [
        ("live", {"source": "search-box", "heading": "Rode"}),
        ("live", {"source": "latest-initiatives", "heading": ""}),
        ("live", {"source": "an-app-removed-since", "heading": "Nothing"}),
    ]
    home.save_revision().publish()

    html = html_of(client, home)

    assert re.search(r"live--search-box.*live--latest-initiatives", html, re.S)
    assert '<h2 id="live-search-box-heading">Rode</h2>' in html
    for name in ["next-events", "running-campaign", "essay-competition", "plan-progress"]:
        assert f"live--{name}" not in html, name
    assert "Nothing" not in html


def test_a_home_page_whose_editor_chose_nothing_shows_every_block(client, homes):
    home = homes["rom"]
    home.live_blocks = []
    home.save_revision().publish()

    html = html_of(client, home)

    for name in registered():
        assert f"live--{name}" in html, name


@pytest.mark.parametrize("code", CODES)
def test_the_hero_is_the_forums_own_with_alt_text_in_the_pages_language(client, homes, code):
    html = html_of(client, homes[code])
    hero = re.search(r'<section class="hero.*?(<picture>.*?</picture>)', html, re.S).group(1)
    image = re.search(r"<img [^>]*>", hero).group(0)

    assert f'alt="{HERO_ALT[code]}"' in image
    assert 'loading="eager"' in image  # the first screen: never lazy
    assert re.search(r'width="\d+"', image) and re.search(r'height="\d+"', image)
    assert "srcset=" in hero and "480w" in hero and "1600w" in hero
    assert homes[code].specific.hero_image.title == "Speech bubbles"


def test_the_demo_seeds_the_same_blocks_in_every_language(homes):
    source = [(block.id, block.value["source"]) for block in homes["mk"].specific.live_blocks]

    assert sorted(name for _id, name in source) == sorted(registered())
    for code, home in homes.items():
        assert [(block.id, block.value["source"]) for block in home.live_blocks] == source, code
        assert home.hero_image_alt == HERO_ALT[code]


def test_the_home_page_with_every_block_stays_within_its_query_budget(
    client, homes, locales, django_assert_max_num_queries
):
    add_campaign(locales, "rom", "Mire komšije", timezone.localdate() + datetime.timedelta(days=5))
    add_competition(homes, locales, "rom", datetime.timedelta(days=10))
    html = html_of(client, homes["rom"])  # warm Wagtail's site-root cache, as in production
    for name in registered():
        assert block_html(html, name), name

    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get(homes["rom"].url)
