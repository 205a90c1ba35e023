"""Every URL the resolver knows, asked by every role: issue 14's "every role stays in its lane".

The cases come from ``django.urls.get_resolver()`` itself (Wagtail's admin, wagtail-localize's,
the apps', the public pages, documents, the sitemap), so a URL that an app or an upgrade adds
joins the matrix without anyone writing it down, and a URL whose parameters the matrix cannot
fill fails until it learns them. Each case fills its converters with real ids from the demo; our
own views are asked again with a missing id; views that change things also get an empty POST.
The answers are compared with EXPECTED, rules by URL name read from DESIGN.md's roles table
and the issue (first match wins), and three things hold whatever the rule:

- no role ever gets a 5xx;
- a refused role gets a 403, 404, 405, 400 or a redirect to the login or the dashboard, never a
  page, and our own views answer it the same for an existing and a missing id;
- no admin answer shows a role data it may not see (the demo's students, signatories,
  registrants, essays and internal meeting notes, read from the database as sentinels), and no
  request lets a role publish where it may not (read back from Wagtail's log).

KNOWN_GAPS lists where the code breaks those expectations (none today). Each runs as a strict
xfail, so the fix that closes a hole turns its case into a failure until the entry is removed.
"""

import copy
import re
from dataclasses import dataclass, field

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import translation

from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    Locale,
    ModelLogEntry,
    Page,
    PageLogEntry,
    Site,
    Task,
    Workflow,
    get_page_models,
)
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import OverridableSegment, StringSegment, Translation

from cms import languages

ROLES = ["anonymous", "judge", "translator", "editor", "coordinator"]

# What a role may get from a URL.
LOGIN = "login"  # a redirect to the admin's login page
REFUSED = "refused"  # 400, 403, 404, 405, or a redirect to the login or the dashboard
ALLOWED = "allowed"  # served: any answer but a 5xx, without data the role may not see

# Where today's code answers wrongly, as (why, role, the case labels): each becomes a strict
# xfail of KNOWN_GAPS {(role, case label): why}. Remove an entry when its fix lands.
_GAPS = []
KNOWN_GAPS = {(role, label): why for why, role, labels in _GAPS for label in labels}

MISSING = 999999


def lanes(anonymous=LOGIN, judge=REFUSED, translator=REFUSED, editor=REFUSED, coordinator=ALLOWED):
    return {
        "anonymous": anonymous,
        "judge": judge,
        "translator": translator,
        "editor": editor,
        "coordinator": coordinator,
    }


EVERYONE = lanes(ALLOWED, ALLOWED, ALLOWED, ALLOWED)
STAFF = lanes(translator=ALLOWED, editor=ALLOWED)
EDITORIAL = lanes(editor=ALLOWED)
COORDINATORS = lanes()

