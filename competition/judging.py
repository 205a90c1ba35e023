"""The competition's rounds in the database: assignment, conflicts, ranking, calibration, awards,
the judges' deactivation, and the students' personal data (export, erasure, purge after the
retention period).

The decisions themselves are pure functions (``assignment``, ``ranking``, ``redaction``); this
module reads the rows they need and writes back what they decided. Each decision and each
change to personal data is logged (Wagtail's ``log()``, actions registered in
``wagtail_hooks.py``), under the admin user who made it where there is one.
"""

import statistics
from dataclasses import dataclass
from functools import partial

import cyrtranslit

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from cms import languages
from competition import assignment, ranking, redaction
from competition.models import (
    Criterion,
    EssayCompetitionPage,
    Judge,
    JudgeAssignment,
    Result,
    Score,
    Submission,
)
from home import municipalities


def competitions():
    """The competitions, newest first, each as its page in the default language."""
    return EssayCompetitionPage.objects.filter(
        locale__language_code=languages.DEFAULT.code
    ).order_by("-opens_at")


def _plain(text):
    """A school or place name reduced for comparison: Latin letters, case and spaces folded."""
    return " ".join(cyrtranslit.to_latin(text, "mk").casefold().split())


def _judge(judge):
    return assignment.Judge(
        id=judge.pk,
        languages=frozenset(judge.languages),
        schools=frozenset(_plain(school) for school in judge.school_list),
        municipalities=frozenset(judge.municipalities),
    )


def _essay(submission):
    student = submission.student
    return assignment.Essay(
        id=submission.pk,
        language=submission.language,
        school=_plain(student.school) if student else "",
        municipality=student.municipality if student else "",
    )


def _current(submissions):
    """The standing assignments ({essay id: [judge ids]}) and the declared conflicts."""
    existing, declared = {}, set()
    rows = JudgeAssignment.objects.filter(submission__in=submissions).values_list(
        "submission_id", "judge_id", "conflict_declared_at"
    )
    for submission_id, judge_id, conflict_at in rows:
        if conflict_at is None:
            existing.setdefault(submission_id, []).append(judge_id)
        else:
            declared.add((judge_id, submission_id))
    return existing, declared


def _save(decided, existing):
    new = [
        JudgeAssignment(submission_id=essay_id, judge_id=judge_id)
        for essay_id, judge_ids in decided.judges.items()
        for judge_id in judge_ids
        if judge_id not in existing.get(essay_id, [])
    ]
    JudgeAssignment.objects.bulk_create(new)
    return len(new)


@dataclass
class AssignmentReport:
    created: int
    short: dict  # submission -> judges missing
    load: dict  # Judge -> essays


def run_assignment(page):
    """Give every eligible essay its judges, keeping what was already given. Calibration essays
    go to every judge who reads their language."""
    source = page.source
    with transaction.atomic():
        submissions = list(Submission.objects.of(source).eligible().select_related("student"))
        rows = list(Judge.objects.available().select_related("user"))
        judges = [_judge(judge) for judge in rows]
        existing, declared = _current(submissions)
        competing = [_essay(s) for s in submissions if not s.calibration]
        calibrating = [_essay(s) for s in submissions if s.calibration]
        decided = assignment.assign(
            competing, judges, source.judges_per_essay, frozenset(declared), existing
        )
        created = _save(decided, existing)
        shared = assignment.assign(calibrating, judges, len(judges), frozenset(declared), existing)
        created += _save(shared, existing)
        log(instance=source, action="competition.assign", data={"created": created})
    by_pk = {s.pk: s for s in submissions}
    judges_by_pk = {judge.pk: judge for judge in rows}
    return AssignmentReport(
        created=created,
        short={by_pk[essay_id]: missing for essay_id, missing in decided.short.items()},
        load={judges_by_pk[pk]: count for pk, count in decided.load().items()},
    )


def declare_conflict(row, reason):
    """The judge cannot read this essay: record why, drop their marks, give it to another."""
    submission = row.submission
    with transaction.atomic():
        row.conflict = reason
        row.conflict_declared_at = timezone.now()
        row.save(update_fields=["conflict", "conflict_declared_at"])
        Score.objects.filter(assignment=row).delete()
        source = EssayCompetitionPage.objects.get(
            translation_key=submission.competition_key,
            locale__language_code=languages.DEFAULT.code,
        )
        submissions = list(Submission.objects.of(source).eligible().select_related("student"))
        existing, declared = _current(submissions)
        essay = _essay(submission)
        judges = [_judge(judge) for judge in Judge.objects.available()]
        k = len(judges) if submission.calibration else source.judges_per_essay
        decided = assignment.assign([essay], judges, k, declared, existing)
        _save(decided, existing)
    return decided.short.get(submission.pk, 0)


