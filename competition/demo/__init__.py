"""The competition's part of ``seed_demo``: this year's competition, open, with thirty essays in
six languages, three judges with their assignments and some of their scores.

The dates follow today's: the competition opened five weeks ago and closes in three, so the
form can be tried. Running it again changes nothing.
"""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from cms import languages
from competition import extraction, judging
from competition.models import (
    Criterion,
    EssayCompetitionPage,
    Judge,
    Prize,
    Score,
    Student,
    Submission,
)
from home import roles

from . import texts

DEFAULT = languages.DEFAULT.code


def seed(command, homes):
    home = homes[DEFAULT]
    if (
        EssayCompetitionPage.objects.child_of(home)
        .filter(slug=texts.PAGE["slug"][DEFAULT])
        .exists()
    ):
        return
    page = competition_page(command, homes)
    judges = seed_judges(command)
    seed_submissions(command, page)
    judging.run_assignment(page)
    seed_scores(page, judges)


def _fields(code):
    return {name: values[code] for name, values in texts.PAGE.items() if name != "rules"} | {
        "rules": f"<p>{texts.PAGE['rules'][code]}</p>"
    }


def competition_page(command, homes):
    now = timezone.localtime()
    opens = (now - datetime.timedelta(days=35)).replace(hour=9, minute=0, second=0, microsecond=0)
    closes = (now + datetime.timedelta(days=21)).replace(
        hour=23, minute=59, second=0, microsecond=0
    )
    page = EssayCompetitionPage(
        **_fields(DEFAULT),
        opens_at=opens,
        closes_at=closes,
        min_words=60,
        max_words=1500,
        judges_per_essay=2,
        retention_months=12,
        show_in_menus=True,
    )
    page.criteria = [
        Criterion(
            name=names[DEFAULT], description=descriptions[DEFAULT], weight=weight, maximum=most
        )
        for weight, most, names, descriptions in texts.CRITERIA
    ]
    page.prizes = [Prize(title=titles[DEFAULT]) for titles in texts.PRIZES]
    homes[DEFAULT].add_child(instance=page)
    command.publish(page)
    for code, locale in command.locales.items():
        if code == DEFAULT:
            continue
        translation = page.copy_for_translation(locale)
        for name, value in _fields(code).items():
            setattr(translation, name, value)
        # The copy's inline rows come back from the database: they are given back to the page
        # once translated, so that saving the page saves them and its revision holds them.
        criteria = list(translation.criteria.all())
        for criterion, (_w, _m, names, descriptions) in zip(criteria, texts.CRITERIA, strict=True):
            criterion.name, criterion.description = names[code], descriptions[code]
        prizes = list(translation.prizes.all())
        for prize, titles in zip(prizes, texts.PRIZES, strict=True):
            prize.title = titles[code]
        translation.criteria, translation.prizes = criteria, prizes
        translation.save()
        command.publish(translation)
    return page


def seed_judges(command):
    User = get_user_model()
    group = Group.objects.get(name=roles.JUDGES)
    judges = []
    for username, first, last, read, close_to in texts.JUDGES:
        user = User.objects.filter(username=username).first()
        if user is None:  # the two judges besides the demo account do not log in
            user = User(username=username, email=f"{username}@forum.example.org")
            user.set_unusable_password()
            user.save()
            user.groups.add(group)
            command.created += 1
        user.first_name, user.last_name = first, last
        user.save(update_fields=["first_name", "last_name"])
        judge, created = Judge.objects.get_or_create(
            user=user, defaults={"languages": read, "municipalities": close_to}
        )
        command.created += created
        judges.append(judge)
    return judges


def seed_submissions(command, page):
    today = timezone.localdate()
    number = 0
    statuses = {3: Submission.Status.DISQUALIFIED, 8: Submission.Status.RECEIVED}
    for language, essays in texts.ESSAYS.items():
        pool = texts.SENTENCES[language]
        for index, (title, name, school, town, grade) in enumerate(essays):
            number += 1
            chooser = random.Random(f"{language}-{index}")  # noqa: S311 -- demo variety only
            sentences = chooser.sample(pool, k=len(pool) - 2)
            text = "\n\n".join(
                " ".join(sentences[start : start + 3]) for start in range(0, len(sentences), 3)
            )
            minor = number % 4 == 0
            born = today.replace(year=today.year - (16 if minor else 18)) - datetime.timedelta(
                days=40 + number
            )
            student = Student.objects.create(
                name=name,
                date_of_birth=born,
                school=school,
                grade=grade,
                municipality=town,
                email=f"student{number}@example.org",
                guardian_name="Родител на " + name if minor else "",
                guardian_email=f"guardian{number}@example.org" if minor else "",
                guardian_consent_at=timezone.now() if minor and number != 12 else None,
                publication_consent=number % 3 != 0,
                language=language if language in languages.CODES else DEFAULT,
            )
            status = statuses.get(number, Submission.Status.ELIGIBLE)
            if minor and student.guardian_consent_at is None:
                status = Submission.Status.AWAITING_CONSENT
            Submission.objects.create(
                competition_key=page.translation_key,
                number=number,
                reference=f"ESSAY-{page.year}-{number:04d}",
                form_token=uuid.uuid4(),
                student=student,
                title=title,
                language=language,
                text=text,
                word_count=extraction.word_count(text),
                status=status,
                disqualification_reason=(
                    "Есејот е објавен на блог пред конкурсот."
                    if status == Submission.Status.DISQUALIFIED
                    else ""
                ),
                calibration=number == 2,
                submitted_at=timezone.now() - datetime.timedelta(days=30 - number),
            )
            command.created += 2


def seed_scores(page, judges):
    """The two other judges have scored everything; the demo judge has half still to read."""
    criteria = list(page.criteria.all())
    demo_judge = judges[0]
    for judge in judges:
        rows = list(judge.assignments.select_related("submission").order_by("submission__number"))
        for position, row in enumerate(rows):
            if judge == demo_judge and position % 2:
                continue
            chooser = random.Random(f"{judge.pk}-{row.submission.number}")  # noqa: S311
            quality = 0.45 + 0.5 * ((row.submission.number * 7) % 10) / 10
            points = {
                criterion.key: round(
                    min(
                        criterion.maximum,
                        max(0, quality * criterion.maximum + chooser.uniform(-1.5, 1.5)),
                    )
                    * 2
                )
                / 2
                for criterion in criteria
            }
            Score.objects.create(
                assignment=row,
                points=points,
                comment="",
                submitted_at=timezone.now() - datetime.timedelta(days=2),
            )
