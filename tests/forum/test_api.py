"""The Forum's public functions for other apps count each record once, whatever its languages."""

import pytest

from forum import api, indicators
from forum.models import AdvocacyMeeting, EventPage

pytestmark = pytest.mark.django_db


def test_workshops_held_counts_each_event_once_across_its_translations():
    # Three workshops in the past, each published in all eight languages.
    workshop = EventPage.objects.get(slug="strategy-workshop-skopje", locale__language_code="mk")
    assert workshop.get_translations(inclusive=True).count() == 8
    assert api.count_workshops_held() == 3


def test_meetings_counts_public_and_internal_meetings_once():
    assert AdvocacyMeeting.objects.count() == 12 * 8
    assert api.count_advocacy_meetings() == 12


def test_every_app_registers_its_live_sources_through_the_hook():
    assert indicators.resolve("workshops_held") is api.count_workshops_held
    assert indicators.resolve("no_such_source") is None
    assert {source.key for source in indicators.sources()} == {
        "workshops_held",
        "meetings_with_institutions",
        "essays_submitted",
        "pledges_confirmed",
        "initiatives_in_library",
    }
    assert indicators.current_values(["workshops_held", "no_such_source"]) == {"workshops_held": 3}


def test_a_confirmed_pledge_and_an_unpublished_initiative_move_their_live_figures():
    from django.db.models import F

    from campaigns.models import PledgeTally
    from search.models import InitiativePage

    sources = ["pledges_confirmed", "initiatives_in_library"]
    before = indicators.current_values(sources)
    PledgeTally.objects.filter(pk=PledgeTally.objects.first().pk).update(
        confirmed=F("confirmed") + 1
    )
    initiative = InitiativePage.objects.live().first()
    for page in InitiativePage.objects.filter(translation_key=initiative.translation_key):
        page.unpublish()

    after = indicators.current_values(sources)
    assert after["pledges_confirmed"] == before["pledges_confirmed"] + 1
    assert after["initiatives_in_library"] == before["initiatives_in_library"] - 1
