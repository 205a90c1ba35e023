"""Limits per client address: the public forms (django-ratelimit) and the admin's sign-in
(django-axes), both counted in the shared cache.

The cache must be shared by every app server (Redis in production) for the counts to hold.
Both read the client's address from ``client_ip``: behind a proxy, ``REMOTE_ADDR`` is the proxy,
and a header anyone can send must not let a visitor choose the address they are counted under.
So the address comes from one header the proxy sets (``RATELIMIT_IP_META_KEY``, e.g.
``HTTP_X_REAL_IP``), or from ``X-Forwarded-For`` read from the right, skipping the hops the
``TRUSTED_PROXY_COUNT`` proxies added; a header that is missing or malformed falls back to
``REMOTE_ADDR``, never to an error.
"""

import ipaddress
from http import HTTPStatus

from axes.backends import AxesStandaloneBackend
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _

ANY_METHOD = ALL  # for over_limit: count GETs too
# An IPv6 client is given a whole /64 network: counting its addresses one by one would let it
# sign a pledge from each of them.
IPV6_PREFIX = 64


def _address(text):
    """``text`` as an IP address object, or None if it is not one."""
    try:
        return ipaddress.ip_address(text.strip())
    except (AttributeError, ValueError):
        return None


def _forwarded_hop(request, trusted):
    """The right-most hop of X-Forwarded-For that no trusted proxy added, or None."""
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    # Each trusted proxy appends the address it received from; the outermost one's entry, the
    # ``trusted``-th from the right, is the client. Fewer hops: the request went around them.
    if len(hops) < trusted:
        return None
    return _address(hops[-trusted])


def client_ip(request):
    """The address a limit counts this request against (a string, IPv6 reduced to its /64)."""
    address = None
    meta_key = getattr(settings, "RATELIMIT_IP_META_KEY", None)
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if meta_key:
        address = _address(request.META.get(meta_key, ""))
    elif trusted > 0:
        address = _forwarded_hop(request, trusted)
    if address is None:
        address = _address(request.META.get("REMOTE_ADDR", ""))
    if address is None:
        return "unknown"  # a Unix socket without a proxy header: all count together
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False))
    return str(address)


def over_limit(request, group, rate, method="POST"):
    """Count this request (a POST, or any with ``method=ANY_METHOD``) against the address's
    allowance; True once it is spent."""
    return is_ratelimited(
        request,
        group=group,
        key=lambda group, request: client_ip(request),
        rate=rate,
        method=method,
        increment=True,
    )


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer once a username or an address has failed too often.

    The same page and status whatever the username: it says nothing of whether the account
    exists, nor which of the two limits was reached.
    """
    return render(
        request,
        "home/admin/login_locked_out.html",
        {"message": _("Too many failed sign-in attempts. Please wait a while and try again.")},
        status=HTTPStatus.TOO_MANY_REQUESTS,
    )


class TestClientAxesBackend(AxesStandaloneBackend):
    """Axes' check for the tests' settings only: Django's test client signs in with
    ``authenticate()`` and no request, which the real backend refuses outright. Every sign-in
    through the site carries its request (Wagtail's login view passes it) and is checked."""

    def authenticate(self, request, *args, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)
