"""The admin door and the server: the sign-in throttled per account and per address
(django-axes), and the client address of every limit read from a header only a trusted proxy
sets (home/ratelimits.py), whatever a visitor writes into the others.
"""

import re
from http import HTTPStatus

import pytest

from django.test import RequestFactory
from django.urls import reverse

from campaigns.models import CampaignPage
from forum.models import EventPage, Registration
from home.ratelimits import client_ip

pytestmark = pytest.mark.django_db
LOGIN = reverse("wagtailadmin_login")
LOCKED_EN = "Too many failed sign-in attempts. Please wait a while and try again."
LOCKED_MK = "Премногу неуспешни обиди за најава. Почекајте малку и обидете се повторно."


def sign_in(client, username, password, address="10.0.0.1", language="en"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": reverse("wagtailadmin_home")},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def without_tokens(response):
    return re.sub(r"[A-Za-z0-9]{64}", "", response.content.decode())


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(client, username, times, address="10.0.0.1"):
    for _ in range(times):
        response = sign_in(client, username, "wrong-password", address=address)
        assert not signed_in(client)
    return response


def test_a_wrong_password_below_the_limit_leaves_the_right_one_working(client, settings):
    fail(client, "editor", settings.AXES_FAILURE_LIMIT - 1)

    response = sign_in(client, "editor", "demo-editor-2026")

    assert response.status_code == HTTPStatus.FOUND
    assert signed_in(client)


def test_after_the_limit_the_right_password_is_refused_with_a_message(client, settings):
    fail(client, "editor", settings.AXES_FAILURE_LIMIT)

    response = sign_in(client, "editor", "demo-editor-2026")

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert LOCKED_EN in response.content.decode()
    assert not signed_in(client)


def test_the_lockout_message_is_in_the_admins_language(client, settings):
    fail(client, "editor", settings.AXES_FAILURE_LIMIT)

    response = sign_in(client, "editor", "demo-editor-2026", language="mk")

    assert LOCKED_MK in response.content.decode()


def test_an_unknown_username_is_answered_exactly_as_a_real_one(client, settings):
    """The lockout never tells whether the account exists."""
    answers = []
    for username, address in (("editor", "10.0.0.1"), ("nobody-here", "10.0.0.2")):
        fail(client, username, settings.AXES_FAILURE_LIMIT, address=address)
        answers.append(sign_in(client, username, "whatever", address=address))

    real, unknown = answers
    assert real.status_code == unknown.status_code == HTTPStatus.TOO_MANY_REQUESTS
    # The same page but for the admin's per-request CSRF token.
    assert without_tokens(real) == without_tokens(unknown)
    assert LOCKED_EN in real.content.decode()


def test_failures_are_counted_per_username_across_addresses(client, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        fail(client, "coordinator", 1, address=f"10.1.0.{n + 1}")

    response = sign_in(client, "coordinator", "demo-coordinator-2026", address="10.1.0.99")

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert not signed_in(client)


def test_failures_are_counted_per_address_across_usernames(client, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        fail(client, f"guess-{n}", 1, address="10.2.0.1")

    locked = sign_in(client, "editor", "demo-editor-2026", address="10.2.0.1")
    elsewhere = sign_in(client, "editor", "demo-editor-2026", address="10.2.0.2")

    assert locked.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert elsewhere.status_code == HTTPStatus.FOUND


# The client address behind a proxy


def request_with(**meta):
    return RequestFactory().post("/", REMOTE_ADDR="192.0.2.10", **meta)


@pytest.mark.parametrize(
    ("trusted", "forwarded", "expected"),
    [
        (0, "198.51.100.7", "192.0.2.10"),  # no proxy trusted: the header is anyone's
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # the left hop is the visitor's own
        (2, "6.6.6.6, 198.51.100.7, 203.0.113.1", "198.51.100.7"),
        (2, "198.51.100.7", "192.0.2.10"),  # fewer hops than proxies: it went around them
        (1, "", "192.0.2.10"),
        (1, "not an address", "192.0.2.10"),
        (1, "1.2.3.4, ,", "192.0.2.10"),
        (1, "2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        (1, "2001:db8::zz", "192.0.2.10"),
        (1, ", ".join(["6.6.6.6"] * 500 + ["198.51.100.7"]), "198.51.100.7"),
    ],
)
def test_the_client_address_is_the_rightmost_untrusted_hop(settings, trusted, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = trusted

    assert client_ip(request_with(HTTP_X_FORWARDED_FOR=forwarded)) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [("198.51.100.7", "198.51.100.7"), ("", "192.0.2.10"), ("<script>", "192.0.2.10")],
)
def test_a_single_trusted_header_names_the_client(settings, header, expected):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.TRUSTED_PROXY_COUNT = 3  # the single header wins

    request = request_with(HTTP_X_REAL_IP=header, HTTP_X_FORWARDED_FOR="6.6.6.6")

    assert client_ip(request) == expected


def test_a_missing_trusted_header_falls_back_to_the_connection(settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"

    assert client_ip(request_with()) == "192.0.2.10"


def training():
    return EventPage.objects.get(slug="training-advocacy-strumica", locale__language_code="mk")


def register(client, email, forwarded, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            training().url + "register/",
            {"name": "Ајла Хоџиќ", "email": email},
            HTTP_X_FORWARDED_FOR=forwarded,
        )


@pytest.mark.parametrize(
    "forwarded",
    ["garbage", "", "::1", "2001:db8::zz", "1.2.3.4," * 300, "\x00\x01", "1.2.3.4:8080"],
)
def test_a_malformed_forwarded_header_never_breaks_the_registration_form(
    client, settings, forwarded, django_capture_on_commit_callbacks
):
    settings.TRUSTED_PROXY_COUNT = 1

    response = register(client, "ajla@example.org", forwarded, django_capture_on_commit_callbacks)

    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    assert Registration.objects.filter(email="ajla@example.org").exists()


def test_a_visitor_cannot_escape_the_limit_by_forging_forwarded_hops(
    client, settings, django_capture_on_commit_callbacks
):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.FORUM_REGISTRATION_RATE = "2/h"
    for n in range(2):
        register(
            client,
            f"r{n}@example.org",
            f"6.6.6.{n}, 198.51.100.7",
            django_capture_on_commit_callbacks,
        )

    response = register(
        client, "r9@example.org", "6.6.6.9, 198.51.100.7", django_capture_on_commit_callbacks
    )
    other_client = register(
        client, "other@example.org", "198.51.100.8", django_capture_on_commit_callbacks
    )

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert other_client.status_code != HTTPStatus.TOO_MANY_REQUESTS


@pytest.mark.parametrize("forwarded", ["garbage", "2001:db8::zz", "9.9.9.9, " * 200])
def test_a_malformed_forwarded_header_never_breaks_the_pledge(
    client, settings, forwarded, django_capture_on_commit_callbacks
):
    settings.TRUSTED_PROXY_COUNT = 2
    page = CampaignPage.objects.live().filter(locale__language_code="mk").exclude(pledge_text="")
    page = page.first()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            page.url + page.reverse_subpage("sign"),
            {
                "name": "Emre Yılmaz",
                "email": "emre-hardening@example.org",
                "municipality": "gostivar",
                "consent": "on",
                "website": "",
            },
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR
    assert response.status_code != HTTPStatus.TOO_MANY_REQUESTS