def rubric(page, language_code):
    """The page's criteria, each in the given language where translated, else as written."""
    source = list(page.source.criteria.all())
    translated = {
        row.translation_key: row
        for row in Criterion.objects.filter(
            translation_key__in=[row.translation_key for row in source],
            locale__language_code=language_code,
        )
    }
    return [translated.get(row.translation_key, row) for row in source]


def criteria(page):
    return [
        ranking.Criterion(id=c.key, weight=float(c.weight), maximum=c.maximum)
        for c in page.source.criteria.all()
    ]


def _submitted_scores(submissions):
    return Score.objects.filter(
        assignment__submission__in=submissions,
        assignment__conflict_declared_at__isnull=True,
        submitted_at__isnull=False,
    ).select_related("assignment")


@dataclass
class Standing:
    submission: Submission
    ranked: ranking.Ranked


def standings(page, normalise=False):
    """The competing essays with submitted scores, best first, and those still unscored."""
    submissions = {s.pk: s for s in Submission.objects.of(page.source).judged()}
    scores = [
        ranking.Score(
            essay=score.assignment.submission_id,
            judge=score.assignment.judge_id,
            points=score.points,
        )
        for score in _submitted_scores(list(submissions.values()))
    ]
    ranked = ranking.rank(
        scores, criteria(page), normalise=normalise, required=page.source.judges_per_essay
    )
    scored = {row.essay for row in ranked}
    unscored = [s for pk, s in submissions.items() if pk not in scored]
    return [Standing(submissions[row.essay], row) for row in ranked], unscored


@dataclass
class CalibrationRow:
    judge: Judge
    essays: int
    mean: float  # the judge's mean total on the calibration essays
    offset: float  # how far above (+) or below (-) the panel's mean on the same essays


def calibration(page):
    """How each judge uses the scale, from the shared calibration essays."""
    weights = criteria(page)
    calibration_essays = list(
        Submission.objects.of(page.source).eligible().filter(calibration=True)
    )
    totals = {}  # essay -> {judge: total}
    for score in _submitted_scores(calibration_essays):
        row = score.assignment
        totals.setdefault(row.submission_id, {})[row.judge_id] = ranking.total(
            score.points, weights
        )
    panel = {essay: statistics.fmean(by_judge.values()) for essay, by_judge in totals.items()}
    judges = {judge.pk: judge for judge in Judge.objects.select_related("user")}
    by_judge = {}
    for essay, by in totals.items():
        for judge_id, value in by.items():
            by_judge.setdefault(judge_id, []).append((value, value - panel[essay]))
    return [
        CalibrationRow(
            judge=judges[judge_id],
            essays=len(values),
            mean=round(statistics.fmean(value for value, _ in values), 1),
            offset=round(statistics.fmean(offset for _, offset in values), 1),
        )
        for judge_id, values in sorted(by_judge.items())
    ]


def _credit(student):
    """What the student agreed to have published: their name and school."""
    return f"{student.name}, {student.school}"


def confirm_awards(page, awards, normalised, user):
    """Record the prizes and mentions ({submission pk: award}) and publish the results."""
    source = page.source
    with transaction.atomic():
        chosen = Submission.objects.of(source).judged().filter(pk__in=awards)
        # Once the personal data is purged, the credit already published is all that is left
        # of the author's consent: confirming the awards again keeps it.
        published = dict(
            Submission.objects.of(source)
            .filter(student__isnull=True)
            .exclude(public_credit="")
            .values_list("pk", "public_credit")
        )
        Submission.objects.of(source).exclude(award="").update(award="", public_credit="")
        for submission in chosen.select_related("student"):
            submission.award = awards[submission.pk]
            student = submission.student
            if student is None:
                submission.public_credit = published.get(submission.pk, "")
            else:
                submission.public_credit = _credit(student) if student.publication_consent else ""
            submission.save(update_fields=["award", "public_credit"])
        Result.objects.update_or_create(
            competition_key=source.translation_key,
            defaults={
                "normalised": normalised,
                "confirmed_at": timezone.now(),
                "confirmed_by": user,
                "published": True,
            },
        )
        log(
            instance=source,
            action="competition.awards",
            user=user,
            data={"awards": {s.reference: s.award for s in chosen}, "normalised": normalised},
        )


def deactivate(judge):
    """Take a judge out of the competition without losing what they decided: their submitted
    scores stay and count; the essays they had not scored go back to be given to others."""
    with transaction.atomic():
        judge.deactivated_at = timezone.now()
        judge.save(update_fields=["deactivated_at"])
        unscored = JudgeAssignment.objects.filter(judge=judge).exclude(
            score__submitted_at__isnull=False
        )
        release_drafts(judge)  # drafts decide nothing
        released = unscored.delete()[1].get(JudgeAssignment._meta.label, 0)
        log(instance=judge, action="competition.judge_deactivate", data={"released": released})
    return released


