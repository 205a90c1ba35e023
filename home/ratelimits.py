"""Limits per client address on the public forms (django-ratelimit, counted in the cache).

The cache must be shared by every app server (Redis in production) for the count to hold;
behind a proxy, RATELIMIT_IP_META_KEY names the header carrying the client's address.
"""

from django_ratelimit.core import is_ratelimited


def over_limit(request, group, rate):
    """Count this POST against the address's allowance; True once it is spent."""
    return is_ratelimited(request, group=group, key="ip", rate=rate, method="POST", increment=True)
