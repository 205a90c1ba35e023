"""Browser journeys: the real site, served by `manage.py runserver` as `make demo` does, driven
by Playwright in Debian's Chromium.

The server reads a copy of this session's test database, which ``seed_demo`` has already
filled (tests/conftest.py): PostgreSQL copies it as a template, SQLite through its backup API,
in seconds instead of seeding the demo a second time. The copy gets the demo's passwords for
the server's own hashers and the server's address as the site's. The journeys run on one
xdist worker (the "browser" group), beside the rest of the suite on the other.
"""

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from datetime import UTC
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection

BASE_DIR = Path(__file__).resolve().parent.parent.parent
ARTIFACTS = BASE_DIR / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
# Without these, Chromium tries Google's services at start-up, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    browser_dir = Path(__file__).parent
    journeys = [item for item in items if browser_dir in Path(item.fspath).parents]
    for item in journeys:  # one worker serves and drives them all (--dist loadgroup)
        item.add_marker(pytest.mark.xdist_group("browser"))
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    for item in journeys:
        item.add_marker(skip)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("demo")


@pytest.fixture(scope="session")
def sent_mail(demo_folder):
    """The emails the demo server has sent, as the text of each file it wrote."""

    def read():
        folder = demo_folder / "mail"
        return (
            [path.read_text() for path in sorted(folder.glob("*.log"))] if folder.exists() else []
        )

    return read


class DemoDatabase:
    """The server's copy of the seeded test database, and SQL on it for the journeys."""

    def __init__(self, folder):
        self.vendor = connection.vendor
        source = connection.settings_dict
        if not _is_test_database(source):
            pytest.fail(
                "The journeys copy the suite's seeded test database, which pytest-django creates "
                "only when a collected test uses the database: run them with the suite "
                "(make test) or with tests/browser/test_demo_database.py."
            )
        if self.vendor == "postgresql":
            self.name = f"{source['NAME']}_browser"
            connection.close()  # a template database may have no other session
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.name}"')
                cursor.execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{source["NAME"]}"')
            credentials = source["USER"] + (f":{source['PASSWORD']}" if source["PASSWORD"] else "")
            self.url = (
                f"postgres://{credentials}@{source['HOST'] or 'localhost'}:{source['PORT'] or 5432}"
                f"/{self.name}"
            )
            self.params = {
                "dbname": self.name,
                "user": source["USER"],
                "password": source["PASSWORD"] or None,
                "host": source["HOST"] or None,
                "port": source["PORT"] or None,
            }
        else:
            self.path = folder / "db.sqlite3"
            connection.ensure_connection()
            with sqlite3.connect(self.path) as target:
                connection.connection.backup(target)
            self.url = f"sqlite:///{self.path}"

    def __call__(self, sql, *params):
        """Run one statement ("?" for parameters); the first column of its first row."""
        params = [_naive_utc(value) if self.vendor != "postgresql" else value for value in params]
        if self.vendor == "postgresql":
            import psycopg

            with psycopg.connect(**self.params, autocommit=True) as database:
                cursor = database.execute(sql.replace("?", "%s"), params)
                row = cursor.fetchone() if cursor.description else None
        else:
            with sqlite3.connect(self.path) as database:
                row = database.execute(sql, params).fetchone()
        return row[0] if row else None

    def drop(self):
        if self.vendor == "postgresql":
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _is_test_database(settings_dict):
    name = str(settings_dict["NAME"])
    return name.startswith("test_") or "memory" in name or name == settings_dict["TEST"]["NAME"]


def _naive_utc(value):
    """SQLite stores Django's datetimes as naive UTC text."""
    if hasattr(value, "astimezone") and getattr(value, "tzinfo", None) is not None:
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return value


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, demo_folder):
    with django_db_blocker.unblock():
        database = DemoDatabase(demo_folder)
    yield database
    with django_db_blocker.unblock():
        database.drop()


# Run in the server's settings on its copy: the demo's passwords hashed by its hashers (the suite
# hashes with MD5), and the server's address as the site's (the suite's is "testserver").
PREPARE = """
from django.contrib.auth import get_user_model
from wagtail.models import Site
from home.management.commands.seed_demo import ADMIN, DEMO_USERS
users = get_user_model().objects
for username, password in [ADMIN, *[(name, password) for name, _groups, password in DEMO_USERS]]:
    user = users.get(username=username)
    user.set_password(password)
    user.save(update_fields=["password"])
Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port={port})
"""


def _server_env(folder, database, base_url):
    return {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": database.url,
        # The files the suite's seeding wrote, and the server's uploads beside them.
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "WAGTAILADMIN_BASE_URL": base_url,
        "EMAIL_FILE_PATH": str(folder / "mail"),
        # The server's page cache, shared with the journeys' shell commands that change data.
        "PAGE_CACHE_DIR": str(folder / "pages"),
    }


def _run_in_server(env, code):
    """Run Python in the server's settings and database; what it prints."""
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout


@pytest.fixture(scope="session")
def demo_server(demo_folder, demo_database):
    """The demo site on a free loopback port; yields its base URL."""
    folder = demo_folder
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = _server_env(folder, demo_database, base_url)
    _run_in_server(env, PREPARE.replace("{port}", str(port)))
    log = open(folder / "server.log", "w")
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base_url}/robots.txt", timeout=2)  # noqa: S310 -- our loopback URL
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError((folder / "server.log").read_text()) from None
                time.sleep(0.2)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def server_python(demo_server, demo_folder, demo_database):
    """server_python(code): run Python in the server's own settings (its secret key signs the
    links a journey opens) on its database, and return what it printed."""
    env = _server_env(demo_folder, demo_database, demo_server)
    return lambda code: _run_in_server(env, code)


@pytest.fixture(scope="session")
def browser(demo_server):
    """Chromium, started after the server: Playwright runs an event loop in this thread, in
    which Django refuses to touch the database (the server's copy is made before)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, demo_server):
    """A fresh browser context per call: new_page(locale="sq", width=375, ...)."""
    contexts = []

    def make(locale="mk", width=1280, height=800, **options):
        context = browser.new_context(
            base_url=demo_server,
            locale=locale,
            viewport={"width": width, "height": height},
            **options,
        )
        contexts.append(context)
        page = context.new_page()
        page.csp_errors = []
        page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and page.csp_errors.append(message.text)
            ),
        )
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