# Rules over case labels (the URL's name, and its variant in brackets), first match wins;
# an admin URL no rule names is STAFF's: judges have no other admin area (DESIGN.md).
EXPECTED = [
    # The doors in: login, password reset, the admin's scripts and icons.
    (
        r"^wagtailadmin_(login|password_reset\w*|javascript_catalog|sprite)$"
        r"|^wagtail_localize:javascript_catalog$",
        EVERYONE,
    ),
    # A signed-in person's own session: the dashboard, their account, signing out.
    (
        r"^wagtailadmin_(home|account|logout|dismissibles)$|^wagtailadmin_editing_sessions:release$",
        lanes(judge=ALLOWED, translator=ALLOWED, editor=ALLOWED),
    ),
    # A judge's essays: the judge's only area (another judge's essay answers 404).
    (r"^competition_(my_essays|score)$", lanes(judge=ALLOWED)),
    # The competition and its judges: coordinators only.
    (r"^competition_|_competition_judge:", COORDINATORS),
    # Personal data and what only coordinators run: registrations, signatures, the plan's import.
    (
        r"^(campaigns_export|forum_event_registrations|forum_action_plan_spreadsheet)$",
        COORDINATORS,
    ),
    # The campaigns' reach and pledge counts: editors and coordinators.
    (r"^campaigns_", EDITORIAL),
    # Wagtail's page that raises on purpose to show its 500 page: served to nobody.
    (r"^wagtailadmin_error_test$", lanes(REFUSED, REFUSED, REFUSED, REFUSED, REFUSED)),
    # Bulk publishing: for those who publish somewhere (translators in their locale), each page
    # as its rights allow; that nothing of mk is published is read back from the log.
    (r"^wagtail_bulk_action\[wagtailcore\.page\.(publish|unpublish)\]$", lanes(translator=ALLOWED)),
    # Publishing an mk page, by any other door: coordinators only.
    (
        r"^wagtailadmin_pages:(unpublish|workflow_action|collect_workflow_action_data"
        r"|revisions_unschedule)$"
        r"|^wagtailadmin_api:pages:action\[(publish|unpublish|revert_to_page_revision)\]$",
        COORDINATORS,
    ),
    # Shared figures: measurements are entered by editors and coordinators, never translators.
    (r"_forum_measurement:", EDITORIAL),
    # Deleting records, images and documents: coordinators (translators and editors may not).
    (
        r"^wagtailsnippets_\w+:delete$|^wagtail(images|docs):delete(_multiple)?$"
        r"|^wagtail_bulk_action\[(forum|search|home)\.\w+\.delete\]$",
        COORDINATORS,
    ),
    # Translators translate records; they do not create source records.
    (r"^wagtailsnippets_\w+:(add|copy)$|^wagtailsnippetchoosers_\w+:create$", EDITORIAL),
    # Running the site: users, groups, sites, locales, workflows, collections, redirects, search
    # promotions. Not an editor's, translator's or judge's lane.
    (
        r"^wagtail(users_users|users_groups|sites|locales|redirects|searchpromotions):"
        r"|^wagtailadmin_(workflows|collections):"
        r"|^wagtail_bulk_action\[home\.user\."
        r"|^safe_report_search_terms",  # Wagtail's search-terms report, made formula-safe
        COORDINATORS,
    ),
]

# Views that change things on a POST: they also get one, with empty data (and any variant's).
POSTED = re.compile(
    r":(delete|delete_multiple|unpublish|move_confirm|copy|revisions_revert|revisions_unschedule"
    r"|workflow_action|confirm_workflow_cancellation|lock|unlock|set_privacy|convert_alias"
    r"|set_page_position|enable|disable|remove|delete_submissions|edit|add)$"
    r"|^wagtail_bulk_action|^wagtailadmin_api:pages:action"
    r"|^wagtail_localize:(update_translations|submit_\w+|stop_translation|convert_to_alias"
    r"|machine_translate|upload_pofile|edit_\w+)$"
    r"|^(competition|forum|campaigns)_"
)

# Personal data, essays and internal notes, by who may not see them in the admin.
FORBIDDEN = {
    "anonymous": {"personal data", "essay", "internal notes"},
    "judge": {"personal data", "essay", "internal notes"},
    "translator": {"personal data", "essay", "internal notes"},
    "editor": {"personal data", "essay"},
    "coordinator": set(),
}
JUDGES_ESSAYS = re.compile(r"^competition_(my_essays|score)$")


# The cases ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One URL pattern (or one variant of it) as the matrix asks it."""

    label: str
    name: str  # what reverse() takes; "" for Wagtail's two unnamed admin patterns
    route: str
    params: tuple  # keyword names, or positional placeholders "0", "1"
    variant: str = ""
    data: dict = field(default_factory=dict, compare=False, hash=False)

    def __str__(self):
        return self.label

    @property
    def is_admin(self):
        return self.route.startswith("admin/")

    @property
    def posted(self):
        return bool(POSTED.search(self.name))

    def expectation(self, role):
        if not self.is_admin:
            return ALLOWED
        for pattern, expected in EXPECTED:
            if re.search(pattern, self.label):
                return expected[role]
        return STAFF[role]


def _walk(resolver, route="", namespace="", params=()):
    for pattern in resolver.url_patterns:
        names = tuple(_params_of(pattern))
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern, route + str(pattern.pattern), inner, params + names)
        else:
            name = pattern.name or ""
            if name and namespace:
                name = f"{namespace}:{name}"
            yield name, route + str(pattern.pattern), params + names


def _params_of(pattern):
    converters = getattr(pattern.pattern, "converters", None)
    if converters:
        return list(converters)
    regex = pattern.pattern.regex
    if regex.groupindex:
        return list(regex.groupindex)
    return [str(index) for index in range(regex.groups)]


