"""The competition in the admin: the coordinator's desk and the judges' narrow view.

Coordinators (``competition.manage_competition``) see the submissions, decide eligibility, run
the assignment, read the ranking and confirm the awards; with ``competition.view_personal_data``
they see who wrote what, export it and erase it. Judges (``competition.score_essays``) see only
the essays given to them, without the author, and their own marks: any other URL of this module
answers 403, and another judge's essay 404.
"""

import json
from http import HTTPStatus

import tablib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.defaults import permission_denied

from wagtail.log_actions import log

from cms import languages
from competition import judging, ranking
from competition.forms import AwardsForm, ConflictForm, DisqualifyForm, ScoreForm
from competition.models import (
    EssayCompetitionPage,
    Judge,
    JudgeAssignment,
    Score,
    Submission,
)
from home import downloads
from home.admin_views import PermissionView

MANAGE = "competition.manage_competition"
PERSONAL = "competition.view_personal_data"
SCORE = "competition.score_essays"


class AdminView(PermissionView):
    permission = MANAGE
    header_icon = "doc-full"


def refuse(request):
    """403, the same for an id that exists and one that does not: nothing to learn from it."""
    return permission_denied(request, PermissionDenied())


class CompetitionMixin:
    """A view of one competition, named by the id of any of its pages."""

    def dispatch(self, request, page_id, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            return refuse(request)  # before looking the page up: nothing to learn from a 404
        page = get_object_or_404(EssayCompetitionPage, pk=page_id)
        self.competition = page.source
        return super().dispatch(request, *args, **kwargs)

    def competition_url(self):
        return reverse("competition_admin", args=[self.competition.pk])

    def trail(self):
        return [
            {"url": reverse("competition_index"), "label": _("Essay competition")},
            {"url": self.competition_url(), "label": self.competition.title},
        ]


class IndexView(AdminView):
    template_name = "competition/admin/index.html"
    page_title = gettext_lazy("Essay competition")

    def get_context_data(self, **kwargs):
        pages = list(judging.competitions())
        counts = {}
        for key, status in Submission.objects.filter(
            competition_key__in=[page.translation_key for page in pages]
        ).values_list("competition_key", "status"):
            counts.setdefault(key, {}).setdefault(status, 0)
            counts[key][status] += 1
        rows = [(page, page.state(), counts.get(page.translation_key, {})) for page in pages]
        return {**super().get_context_data(**kwargs), "rows": rows}


class CompetitionView(CompetitionMixin, AdminView):
    """The submissions of one competition, and what a coordinator does with them."""

    template_name = "competition/admin/competition.html"

    def get_page_title(self):
        return self.competition.title

    def trail(self):
        return super().trail()[:1]

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()
        found = Submission.objects.of(self.competition)
        if query:  # the reference, the title or the essay's text (extracted from its file)
            found = found.filter(
                Q(reference__icontains=query) | Q(title__icontains=query) | Q(text__icontains=query)
            )
        submissions = list(found.select_related("student").prefetch_related("assignments__score"))
        for submission in submissions:
            rows = [a for a in submission.assignments.all() if a.conflict_declared_at is None]
            submission.judges_count = len(rows)
            submission.scored_count = sum(
                1 for a in rows if hasattr(a, "score") and a.score.is_submitted
            )
        return {
            **super().get_context_data(**kwargs),
            "competition": self.competition,
            "state": self.competition.state(),
            "submissions": submissions,
            "query": query,
            "disqualify_form": kwargs.get("disqualify_form") or DisqualifyForm(),
            "can_see_personal_data": self.request.user.has_perm(PERSONAL),
            "retention_ends": self.competition.retention_ends(),
            "retention_over": timezone.now() >= self.competition.retention_ends(),
            "export_formats": ("csv", "xlsx"),
        }

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        handler = {
            "eligible": self.mark_eligible,
            "disqualify": self.disqualify,
            "calibration": self.toggle_calibration,
            "assign": self.assign,
            "purge": self.purge,
        }.get(action)
        if handler is None:
            return HttpResponse(_("Unknown action."), status=HTTPStatus.BAD_REQUEST)
        response = handler(request)
        return response or redirect(self.competition_url())

    def submission(self, request):
        try:
            pk = int(request.POST.get("submission", ""))
        except ValueError:
            raise Http404 from None
        return get_object_or_404(Submission.objects.of(self.competition), pk=pk)

    def mark_eligible(self, request):
        submission = self.submission(request)
        if submission.status == Submission.Status.AWAITING_CONSENT:
            messages.error(
                request,
                _("%(reference)s waits for the guardian's consent: it cannot be judged yet.")
                % {"reference": submission.reference},
            )
            return None
        submission.status = Submission.Status.ELIGIBLE
        submission.disqualification_reason = ""
        submission.save(update_fields=["status", "disqualification_reason"])
        log(instance=submission, action="competition.eligible")
        messages.success(request, _("%s is eligible.") % submission.reference)
        return None

    def disqualify(self, request):
        submission = self.submission(request)
        form = DisqualifyForm(request.POST)
        if not form.is_valid():
            messages.error(
                request, _("Give the reason for disqualifying %s.") % submission.reference
            )
            response = self.render_to_response(self.get_context_data(disqualify_form=form))
            response.status_code = HTTPStatus.BAD_REQUEST
            return response
        submission.status = Submission.Status.DISQUALIFIED
        submission.disqualification_reason = form.cleaned_data["reason"]
        submission.award = ""
        submission.save(update_fields=["status", "disqualification_reason", "award"])
        log(
            instance=submission,
            action="competition.disqualify",
            data={"reason": submission.disqualification_reason},
        )
        messages.success(request, _("%s is disqualified.") % submission.reference)
        return None

    def toggle_calibration(self, request):
        submission = self.submission(request)
        if submission.assignments.filter(score__submitted_at__isnull=False).exists():
            messages.error(
                request,
                _("%s already has submitted scores: it cannot change its role now.")
                % submission.reference,
            )
            return None
        submission.calibration = not submission.calibration
        submission.save(update_fields=["calibration"])
        log(
            instance=submission,
            action="competition.calibration",
            data={"calibration": submission.calibration},
        )
        return None

    def assign(self, request):
        report = judging.run_assignment(self.competition)
        messages.success(
            request,
            ngettext(
                "Assignment done: %(count)d new assignment.",
                "Assignment done: %(count)d new assignments.",
                report.created,
            )
            % {"count": report.created},
        )
        for submission, missing in report.short.items():
            messages.warning(
                request,
                ngettext(
                    "%(reference)s lacks %(missing)d judge who reads its language without a "
                    "conflict.",
                    "%(reference)s lacks %(missing)d judges who read its language without a "
                    "conflict.",
                    missing,
                )
                % {"reference": submission.reference, "missing": missing},
            )
        return None

    def purge(self, request):
        if not request.user.has_perm(PERSONAL):
            raise PermissionDenied
        if timezone.now() < self.competition.retention_ends():
            messages.error(request, _("The retention period is not over yet."))
            return None
        count = judging.purge(Submission.objects.of(self.competition))
        messages.success(
            request,
            ngettext(
                "Personal data removed from %(count)d submission.",
                "Personal data removed from %(count)d submissions.",
                count,
            )
            % {"count": count},
        )
        return None


class ExportView(CompetitionMixin, AdminView):
    """Submissions or scores as CSV or XLSX, safe to open in a spreadsheet."""

    def get(self, request, kind, format, *args, **kwargs):
        if format not in ("csv", "xlsx") or kind not in ("submissions", "scores"):
            raise Http404
        if kind == "submissions" and not request.user.has_perm(PERSONAL):
            raise PermissionDenied
        data = self.submissions() if kind == "submissions" else self.scores()
        log(instance=self.competition, action="competition.export", data={"kind": kind})
        stamp = timezone.localdate().isoformat()
        return downloads.spreadsheet_response(
            data, f"{kind}-{self.competition.year}-{stamp}", format
        )

    def submissions(self):
        standing = {row.submission.pk: row.ranked for row in judging.standings(self.competition)[0]}
        data = tablib.Dataset(
            headers=[
                _("Reference"),
                _("Title"),
                _("Language"),
                _("Words"),
                _("Status"),
                _("Reason"),
                _("Submitted at"),
                _("Name"),
                _("Date of birth"),
                _("School"),
                _("Grade"),
                _("Municipality"),
                _("Email"),
                _("Mentor teacher"),
                _("Guardian"),
                _("Guardian's email"),
                _("Guardian consented at"),
                _("Publication consent"),
                _("Result"),
                _("Rank"),
                _("Award"),
            ]
        )
        for s in Submission.objects.of(self.competition).select_related("student"):
            student = s.student
            ranked = standing.get(s.pk)
            data.append(
                [
                    s.reference,
                    s.title,
                    s.get_language_display(),
                    s.word_count,
                    s.get_status_display(),
                    s.disqualification_reason,
                    timezone.localtime(s.submitted_at).strftime("%Y-%m-%d %H:%M"),
                    *(
                        [
                            student.name,
                            student.date_of_birth.isoformat(),
                            student.school,
                            student.grade,
                            student.municipality_name,
                            student.email,
                            student.mentor,
                            student.guardian_name,
                            student.guardian_email,
                            timezone.localtime(student.guardian_consent_at).strftime(
                                "%Y-%m-%d %H:%M"
                            )
                            if student.guardian_consent_at
                            else "",
                            _("yes") if student.publication_consent else _("no"),
                        ]
                        if student
                        else [""] * 11
                    ),
                    ranked.result if ranked else "",
                    ranked.rank if ranked else "",
                    s.get_award_display(),
                ]
            )
        return data

    def scores(self):
        criteria = list(self.competition.criteria.all())
        data = tablib.Dataset(
            headers=[
                _("Reference"),
                _("Judge"),
                *[criterion.name for criterion in criteria],
                _("Total (0-100)"),
                _("Comment"),
                _("Submitted at"),
            ]
        )
        weights = judging.criteria(self.competition)
        scores = (
            Score.objects.filter(
                assignment__submission__competition_key=self.competition.translation_key
            )
            .select_related("assignment__submission", "assignment__judge__user")
            .order_by("assignment__submission__number", "assignment__judge_id")
        )
        for score in scores:
            data.append(
                [
                    score.assignment.submission.reference,
                    str(score.assignment.judge),
                    *[score.points.get(criterion.key, "") for criterion in criteria],
                    round(ranking.total(score.points, weights), 2),
                    score.comment,
                    timezone.localtime(score.submitted_at).strftime("%Y-%m-%d %H:%M")
                    if score.submitted_at
                    else "",
                ]
            )
        return data


class SubmissionView(AdminView):
    """One submission with its author: for coordinators who may see personal data."""

    permission = PERSONAL
    template_name = "competition/admin/submission.html"

    def dispatch(self, request, pk, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            return refuse(request)  # before looking the submission up
        self.submission = get_object_or_404(Submission.objects.select_related("student"), pk=pk)
        self.competition = EssayCompetitionPage.objects.filter(
            translation_key=self.submission.competition_key
        ).first()
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.submission.reference

    def trail(self):
        if self.competition is None:
            return []
        return [
            {"url": reverse("competition_index"), "label": _("Essay competition")},
            {
                "url": reverse("competition_admin", args=[self.competition.pk]),
                "label": self.competition.source.title,
            },
        ]

    def get(self, request, *args, **kwargs):
        what = request.GET.get("download")
        if what == "data":
            log(instance=self.submission, action="competition.export_personal_data")
            response = HttpResponse(
                json.dumps(judging.personal_data(self.submission), ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = (
                f'attachment; filename="{self.submission.reference}.json"'
            )
            return response
        if what == "original":
            if not self.submission.original:
                raise Http404
            return FileResponse(self.submission.original.open("rb"), as_attachment=True)
        if what:
            raise Http404
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        assignments = self.submission.assignments.select_related("judge__user", "score")
        return {
            **super().get_context_data(**kwargs),
            "submission": self.submission,
            "student": self.submission.student,
            "assignments": assignments,
            "criteria": list(self.competition.source.criteria.all()) if self.competition else [],
        }

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") != "erase":
            return HttpResponse(_("Unknown action."), status=HTTPStatus.BAD_REQUEST)
        if judging.erase(self.submission):
            log(instance=self.submission, action="competition.erase")
            messages.success(
                request,
                _("The personal data of %s is erased; the anonymous essay and its scores stay.")
                % self.submission.reference,
            )
        return redirect(reverse("competition_submission", args=[self.submission.pk]))


class RankingView(CompetitionMixin, AdminView):
    """The ranking, with or without per-judge normalisation, the calibration, the awards."""

    template_name = "competition/admin/ranking.html"

    def get_page_title(self):
        return _("Ranking: %s") % self.competition.title

    def normalise(self):
        return self.request.POST.get("normalised") or self.request.GET.get("normalise") == "1"

    def get_context_data(self, **kwargs):
        normalise = bool(self.normalise())
        standings, unscored = judging.standings(self.competition, normalise=normalise)
        form = kwargs.get("form") or self.awards_form(standings, normalise)
        return {
            **super().get_context_data(**kwargs),
            "competition": self.competition,
            "state": self.competition.state(),
            "standings": standings,
            "unscored": unscored,
            "normalise": normalise,
            "calibration": judging.calibration(self.competition),
            "form": form,
            "result": self.competition.result,
        }

    def awards_form(self, standings, normalise, data=None):
        submissions = [row.submission for row in standings]
        initial = {"normalised": normalise}
        for row in standings:
            award = row.submission.award
            if award == Submission.Award.MENTION:
                initial.setdefault("mentions", []).append(row.submission.pk)
            elif award:
                initial[{"1": "first", "2": "second", "3": "third"}[award]] = row.submission.pk
        complete = [row for row in standings if not row.ranked.incomplete]
        if not any(key in initial for key in ("first", "second", "third")):
            for name, row in zip(("first", "second", "third"), complete, strict=False):
                initial[name] = row.submission.pk
        required = self.competition.judges_per_essay
        incomplete = {
            row.submission.pk: (row.ranked.judges, required)
            for row in standings
            if row.ranked.incomplete
        }
        return AwardsForm(data, submissions=submissions, incomplete=incomplete, initial=initial)

    def post(self, request, *args, **kwargs):
        normalise = bool(self.normalise())
        standings, _unscored = judging.standings(self.competition, normalise=normalise)
        form = self.awards_form(standings, normalise, data=request.POST)
        if self.competition.state() in (
            EssayCompetitionPage.State.UPCOMING,
            EssayCompetitionPage.State.OPEN,
        ):
            messages.error(
                request, _("The awards can be confirmed once the competition is closed.")
            )
            status = HTTPStatus.CONFLICT
        elif form.is_valid():
            judging.confirm_awards(self.competition, form.awards(), normalise, request.user)
            messages.success(request, _("The awards are confirmed and the results published."))
            return redirect(reverse("competition_ranking", args=[self.competition.pk]))
        else:
            status = HTTPStatus.BAD_REQUEST
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = status
        return response


# The judges' view


class JudgeMixin:
    permission = SCORE

    def dispatch(self, request, *args, **kwargs):
        self.judge = getattr(request.user, "judge", None) if request.user.is_authenticated else None
        if self.judge is None or not self.judge.active or not request.user.has_perm(SCORE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def assignments(self):
        return JudgeAssignment.objects.filter(
            judge=self.judge,
            conflict_declared_at__isnull=True,
            submission__status=Submission.Status.ELIGIBLE,
        ).select_related("submission", "score")


class MyEssaysView(JudgeMixin, AdminView):
    template_name = "competition/admin/my_essays.html"
    page_title = gettext_lazy("My essays")
    header_icon = "edit"

    def get_context_data(self, **kwargs):
        rows = list(
            self.assignments()
            .select_related("submission__student")
            .order_by("-submission__calibration", "submission__number")
        )
        for row in rows:  # students write their names into their titles too
            row.title = judging.blind(row.submission)[0]
        return {
            **super().get_context_data(**kwargs),
            "rows": rows,
            "done": sum(1 for row in rows if hasattr(row, "score") and row.score.is_submitted),
        }


class ScoreEssayView(JudgeMixin, AdminView):
    """One essay, without its author, and the judge's marks."""

    template_name = "competition/admin/score_essay.html"
    header_icon = "edit"

    def dispatch(self, request, pk, *args, **kwargs):
        self.pk = pk
        return super().dispatch(request, *args, **kwargs)

    def setup_row(self):
        self.row = get_object_or_404(
            self.assignments().select_related("submission__student"), pk=self.pk
        )
        self.page = EssayCompetitionPage.objects.filter(
            translation_key=self.row.submission.competition_key
        ).first()
        self.score = getattr(self.row, "score", None)
        self.locked = (self.score is not None and self.score.is_submitted) or (
            self.page is not None and self.page.result is not None
        )

    def get(self, request, *args, **kwargs):
        self.setup_row()
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return self.row.submission.reference

    def trail(self):
        return [{"url": reverse("competition_my_essays"), "label": _("My essays")}]

    def criteria(self):
        """The rubric in the judge's admin language where it is translated."""
        if self.page is None:
            return []
        try:
            code = languages.get(get_language() or languages.DEFAULT.code).code
        except KeyError:  # an admin language that is not one of the site's eight
            code = languages.DEFAULT.code
        return judging.rubric(self.page, code)

    def get_context_data(self, **kwargs):
        title, text = judging.blind(self.row.submission)
        initial = {}
        if self.score is not None:
            initial = {**self.score.points, "comment": self.score.comment}
        form = kwargs.get("form") or ScoreForm(criteria=self.criteria(), initial=initial)
        return {
            **super().get_context_data(**kwargs),
            "row": self.row,
            "submission": self.row.submission,
            "title": title,
            "text": text,
            "form": form,
            "conflict_form": kwargs.get("conflict_form") or ConflictForm(),
            "score": self.score,
            "locked": self.locked,
        }

    def post(self, request, *args, **kwargs):
        self.setup_row()
        action = request.POST.get("action")
        if action == "conflict":
            return self.declare_conflict(request)
        if action not in ("draft", "submit"):
            return HttpResponse(_("Unknown action."), status=HTTPStatus.BAD_REQUEST)
        if self.locked:
            messages.error(request, _("Your scores for this essay are already submitted."))
            response = self.render_to_response(self.get_context_data())
            response.status_code = HTTPStatus.CONFLICT
            return response
        form = ScoreForm(request.POST, criteria=self.criteria(), final=action == "submit")
        if not form.is_valid():
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = HTTPStatus.BAD_REQUEST
            return response
        Score.objects.update_or_create(
            assignment=self.row,
            defaults={
                "points": form.points(),
                "comment": form.cleaned_data["comment"],
                "submitted_at": timezone.now() if action == "submit" else None,
            },
        )
        if action == "submit":
            messages.success(request, _("Your scores are submitted. Thank you."))
            return redirect(reverse("competition_my_essays"))
        messages.success(request, _("Draft saved."))
        return redirect(reverse("competition_score", args=[self.row.pk]))

    def declare_conflict(self, request):
        form = ConflictForm(request.POST)
        if not form.is_valid() or self.locked:
            response = self.render_to_response(self.get_context_data(conflict_form=form))
            response.status_code = HTTPStatus.BAD_REQUEST
            return response
        judging.declare_conflict(self.row, form.cleaned_data["reason"])
        messages.success(
            request, _("Thank you: the essay is taken from your list and given to another judge.")
        )
        return redirect(reverse("competition_my_essays"))


class DeactivateJudgeView(AdminView):
    """A judge taken out of the competition: kept with their scores, given no more essays."""

    permission = "competition.change_judge"
    template_name = "competition/admin/deactivate_judge.html"
    page_title = gettext_lazy("Deactivate judge")
    header_icon = "user"

    def dispatch(self, request, pk, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            return refuse(request)
        self.judge = get_object_or_404(Judge.objects.select_related("user"), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.judge)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "judge": self.judge}

    def post(self, request, *args, **kwargs):
        if self.judge.active:
            judging.deactivate(self.judge)
            messages.success(
                request,
                _(
                    "%(judge)s is deactivated; their scores stay. The essays they had not scored "
                    "go to other judges at the next assignment."
                )
                % {"judge": self.judge},
            )
        return redirect(reverse("wagtailsnippets_competition_judge:list"))
