"""A visitor of the served site: requests through ``cms.wsgi``'s application, the page cache's
WSGI layer included, as gunicorn sends them (Django's test client starts behind that layer)."""

from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from io import BytesIO
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from home.page_cache import CachedPages


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes

    @property
    def served_from_cache(self):
        return self.headers.get("X-Page-Cache") == "hit"

    @property
    def text(self):
        return self.body.decode()


@dataclass
class Visitor:
    """One browser: it keeps the cookies the site sets, and sends them back."""

    cookies: dict = field(default_factory=dict)
    application: object = field(default_factory=lambda: CachedPages(WSGIHandler()))

    def get(self, path, **headers):
        return self.request("GET", path, **headers)

    def head(self, path, **headers):
        return self.request("HEAD", path, **headers)

    def post(self, path, data, **headers):
        body = urlencode(data, doseq=True).encode()
        headers.setdefault("content_type", "application/x-www-form-urlencoded")
        return self.request("POST", path, body=body, **headers)

    def request(self, method, path, body=b"", content_type=None, **headers):
        path, _, query = path.partition("?")
        environ = {
            "REQUEST_METHOD": method,
            # As a WSGI server hands them over: the bytes of the address, read as latin-1.
            "PATH_INFO": path.encode().decode("iso-8859-1"),
            "QUERY_STRING": query.encode().decode("iso-8859-1"),
            "HTTP_HOST": "localhost",
            "wsgi.input": BytesIO(body),
            "CONTENT_LENGTH": str(len(body)),
        }
        if content_type:
            environ["CONTENT_TYPE"] = content_type
        if self.cookies:
            environ["HTTP_COOKIE"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for name, value in headers.items():
            environ["HTTP_" + name.upper().replace("-", "_")] = value
        setup_testing_defaults(environ)
        started = {}

        def start_response(status, response_headers, exc_info=None):
            started["status"] = int(status.split()[0])
            started["headers"] = response_headers

        # As Django's test client does: the test's database connection stays open across the
        # request's start and finish signals, which would close it on a real server.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            chunks = self.application(environ, start_response)
            try:
                body = b"".join(chunks)
            finally:
                getattr(chunks, "close", lambda: None)()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        for name, value in started["headers"]:
            if name.lower() == "set-cookie":
                for morsel in SimpleCookie(value).values():
                    self.cookies[morsel.key] = morsel.value
        return Answer(started["status"], dict(started["headers"]), body)
