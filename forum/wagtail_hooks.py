"""The Forum in the admin: members, the action plan, the advocacy log, coordinators' tools."""

from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Subquery
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import languages
from forum import api, registrations, spreadsheet
from forum.admin_views import (
    INTERNAL,
    ActionPlanSpreadsheetView,
    EventRegistrationsView,
    MeetingEditView,
    RecordEditView,
)
from forum.models import (
    Action,
    ActionStatusChange,
    AdvocacyMeeting,
    AdvocacyPage,
    Commitment,
    Community,
    EventPage,
    Goal,
    Indicator,
    Measurement,
    MembersPage,
    Objective,
    Organization,
    Registration,
    StrategyPage,
)
from home.live_blocks import HomeBlock
from home.purge import Dependency
from home.viewsets import SafeExportSnippetViewSet


class RecordViewSet(SafeExportSnippetViewSet):
    """A moderated record of the Forum: drafts, revisions, the workflow; no stale saves."""

    edit_view_class = RecordEditView


class CommunityViewSet(RecordViewSet):
    model = Community
    icon = "group"
    list_display = ["name", "slug", "language", "locale"]
    search_fields = ["name"]


class OrganizationViewSet(RecordViewSet):
    model = Organization
    icon = "site"
    list_display = ["name", "acronym", "role", "municipality", "locale"]
    list_filter = ["role", "locale"]
    list_export = [
        "name",
        "acronym",
        "role",
        "municipality",
        "website",
        "email",
        "phone",
        "joined_on",
    ]
    search_fields = ["name", "acronym"]


class MembersGroup(SnippetViewSetGroup):
    items = (OrganizationViewSet, CommunityViewSet)
    menu_icon = "group"
    menu_label = _("Members")
    menu_name = "members"
    menu_order = 210


class GoalViewSet(RecordViewSet):
    model = Goal
    icon = "flag"
    list_display = ["number", "title", "locale"]


class ObjectiveViewSet(RecordViewSet):
    model = Objective
    icon = "list-ul"
    list_display = ["code", "title", "goal", "locale"]
    list_filter = ["locale"]


class ActionViewSet(RecordViewSet):
    model = Action
    icon = "tasks"
    list_display = ["code", "title", "status", "progress", "end_date", "locale"]
    list_filter = ["status", "locale"]
    list_export = ["code", "title", "status", "progress", "start_date", "end_date", "budget_mkd"]
    search_fields = ["code", "title"]
    ordering = ["code"]
    list_per_page = 100


class MeasurementViewSet(SnippetViewSet):
    model = Measurement
    icon = "table"
    list_display = [
        Column("action_code", label=_("Action")),
        Column("indicator_name", label=_("Indicator")),
        "measured_on",
        "value",
        "note",
    ]
    ordering = ["-measured_on"]

    def get_queryset(self, request):
        # The action and indicator of each row, in the default language, in the same query.
        indicator = Indicator.objects.filter(
            translation_key=OuterRef("indicator_key"),
            locale__language_code=languages.DEFAULT.code,
        )
        return Measurement.objects.annotate(
            indicator_name=Subquery(indicator.values("name")[:1]),
            action_code=Subquery(indicator.values("action__code")[:1]),
        )


class ActionPlanGroup(SnippetViewSetGroup):
    items = (GoalViewSet, ObjectiveViewSet, ActionViewSet, MeasurementViewSet)
    menu_icon = "tasks"
    menu_label = _("Action plan")
    menu_name = "action-plan"
    menu_order = 220


class AdvocacyMeetingViewSet(RecordViewSet):
    model = AdvocacyMeeting
    icon = "calendar-alt"
    menu_label = _("Advocacy log")
    menu_name = "advocacy"
    add_to_admin_menu = True
    menu_order = 230
    list_display = ["date", "institution", "institution_type", "is_public", "locale"]
    list_filter = ["institution_type", "is_public", "locale"]
    search_fields = ["institution"]
    edit_view_class = MeetingEditView

    def get_queryset(self, request):
        """Internal meetings are listed (and chosen) only for those who see them."""
        meetings = self.model._default_manager.all()
        if request.user.has_perm(INTERNAL):
            return meetings
        return meetings.filter(is_public=True)


register_snippet(MembersGroup)
register_snippet(ActionPlanGroup)
register_snippet(AdvocacyMeetingViewSet)


