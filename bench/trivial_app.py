"""The yardstick of bench/pages.py: a WSGI app that answers every request with the same 20 KB
of HTML, doing nothing else. Served by the same gunicorn as the site, its requests per second
are the ceiling of that server on this machine in this run.

    gunicorn --chdir . bench.trivial_app:application
"""

_PARAGRAPH = b"<p>Forum of small communities: dialogue, advocacy and local initiatives.</p>\n"
_PAGE = b"<!doctype html><html lang=en><title>Ceiling</title><main>%s</main></html>\n"
BODY = (_PAGE % (_PARAGRAPH * 250)).ljust(20 * 1024)[: 20 * 1024]
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Length", str(len(BODY))),
]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
