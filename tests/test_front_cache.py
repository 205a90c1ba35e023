"""The front cache's configuration (docs/deploy/nginx-front-cache.conf), run by a real nginx.

Most tests put it in front of a tiny upstream that counts its requests and answers what the
test asks, since what is checked is nginx's configuration, not Django. The last one puts it in
front of the site itself and checks that Wagtail's purge reaches it and removes the page.
Skipped where nginx or Debian's cache-purge module is missing (`.ci/run` installs both).
"""

import http.client
import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from django.db import connections

from bench import front_cache
from forum.models import EventIndexPage

pytestmark = [
    pytest.mark.xdist_group("front"),
    pytest.mark.skipif(bool(front_cache.missing()), reason=front_cache.missing() or "ready"),
]

PUBLIC = "public, max-age=60, s-maxage=300, stale-while-revalidate=30"
HOST = "forum.example.org"


class Upstream(ThreadingHTTPServer):
    """Answers every request with its path, its method and how many requests came before it,
    with the Cache-Control the test set for that path (public unless told otherwise)."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _UpstreamHandler)
        self.hits = []
        self.cache_control = {}

    def count(self, path):
        return sum(1 for hit in self.hits if hit[1] == path)


class _UpstreamHandler(BaseHTTPRequestHandler):
    def _answer(self):
        server = self.server
        encoding = self.headers.get("Accept-Encoding", "")
        server.hits.append((self.command, self.path, encoding))
        body = f"{self.command} {self.path} #{len(server.hits)} {encoding}"
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Cache-Control", server.cache_control.get(self.path, PUBLIC))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


def serve_in_thread(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def upstream():
    server = Upstream()
    serve_in_thread(server)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def nginx(upstream, tmp_path):
    with front_cache.running(tmp_path / "nginx", [f"127.0.0.1:{upstream.server_port}"]) as port:
        yield port


def request(port, path, method="GET", headers=None, body=None, address="127.0.0.1"):
    """(status, X-Cache-Status, body) of one request to nginx."""
    connection = http.client.HTTPConnection(address, port, timeout=10)
    try:
        connection.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
        response = connection.getresponse()
        body = response.read()  # a compressed body stays bytes
        text = body if response.getheader("Content-Encoding") else body.decode()
        return response.status, response.getheader("X-Cache-Status"), text
    finally:
        connection.close()


def test_a_public_page_is_answered_from_the_cache_the_second_time(nginx, upstream):
    first = request(nginx, "/mk/")
    second = request(nginx, "/mk/")

    assert first[:2] == (200, "MISS")
    assert second[:2] == (200, "HIT")
    assert second[2] == first[2]
    assert upstream.count("/mk/") == 1


def test_a_private_no_store_answer_is_never_cached(nginx, upstream):
    upstream.cache_control["/mk/pledge/confirm/"] = "private, no-store"

    answers = [request(nginx, "/mk/pledge/confirm/") for _ in range(3)]

    assert {cache_status for _status, cache_status, _body in answers} == {"MISS"}
    assert upstream.count("/mk/pledge/confirm/") == 3


def test_an_answer_that_does_not_say_public_is_not_cached(nginx, upstream):
    upstream.cache_control["/mk/search/"] = "max-age=60"

    request(nginx, "/mk/search/")
    request(nginx, "/mk/search/")

    assert upstream.count("/mk/search/") == 2


def test_a_request_with_a_session_goes_to_the_app_every_time(nginx, upstream):
    request(nginx, "/mk/about/")  # cached now, for visitors without a session
    signed_in = [
        request(nginx, "/mk/about/", headers={"Cookie": "csrftoken=x; sessionid=abc"})
        for _ in range(2)
    ]

    assert {cache_status for _status, cache_status, _body in signed_in} == {"BYPASS"}
    assert upstream.count("/mk/about/") == 3
    # ... and what they were given is not stored for the next anonymous visitor either.
    assert request(nginx, "/mk/about/")[1] == "HIT"
    assert upstream.count("/mk/about/") == 3


def test_a_post_is_never_cached(nginx, upstream):
    request(nginx, "/mk/pledge/", method="POST", body="name=Ana")
    request(nginx, "/mk/pledge/", method="POST", body="name=Ana")
    status, cache_status, body = request(nginx, "/mk/pledge/")

    assert [method for method, path, _ in upstream.hits] == ["POST", "POST", "GET"]
    assert body.startswith("GET ")
    assert cache_status == "MISS"


def test_purge_removes_exactly_the_url_it_names(nginx, upstream):
    request(nginx, "/mk/news/")
    request(nginx, "/mk/about/")

    status, _cache_status, _body = request(nginx, "/mk/news/", method="PURGE")

    assert status == 200
    assert request(nginx, "/mk/news/")[1] == "MISS"
    assert request(nginx, "/mk/about/")[1] == "HIT"
    assert upstream.count("/mk/news/") == 2
    assert upstream.count("/mk/about/") == 1


def test_purge_removes_the_url_in_every_encoding(nginx, upstream):
    encodings = ["gzip, deflate, br", "gzip", ""]
    for encoding in encodings:
        request(nginx, "/mk/news/", headers={"Accept-Encoding": encoding})
    # nginx files a copy just after the visitor has it: each is a HIT before the purge.
    kept = [
        until(nginx, "/mk/news/", encoding, lambda status: status == "HIT")
        for encoding in encodings
    ]
    assert kept == ["HIT"] * 3
    fetched = upstream.count("/mk/news/")

    request(nginx, "/mk/news/", method="PURGE")

    # The other two copies are purged by mirrored subrequests, which may end just after the
    # PURGE's own answer: a visitor a moment later, not within the same millisecond.
    after = [
        until(nginx, "/mk/news/", encoding, lambda status: status != "HIT")
        for encoding in encodings
    ]
    assert after == ["MISS"] * 3
    assert upstream.count("/mk/news/") == fetched + 3


def until(port, path, encoding, wanted, seconds=5):
    """The cache status of `path` in `encoding` once it is `wanted`, or the last one seen."""
    deadline = time.monotonic() + seconds
    while True:
        _status, cache_status, _body = request(port, path, headers={"Accept-Encoding": encoding})
        if wanted(cache_status) or time.monotonic() > deadline:
            return cache_status
        time.sleep(0.05)


def this_machines_other_address():
    """An address of this machine other than loopback, or None: the one it would send from."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
        except OSError:
            return None
        address = sock.getsockname()[0]
    return None if address.startswith("127.") else address


