"""The competition against a real database and a real server.

1. Assign and rank 1,000 essays (3 judges each, 5 criteria) through ``competition.judging``:
   the rows read, the assignments written, the scores read back (target: under 1 s together on
   PostgreSQL).
2. Submissions per second: 20 concurrent clients each fetch the form and send an essay with a
   1 MB DOCX file to ``gunicorn`` on loopback; one in five sends the same form twice, as a
   double click does. Every form must be stored exactly once (target: 0 lost, 0 duplicated).

The database is a throwaway SQLite file, or BENCH_DATABASE_URL (a database you can empty: the
script migrates it and seeds the demo into it).

    .venv/bin/python bench/competition_server.py
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/...
"""

import io
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
CLIENTS, SUBMISSIONS, FILE_BYTES = 20, 100, 1024 * 1024


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
        "COMPETITION_SUBMISSION_RATE": "100000/h",
    }


def essay_file(words):
    """A DOCX of about 1 MB: the essay's text and an incompressible image beside it."""
    import docx

    document = docx.Document()
    document.add_paragraph(words)
    output = io.BytesIO()
    document.save(output)
    padded = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(output.getvalue())) as source,
        zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/media/photo.bin", random.Random(1).randbytes(FILE_BYTES))
    return padded.getvalue()


def judging_figures():
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from competition import judging
    from competition.models import (
        Criterion,
        EssayCompetitionPage,
        Judge,
        JudgeAssignment,
        Score,
        Student,
        Submission,
    )
    from home.models import HomePage

    rng = random.Random(2026)
    codes = ["mk", "sq", "tr", "rom", "sr", "bs"]
    with transaction.atomic():
        home = HomePage.objects.get(locale__language_code="mk")
        now = timezone.now()
        page = EssayCompetitionPage(
            title="Bench",
            slug=f"bench-{uuid.uuid4().hex[:8]}",
            topic="Bench",
            opens_at=now - timezone.timedelta(days=60),
            closes_at=now - timezone.timedelta(days=1),
            judges_per_essay=3,
        )
        page.criteria = [Criterion(name=f"C{n}", weight=1 + n % 3, maximum=10) for n in range(5)]
        home.add_child(instance=page)
        Judge.objects.all().delete()
        users = get_user_model().objects.bulk_create(
            get_user_model()(username=f"bench-judge-{uuid.uuid4().hex[:10]}") for _ in range(30)
        )
        Judge.objects.bulk_create(
            Judge(user=user, languages=["mk", *rng.sample(codes, 3)]) for user in users
        )
        students = Student.objects.bulk_create(
            Student(
                name=f"Student {n}",
                date_of_birth="2008-01-01",
                school=f"School {rng.randrange(120)}",
                grade=2,
                municipality="centar",
                email=f"s{n}@example.org",
                language="mk",
            )
            for n in range(1000)
        )
        Submission.objects.bulk_create(
            Submission(
                competition_key=page.translation_key,
                number=n,
                reference=f"BENCH-{page.pk}-{n:04d}",
                student=student,
                title=f"Essay {n}",
                language=rng.choice(codes),
                text="...",
                word_count=500,
                status=Submission.Status.ELIGIBLE,
            )
            for n, student in enumerate(students)
        )

    start = time.perf_counter()
    report = judging.run_assignment(page)
    assign_s = time.perf_counter() - start
    keys = [criterion.key for criterion in page.criteria.all()]
    Score.objects.bulk_create(
        Score(
            assignment=row,
            points={key: rng.randint(0, 10) for key in keys},
            submitted_at=timezone.now(),
        )
        for row in JudgeAssignment.objects.filter(submission__competition_key=page.translation_key)
    )
    start = time.perf_counter()
    standings, _unscored = judging.standings(page, normalise=True)
    rank_s = time.perf_counter() - start
    print(f"database: {connection.vendor}")
    print(f"assign 1,000 essays    {assign_s * 1000:8.0f} ms  ({report.created} assignments)")
    print(f"rank, normalised       {rank_s * 1000:8.0f} ms  ({len(standings)} essays ranked)")
    print(f"assign + rank          {(assign_s + rank_s) * 1000:8.0f} ms  (target < 1000 ms)")
    return page.translation_key


def client_run(base_url, page_path, forms, lock, sent):
    session = requests.Session()
    for token, payload, twice in forms:
        page = session.get(base_url + page_path, timeout=60)
        csrf = session.cookies.get("csrftoken")
        body = {
            **payload,
            "form_token": token,
            "csrfmiddlewaretoken": csrf,
        }
        for _ in range(2 if twice else 1):
            response = session.post(
                base_url + page_path + "submit/",
                data=body,
                files={"file": ("essay.docx", payload["_file"])},
                headers={"Referer": base_url + page_path},
                allow_redirects=False,
                timeout=120,
            )
            with lock:
                sent.append((token, response.status_code))
        del page


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
    judging_figures()

    from django.db.models import Count

    from competition.models import EssayCompetitionPage, Submission

    page = EssayCompetitionPage.objects.get(locale__language_code="mk", slug="konkurs-za-esej")
    path = urllib.parse.urlsplit(page.url).path if page.url.startswith("http") else page.url
    words = " ".join(["Зборови за есејот за соседите од соседната улица"] * 20)
    file_bytes = essay_file(words)
    rng = random.Random(7)
    forms = [
        (
            str(uuid.uuid4()),
            {
                "name": f"Ученик {n}",
                "date_of_birth": "2006-03-01",
                "school": "СОУ Бенчмарк",
                "grade": "4",
                "municipality": "centar",
                "email": f"bench{n}@example.org",
                "title": f"Есеј {n}",
                "language": "mk",
                "originality": "on",
                "privacy": "on",
                "_file": file_bytes,
            },
            rng.random() < 0.2,
        )
        for n in range(SUBMISSIONS)
    ]
    before = Submission.objects.filter(competition_key=page.translation_key).count()

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
            "10",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=env,
    )
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
        lock, sent = threading.Lock(), []
        per_client = [forms[n::CLIENTS] for n in range(CLIENTS)]
        start = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            for batch in per_client:
                pool.submit(client_run, base_url, path, batch, lock, sent)
        elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=10)

    tokens = [token for token, _payload, _twice in forms]
    stored = dict(
        Submission.objects.filter(form_token__in=tokens)
        .values_list("form_token")
        .annotate(count=Count("id"))
    )
    stored = {str(token): count for token, count in stored.items()}
    lost = sum(1 for token in tokens if token not in stored)
    duplicated = sum(count - 1 for count in stored.values() if count > 1)
    statuses = {}
    for _token, status in sent:
        statuses[status] = statuses.get(status, 0) + 1
    after = Submission.objects.filter(competition_key=page.translation_key).count()
    print(
        f"{SUBMISSIONS} forms ({sum(t for *_, t in forms)} sent twice) with a "
        f"{len(file_bytes) / 1e6:.1f} MB DOCX from {CLIENTS} clients: {elapsed:.1f} s, "
        f"{SUBMISSIONS / elapsed:.1f} submissions/s"
    )
    print(f"responses {dict(sorted(statuses.items()))}; new rows {after - before}")
    print(f"lost {lost}, duplicated {duplicated}  (target 0, 0)")
    references = Submission.objects.filter(form_token__in=tokens).values_list(
        "reference", flat=True
    )
    odd = [ref for ref in references if not re.fullmatch(r"ESSAY-\d{4}-\d{4}", ref)]
    print(f"reference codes not of the form ESSAY-YYYY-NNNN: {len(odd)}")


if __name__ == "__main__":
    main()
