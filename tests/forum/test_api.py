"""The Forum's public functions for other apps count each record once, whatever its languages."""

import pytest

from forum import api, indicators
from forum.models import AdvocacyMeeting, EventPage

pytestmark = pytest.mark.django_db


def test_workshops_held_counts_each_event_once_across_its_translations():
    # Three workshops in the past, each published in all eight languages.
    assert EventPage.objects.filter(slug="strategy-workshop-skopje").count() == 8
    assert api.count_workshops_held() == 3


def test_meetings_counts_public_and_internal_meetings_once():
    assert AdvocacyMeeting.objects.count() == 12 * 8
    assert api.count_advocacy_meetings() == 12


def test_live_sources_of_apps_not_built_yet_are_unavailable():
    assert indicators.resolve("workshops_held") is api.count_workshops_held
    assert indicators.resolve("pledges_confirmed") is None  # the campaigns app comes later
    assert indicators.current_values(["workshops_held", "pledges_confirmed"]) == {
        "workshops_held": 3
    }
