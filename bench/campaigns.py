"""The campaign pledge against a real server, and the campaign page with 100,000 signatures.

1. Pledges confirmed per second: 50 concurrent clients each open the campaign page, sign the
   pledge and confirm through their own link (opened with GET, as a person or a mail scanner
   does, then the button's POST) on ``gunicorn`` over loopback; one in five presses confirm
   twice, as a double click does, and one in ten signs twice before confirming. Every person
   must be counted exactly once (target: 0 lost, 0 doubled): the tally, the confirmed rows and
   the people who signed must agree.
2. The page's render time once 100,000 signatures are stored (target: under 50 ms), its
   number of queries, and the query plans of the two pledge queries it runs (the count reads one
   row; the latest names read the end of an index; neither may scan the signatures).

Each client reads its link from the email the server wrote (EMAIL_FILE_PATH). The database is
a throwaway SQLite file, or BENCH_DATABASE_URL (a database you can empty: the script migrates
it and seeds the demo).

    .venv/bin/python bench/campaigns.py
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/campaigns.py
"""

import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
CLIENTS, PER_CLIENT, SIGNATURES, RENDERS = 50, 4, 100_000, 60


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(folder):
    database = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{folder / 'bench.sqlite3'}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": database,
        "MEDIA_ROOT": str(folder / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private"),
        "EMAIL_FILE_PATH": str(folder / "mail"),
        "CAMPAIGNS_PLEDGE_RATE": "100000/h",
    }


def csrf(session):
    return session.cookies.get("csrftoken")


def emailed_link(mail, email):
    """The confirmation path in the latest email to ``email``, as its reader would open it."""
    for path in sorted(mail.glob("*.log"), reverse=True):
        text = path.read_text(encoding="utf-8", errors="replace")
        if f"<{email}>" in text:
            found = re.search(r"https?://[^/\s]+(/\S+/confirm/[\w-]+/)", text)
            if found:
                return found.group(1)
    return None


def pledge(base_url, path, mail, number, rng, lock, outcomes):
    """One person: open the page, sign (twice, now and then), open the emailed link, confirm."""
    session = requests.Session()
    email = f"bench.{number}@example.org"
    session.get(base_url + path, timeout=60)
    form = {
        "name": f"Bench Person {number}",
        "email": email,
        "municipality": "gostivar",
        "community": "turkish",
        "show_name": "on",
        "consent": "on",
        "website": "",
        "csrfmiddlewaretoken": csrf(session),
    }
    headers = {"Referer": base_url + path}
    statuses = []
    for _ in range(2 if rng.random() < 0.1 else 1):
        response = session.post(
            base_url + path + "sign/", data=form, headers=headers, allow_redirects=False
        )
        statuses.append(response.status_code)
    link = emailed_link(mail, email)
    if link is not None:
        session.get(base_url + link, timeout=60)
        for _ in range(2 if rng.random() < 0.2 else 1):
            response = session.post(
                base_url + link,
                data={"csrfmiddlewaretoken": csrf(session)},
                headers={"Referer": base_url + link},
            )
            statuses.append(response.status_code)
    with lock:
        outcomes.append((email, statuses))


