"""The database the journeys' server copies: this session's test database, seeded with the demo.

A test of the demo. It is also the journeys' database test: pytest-django creates the test
database only for a session that collects one, so running ``pytest tests/browser`` alone still
gives the server its copy.
"""

import pytest

from django.contrib.auth import get_user_model

from home.management.commands.seed_demo import DEMO_USERS

pytestmark = pytest.mark.django_db


def test_the_seeded_demo_the_journeys_copy_has_its_accounts():
    usernames = {username for username, _groups, _password in DEMO_USERS}
    found = set(
        get_user_model().objects.filter(username__in=usernames).values_list("username", flat=True)
    )
    assert found == usernames