def test_purge_is_refused_from_anywhere_but_loopback(upstream, tmp_path):
    address = this_machines_other_address()
    if address is None:
        pytest.skip("this machine has no address but loopback to send a PURGE from")
    upstreams = [f"127.0.0.1:{upstream.server_port}"]
    with front_cache.running(tmp_path / "nginx", upstreams, host=address) as port:
        request(port, "/mk/news/", address=address)

        assert request(port, "/mk/news/", method="PURGE", address=address)[0] == 403
        assert request(port, "/mk/news/", address=address)[1] == "HIT"


def test_the_purge_has_no_url_of_its_own(nginx, upstream):
    for path in ["/.front-cache-purge/gzip", "/.front-cache-purged"]:
        for method in ["GET", "PURGE"]:
            assert request(nginx, path, method=method)[0] == 404
    assert upstream.hits == []


def test_gzip_and_identity_copies_are_kept_apart(nginx, upstream):
    gzip = request(nginx, "/mk/", headers={"Accept-Encoding": "gzip, deflate"})
    identity = request(nginx, "/mk/", headers={"Accept-Encoding": "identity"})
    brotli = request(nginx, "/mk/", headers={"Accept-Encoding": "gzip, deflate, br"})
    gzip_again = request(nginx, "/mk/", headers={"Accept-Encoding": "deflate, gzip"})
    identity_again = request(nginx, "/mk/")

    # The app is asked for one encoding per copy, and each copy is served to its own kind.
    assert [encoding for _method, _path, encoding in upstream.hits] == ["gzip", "", "br"]
    assert gzip_again[1:] == ("HIT", gzip[2])
    assert identity_again[1:] == ("HIT", identity[2])
    assert brotli[2] != gzip[2] != identity[2]


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def _served(application):
    """The site as gunicorn serves it, closing this server thread's database connections."""

    def site(environ, start_response):
        try:
            return application(environ, start_response)
        finally:
            connections.close_all()  # this server thread's connections, not the test's

    return site


@pytest.fixture
def site_behind_nginx(db, tmp_path):
    """nginx in front of the site (cms.wsgi's application, as gunicorn runs it) served from a
    thread. The site reads the seeded demo; the test's own writes stay in its transaction."""
    from cms.wsgi import application

    server = make_server("127.0.0.1", 0, _served(application), WSGIServer, _QuietHandler)
    serve_in_thread(server)
    try:
        with front_cache.running(tmp_path / "nginx", [f"127.0.0.1:{server.server_port}"]) as port:
            yield port
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.postgres
@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL: the site's thread reads while the test's transaction has written, "
    "which SQLite's shared in-memory test database refuses (set DATABASE_URL)",
)
def test_wagtail_purges_a_published_page_from_nginx(
    site_behind_nginx, settings, about_pages, django_capture_on_commit_callbacks
):
    port = site_behind_nginx
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{port}",
        }
    }
    about = about_pages["mk"]
    home = about.get_parent().specific
    # Another language's page: every Macedonian page shows About in its menu.
    unrelated = EventIndexPage.objects.get(locale__language_code="sq")
    host = about.get_site().hostname  # Wagtail purges with the page's own Host
    pages = [about.url, home.url, unrelated.url]

    def fetch(path):
        return request(port, path, headers={"Host": host, "Accept-Encoding": "gzip, br"})

    for path in pages:
        assert fetch(path)[:2] == (200, "MISS")
        assert fetch(path)[:2] == (200, "HIT")

    # The site's purge on publish (home/purge.py) reaches nginx through Wagtail's HTTPBackend:
    # the page and the home page that lists it, not a page that shows neither.
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()

    assert fetch(about.url)[:2] == (200, "MISS")
    assert fetch(home.url)[:2] == (200, "MISS")
    assert fetch(unrelated.url)[:2] == (200, "HIT")
