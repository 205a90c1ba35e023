"""Requests per second of the public pages, uncached, cached and through the front cache.

Brings up the seeded demo under gunicorn (2 sync workers, DEBUG off, SQLite, production
settings through cms.settings.bench) on loopback, and bench/trivial_app.py (20 KB of HTML,
nothing else) under the same gunicorn in the same run: its figure is the ceiling every other
figure is read against, which holds on a noisy machine where absolute figures do not. Each page
is driven with wrk (Debian's `wrk`; a bounded Python load generator where it is absent) and
printed with its requests per second, p50 and p99 latency, SQL queries and bytes (asked with
`Accept-Encoding: gzip, br`):

- uncached: with a `sessionid` cookie, which the page cache never answers from (nor stores);
- cached: plain anonymous requests, after one warm-up request;
- front: the same through nginx with docs/deploy/nginx-front-cache.conf, where nginx and
  Debian's cache-purge module are installed.

The demo is seeded once into .bench/demo.sqlite3 (git-ignored) and each run serves a throwaway
copy of it. It prints PASS or FAIL next to each target and exits 0: a benchmark, not a test.

    .venv/bin/python bench/pages.py                      # about 6 minutes
    .venv/bin/python bench/pages.py --duration 3 --pages home,about,library-query
"""

import argparse
import concurrent.futures
import contextlib
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench import front_cache  # noqa: E402 -- after the path that finds it

CACHE_DIR = BASE_DIR / ".bench"
SEEDED = CACHE_DIR / "demo.sqlite3"
ACCEPT_ENCODING = "gzip, br"
UNCACHED_COOKIE = "sessionid=bench"  # anonymous-looking, but never answered from the cache

# The targets of issue 16 on a 2-core machine. The uncached ones are requests per second on the
# quiet machine whose trivial app reached REFERENCE_CEILING; a run judges them scaled by its own
# ceiling, the yardstick that holds on a noisy or slower machine.
UNCACHED_TARGET, SEARCH_UNCACHED_TARGET = 200, 120  # requests per second
REFERENCE_CEILING = 13_680
CACHED_SHARE = 0.70  # of the ceiling
FRONT_SHARE = 1.0  # of the ceiling
SEARCHES = {"library-query", "library", "search", "rom-library"}


