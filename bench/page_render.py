"""Render figures for each public page type at 10 and 500 pages: queries and milliseconds.

Runs on a throwaway SQLite database (or DATABASE_URL) with the demo seeded, through Django's
test client, and prints one line per page type and tree size. `make bench` runs it.
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

ROUNDS = 30


def measure(client, url, rounds=ROUNDS):
    """(queries, median ms, max ms) of a GET, after one request that warms the caches."""
    client.get(url)  # warm caches, as a running server would have them
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries), statistics.median(timings), max(timings)


def grow(home, count):
    from home.models import StandardPage

    existing = home.get_children().count()
    for index in range(existing, existing + count):
        home.add_child(instance=StandardPage(title=f"Страница {index}", slug=f"bench-{index}"))


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        call_command("seed_demo", allow_without_debug=True, stdout=io.StringIO())
        from home.models import HomePage

        home = HomePage.objects.get(locale__language_code="mk")
        client = Client()
        pages = {
            "home page (mk)": "/mk/",
            "home page (rom)": "/rom/",
            "standard page (mk)": "/mk/za-forumot/",
            "standard page (rup)": "/rup/tri-forum/",
            "sitemap.xml": "/sitemap.xml",
        }
        print(f"{'page':<22} {'tree':>6} {'queries':>8} {'median ms':>10} {'max ms':>8}")
        for size in (10, 500):
            grow(home, size - home.get_children().count())
            for name, url in pages.items():
                queries, median, worst = measure(client, url)
                print(f"{name:<22} {size:>6} {queries:>8} {median:>10.1f} {worst:>8.1f}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
