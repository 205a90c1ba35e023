"""The competition in the admin: the coordinator's desk, the judges' list, the judges, the
actions the site history records, and what the core asks of the app (scoped URLs for judges,
the personal data a page holds)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, IndexView, SnippetViewSet

from competition import admin_views, api, judging
from competition.models import EssayCompetitionPage, Judge, Result, Submission
from home import roles
from home.admin_views import PermissionMenuItem
from home.live_blocks import HomeBlock
from home.purge import Dependency


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
        path(
            "competition/judge/<int:pk>/deactivate/",
            admin_views.DeactivateJudgeView.as_view(),
            name="competition_deactivate_judge",
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
        judge = getattr(request.user, "judge", None)
        return request.user.has_perm(admin_views.SCORE) and judge is not None and judge.active


@hooks.register("register_admin_menu_item")
def register_judging_menu_item():
    return JudgeMenuItem(
        _("My essays"), reverse("competition_my_essays"), icon_name="edit", order=1
    )


REFUSED_DELETE = _(
    "%(judge)s has submitted scores: the ranking rests on them, so the judge cannot be "
    "deleted. Deactivate them instead."
)


class JudgeIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.active and self.request.user.has_perm("competition.change_judge"):
            buttons.append(
                ListingButton(
                    _("Deactivate"),
                    reverse("competition_deactivate_judge", args=[instance.pk]),
                    icon_name="cross",
                    priority=25,
                )
            )
        return buttons


class JudgeDeleteView(DeleteView):
    """Deletes only a judge who never submitted a score; one who did is deactivated instead."""

    def refuse_if_scored(self):
        if self.object.has_scored():
            messages.error(self.request, REFUSED_DELETE % {"judge": self.object})
            return redirect(reverse("competition_deactivate_judge", args=[self.object.pk]))
        return None

    def get(self, request, *args, **kwargs):
        return self.refuse_if_scored() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refuse_if_scored() or super().post(request, *args, **kwargs)

    def delete_action(self):
        with transaction.atomic():
            judging.release_drafts(self.object)  # drafts decide nothing: they go with the judge
            super().delete_action()


class JudgeViewSet(SnippetViewSet):
    model = Judge
    icon = "user"
    menu_label = _("Judges")
    menu_name = "judges"
    add_to_admin_menu = True
    menu_order = 241
    list_display = ["__str__", "languages", "deactivated_at"]
    index_view_class = JudgeIndexView
    delete_view_class = JudgeDeleteView


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


@hooks.register("before_delete_user")
def keep_the_judges_who_scored(request, user):
    """Deleting a judge's user would delete the judge: refused once they have scored (their
    user is kept, and can be deactivated); a judge who never scored goes with their user."""
    judge = Judge.objects.filter(user=user).first()
    if judge is None:
        return None
    if judge.has_scored():
        messages.error(request, REFUSED_DELETE % {"judge": judge})
        return redirect(reverse("wagtailusers_users:edit", args=[user.pk]))
    if request.method == "POST":
        judging.delete_judge(judge)
    return None


@hooks.register("register_personal_data")
def competition_personal_data(page):
    """The students a competition page (any of its translations) still holds."""
    if not issubclass(page.specific_class or type(page), EssayCompetitionPage):
        return 0
    return Submission.objects.filter(
        competition_key=page.translation_key, student__isnull=False
    ).count()


@hooks.register("register_log_actions")
def register_competition_log_actions(actions):
    """The coordinators' decisions and every change to students' personal data, as the site
    history shows them."""
    for action, label, message in (
        ("competition.eligible", _("Mark essay eligible"), _("Marked eligible")),
        ("competition.disqualify", _("Disqualify essay"), _("Disqualified")),
        ("competition.calibration", _("Change calibration essay"), _("Calibration changed")),
        ("competition.assign", _("Assign judges"), _("Judges assigned")),
        ("competition.awards", _("Confirm awards"), _("Awards confirmed")),
        ("competition.export", _("Export submissions or scores"), _("Exported")),
        (
            "competition.export_personal_data",
            _("Export a student's data"),
            _("Student's data exported"),
        ),
        ("competition.erase", _("Erase a student's data"), _("Student's data erased")),
        ("competition.purge", _("Purge personal data"), _("Personal data purged")),
        ("competition.judge_deactivate", _("Deactivate judge"), _("Judge deactivated")),
    ):
        actions.register_action(action, label, message)


@hooks.register("before_bulk_action")
def keep_the_judges_who_scored_in_bulk(request, action_type, objects, action):
    """The users' and the judges' bulk delete: refused while any of them is a judge who scored;
    the others' judges (and their unscored assignments) go."""
    if action_type != "delete" or action.model not in (get_user_model(), Judge):
        return None
    if action.model is Judge:
        judges, back = list(objects), reverse(JudgeViewSet().get_url_name("list"))
    else:
        judges = list(Judge.objects.filter(user__in=objects).select_related("user"))
        back = reverse("wagtailusers_users:index")
    scored = [judge for judge in judges if judge.has_scored()]
    if scored:
        for judge in scored:
            messages.error(request, REFUSED_DELETE % {"judge": judge})
        return redirect(back)
    for judge in judges:
        if action.model is Judge:
            judging.release_drafts(judge)  # the bulk action deletes the judge itself
        else:
            judging.delete_judge(judge)
    return None


@hooks.register("register_live_indicator")
def essays_submitted_indicator():
    """A live figure of the plan's indicators (forum/indicators.py)."""
    return ("essays_submitted", _("Essays submitted"), api.count_submitted_essays)


@hooks.register("register_home_block", order=40)
def current_competition_home_block():
    """The open competition, or its winners, on the home page (home/live_blocks.py)."""
    return HomeBlock(
        name="essay-competition",
        label=_("The essay competition"),
        heading=_("Essay competition"),
        template="competition/home/current_competition.html",
        context=api.current_competition,
    )


@hooks.register("register_page_cache_dependency")
def results_on_pages():
    """Confirmed or withdrawn results change the competition's page (home/purge.py)."""
    return Dependency(
        Result,
        lambda result: EssayCompetitionPage.objects.live().filter(
            translation_key=result.competition_key
        ),
    )
