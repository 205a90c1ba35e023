import datetime
import uuid

import pytest

from django.utils import timezone

from competition.models import Criterion, EssayCompetitionPage, Prize

ESSAY = (
    "Ајла живее во соседната улица. Секое утро таа ги поздравува соседите на турски, "
    "македонски и ромски јазик, и секој ѝ одговара со насмевка."
)


@pytest.fixture
def competition(homes, locales):
    """{language code: page} of an open competition, in mk (the source) and rom.

    Essays of 10 to 80 words; a rubric of Idea (weight 2, out of 10) and Language (weight 1,
    out of 5); two judges per essay."""
    now = timezone.now()
    page = EssayCompetitionPage(
        title="Мојот сограѓанин од соседната улица",
        slug="test-competition",
        topic="Мојот сограѓанин од соседната улица",
        opens_at=now - datetime.timedelta(days=10),
        closes_at=now + datetime.timedelta(days=10),
        min_words=10,
        max_words=80,
        judges_per_essay=2,
    )
    page.criteria = [
        Criterion(name="Идеја", weight=2, maximum=10),
        Criterion(name="Јазик", weight=1, maximum=5),
    ]
    page.prizes = [Prize(title="Прва награда: лаптоп"), Prize(title="Втора награда: таблет")]
    homes["mk"].add_child(instance=page)
    page.save_revision().publish()
    rom = page.copy_for_translation(locales["rom"])
    rom.title = "Miro dizutno tari paši ulica"
    rom.save_revision().publish()
    return {"mk": page, "rom": EssayCompetitionPage.objects.get(pk=rom.pk)}


def form_data(**overrides):
    """A valid submission by an adult student, written in Macedonian."""
    data = {
        "name": "Ајла Хоџиќ",
        "date_of_birth": (
            timezone.localdate() - datetime.timedelta(days=365 * 18 + 30)
        ).isoformat(),
        "school": "СУГС Зеф Љуш Марку",
        "grade": "4",
        "municipality": "cair",
        "email": "ajla@example.org",
        "title": "Соседката Ајла",
        "language": "mk",
        "text": ESSAY,
        "mentor": "",
        "guardian_name": "",
        "guardian_email": "",
        "originality": "on",
        "privacy": "on",
        "publication_consent": "on",
        "website": "",
        "form_token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def minor_data(**overrides):
    born = timezone.localdate() - datetime.timedelta(days=365 * 16)
    values = {
        "date_of_birth": born.isoformat(),
        "guardian_name": "Фатиме Хоџиќ",
        "guardian_email": "fatime@example.org",
        "guardian_consent": "on",
    }
    return form_data(**{**values, **overrides})


@pytest.fixture
def judges(db):
    """Three judges of our own (the demo's are deactivated: they scored, so they are kept): Ana
    reads mk and rom; Besa reads mk and sq; Cem reads mk and rom and lives in Čair. Each logs in
    with the password "judge-pass"."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from competition.models import Judge
    from home import roles

    Judge.objects.update(deactivated_at=timezone.now())
    group = Group.objects.get(name=roles.JUDGES)
    made = {}
    for username, read, close_to in (
        ("ana", ["mk", "rom"], []),
        ("besa", ["mk", "sq"], []),
        ("cem", ["mk", "rom"], ["cair"]),
    ):
        user = get_user_model().objects.create_user(username, password="judge-pass")
        user.groups.add(group)
        made[username] = Judge.objects.create(user=user, languages=read, municipalities=close_to)
    return made


def make_submission(page, number, language="mk", status="eligible", **student):
    """A stored submission, as the form makes it (for tests about what comes after)."""
    from competition.models import Student, Submission

    values = {
        "name": "Ајла Хоџиќ",
        "date_of_birth": datetime.date(2007, 5, 1),
        "school": "СУГС Зеф Љуш Марку",
        "grade": 4,
        "municipality": "karpos",
        "email": f"test-student{number}@example.org",
        "publication_consent": True,
        "language": "mk",
    }
    values.update(student)
    return Submission.objects.create(
        competition_key=page.translation_key,
        number=number,
        reference=f"TEST-{number:04d}",
        student=Student.objects.create(**values),
        title=f"Есеј {number}",
        language=language,
        text=f"Јас сум {values['name']} од {values['school']}. " + ESSAY,
        word_count=30,
        status=status,
    )