def _variants(name, route, params):
    """A URL's cases: one, or one per page type, bulk action, API action..."""
    base = Case(name or route, name, route, params)
    if name == "wagtailadmin_pages:edit" or name == "wagtail_serve":
        for model in get_page_models():
            if model is not Page:
                label = model._meta.label_lower
                yield Case(f"{name}[{label}]", name, route, params, variant=label)
    elif name == "wagtail_bulk_action":
        bulk_action_registry._scan_for_bulk_actions()  # the registry fills itself lazily
        for app_label, models in sorted(bulk_action_registry.actions.items()):
            for model_name, actions in sorted(models.items()):
                for action in sorted(actions):
                    variant = f"{app_label}.{model_name}.{action}"
                    yield Case(f"{name}[{variant}]", name, route, params, variant=variant)
    elif name == "wagtailadmin_api:pages:action":
        for action in sorted(PagesAdminAPIViewSet.actions):
            yield Case(f"{name}[{action}]", name, route, params, variant=action)
    elif name == "competition_score":
        yield base
        yield Case(f"{name}[another judge's]", name, route, params, variant="another")
    elif name == "competition_export":
        for kind in ("submissions", "scores"):
            yield Case(f"{name}[{kind}]", name, route, params, variant=kind)
    elif name == "wagtail_localize:update_translations":
        yield base
        yield Case(
            f"{name}[publish]",
            name,
            route,
            params,
            variant="publish",
            data={"publish_translations": "on"},
        )
    else:
        yield base


def _cases():
    seen = set()
    for name, route, params in _walk(get_resolver()):
        for case in _variants(name, route, params):
            # Two patterns under one name (wagtailsettings:edit with and without pk): by route.
            if case.label in seen:
                case = Case(f"{case.label}({route})", name, route, params, case.variant, case.data)
            seen.add(case.label)
            yield case


CASES = list(_cases())


# The demo's ids and secrets -----------------------------------------------------------------


def _quotable(text):
    """The longest plain run of a secret text: what an HTML page would show unescaped."""
    runs = re.findall(r"[^\W_](?:[\w ,.]*[^\W_])?", text or "")
    best = max(runs, key=len, default="")
    return best[:60] if len(best) >= 12 else None


