"""Background work of the competition: the emails to the student and to their guardian."""

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from competition.models import EssayCompetitionPage, Submission
from home import i18n


def _send(template, context, recipient):
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient]).send()


@task()
def send_submission_emails(submission_id):
    """The student's confirmation and, for a minor, the guardian's consent link."""
    from competition.submissions import consent_token

    submission = (
        Submission.objects.filter(pk=submission_id, student__isnull=False)
        .select_related("student")
        .first()
    )
    page = submission and i18n.live_page_in_language(
        EssayCompetitionPage, submission.competition_key, submission.student.language
    )
    if page is None:
        return
    student = submission.student
    with translation.override(student.language):
        context = {"submission": submission, "student": student, "page": page}
        _send("competition/email/received", context, f"{student.name} <{student.email}>")
        if submission.status == Submission.Status.AWAITING_CONSENT:
            context["consent_url"] = page.get_full_url() + page.reverse_subpage(
                "consent", args=[consent_token(submission)]
            )
            _send(
                "competition/email/guardian",
                context,
                f"{student.guardian_name} <{student.guardian_email}>",
            )
