"""Scoped admin groups (home/admin_scope.py): a member reaches the URLs the apps register for the
group and the admin's door, nothing else. That every other admin URL the resolver knows refuses
the judge (Wagtail's and wagtail-localize's included) is the role matrix's judge column
(tests/test_role_matrix.py); here the judge's own URLs show nobody else's name or draft."""

import re
import uuid
from http import HTTPStatus

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from wagtail import hooks
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

from home import admin_scope

from ..conftest import login_as

pytestmark = pytest.mark.django_db

MISSING = 987654321
REFUSED = {HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND}
# Following them would end the session or answer a form that writes: checked apart.
SKIPPED = {"wagtailadmin_logout"}


def admin_patterns(resolver=None, prefix="", namespace=""):
    """(route, view name) for every URL pattern under the admin."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from admin_patterns(entry, route, inner)
        elif isinstance(entry, URLPattern) and route.startswith("admin/"):
            yield route, f"{namespace}{entry.name}" if entry.name else ""


def fill(route, number):
    """The route with each parameter filled: ints with ``number``, the rest plausibly."""

    def value(match):
        kind, name = match.group(1) or "str", match.group(2)
        if kind == "int":
            return str(number)
        if kind == "uuid":
            return str(uuid.uuid4())
        if name == "app_label":
            return "home"
        if name == "model_name":
            return "sitesettings"
        return str(number)

    path = route
    if (
        "^" in path or "(?P<" in path
    ):  # a regular-expression route: its groups filled, its anchors dropped
        path = re.sub(r"\(\?P<\w+>(?:[^()]|\([^()]*\))*\)", str(number), path)
        path = path.replace(".*", "anything")
        path = path.replace("^", "").replace("$", "").replace("\\", "")
    path = re.sub(r"<(?:(\w+):)?(\w+)>", value, path)
    return "/" + path


@pytest.fixture
def judge_client(client):
    return login_as(client, "judge")


def other_peoples_names(judge):
    names = set()
    for user in get_user_model().objects.exclude(pk=judge.pk):
        if user.get_full_name().strip():
            names.add(user.get_full_name())
        if user.email:
            names.add(user.email)
    return names


def test_a_scoped_users_own_urls_show_nobody_elses_names_or_drafts(judge_client):
    judge = get_user_model().objects.get(username="judge")
    own = admin_scope.reachable(judge)
    assert own is not None and own - admin_scope.ALWAYS, "the demo judge is in a scoped group"
    real = Page.objects.filter(depth=2).first().pk
    others = other_peoples_names(judge)
    drafts = {p.title for p in Page.objects.filter(has_unpublished_changes=True) if p.title}
    checked = 0
    for route, name in admin_patterns():
        if name in SKIPPED or name not in own:
            continue
        for number in sorted({real, 1, MISSING}) if "<" in route else [0]:
            url = fill(route, number)
            response = judge_client.get(url)
            checked += 1
            assert response.status_code < 500, url
            if response.status_code == HTTPStatus.OK and "html" in response.get("Content-Type", ""):
                html = response.content.decode()
                leaked = [n for n in others | drafts if n in html]
                assert not leaked, (url, leaked)
    assert checked >= len(own - SKIPPED) - 2  # the scope's URLs were walked
    assert judge_client.get(reverse("wagtailadmin_home")).status_code == HTTPStatus.FOUND
    outside = reverse("wagtailadmin_pages:add_subpage", args=[real])
    assert judge_client.get(outside).status_code == HTTPStatus.FORBIDDEN


def test_the_judges_dashboard_and_menu_show_nothing_of_the_site(judge_client):
    html = judge_client.get(reverse("wagtailadmin_home"), follow=True).content.decode()
    for page in Page.objects.filter(depth__gt=2)[:50]:
        assert page.title not in html
    for url in ("/admin/pages/", "/admin/snippets/", "/admin/images/", "/admin/documents/"):
        assert f'"url": "{url}' not in html and f'href="{url}"' not in html


def test_the_judges_dashboard_has_no_page_search_that_would_refuse_them(client):
    """The dashboard's "Search all pages" box leads to the page explorer: shown to an editor,
    who may use it; a judge's dashboard is their list of essays, with no such box."""
    explorer = reverse("wagtailadmin_explore_root")
    login_as(client, "editor")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'role="search"' in html and 'name="q"' in html

    login_as(client, "judge")
    response = client.get(reverse("wagtailadmin_home"), follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [(reverse("competition_my_essays"), HTTPStatus.FOUND)]
    assert response.status_code == HTTPStatus.OK
    assert 'role="search"' not in html and 'name="q"' not in html
    assert f'action="{explorer}' not in html
    assert client.get(explorer, {"q": "Форум"}).status_code == HTTPStatus.FORBIDDEN


def test_an_app_registers_a_scope_through_the_hook(client):
    """A group becomes scoped only when an app registers it; its member then reaches the
    registered URL names and is refused the rest."""
    editors = Group.objects.get(name="Editors")
    group = Group.objects.create(name="Scoped for a test")  # an editor's rights, but scoped
    group.permissions.set(editors.permissions.all())
    for row in GroupPagePermission.objects.filter(group=editors):
        GroupPagePermission.objects.create(group=group, page=row.page, permission=row.permission)
    for row in GroupCollectionPermission.objects.filter(group=editors):
        GroupCollectionPermission.objects.create(
            group=group, collection=row.collection, permission=row.permission
        )
    user = get_user_model().objects.create_user("scoped", password="scoped-pass")
    user.groups.add(group)
    assert client.login(username="scoped", password="scoped-pass")
    assert client.get("/admin/pages/").status_code == HTTPStatus.OK  # not scoped yet

    def scope():
        return {group.name: ["wagtailadmin_explore_root"]}

    with hooks.register_temporarily("register_scoped_admin_urls", scope):
        assert client.get("/admin/pages/").status_code == HTTPStatus.OK
        assert client.get("/admin/images/").status_code == HTTPStatus.FORBIDDEN
        assert client.get("/admin/choose-page/").status_code == HTTPStatus.FORBIDDEN
        assert client.get(reverse("wagtailadmin_account")).status_code == HTTPStatus.OK
    assert client.get("/admin/images/").status_code == HTTPStatus.OK


def test_a_user_with_an_unscoped_group_is_not_restricted(client):
    login_as(client, "editor")
    assert client.get("/admin/pages/").status_code == HTTPStatus.OK
    assert client.get("/admin/images/").status_code == HTTPStatus.OK