class Demo:
    """Real ids from the seeded demo, and the secrets no unauthorised answer may contain."""

    def __init__(self):
        from campaigns.models import CampaignPage, Signature
        from competition.models import EssayCompetitionPage, JudgeAssignment, Student, Submission
        from forum.models import AdvocacyMeeting, EventPage, Registration

        users = get_user_model().objects
        self.users = {role: users.get(username=role).pk for role in ROLES[1:]}
        mk = Locale.objects.get(language_code=languages.DEFAULT.code)
        self.home = Page.objects.get(depth=2, locale=mk).pk
        self.page = (
            Page.objects.filter(locale=mk, live=True, depth__gt=2)
            .exclude(latest_revision=None)
            .order_by("depth", "path")
            .first()
        )
        self.page_ids = {}
        self.page_urls = {}
        for model in get_page_models():
            pages = model.objects.exact_type(model).order_by("path")
            page = pages.filter(locale=mk).first() or pages.first()
            if page is not None:
                label = model._meta.label_lower
                self.page_ids[label] = page.pk
                live = pages.filter(locale=mk, live=True).first()
                if live is not None:
                    self.page_urls[label] = live.get_url()
        self.revision = self.page.latest_revision_id
        self.snippets = {}
        for model in get_snippet_models():
            records = model.objects.order_by("pk")
            first = records.first()
            if model is AdvocacyMeeting:  # an internal meeting: the one with secrets
                first = records.filter(is_public=False).first() or first
            self.snippets[model._meta.label_lower] = first.pk if first else MISSING
        self.image = first_pk(get_image_model().objects.order_by("pk"))
        document = get_document_model().objects.order_by("pk").first()
        self.document = getattr(document, "pk", MISSING)
        self.document_file = getattr(document, "filename", "missing.pdf")
        self.collection = first_pk(Collection.objects.order_by("-depth", "pk"))
        self.root_page = Page.objects.get(depth=1).pk
        self.site = Site.objects.get(is_default_site=True).pk
        self.locale = Locale.objects.get(language_code="rom").pk
        self.group = first_pk(Group.objects.order_by("pk"))
        self.workflow = first_pk(Workflow.objects.filter(active=True))
        self.task = first_pk(Task.objects.filter(active=True))

        translations = Translation.objects.filter(target_locale__language_code="rom")
        translation_row = translations.order_by("pk").first()
        self.translation = getattr(translation_row, "pk", MISSING)
        self.translation_source = getattr(translation_row, "source_id", MISSING)
        rom_pages = Page.objects.filter(locale__language_code="rom", depth__gt=2)
        self.rom_page = first_pk(rom_pages.order_by("path"))
        segments = StringSegment.objects.filter(source_id=self.translation_source)
        self.string_segment = first_pk(segments.order_by("pk"))
        self.overridable_segment = first_pk(OverridableSegment.objects.order_by("pk"))

        self.competition = first_pk(EssayCompetitionPage.objects.filter(locale=mk))
        self.submission = first_pk(Submission.objects.order_by("pk"))
        judge = users.get(username="judge")
        assignments = JudgeAssignment.objects.order_by("pk")
        self.assignments = {
            "": first_pk(assignments.filter(judge__user=judge)),
            "another": first_pk(assignments.exclude(judge__user=judge)),
        }
        self.campaign = first_pk(CampaignPage.objects.filter(locale=mk))
        events = EventPage.objects.filter(locale=mk)
        registered = Registration.objects.values("event_key")
        with_registrations = events.filter(translation_key__in=registered)
        self.event = first_pk(with_registrations if with_registrations.exists() else events)

        secrets = {
            "personal data": [
                *Student.objects.values_list("email", flat=True),
                *Student.objects.values_list("name", flat=True),
                *Signature.objects.values_list("email", flat=True),
                *Registration.objects.values_list("email", flat=True),
            ],
            "essay": [
                _quotable(text) for text in Submission.objects.values_list("text", flat=True)
            ],
            "internal notes": [
                _quotable(notes)
                for notes in AdvocacyMeeting.objects.values_list("internal_notes", flat=True)
            ],
        }
        self.secrets = {kind: sorted({s for s in found if s}) for kind, found in secrets.items()}

    def value(self, case, param):
        """The real value of one URL parameter."""
        namespace, _, view = case.name.rpartition(":")
        snippet = re.fullmatch(r"wagtailsnippet(?:s|choosers)_(\w+?)_(\w+)", namespace)
        by_namespace = {
            "wagtailusers_users": self.users["judge"],
            "wagtailusers_groups": self.group,
            "wagtailsites": self.site,
            "wagtaillocales": self.locale,
            "wagtailadmin_collections": self.collection,
            "wagtailadmin_api:images": self.image,
            "wagtailadmin_api:documents": self.document,
            "wagtailimages_chooser": self.image,
            "wagtaildocs_chooser": self.document,
        }
        if param == "pk":
            if snippet:
                return self.snippets[f"{snippet[1]}.{snippet[2]}"]
            if namespace in by_namespace:
                return by_namespace[namespace]
            if namespace == "wagtailadmin_workflows":
                return self.task if "task" in view else self.workflow
            if namespace == "wagtailsettings":
                return self.snippets["home.sitesettings"]
            if case.name == "competition_submission":
                return self.submission
            if case.name == "competition_score":
                return self.assignments[case.variant]
            if namespace in ("wagtailredirects", "wagtailsearchpromotions"):
                return MISSING  # the demo has none
        if namespace == "wagtailsettings" and param in ("app_name", "model_name"):
            return {"app_name": "home", "model_name": "sitesettings"}[param]
        if case.name.startswith("wagtail_localize:") and param in ("app_label", "model_name", "pk"):
            return {"app_label": "forum", "model_name": "advocacymeeting"}.get(
                param, self.snippets["forum.advocacymeeting"]
            )
        if case.name.startswith("wagtail_localize:") and param == "page_id":
            return self.rom_page if view == "convert_to_alias" else self.page.pk
        if case.name.startswith(("competition_", "campaigns_", "forum_")) and param == "page_id":
            if case.name.startswith("competition_"):
                return self.competition
            return self.campaign if case.name.startswith("campaigns_") else self.event
        if case.name == "wagtailadmin_pages:edit" and param == "page_id":
            return self.page_ids[case.variant]
        if case.name == "wagtail_bulk_action":
            app_label, model_name, action = case.variant.split(".")
            return {"app_label": app_label, "model_name": model_name, "action": action}[param]
        if case.name == "wagtailadmin_api:pages:action" and param == "action_name":
            return case.variant
        if case.name == "wagtaildocs_serve":
            return self.document if param == "0" else self.document_file
        if case.name == "competition_export":
            return case.variant if param == "kind" else "csv"
        if case.name == "wagtailadmin_workflows:add_task":
            return {"app_label": "wagtailcore", "model_name": "groupapprovaltask"}[param]
        if case.name == "wagtailadmin_tag_model_autocomplete":
            return {"app_name": "taggit", "model_name": "tag"}[param]
        if case.name == "wagtailadmin_editing_sessions:ping" and param == "object_id":
            return self.page.pk
        values = {
            "page_id": self.page.pk,
            "pk": self.page.pk,
            "page_to_move_id": self.page.pk,
            "parent_page_id": self.home,
            "destination_id": self.home,
            "page_pk": self.root_page,
            "workflow_pk": self.workflow,
            "task_id": self.task,
            "revision_id": self.revision,
            "revision_id_a": "earliest",
            "revision_id_b": "latest",
            "content_type_app_name": "home",
            "content_type_model_name": "standardpage",
            "app_label": "home",
            "model_name": "standardpage",
            "app_name": "home",
            "image_id": self.image,
            "document_id": self.document,
            "doc_id": self.document,
            "collection_id": self.collection,
            "filter_spec": "fill-100x100",
            "translation_source_id": self.translation_source,
            "translation_id": self.translation,
            "string_segment_id": self.string_segment,
            "overridable_segment_id": self.overridable_segment,
            "mode": "default",
            "format": "csv",
            "action_name": "approve",
            "uidb64": "MQ",
            "token": "set-password",
            # Nothing of these in the demo: the missing id is the real answer.
            "uploaded_file_id": MISSING,
            "redirect_id": MISSING,
            "query_id": MISSING,
            "session_id": MISSING,
            "restriction_id": MISSING,
            "page_view_restriction_id": MISSING,
        }
        if param not in values:
            raise LookupError(f"the matrix has no value for {param!r} of {case.label}: add one")
        return values[param]


