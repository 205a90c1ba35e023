"""What the competition's page does with a request; the page's routes call these."""

from http import HTTPStatus

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from cms import languages
from competition import submissions
from competition.api import winners
from competition.forms import SubmissionForm
from competition.models import EssayCompetitionPage, Submission
from home import page_cache, ratelimits


def _render(request, page, template, context, status=HTTPStatus.OK):
    context = {**page.get_context(request), **context}
    return TemplateResponse(request, template, context, status=status)


def detail(request, page, form=None, status=HTTPStatus.OK, refusal=None):
    state = page.state()
    # The page changes by itself when the competition opens and when it closes.
    source = page.source
    page_cache.changes_at(request, source.opens_at if state == "upcoming" else source.closes_at)
    context = {
        "state": state,
        "source": page.source,
        "criteria": list(page.criteria.all()),
        "prizes": list(page.prizes.all()),
        "refusal": refusal,
    }
    if state == EssayCompetitionPage.State.OPEN:
        context["form"] = form or SubmissionForm(
            page=page, initial={"language": page.locale.language_code}
        )
    if state == EssayCompetitionPage.State.RESULTS:
        context["winners"], context["mentions"] = winners(page)
    return _render(request, page, "competition/essay_competition_page.html", context, status)


def submit(request, page):
    if request.method != "POST":
        return redirect(page.url)
    form = SubmissionForm(request.POST, request.FILES, page=page)
    if ratelimits.over_limit(
        request, "competition:submission", settings.COMPETITION_SUBMISSION_RATE
    ):
        return detail(
            request,
            page,
            form,
            HTTPStatus.TOO_MANY_REQUESTS,
            refusal=_("Too many submissions from your connection. Please try again in an hour."),
        )
    try:
        submissions.check_open(page)
    except submissions.SubmissionRefused as refusal:
        return detail(request, page, None, refusal.status, refusal=refusal.message)
    if form.is_spam:
        return detail(
            request,
            page,
            form,
            HTTPStatus.BAD_REQUEST,
            refusal=_("The form could not be accepted. Please leave the last field empty."),
        )
    if not form.is_valid():
        return detail(request, page, form, HTTPStatus.BAD_REQUEST)
    language = languages.get(translation.get_language() or page.locale.language_code).code
    try:
        submission, _created = submissions.submit(page, form, language)
    except submissions.SubmissionRefused as refusal:
        return detail(request, page, form, refusal.status, refusal=refusal.message)
    return redirect(page.url + page.reverse_subpage("submitted", args=[submission.form_token]))


def submitted(request, page, token):
    submission = Submission.objects.of(page).filter(form_token=token).first()
    if submission is None:
        raise Http404
    return _render(request, page, "competition/submitted.html", {"submission": submission})


def guardian_consent(request, page, token):
    submission = submissions.submission_for_consent(token)
    if submission is None or submission.competition_key != page.translation_key:
        return _render(
            request,
            page,
            "competition/consent.html",
            {"submission": None},
            HTTPStatus.NOT_FOUND,
        )
    if request.method == "POST":
        submissions.confirm_consent(submission)
        return redirect(page.url + page.reverse_subpage("consent", args=[token]))
    return _render(request, page, "competition/consent.html", {"submission": submission})