def server_figures(env, page):
    from campaigns.models import PledgeTally, Signature

    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(  # noqa: S603 -- gunicorn serving this project
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "25",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env={**env, "ALLOWED_HOSTS": "127.0.0.1"},
    )
    before = PledgeTally.count(page.campaign_key)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(base_url + "/robots.txt", timeout=2)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        lock, outcomes = threading.Lock(), []
        people = CLIENTS * PER_CLIENT
        start = time.perf_counter()
        mail = Path(env["EMAIL_FILE_PATH"])
        with ThreadPoolExecutor(CLIENTS) as pool:
            futures = [
                pool.submit(pledge, base_url, page.url, mail, n, random.Random(n), lock, outcomes)
                for n in range(people)
            ]
            for future in futures:
                future.result()  # a client's own failure stops the bench, loudly
        elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=10)

    emails = {email for email, _statuses in outcomes}
    signed = Signature.objects.filter(campaign_key=page.campaign_key, email__in=emails)
    confirmed = set(signed.exclude(confirmed_at=None).values_list("email", flat=True))
    rows = signed.count()
    counted = PledgeTally.count(page.campaign_key) - before
    statuses = {}
    for _email, codes in outcomes:
        for code in codes:
            statuses[code] = statuses.get(code, 0) + 1
    lost = people - len(confirmed)
    # A person stored twice, or counted more often than the confirmed rows say.
    doubled = (rows - len(set(signed.values_list("email", flat=True)))) + abs(
        counted - len(confirmed)
    )
    print(
        f"{people} people from {CLIENTS} clients signed and confirmed in {elapsed:.1f} s: "
        f"{len(confirmed) / elapsed:.1f} pledges confirmed/s"
    )
    print(f"responses: {dict(sorted(statuses.items()))}")
    print(f"tally +{counted}, confirmed rows {len(confirmed)}, signature rows {rows}")
    print(f"lost {lost}, doubled {doubled}  (target: 0 lost, 0 doubled)")


def render_figures(page):
    from django.conf import settings
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from campaigns import pledges
    from campaigns.models import PledgeTally, Signature

    existing = Signature.objects.filter(campaign_key=page.campaign_key).count()
    missing = max(SIGNATURES - existing, 0)
    start = time.perf_counter()
    now = timezone.now()
    with transaction.atomic():
        for offset in range(0, missing, 5000):
            Signature.objects.bulk_create(
                Signature(
                    campaign_key=page.campaign_key,
                    name=f"Synthetic {n}",
                    email=f"synthetic.{n}@example.org",
                    municipality="centar",
                    show_name=n % 3 == 0,
                    language="mk",
                    signed_at=now,
                    confirmed_at=now - timezone.timedelta(seconds=n),
                )
                for n in range(offset, min(offset + 5000, missing))
            )
        PledgeTally.add(page.campaign_key, missing)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE campaigns_signature")
    print(f"{missing} signatures stored in {time.perf_counter() - start:.1f} s")

    settings.DEBUG = False  # as served: no query log
    client = Client(HTTP_HOST="127.0.0.1")
    client.get(page.url)  # renditions and caches warm, as after publishing
    timings = []
    for _ in range(RENDERS):
        begin = time.perf_counter()
        response = client.get(page.url)
        timings.append((time.perf_counter() - begin) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"the campaign page answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    total = Signature.objects.filter(campaign_key=page.campaign_key).count()
    print(
        f"campaign page with {total} signatures: median {statistics.median(timings):.1f} ms, "
        f"p95 {p95:.1f} ms over {RENDERS} renders (target < 50 ms), "
        f"{len(queries.captured_queries)} queries"
    )
    count_query = PledgeTally.objects.filter(campaign_key=page.campaign_key).values_list(
        "confirmed", flat=True
    )
    latest = (
        Signature.objects.of(page)
        .confirmed()
        .filter(show_name=True)
        .order_by("-confirmed_at")
        .only("name", "municipality")[: pledges.LATEST]
    )
    for label, query in (("count", count_query), ("latest names", latest)):
        plan = query.explain()
        scans = (
            "scans the signatures"
            if "Seq Scan on campaigns_signature" in plan
            or ("SCAN campaigns_signature" in plan and "USING INDEX" not in plan)
            else "no scan of the signatures"
        )
        print(f"plan of the {label}: {scans}")
        print("    " + plan.replace("\n", "\n    "))


def main():
    folder = Path(tempfile.mkdtemp(prefix="forum-bench-"))
    env = environment(folder)
    os.environ.update(env)

    def manage(*args):
        subprocess.run(  # noqa: S603 -- our own manage.py
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
        )

    manage("migrate", "--noinput")
    manage("seed_demo")
    import django

    django.setup()
    from django.db import connection

    from campaigns.models import CampaignPage

    page = CampaignPage.objects.get(slug="sosedi-ne-stranci")
    print(f"database: {connection.vendor}")
    server_figures(env, page)
    connection.close()
    render_figures(page)


if __name__ == "__main__":
    main()