def first_pk(queryset):
    """The first row's id, or a missing one where the demo has none."""
    row = queryset.first()
    return row.pk if row is not None else MISSING


def _is_id(param):
    return param == "pk" or param.endswith(("_id", "_pk")) or param == "0"


def url_of(case, demo, moderation=None, missing=False):
    """The case's URL with the demo's values, or with a missing id in every id parameter."""
    if case.name == "wagtail_serve":
        return demo.page_urls.get(case.variant, f"/{languages.DEFAULT.code}/no-such-page/")
    if not case.name:  # Wagtail's unnamed admin patterns: its test 404 and its catch-all
        return "/admin/test404/" if "test404" in case.route else "/admin/no-such-admin-view/"
    values = {}
    for param in case.params:
        if moderation and param in moderation:
            value = moderation[param]
        else:
            value = demo.value(case, param)
        values[param] = MISSING if missing and _is_id(param) else value
    with translation.override(languages.DEFAULT.code):
        if all(param.isdigit() for param in case.params):
            url = reverse(case.name, args=[values[p] for p in case.params])
        else:
            url = reverse(case.name, kwargs=values)
    if case.name == "wagtail_bulk_action":
        app_label, model_name, _ = case.variant.split(".")
        target = demo.page.pk if model_name == "page" else _bulk_target(demo, app_label, model_name)
        url += f"?id={MISSING if missing else target}"
    return url


def _bulk_target(demo, app_label, model_name):
    label = f"{app_label}.{model_name}"
    if label in demo.snippets:
        return demo.snippets[label]
    return {"home.user": demo.users["judge"], "home.forumimage": demo.image}.get(
        label, demo.document
    )


def start_moderation(demo):
    """The demo's page in moderation, submitted by the editor: the workflow URLs' ids."""
    page = Page.objects.get(pk=demo.page.pk).specific
    editor = get_user_model().objects.get(pk=demo.users["editor"])
    page.save_revision(user=editor)
    workflow_state = page.get_workflow().start(page, editor)
    task_state = workflow_state.current_task_state
    return {
        "task_state_id": task_state.pk,
        "task_id": task_state.task_id,
        "workflow_state_id": workflow_state.pk,
    }


# The answers --------------------------------------------------------------------------------


def outcome(response):
    status = response.status_code
    if status >= 500:
        return f"error {status}"
    if status in (301, 302, 303, 307):
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return LOGIN
        if location.split("?")[0] == reverse("wagtailadmin_home"):
            return REFUSED
        return f"redirect to {location}"
    if status in (400, 403, 404, 405):
        return REFUSED
    return f"served {status}"


