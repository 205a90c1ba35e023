"""The competition in the admin: the coordinator's desk, the judges' list, the judges."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from competition import admin_views
from competition.models import EssayCompetitionPage, Judge
from home import roles
from home.admin_views import PermissionMenuItem


@hooks.register("register_admin_urls")
def register_competition_admin_urls():
    return [
        path("competition/", admin_views.IndexView.as_view(), name="competition_index"),
        path(
            "competition/<int:page_id>/",
            admin_views.CompetitionView.as_view(),
            name="competition_admin",
        ),
        path(
            "competition/<int:page_id>/ranking/",
            admin_views.RankingView.as_view(),
            name="competition_ranking",
        ),
        path(
            "competition/<int:page_id>/export/<str:kind>/<str:format>/",
            admin_views.ExportView.as_view(),
            name="competition_export",
        ),
        path(
            "competition/submission/<int:pk>/",
            admin_views.SubmissionView.as_view(),
            name="competition_submission",
        ),
        path("judging/", admin_views.MyEssaysView.as_view(), name="competition_my_essays"),
        path("judging/<int:pk>/", admin_views.ScoreEssayView.as_view(), name="competition_score"),
    ]


@hooks.register("register_scoped_admin_urls")
def judges_reach_only_their_essays():
    """Judges are a scoped group (home/admin_scope.py): their list and scoring page, no more."""
    return {roles.JUDGES: ["competition_my_essays", "competition_score"]}


@hooks.register("register_admin_menu_item")
def register_competition_menu_item():
    return PermissionMenuItem(
        _("Essay competition"),
        reverse("competition_index"),
        icon_name="doc-full",
        order=240,
        permission=admin_views.MANAGE,
    )


class JudgeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.SCORE) and hasattr(request.user, "judge")


@hooks.register("register_admin_menu_item")
def register_judging_menu_item():
    return JudgeMenuItem(
        _("My essays"), reverse("competition_my_essays"), icon_name="edit", order=1
    )


class JudgeViewSet(SnippetViewSet):
    model = Judge
    icon = "user"
    menu_label = _("Judges")
    menu_name = "judges"
    add_to_admin_menu = True
    menu_order = 241
    list_display = ["__str__", "languages"]


register_snippet(JudgeViewSet)


@hooks.register("register_page_header_buttons")
def competition_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, EssayCompetitionPage) and user.has_perm(
        admin_views.MANAGE
    ):
        yield Button(
            _("Submissions"),
            reverse("competition_admin", args=[page.pk]),
            icon_name="doc-full",
            priority=30,
        )