def release_drafts(judge):
    """Drop the judge's unsubmitted marks, which a delete would otherwise refuse to lose."""
    Score.objects.filter(assignment__judge=judge, submitted_at__isnull=True).delete()


def delete_judge(judge):
    """Delete a judge who never submitted a score (their drafts and assignments with them);
    one who did is kept: returns False and changes nothing."""
    if judge.has_scored():
        return False
    with transaction.atomic():
        release_drafts(judge)
        judge.delete()
    return True


# Personal data


def redaction_terms(student):
    """Everything in an essay that names its author, in every spelling."""
    terms = redaction.terms_for(student.name, student.school)
    for code in languages.CODES:
        if student.municipality:
            terms += redaction.terms_for(
                municipality=municipalities.name(student.municipality, code)
            )
    for person in (student.mentor, student.guardian_name):
        terms += redaction.terms_for(person)
    return sorted(set(terms), key=lambda term: (-len(term), term))


def blind(submission):
    """(title, text) as a judge reads them: the author's name, school and place blotted out."""
    student = submission.student
    if student is None:  # purged: the text was redacted then
        return submission.title, submission.text
    terms = redaction_terms(student)
    return redaction.redact(submission.title, terms), redaction.redact(submission.text, terms)


def personal_data(submission):
    """What the Forum holds about a student, for a request to see it (as JSON)."""
    student = submission.student
    return {
        "reference": submission.reference,
        "submitted_at": submission.submitted_at.isoformat(),
        "status": submission.status,
        "award": submission.award,
        "title": submission.title,
        "language": submission.language,
        "text": submission.text,
        "original_file": bool(submission.original),
        "student": {
            "name": student.name,
            "date_of_birth": student.date_of_birth.isoformat(),
            "school": student.school,
            "grade": student.grade,
            "municipality": student.municipality_name,
            "email": student.email,
            "mentor": student.mentor,
            "guardian_name": student.guardian_name,
            "guardian_email": student.guardian_email,
            "guardian_consent_at": (
                student.guardian_consent_at.isoformat() if student.guardian_consent_at else None
            ),
            "publication_consent": student.publication_consent,
            "language": student.language,
        }
        if student
        else None,
    }


def erase(submission, keep_credit=False):
    """Remove the student's personal data; the anonymous essay, its scores and award stay.

    The essay's own text loses the author's name, school and place too. ``keep_credit`` keeps
    the name already published with an award (the retention purge); a student asking to be
    erased loses that as well."""
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        student = submission.student
        if student is None:
            return False
        submission.title, submission.text = blind(submission)
        if submission.original:
            storage, name = submission.original.storage, submission.original.name
            submission.original = ""
            transaction.on_commit(partial(storage.delete, name))
        if not keep_credit:
            submission.public_credit = ""
        submission.student = None
        submission.personal_data_purged_at = timezone.now()
        submission.save()
        student.delete()
    return True


def purge(submissions):
    """Erase the personal data of these submissions at the end of their retention, keeping a
    published credit; each one logged. Returns how many were erased."""
    count = 0
    for submission in submissions.filter(student__isnull=False):
        if erase(submission, keep_credit=True):
            log(instance=submission, action="competition.purge")
            count += 1
    return count


def _retention_ends(key, pages):
    """When a competition's personal data is due: its page's retention where any page of the
    competition is left (published or not, in any language); once every page is gone, the
    default retention counted from its last submission."""
    page = pages.get(key)
    if page is not None:
        return page.retention_ends()
    last = Submission.objects.filter(competition_key=key).latest("submitted_at").submitted_at
    months = EssayCompetitionPage._meta.get_field("retention_months").default
    return EssayCompetitionPage.retention_from(last, months)


def purge_due(now=None):
    """Erase the personal data of every competition whose retention period is over, whatever
    became of its page (deleted, unpublished, left only in a translation).

    Returns {the competition's title (its key once no page is left): submissions purged}."""
    now = now or timezone.now()
    keys = set(
        Submission.objects.filter(student__isnull=False).values_list("competition_key", flat=True)
    )
    pages = {}
    for page in EssayCompetitionPage.objects.filter(translation_key__in=keys).select_related(
        "locale"
    ):  # the default language's page where there is one
        if page.locale.language_code == languages.DEFAULT.code or page.translation_key not in pages:
            pages[page.translation_key] = page
    purged = {}
    for key in keys:
        if now >= _retention_ends(key, pages):
            count = purge(Submission.objects.filter(competition_key=key))
            if count:
                purged[pages[key].title if key in pages else str(key)] = count
    return purged