@hooks.register("register_log_actions")
def register_forum_log_actions(actions):
    actions.register_action(
        spreadsheet.LOG_ACTION,
        _("Update from the plan spreadsheet"),
        _("Updated from the plan spreadsheet"),
    )


@hooks.register("register_admin_urls")
def register_forum_admin_urls():
    return [
        path(
            "forum/action-plan/spreadsheet/",
            ActionPlanSpreadsheetView.as_view(),
            name="forum_action_plan_spreadsheet",
        ),
        path(
            "forum/events/<int:page_id>/registrations/",
            EventRegistrationsView.as_view(),
            name="forum_event_registrations",
        ),
    ]


class SpreadsheetMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("forum.import_action_plan")


@hooks.register("register_admin_menu_item")
def register_spreadsheet_menu_item():
    return SpreadsheetMenuItem(
        _("Plan spreadsheet"),
        reverse("forum_action_plan_spreadsheet"),
        icon_name="table",
        order=221,
    )


@hooks.register("register_page_header_buttons")
def event_registrations_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, EventPage) and user.has_perm("forum.view_registration"):
        yield Button(
            _("Registrations"),
            reverse("forum_event_registrations", args=[page.pk]),
            icon_name="group",
            priority=30,
        )


@hooks.register("register_personal_data")
def event_registrations_held(page):
    """People registered for the event (any of its translations): its page is not deleted
    while they are (see home/personal_data.py)."""
    return Registration.objects.filter(event_key=page.translation_key).count()


@hooks.register("register_log_actions")
def register_registration_log_actions(actions):
    @actions.register_action(registrations.PURGE_ACTION)
    class PurgeRegistrations(LogFormatter):
        label = _("Purge event registrations")

        def format_message(self, log_entry):
            return _("Registrations purged after the retention period: %(count)d") % {
                "count": log_entry.data.get("count", 0)
            }


# Live indicators of the plan (forum/indicators.py): the figures forum itself knows.
@hooks.register("register_live_indicator")
def workshops_held_indicator():
    return ("workshops_held", _("Workshops held"), api.count_workshops_held)


@hooks.register("register_live_indicator")
def meetings_with_institutions_indicator():
    return (
        "meetings_with_institutions",
        _("Meetings with institutions"),
        api.count_advocacy_meetings,
    )


# The home page's live blocks (home/live_blocks.py): the coming events and the plan's progress.
@hooks.register("register_home_block", order=20)
def next_events_home_block():
    return HomeBlock(
        name="next-events",
        label=_("The next events"),
        heading=_("Coming events"),
        template="forum/home/next_events.html",
        context=api.next_events,
    )


@hooks.register("register_home_block", order=30)
def plan_progress_home_block():
    return HomeBlock(
        name="plan-progress",
        label=_("The action plan's progress"),
        heading=_("Progress of the action plan"),
        template="forum/home/plan_progress.html",
        context=api.plan_progress,
    )


@hooks.register("register_page_cache_dependency")
def forum_records_on_pages():
    """The records the forum's pages show without owning them (home/purge.py)."""
    return [
        Dependency(Organization, MembersPage),
        # The tracker names each action's responsible organisation and partners.
        Dependency(Organization, StrategyPage),
        # Communities name the organisations' and the events' participants.
        Dependency(Community, MembersPage),
        Dependency(Community, EventPage),
        *(Dependency(model, StrategyPage) for model in (Goal, Objective, Action, Indicator)),
        Dependency(Measurement, StrategyPage),
        # An action's history names who changed it.
        Dependency(
            get_user_model(),
            _strategy_pages_naming,
            fields=("first_name", "last_name"),
        ),
        Dependency(AdvocacyMeeting, AdvocacyPage),
        Dependency(Commitment, AdvocacyPage),
        Dependency(Registration, _registration_event, live=True),  # places left
    ]


def _strategy_pages_naming(user):
    """The trackers, where an action's history names this user (or named them: deleted)."""
    User = get_user_model()
    named = ActionStatusChange.objects.filter(changed_by_id=user.pk).exists()
    if named or not User.objects.filter(pk=user.pk).exists():
        return StrategyPage.objects.live()
    return StrategyPage.objects.none()


def _registration_event(registration):
    return EventPage.objects.live().filter(translation_key=registration.event_key)
