"""Background work of the competition: the emails to the student and to their guardian."""

from django_tasks import task

from competition.models import EssayCompetitionPage, Submission
from home import emails, i18n


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
    context = {"submission": submission, "student": student, "page": page}
    emails.send(
        student.email, student.name, "competition/email/received", context, student.language
    )
    if submission.status == Submission.Status.AWAITING_CONSENT:
        context["consent_url"] = page.get_full_url() + page.reverse_subpage(
            "consent", args=[consent_token(submission)]
        )
        emails.send(
            student.guardian_email,
            student.guardian_name,
            "competition/email/guardian",
            context,
            student.language,
        )