def environment(folder, database):
    """The environment of every process of the run: production's settings, read as deployed."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
        "SECRET_KEY": "bench-only-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": f"sqlite:///{database}",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "TASKS_BACKEND": "immediate",
        "STATIC_ROOT": str(folder / "static"),
        "PAGE_CACHE_DIR": str(folder / "page-cache"),  # every run starts with an empty one
        "MEDIA_ROOT": str(CACHE_DIR / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private"),
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    subprocess.run(  # noqa: S603 -- our own manage.py
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True
    )


def prepare(folder):
    """A throwaway copy of the seeded demo (seeded first when .bench has none) and the
    collected static files; returns the environment that serves them."""
    CACHE_DIR.mkdir(exist_ok=True)
    if not SEEDED.exists():
        print(f"seeding the demo into {SEEDED} (once) ...", flush=True)
        seeding = SEEDED.with_suffix(".seeding")
        seeding.unlink(missing_ok=True)
        env = environment(folder, seeding)
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "seed_demo", "--allow-without-debug")
        seeding.rename(SEEDED)
    database = folder / "demo.sqlite3"
    shutil.copyfile(SEEDED, database)
    env = environment(folder, database)
    manage(env, "migrate", "--noinput", "--verbosity", "0")  # a cache seeded before new migrations
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    return env


def live_page(model, language="mk", **filters):
    page = model.objects.live().filter(locale__language_code=language, **filters).first()
    if page is None:
        raise SystemExit(f"the demo has no live {model.__name__} in {language}")
    return page


def page_paths():
    """{name: path} of the pages measured, found in the demo the server serves."""
    from django.utils import timezone

    from campaigns.models import CampaignPage
    from competition.models import EssayCompetitionPage
    from forum.models import EventPage, MembersPage, StrategyPage
    from home.models import HomePage, StandardPage
    from search.models import LibraryPage

    library = live_page(LibraryPage).url
    event = live_page(EventPage, registration_open=True, starts_at__gt=timezone.now())
    return {
        "home": live_page(HomePage).url,
        "about": live_page(StandardPage, slug="za-forumot").url,
        "strategy": live_page(StrategyPage).url,
        "event": event.url,
        "campaign": live_page(CampaignPage).url,
        "competition": live_page(EssayCompetitionPage).url,
        "members": live_page(MembersPage).url,
        "library-query": f"{library}?q=%D0%BC%D0%BB%D0%B0%D0%B4%D0%B8&community=roma&year=2025",
        "library": library,
        "search": f"{live_page(HomePage).url}search/?q=%D1%84%D0%BE%D1%80%D1%83%D0%BC",
        "rom-home": live_page(HomePage, "rom").url,
        "rom-library": live_page(LibraryPage, "rom").url,
    }


def queries_and_bytes(application, path, cookie):
    """(SQL queries, bytes on the wire) of one GET answered by the site's WSGI application in
    this process, the way gunicorn calls it, after one warm-up request."""
    from django.db import connection
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext

    headers = {"HTTP_ACCEPT_ENCODING": ACCEPT_ENCODING, "HTTP_HOST": "127.0.0.1"}
    if cookie:
        headers["HTTP_COOKIE"] = cookie

    def call():
        environ = RequestFactory().get(path, **headers).environ
        answer = {}

        def start_response(status, response_headers, exc_info=None):
            answer["status"] = status
            answer["headers"] = response_headers

        body = b"".join(application(environ, start_response))
        size = len(answer["status"]) + sum(len(k) + len(v) + 4 for k, v in answer["headers"])
        if not answer["status"].startswith("200"):
            raise SystemExit(f"{path} answered {answer['status']}")
        return size + len(body)

    call()
    with CaptureQueriesContext(connection) as queries:
        size = call()
    return len(queries), size


class Load:
    """Requests per second and latencies of one URL under ``connections`` keep-alive clients."""

    def __init__(self, duration, connections, threads):
        self.duration, self.connections, self.threads = duration, connections, threads
        self.wrk = shutil.which("wrk")

    def run(self, url, headers):
        return self._wrk(url, headers) if self.wrk else self._python(url, headers)

    def _wrk(self, url, headers):
        command = [self.wrk, f"-t{self.threads}", f"-c{self.connections}", f"-d{self.duration}s"]
        command += ["--timeout", "30s"]  # a slow answer is counted, not dropped as a timeout
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        output = subprocess.run(  # noqa: S603 -- wrk, with our arguments
            [*command, "--latency", url], capture_output=True, text=True, check=True
        ).stdout
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        if errors:
            raise SystemExit(f"{url}: {errors.group(1)} answers were not 2xx or 3xx")
        return {
            "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
            "p50": _milliseconds(re.search(r"\s50%\s+([\d.]+\w+)", output).group(1)),
            "p99": _milliseconds(re.search(r"\s99%\s+([\d.]+\w+)", output).group(1)),
        }

    def _python(self, url, headers):
        """A bounded stand-in for wrk: one keep-alive connection per thread, for ``duration``."""
        host, port_path = url.removeprefix("http://").split(":", 1)
        port, _, path = port_path.partition("/")
        deadline = time.monotonic() + self.duration
        latencies, lock = [], threading.Lock()

        def client():
            connection, mine = http.client.HTTPConnection(host, int(port), timeout=30), []
            while time.monotonic() < deadline:
                start = time.perf_counter()
                connection.request("GET", "/" + path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    raise SystemExit(f"{url} answered {response.status}")
                mine.append(time.perf_counter() - start)
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            with lock:
                latencies.extend(mine)

        with concurrent.futures.ThreadPoolExecutor(self.connections) as pool:
            for future in [pool.submit(client) for _ in range(self.connections)]:
                future.result()
        quantiles = statistics.quantiles(latencies, n=100)
        return {
            "rps": len(latencies) / self.duration,
            "p50": quantiles[49] * 1000,
            "p99": quantiles[98] * 1000,
        }


def _milliseconds(figure):
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", figure).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


@contextlib.contextmanager
def gunicorn(app, env):
    """`app` under gunicorn, 2 sync workers on a free loopback port; yields its base URL."""
    port = front_cache.free_port()
    command = [sys.executable, "-m", "gunicorn", app, "--chdir", str(BASE_DIR)]
    command += ["--workers", "2", "--bind", f"127.0.0.1:{port}", "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=BASE_DIR, env=env)  # noqa: S603 -- our own apps
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("GET", "/robots.txt")
                connection.getresponse().read()
                break
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"gunicorn {app} did not start")
            time.sleep(0.2)
        yield f"127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def warm(base, path):
    """One anonymous request, so that the next ones find the page cached; returns nginx's
    X-Cache-Status (None from gunicorn)."""
    connection = http.client.HTTPConnection(*base.split(":"), timeout=30)
    connection.request("GET", path, headers={"Accept-Encoding": ACCEPT_ENCODING})
    response = connection.getresponse()
    response.read()
    return response.getheader("X-Cache-Status")


def verdict(passed):
    return "PASS" if passed else "FAIL"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--pages", help="comma-separated names of the pages to measure")
    parser.add_argument("--no-front", action="store_true", help="leave out the front cache")
    options = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="forum-bench-pages-"))
    try:
        env = prepare(folder)
        os.environ.update(env)
        from cms.wsgi import application  # the site as gunicorn serves it, in this process

        paths = page_paths()
        names = options.pages.split(",") if options.pages else list(paths)
        unknown = set(names) - set(paths)
        if unknown:
            raise SystemExit(f"unknown pages {sorted(unknown)}; the pages are {list(paths)}")
        counts = {
            name: (
                queries_and_bytes(application, paths[name], UNCACHED_COOKIE),
                queries_and_bytes(application, paths[name], ""),
            )
            for name in names
        }
        front = "" if options.no_front else front_cache.missing()
        run(options, env, folder, paths, names, counts, front)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(options, env, folder, paths, names, counts, front_missing):
    load = Load(options.duration, options.connections, options.threads)
    plain = {"Accept-Encoding": ACCEPT_ENCODING}
    uncached = {**plain, "Cookie": UNCACHED_COOKIE}
    with gunicorn("bench.trivial_app:application", env) as trivial:
        ceiling = load.run(f"http://{trivial}/", plain)
    print(
        f"\n{'wrk' if load.wrk else 'Python load'}: {options.connections} connections, "
        f"{options.duration} s per figure; gunicorn, 2 sync workers, SQLite, DEBUG off"
    )
    print(
        f"ceiling (trivial WSGI app, 20 KB): {ceiling['rps']:,.0f} req/s, "
        f"p50 {ceiling['p50']:.1f} ms, p99 {ceiling['p99']:.1f} ms\n"
    )
    with gunicorn("cms.wsgi", env) as site, contextlib.ExitStack() as stack:
        nginx = None
        if not options.no_front and not front_missing:
            nginx = (
                f"127.0.0.1:{stack.enter_context(front_cache.running(folder / 'nginx', [site]))}"
            )
        header = (
            f"{'page':<14}{'uncached req/s':>15}{'p50':>7}{'p99':>7}{'SQL':>5}{'bytes':>8}"
            f"{'target':>8}  {'cached req/s':>13}{'p50':>7}{'p99':>7}{'SQL':>5}{'bytes':>8}"
            f"{'/ceil':>7}  {'front req/s':>12}{'p50':>7}{'p99':>7}{'/ceil':>7} nginx"
        )
        print(header)
        print("-" * len(header))
        for name in names:
            path = paths[name]
            (u_sql, u_bytes), (c_sql, c_bytes) = counts[name]
            target = SEARCH_UNCACHED_TARGET if name in SEARCHES else UNCACHED_TARGET
            target = round(target * ceiling["rps"] / REFERENCE_CEILING)
            cold = load.run(f"http://{site}{path}", uncached)
            warm(site, path)
            hot = load.run(f"http://{site}{path}", plain)
            share = hot["rps"] / ceiling["rps"]
            line = (
                f"{name:<14}{cold['rps']:>15,.0f}{cold['p50']:>7.1f}{cold['p99']:>7.1f}"
                f"{u_sql:>5}{u_bytes:>8,}{target:>4} {verdict(cold['rps'] >= target)}"
                f"  {hot['rps']:>13,.0f}{hot['p50']:>7.1f}{hot['p99']:>7.1f}{c_sql:>5}"
                f"{c_bytes:>8,}{share:>6.0%} {verdict(share >= CACHED_SHARE)}"
            )
            if nginx:
                warm(nginx, path)
                stored = warm(nginx, path)  # HIT once nginx keeps the page
                edge = load.run(f"http://{nginx}{path}", plain)
                edge_share = edge["rps"] / ceiling["rps"]
                line += (
                    f"  {edge['rps']:>12,.0f}{edge['p50']:>7.1f}{edge['p99']:>7.1f}"
                    f"{edge_share:>6.0%} {verdict(edge_share >= FRONT_SHARE)} {stored}"
                )
            print(line, flush=True)
    print(
        f"\ntargets: uncached >= {UNCACHED_TARGET} req/s ({SEARCH_UNCACHED_TARGET} for the "
        f"library and site search) where the ceiling is {REFERENCE_CEILING:,}, scaled by this "
        f"run's ceiling (the target column); cached >= {CACHED_SHARE:.0%} of the ceiling; "
        f"front >= {FRONT_SHARE:.0%} of the ceiling. Latencies in ms; bytes of one answer "
        f"with Accept-Encoding: {ACCEPT_ENCODING}. SQL: queries of one answer in this process "
        f"(uncached: with the sessionid cookie, so one of them reads the session). nginx: "
        f"X-Cache-Status of a request after the warm-up (MISS: the page was not stored)."
    )
    if front_missing:
        print(f"front: left out, {front_missing}")


if __name__ == "__main__":
    main()
