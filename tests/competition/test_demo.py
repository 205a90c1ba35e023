"""The demo competition that ``seed_demo`` adds, so the whole round can be tried."""

import re
from html import unescape

import pytest

from cms import languages
from competition.models import EssayCompetitionPage, Judge, Score, Submission

pytestmark = pytest.mark.django_db


def test_the_demo_competition_is_open_in_every_language(client):
    pages = EssayCompetitionPage.objects.filter(topic__isnull=False).select_related("locale")
    demo = {page.locale.language_code: page for page in pages if page.slug != "test-competition"}
    assert set(demo) == set(languages.CODES)
    assert len({page.title for page in demo.values()}) == len(languages.CODES)  # real text each
    for page in demo.values():
        response = client.get(page.url)
        assert response.status_code == 200
        assert response.context["state"] == EssayCompetitionPage.State.OPEN
        assert 'name="form_token"' in response.content.decode()


def test_the_demo_has_submissions_judges_assignments_and_scores():
    page = EssayCompetitionPage.objects.get(slug="konkurs-za-esej", locale__language_code="mk")
    submissions = Submission.objects.of(page)
    assert submissions.count() == 30
    assert submissions.values("language").distinct().count() >= 5
    assert set(submissions.values_list("status", flat=True)) == set(Submission.Status.values)
    assert Judge.objects.count() == 3
    assert all(judge.assignments.exists() for judge in Judge.objects.all())
    scores = Score.objects.filter(assignment__submission__competition_key=page.translation_key)
    assert 0 < scores.count() < sum(judge.assignments.count() for judge in Judge.objects.all())
    demo_judge = Judge.objects.get(user__username="judge")
    assert demo_judge.assignments.filter(score__isnull=True).exists()  # something left to score


@pytest.mark.parametrize("code", ["rom", "tr", "sq", "en"])
def test_the_demo_competitions_prizes_and_criteria_are_in_the_pages_language(client, code):
    """The prizes and the rubric are inline children of the page: translated with it."""
    from competition.demo import texts

    page = EssayCompetitionPage.objects.get(
        translation_key=EssayCompetitionPage.objects.get(
            slug="konkurs-za-esej", locale__language_code="mk"
        ).translation_key,
        locale__language_code=code,
    )
    html = unescape(client.get(page.url).content.decode())
    prizes = html.split('id="prizes-heading"', 1)[1].split("</section>", 1)[0]
    rubric = html.split('id="rubric-heading"', 1)[1].split("</section>", 1)[0]

    for titles in texts.PRIZES:
        assert titles[code] in prizes
    for _weight, _most, names, descriptions in texts.CRITERIA:
        assert names[code] in rubric and descriptions[code] in rubric
    assert not re.search("[\u0400-\u04ff]", prizes + rubric)  # no Macedonian Cyrillic
