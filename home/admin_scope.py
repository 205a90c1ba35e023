"""Scoped admin: groups whose members reach only the admin URLs the apps name for them.

Wagtail's permissions decide what a user may change, but many admin views show something to
anyone who may enter the admin: choosers list every page, image and document, the bulk-action
and search views list titles, reports list editors' names. A group that should see one narrow
corner of the admin (people who only read and score what they are given, or who only keep
their own organisation's records) is therefore *scoped*: an app declares, through the
``register_scoped_admin_urls`` hook, the URL names its members may reach::

    @hooks.register("register_scoped_admin_urls")
    def scoped_urls():
        return {"Some group": ["app_list_view", "app_detail_view"]}

A user all of whose groups are scoped reaches those URLs, the admin's own door (dashboard,
login, logout, their account, password reset, icons, translations of the admin's scripts), and
nothing else: every other admin URL answers 403 before its view runs, so nothing is looked up
and nothing leaks through a 404 either. A user with any unscoped group, or a superuser, is not
restricted here. Their dashboard shows no Wagtail panel and their menu only what they reach.
"""

from django.core.exceptions import PermissionDenied
from django.urls import Resolver404, resolve, reverse

from wagtail import hooks

HOOK = "register_scoped_admin_urls"

# The admin's door: reachable by everyone who may enter the admin.
ALWAYS = frozenset(
    {
        "wagtailadmin_home",
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_account",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        "wagtailadmin_sprite",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_dismissibles",
    }
)


def scopes():
    """{group name: URL names its members may reach}, as the apps register them."""
    gathered = {}
    for hook in hooks.get_hooks(HOOK):
        for group, names in hook().items():
            gathered.setdefault(group, set()).update(names)
    return gathered


def reachable(user):
    """The admin URL names ``user`` may reach, or None where this module does not restrict
    them (anonymous, superuser, no group, or a group that is not scoped)."""
    if not user.is_authenticated or user.is_superuser:
        return None
    cached = getattr(user, "_scoped_admin_urls", False)
    if cached is not False:
        return cached
    groups = set(user.groups.values_list("name", flat=True))
    registered = scopes()
    names = None
    if groups and groups <= registered.keys():
        names = ALWAYS.union(*(registered[group] for group in groups))
    user._scoped_admin_urls = names
    return names


def is_scoped(user):
    return reachable(user) is not None


def may_reach(user, view_name):
    names = reachable(user)
    return names is None or view_name in names


class ScopedAdminMiddleware:
    """Refuses a scoped user every admin URL outside their scope, before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        match = request.resolver_match
        if not may_reach(request.user, match.view_name if match else ""):
            raise PermissionDenied
        return None


def menu_item_reachable(user, item):
    """Whether a main-menu item leads somewhere ``user`` may go (submenus lead nowhere)."""
    try:
        return may_reach(user, resolve(item.url).view_name) if item.url else False
    except Resolver404:
        return False