def leaked(response, demo, role, case):
    kinds = set(FORBIDDEN[role])
    if role == "judge" and JUDGES_ESSAYS.search(case.name):
        kinds.discard("essay")
    if not case.is_admin or not kinds or response.streaming:
        return []
    text = response.content.decode("utf-8", "replace")
    return [kind for kind in sorted(kinds) if any(secret in text for secret in demo.secrets[kind])]


def publications_by(role, demo, since):
    """What the role published or unpublished in its request, where it may not."""
    if role in ("anonymous", "coordinator"):
        return []
    user = demo.users[role]
    actions = ["wagtail.publish", "wagtail.unpublish", "wagtail.publish.scheduled"]
    pages = PageLogEntry.objects.filter(user_id=user, action__in=actions, pk__gt=since["page"])
    if role == "translator":
        pages = pages.filter(page__locale__language_code=languages.DEFAULT.code)
    snippets = ModelLogEntry.objects.filter(user_id=user, action__in=actions, pk__gt=since["model"])
    found = [f"{e.action} of page {e.page_id}" for e in pages]
    if role != "translator":
        found += [f"{e.action} of {e.label}" for e in snippets]
    return found


# The fixtures and the test ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return Demo()


@pytest.fixture(scope="module")
def clients(django_db_setup, django_db_blocker):
    """One client per role for the module, signed in once."""
    made = {"anonymous": Client()}
    with django_db_blocker.unblock():
        for role in ROLES[1:]:
            made[role] = Client()
            made[role].force_login(get_user_model().objects.get(username=role))
    return made


def send(client, method, url, data):
    """One request, leaving the client as it was: a sign-out or a message cookie is undone."""
    cookies = copy.deepcopy(client.cookies)
    try:
        return getattr(client, method)(url, data) if method == "post" else client.get(url)
    finally:
        client.cookies = cookies


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_role_gets_only_its_lane_at_every_url(
    role, case, demo, clients, request, django_capture_on_commit_callbacks
):
    gap = KNOWN_GAPS.get((role, case.label))
    if gap:
        request.applymarker(pytest.mark.xfail(strict=True, reason=gap))
    expected = case.expectation(role)
    in_moderation = {"task_state_id", "workflow_state_id"} & set(case.params)
    moderation = start_moderation(demo) if in_moderation else None
    since = {
        "page": PageLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
        "model": ModelLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0,
    }
    url = url_of(case, demo, moderation)
    requests = [("get", url, "")]
    # A missing id, where our own views must answer it as they answer an existing one.
    if (
        role != "anonymous"
        and not case.name.startswith("wagtail")
        and any(_is_id(param) for param in case.params)
    ):
        requests.append(("get", url_of(case, demo, moderation, missing=True), "missing id"))
    if case.posted:
        requests.append(("post", url, "POST"))

    problems = []
    answers = {}
    # What a delete leaves to run after the commit removes files from the disk, which the
    # rollback cannot bring back for the cases after it: those callbacks are not run.
    after_commit = "delete" not in case.label
    for method, target, how in requests:
        try:
            with django_capture_on_commit_callbacks(execute=after_commit):
                response = send(clients[role], method, target, case.data)
        except Exception as error:  # the test client re-raises what a server would answer 500
            problems.append(f"{method.upper()} {target} raised {error!r}")
            break
        got = outcome(response)
        answers[how] = response.status_code
        if got.startswith("error"):
            problems.append(f"{method.upper()} {target}: {got}")
        elif expected == LOGIN and got != LOGIN:
            problems.append(f"{method.upper()} {target}: {got}, not the login page")
        elif expected == REFUSED and got not in (REFUSED, LOGIN):
            problems.append(f"{method.upper()} {target}: {got}, not refused")
        if response.status_code == 200:
            for kind in leaked(response, demo, role, case):
                problems.append(f"{method.upper()} {target} shows {kind}")
    if (
        expected == REFUSED
        and not case.name.startswith("wagtail")
        and "missing id" in answers
        and answers["missing id"] != answers[""]
    ):
        problems.append(
            f"an existing id answers {answers['']} and a missing one {answers['missing id']}"
        )
    problems += [f"the {role} made a {what}" for what in publications_by(role, demo, since)]
    assert not problems, f"{role} at {case.label}: " + "; ".join(problems)
