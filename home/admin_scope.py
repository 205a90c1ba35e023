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
restricted here. Their menu shows only what they reach, and the dashboard takes them to the
first URL their app names (the judges' list of essays): Wagtail's dashboard offers a search of
all pages, which would refuse them.
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.urls import NoReverseMatch, Resolver404, resolve, reverse

from wagtail import hooks
from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.snippets.models import get_snippet_models

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


def _manages_workflows(user):
    return user.has_perm("wagtailcore.add_workflow") or user.has_perm("wagtailcore.change_workflow")


def _deletes_in_collections(codename):
    """Wagtail lets anyone who may change an image or document delete it too; here deleting
    asks the delete right itself, which only coordinators hold (on collections)."""

    def check(user):
        if user.is_superuser:
            return True
        return GroupCollectionPermission.objects.filter(
            group__user=user, permission__codename=codename
        ).exists()

    return check


# Wagtail's own admin views that ask less than their area does: the workflow editor's task
# chooser answers anyone who may enter the admin, though only those who manage workflows use it;
# deleting an image or a document asks only the change right. {URL name (a bulk action's with
# its variant): whether a user may}.
HELD_TO_THEIR_AREA = {
    **{
        f"wagtailadmin_workflows:{name}": _manages_workflows
        for name in ("task_chooser", "task_chooser_results", "task_chooser_create", "task_chosen")
    },
    **{
        name: _deletes_in_collections("delete_image")
        for name in (
            "wagtailimages:delete",
            "wagtailimages:delete_multiple",
            "wagtail_bulk_action[home.forumimage.delete]",
        )
    },
    **{
        name: _deletes_in_collections("delete_document")
        for name in (
            "wagtaildocs:delete",
            "wagtaildocs:delete_multiple",
            "wagtail_bulk_action[home.forumdocument.delete]",
        )
    },
}


def _publishes_pages_somewhere(user):
    """Bulk publishing is for those who may publish some page (a translator in their locale);
    Wagtail then publishes only the pages each may."""
    if user.is_superuser:
        return True
    return GroupPagePermission.objects.filter(
        group__user=user, permission__codename="publish_page"
    ).exists()


def _manages_search_promotions(user):
    return any(user.has_perm(f"wagtailsearchpromotions.{verb}_query") for verb in ("add", "change"))


HELD_TO_THEIR_AREA.update(
    {
        "wagtail_bulk_action[wagtailcore.page.publish]": _publishes_pages_somewhere,
        "wagtail_bulk_action[wagtailcore.page.unpublish]": _publishes_pages_somewhere,
        # The chooser of promoted searches lists what visitors searched for.
        "wagtailsearchpromotions:chooser": _manages_search_promotions,
        "wagtailsearchpromotions:chooserresults": _manages_search_promotions,
    }
)


def _snippet_model(app_label, model_name):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    return model if getattr(model, "snippet_viewset", None) is not None else None


def _chooser_model(namespace):
    for model in get_snippet_models():
        chooser = model.snippet_viewset.chooser_viewset
        if chooser.get_url_name("choose").rpartition(":")[0] == namespace:
            return model
    return None


def _has_some_right_on(user, model):
    label, codename = model._meta.app_label, model._meta.model_name
    return any(
        user.has_perm(f"{label}.{verb}_{codename}") for verb in ("add", "change", "delete", "view")
    )


def held_to_their_area(user, match):
    """Whether ``user`` may use the admin view ``match`` resolved to, beyond what it asks.

    Besides ``HELD_TO_THEIR_AREA``: a snippet's bulk delete asks its delete right (Wagtail
    lists the rows anyway), and a snippet's chooser asks some right on the model (Wagtail's
    choosers list every row to anyone in the admin: the judges' names, the measurements)."""
    name, kwargs = match.view_name, match.kwargs
    if name == "wagtail_bulk_action":
        name = f"{name}[{kwargs['app_label']}.{kwargs['model_name']}.{kwargs['action']}]"
    check = HELD_TO_THEIR_AREA.get(name)
    if check is not None:
        return check(user)
    if user.is_superuser:
        return True
    if match.view_name == "wagtail_bulk_action" and kwargs["action"] == "delete":
        model = _snippet_model(kwargs["app_label"], kwargs["model_name"])
        if model is not None:
            return user.has_perm(f"{model._meta.app_label}.delete_{model._meta.model_name}")
    if match.namespace.startswith("wagtailsnippetchoosers_"):
        model = _chooser_model(match.namespace)
        if model is not None:
            return _has_some_right_on(user, model)
    return True


# Wagtail's page that raises on purpose to show its 500 page: not served here.
NOT_SERVED = frozenset({"wagtailadmin_error_test"})


def scopes():
    """{group name: URL names its members may reach, in the order the apps name them}."""
    gathered = {}
    for hook in hooks.get_hooks(HOOK):
        for group, names in hook().items():
            known = gathered.setdefault(group, [])
            known.extend(name for name in names if name not in known)
    return gathered


def landing(user):
    """The URL a scoped user's dashboard leads to: the first their groups' apps name that
    takes no argument; None for a user who is not scoped."""
    if not is_scoped(user):
        return None
    registered = scopes()
    for group in sorted(user.groups.values_list("name", flat=True)):
        for name in registered.get(group, ()):
            try:
                return reverse(name)
            except NoReverseMatch:
                continue
    return None


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
    """Refuses a scoped user every admin URL outside their scope, and anyone a Wagtail view of
    ``HELD_TO_THEIR_AREA`` without its area's rights, before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        match = request.resolver_match
        name = match.view_name if match else ""
        if name in NOT_SERVED:
            raise Http404
        if not may_reach(request.user, name):
            raise PermissionDenied
        if name == "wagtailadmin_home" and (own := landing(request.user)):
            return HttpResponseRedirect(own)
        if request.user.is_authenticated and not held_to_their_area(request.user, match):
            raise PermissionDenied
        return None


def menu_item_reachable(user, item):
    """Whether a main-menu item leads somewhere ``user`` may go (submenus lead nowhere)."""
    try:
        return may_reach(user, resolve(item.url).view_name) if item.url else False
    except Resolver404:
        return False
