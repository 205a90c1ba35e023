"""The strategy tracker and its exports with 10 and 300 actions: queries and milliseconds.

Runs on a throwaway test database with the demo seeded, through Django's test client, and prints
one line per view and plan size. The query count must not grow with the plan. `make bench` runs it.
"""

import datetime
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django

django.setup()

from page_render import measure  # noqa: E402 - the same measure, in the same folder

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

ROUNDS = 10


def grow(total):
    """Add actions (each with an indicator and a translation) until the plan has ``total``."""
    from forum.models import Action, Indicator, Objective

    objective = Objective.objects.get(code="3.2", locale__language_code="mk")
    existing = Action.objects.filter(locale=objective.locale).count()
    start = datetime.date(2026, 1, 1)
    for number in range(existing + 1, total + 1):
        action = Action(
            objective=objective,
            code=f"A9.{number}",
            title=f"Локална акција {number}",
            start_date=start,
            end_date=start + datetime.timedelta(days=30 + number),
            progress=number % 100,
            status="in_progress",
            locale=objective.locale,
        )
        action.indicators.add(Indicator(name="Учесници", target=20, locale=objective.locale))
        action.save()


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        call_command("seed_demo", allow_without_debug=True, stdout=io.StringIO())
        client = Client()
        views = {
            "tracker (mk)": ("/mk/strategija/", ROUNDS),
            "tracker (sq, filtered)": ("/sq/strategjia/?status=in_progress", ROUNDS),
            "export csv (en)": ("/en/strategy/export/csv/", ROUNDS),
            "export xlsx (en)": ("/en/strategy/export/xlsx/", 3),
            "export pdf (mk)": ("/mk/strategija/export/pdf/", 1),
        }
        print(f"{'view':<24} {'actions':>8} {'queries':>8} {'median ms':>10} {'max ms':>8}")
        for size in (10, 300):
            grow(size)
            for name, (url, rounds) in views.items():
                queries, median, worst = measure(client, url, rounds)
                print(f"{name:<24} {size:>8} {queries:>8} {median:>10.1f} {worst:>8.1f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
