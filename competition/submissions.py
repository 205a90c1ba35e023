"""Storing a submission and confirming a guardian's consent: the rules that need the database.

A submission is stored once: the form carries a token made when it was shown, unique in the
table, so a second click or a resent request finds the first submission instead of making
another. Reference codes count per year (``ESSAY-2026-0042``): the competition's page rows are
locked while a number is taken, and should two competitions of one year still pick the same
number, the unique constraint turns the later one back to take the next.
"""

import base64
from functools import partial
from http import HTTPStatus

from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from competition import tasks
from competition.models import EssayCompetitionPage, Student, Submission

CONSENT_SALT = "competition.guardian-consent"
CONSENT_MAX_AGE = 60 * 60 * 24 * 60  # two months to answer
ATTEMPTS = 10


class SubmissionRefused(Exception):
    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def not_open():
    return SubmissionRefused(
        _("The competition is not open yet: submissions start on the opening date."),
        HTTPStatus.FORBIDDEN,
    )


def closed():
    return SubmissionRefused(
        _("The competition is closed: the deadline for submissions has passed."),
        HTTPStatus.FORBIDDEN,
    )


def check_open(page):
    state = page.state()
    if state == EssayCompetitionPage.State.UPCOMING:
        raise not_open()
    if state != EssayCompetitionPage.State.OPEN:
        raise closed()


def _next_number(prefix):
    found = Submission.objects.filter(reference__startswith=prefix).aggregate(Max("number"))
    return (found["number__max"] or 0) + 1


def submit(page, form, language):
    """Store the form's submission; returns (submission, created). A repeat of the same form
    returns the submission it made the first time."""
    check_open(page)
    data = form.cleaned_data
    earlier = Submission.objects.filter(form_token=data["form_token"]).first()
    if earlier is not None:
        return earlier, False
    minor = form.is_minor(data["date_of_birth"])
    prefix = f"ESSAY-{page.year}-"
    for _attempt in range(ATTEMPTS):
        submission = Submission(
            competition_key=page.translation_key,
            form_token=data["form_token"],
            title=data["title"],
            language=data["language"],
            text=data["essay_text"],
            word_count=data["word_count"],
            status=(Submission.Status.AWAITING_CONSENT if minor else Submission.Status.RECEIVED),
        )
        try:
            with transaction.atomic():
                # One numbering at a time per competition: the page's rows are locked (a no-op
                # on SQLite, whose writes queue anyway), then the number is read again.
                Page.objects.select_for_update().filter(
                    translation_key=page.translation_key
                ).exists()
                submission.number = _next_number(prefix)
                submission.reference = f"{prefix}{submission.number:04d}"
                submission.student = Student.objects.create(
                    name=data["name"],
                    date_of_birth=data["date_of_birth"],
                    school=data["school"],
                    grade=data["grade"],
                    municipality=data["municipality"],
                    email=data["email"],
                    mentor=data["mentor"],
                    guardian_name=data["guardian_name"] if minor else "",
                    guardian_email=data["guardian_email"] if minor else "",
                    publication_consent=data["publication_consent"],
                    language=language,
                )
                if data.get("file"):
                    upload = data["file"]
                    upload.seek(0)
                    submission.original.save(
                        f"{submission.reference}.{form.extracted_kind}", upload, save=False
                    )
                submission.save()
        except IntegrityError:
            if submission.original:
                submission.original.delete(save=False)
            earlier = Submission.objects.filter(form_token=data["form_token"]).first()
            if earlier is not None:  # the same form, sent twice at once
                return earlier, False
            continue  # another submission took this number first
        transaction.on_commit(partial(tasks.send_submission_emails.enqueue, submission.pk))
        return submission, True
    raise SubmissionRefused(
        _("Too many submissions at this moment. Please send the form again."),
        HTTPStatus.SERVICE_UNAVAILABLE,
    )


def consent_token(submission):
    """A signed, expiring token naming the submission, in the letters a page path allows
    (Wagtail serves paths of letters, digits, ``-`` and ``_`` only)."""
    signed = signing.TimestampSigner(salt=CONSENT_SALT).sign(str(submission.pk))
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def submission_for_consent(token):
    """The submission a guardian's link names, or None for a bad or expired link."""
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        pk = int(signing.TimestampSigner(salt=CONSENT_SALT).unsign(signed, max_age=CONSENT_MAX_AGE))
    except (ValueError, signing.BadSignature):  # binascii.Error and bad UTF-8 are ValueErrors
        return None
    return Submission.objects.filter(pk=pk, student__isnull=False).select_related("student").first()


def confirm_consent(submission):
    """Record the guardian's consent; the essay then waits for the coordinator like any other."""
    with transaction.atomic():
        student = Student.objects.select_for_update().get(pk=submission.student_id)
        if student.guardian_consent_at is None:
            student.guardian_consent_at = timezone.now()
            student.save(update_fields=["guardian_consent_at"])
        Submission.objects.filter(
            pk=submission.pk, status=Submission.Status.AWAITING_CONSENT
        ).update(status=Submission.Status.RECEIVED)
    submission.refresh_from_db()
    return submission
