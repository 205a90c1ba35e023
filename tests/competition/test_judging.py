"""The round after the submissions: eligibility, assignment, blind judging, ranking, awards."""

import datetime
import math
import re
import statistics
from html import unescape
from http import HTTPStatus

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from competition.models import JudgeAssignment, Result, Score, Submission

from .conftest import make_submission

pytestmark = pytest.mark.django_db


def log_in(client, judge):
    assert client.login(username=judge.user.username, password="judge-pass")
    return client


def close(page):
    page.opens_at = timezone.now() - datetime.timedelta(days=30)
    page.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save_revision().publish()


def admin_url(page):
    return reverse("competition_admin", args=[page.pk])


def act(client, page, action, submission=None, **extra):
    data = {"action": action, **extra}
    if submission is not None:
        data["submission"] = submission.pk
    return client.post(admin_url(page), data)


# Eligibility


def test_the_coordinator_sees_the_submissions_with_their_authors(coordinator_client, competition):
    page = competition["mk"]
    make_submission(page, 1, status="received")
    response = coordinator_client.get(admin_url(competition["rom"]))  # any translation's id
    assert response.status_code == 200
    html = response.content.decode()
    assert "TEST-0001" in html and "Ајла Хоџиќ" in html


def test_eligible_and_disqualified_with_a_reason(coordinator_client, competition):
    page = competition["mk"]
    first = make_submission(page, 1, status="received")
    second = make_submission(page, 2, status="received")
    assert act(coordinator_client, page, "eligible", first).status_code == HTTPStatus.FOUND
    refused = act(coordinator_client, page, "disqualify", second, reason="")
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    act(coordinator_client, page, "disqualify", second, reason="Copied from a website")
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Submission.Status.ELIGIBLE
    assert second.status == Submission.Status.DISQUALIFIED
    assert second.disqualification_reason == "Copied from a website"


def test_an_essay_waiting_for_consent_cannot_be_made_eligible(coordinator_client, competition):
    waiting = make_submission(competition["mk"], 1, status="awaiting_consent")
    act(coordinator_client, competition["mk"], "eligible", waiting)
    waiting.refresh_from_db()
    assert waiting.status == Submission.Status.AWAITING_CONSENT


def test_unknown_actions_and_submissions_are_4xx(coordinator_client, competition):
    page = competition["mk"]
    assert act(coordinator_client, page, "explode").status_code == HTTPStatus.BAD_REQUEST
    response = coordinator_client.post(admin_url(page), {"action": "eligible", "submission": "x"})
    assert response.status_code == HTTPStatus.NOT_FOUND


# Assignment


def test_assignment_balances_respects_languages_and_conflicts(
    coordinator_client, competition, judges
):
    page = competition["mk"]  # two judges per essay
    for number in range(1, 7):
        make_submission(page, number, language="mk", municipality="karpos")
    for number in range(7, 10):  # Romani essays from Čair: Cem lives there
        make_submission(page, number, language="rom", municipality="cair")
    make_submission(page, 10, language="sq", status="received")  # not eligible: not assigned
    response = act(coordinator_client, page, "assign")
    assert response.status_code == HTTPStatus.FOUND
    rows = JudgeAssignment.objects.filter(submission__competition_key=page.translation_key)
    by_essay = {}
    for row in rows.select_related("submission", "judge__user"):
        by_essay.setdefault(row.submission.number, []).append(row.judge.user.username)
    assert 10 not in by_essay
    for number in range(1, 7):
        assert len(by_essay[number]) == 2
    for number in range(7, 10):
        # Only Ana reads Romani without a conflict: one judge, and the essay is reported short.
        assert by_essay[number] == ["ana"]
    load = {name: sum(name in names for names in by_essay.values()) for name in judges}
    assert max(load.values()) - min(load.values()) <= 3  # Ana carries the Romani essays alone
    messages = [str(m) for m in response.wsgi_request._messages]
    assert sum("TEST-000" in message for message in messages) == 3
    # Running it again adds nothing.
    act(coordinator_client, page, "assign")
    assert rows.count() == sum(len(names) for names in by_essay.values())


def test_calibration_essays_go_to_every_judge_who_reads_them(
    coordinator_client, competition, judges
):
    page = competition["mk"]
    shared = make_submission(page, 1)
    act(coordinator_client, page, "calibration", shared)
    act(coordinator_client, page, "assign")
    assert shared.assignments.count() == 3


# The judge's view


@pytest.fixture
def assigned(competition, judges):
    """Essay 1 (mk) read by Ana and Besa; essay 2 (rom) read by Cem only."""
    page = competition["mk"]
    first = make_submission(page, 1)
    second = make_submission(page, 2, language="rom", name="Senad Ramadani", school="SOU Ǵorče")
    rows = {
        "ana": JudgeAssignment.objects.create(submission=first, judge=judges["ana"]),
        "besa": JudgeAssignment.objects.create(submission=first, judge=judges["besa"]),
        "cem": JudgeAssignment.objects.create(submission=second, judge=judges["cem"]),
    }
    return rows


def test_a_judge_sees_only_their_essays_without_the_authors(client, assigned, judges):
    log_in(client, judges["ana"])
    listing = client.get(reverse("competition_my_essays"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "TEST-0001" in html and "TEST-0002" not in html
    essay = client.get(reverse("competition_score", args=[assigned["ana"].pk]))
    assert essay.status_code == 200
    html = essay.content.decode()
    assert "Хоџиќ" not in html and "Ајла" not in html and "Зеф" not in html
    assert "█████" in html
    assert "test-student1@example.org" not in html


@pytest.mark.parametrize(
    "name, args",
    [
        ("competition_index", []),
        ("competition_admin", ["page"]),
        ("competition_ranking", ["page"]),
        ("competition_export", ["page", "scores", "csv"]),
        ("competition_export", ["page", "submissions", "xlsx"]),
        ("competition_submission", ["submission"]),
    ],
)
def test_every_coordinator_url_is_forbidden_to_a_judge(
    client, competition, assigned, judges, name, args
):
    values = {"page": competition["mk"].pk, "submission": assigned["ana"].submission_id}
    log_in(client, judges["ana"])
    response = client.get(reverse(name, args=[values.get(arg, arg) for arg in args]))
    assert response.status_code == HTTPStatus.FORBIDDEN  # judges are a scoped group
    assert "TEST-0001" not in response.content.decode()


def test_another_judges_essay_is_a_404(client, assigned, judges):
    log_in(client, judges["ana"])
    for other in (assigned["besa"], assigned["cem"]):
        assert client.get(reverse("competition_score", args=[other.pk])).status_code == 404
        response = client.post(reverse("competition_score", args=[other.pk]), {"action": "submit"})
        assert response.status_code == 404


def test_the_judges_menu_holds_only_their_essays(client, assigned, judges):
    log_in(client, judges["ana"])
    html = client.get("/admin/", follow=True).content.decode()  # their essays are their dashboard
    assert reverse("competition_my_essays") in html
    for other in (
        "/admin/pages/",
        "/admin/snippets/",
        "/admin/images/",
        "/admin/competition/",
        "/admin/localize/",
        "/admin/reports/",
    ):
        assert f'"url": "{other}' not in html and f'href="{other}"' not in html


def scores(client, row, action, **points):
    return client.post(reverse("competition_score", args=[row.pk]), {"action": action, **points})


def _criteria(submission):
    from competition.models import EssayCompetitionPage

    page = EssayCompetitionPage.objects.get(
        translation_key=submission.competition_key, locale__language_code="mk"
    )
    return list(page.criteria.all())


def test_a_judge_saves_a_draft_then_submits_within_the_ranges(client, assigned, judges):
    row = assigned["ana"]
    idea, language = (criterion.key for criterion in _criteria(row.submission))
    log_in(client, judges["ana"])
    draft = scores(client, row, "draft", **{idea: "7.5", "comment": "Добар почеток"})
    assert draft.status_code == HTTPStatus.FOUND
    score = Score.objects.get(assignment=row)
    assert score.points == {idea: 7.5} and not score.is_submitted
    incomplete = scores(client, row, "submit", **{idea: "7.5"})
    assert incomplete.status_code == HTTPStatus.BAD_REQUEST
    too_high = scores(client, row, "submit", **{idea: "7.5", language: "6"})  # out of 5
    assert too_high.status_code == HTTPStatus.BAD_REQUEST
    negative = scores(client, row, "submit", **{idea: "-1", language: "3"})
    assert negative.status_code == HTTPStatus.BAD_REQUEST
    done = scores(client, row, "submit", **{idea: "8", language: "4", "comment": "Силен есеј"})
    assert done.status_code == HTTPStatus.FOUND
    score.refresh_from_db()
    assert score.points == {idea: 8.0, language: 4.0} and score.is_submitted
    again = scores(client, row, "submit", **{idea: "1", language: "1"})
    assert again.status_code == HTTPStatus.CONFLICT
    score.refresh_from_db()
    assert score.points[idea] == 8.0


def test_a_judge_never_sees_another_judges_scores(client, assigned, judges):
    row = assigned["besa"]
    idea, language = (criterion.key for criterion in _criteria(row.submission))
    Score.objects.create(
        assignment=row,
        points={idea: 9.5, language: 4.5},
        comment="БЕСИН КОМЕНТАР",
        submitted_at=timezone.now(),
    )
    log_in(client, judges["ana"])
    html = client.get(reverse("competition_score", args=[assigned["ana"].pk])).content.decode()
    assert "9.5" not in html and "БЕСИН КОМЕНТАР" not in html


def test_a_declared_conflict_gives_the_essay_to_another_judge(client, assigned, judges):
    row = assigned["ana"]
    log_in(client, judges["ana"])
    empty = client.post(reverse("competition_score", args=[row.pk]), {"action": "conflict"})
    assert empty.status_code == HTTPStatus.BAD_REQUEST
    response = client.post(
        reverse("competition_score", args=[row.pk]),
        {"action": "conflict", "reason": "Таа е ќерка на мојата соседка."},
    )
    assert response.status_code == HTTPStatus.FOUND
    row.refresh_from_db()
    assert row.conflict_declared_at is not None
    readers = set(
        JudgeAssignment.objects.filter(
            submission=row.submission, conflict_declared_at__isnull=True
        ).values_list("judge__user__username", flat=True)
    )
    assert readers == {"besa", "cem"}  # Cem reads Macedonian too and has no conflict with it
    assert client.get(reverse("competition_score", args=[row.pk])).status_code == 404


# Ranking and awards: a worked example


@pytest.fixture
def worked_example(competition, judges):
    """Three essays, each read by Ana (harsh) and Besa (lenient), with submitted scores.

    The rubric is Idea (weight 2, out of 10) and Language (weight 1, out of 5), so a total is
    100 * (2 * idea / 10 + language / 5) / 3:
        Ana:  E1 (8, 4) = 80.0    E2 (6, 3) = 60.0     E3 (4, 2) = 40.0
        Besa: E1 (10, 5) = 100.0  E2 (9, 5) = 93.333   E3 (10, 4) = 93.333
    """
    page = competition["mk"]
    idea, language = (criterion.key for criterion in page.criteria.all())
    essays = [make_submission(page, number, name=f"Автор {number}") for number in (1, 2, 3)]
    marks = {
        "ana": [(8, 4), (6, 3), (4, 2)],
        "besa": [(10, 5), (9, 5), (10, 4)],
    }
    for name, rows in marks.items():
        for essay, (i, lang) in zip(essays, rows, strict=True):
            row = JudgeAssignment.objects.create(submission=essay, judge=judges[name])
            Score.objects.create(
                assignment=row, points={idea: i, language: lang}, submitted_at=timezone.now()
            )
    return page, essays


def ranking_rows(client, page, normalise=False):
    url = reverse("competition_ranking", args=[page.pk]) + ("?normalise=1" if normalise else "")
    response = client.get(url)
    assert response.status_code == 200
    return {row.submission.number: row.ranked for row in response.context["standings"]}


def test_the_ranking_by_plain_means(coordinator_client, worked_example):
    page, _essays = worked_example
    rows = ranking_rows(coordinator_client, page)
    assert rows[1].result == 90.0  # (80 + 100) / 2
    assert rows[2].result == 76.67  # (60 + 93.333) / 2
    assert rows[3].result == 66.67  # (40 + 93.333) / 2
    assert [rows[n].rank for n in (1, 2, 3)] == [1, 2, 3]
    assert not rows[1].disagreement  # 20 points apart
    assert rows[2].disagreement and rows[3].disagreement  # 33 and 53 points apart


def test_the_ranking_normalised_per_judge(coordinator_client, worked_example):
    page, _essays = worked_example
    # By hand: each judge's totals become z-scores over what they read, then go back on the
    # scale of all six totals (their mean and population standard deviation).
    ana = [80.0, 60.0, 40.0]
    besa = [100.0, 280 / 3, 280 / 3]
    everything = ana + besa
    centre = sum(everything) / 6
    spread = math.sqrt(sum((x - centre) ** 2 for x in everything) / 6)

    def z(values, x):
        mean = sum(values) / len(values)
        deviation = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        return (x - mean) / deviation

    expected = [
        round(((centre + z(ana, a) * spread) + (centre + z(besa, b) * spread)) / 2, 2)
        for a, b in zip(ana, besa, strict=True)
    ]
    assert expected == [105.9, 70.24, 57.19]  # the figures worked out on paper
    rows = ranking_rows(coordinator_client, page, normalise=True)
    assert [rows[n].result for n in (1, 2, 3)] == expected
    assert statistics.fmean(expected) == pytest.approx(centre, abs=0.01)


def test_ties_are_shown(coordinator_client, competition, judges):
    page = competition["mk"]
    idea, language = (criterion.key for criterion in page.criteria.all())
    for number in (1, 2, 3):
        essay = make_submission(page, number)
        row = JudgeAssignment.objects.create(submission=essay, judge=judges["ana"])
        marks = {1: (7, 3), 2: (7, 3), 3: (9, 5)}[number]
        Score.objects.create(
            assignment=row,
            points=dict(zip((idea, language), marks, strict=True)),
            submitted_at=timezone.now(),
        )
    rows = ranking_rows(coordinator_client, page)
    assert [rows[n].rank for n in (3, 1, 2)] == [1, 2, 2]
    assert rows[1].tied and rows[2].tied and not rows[3].tied
    html = coordinator_client.get(reverse("competition_ranking", args=[page.pk])).content.decode()
    assert html.count("2 =") == 2


def awards_post(client, page, essays, mention=None):
    data = {"first": essays[0].pk, "second": essays[1].pk, "third": essays[2].pk}
    if mention:
        data["mentions"] = [mention.pk]
    return client.post(reverse("competition_ranking", args=[page.pk]), data)


def test_awards_wait_for_the_deadline(coordinator_client, worked_example):
    page, essays = worked_example
    response = awards_post(coordinator_client, page, essays)
    assert response.status_code == HTTPStatus.CONFLICT
    assert not Result.objects.filter(competition_key=page.translation_key).exists()


def test_one_essay_cannot_win_twice(coordinator_client, worked_example):
    page, essays = worked_example
    close(page)
    response = awards_post(coordinator_client, page, [essays[0], essays[0], essays[2]])
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Submission.objects.exclude(award="").exists()


def test_confirmed_awards_are_published_in_every_locale(
    client, coordinator_client, worked_example, competition
):
    page, essays = worked_example
    third = essays[2]
    third.student.publication_consent = False
    third.student.save()
    close(page)
    response = awards_post(coordinator_client, page, essays)
    assert response.status_code == HTTPStatus.FOUND
    assert [Submission.objects.get(pk=e.pk).award for e in essays] == ["1", "2", "3"]
    client.logout()
    for code in ("mk", "rom"):
        html = client.get(competition[code].url).content.decode()
        assert "Автор 1, СУГС Зеф Љуш Марку" in html  # the winner, who agreed to publication
        assert "Прва награда: лаптоп" in html or code != "mk"
        assert "Автор 3" not in html  # third prize, but no consent: no name
    mk = client.get(competition["mk"].url)
    assert mk.context["state"] == "results"


def test_an_essay_with_fewer_scores_than_judges_per_essay_is_incomplete_and_wins_nothing(
    coordinator_client, worked_example, judges
):
    page, essays = worked_example
    idea, language = (criterion.key for criterion in page.criteria.all())
    # A fourth essay, the best by far, but so far only Ana (of the two judges it needs) scored it.
    fourth = make_submission(page, 4, name="Автор 4")
    row = JudgeAssignment.objects.create(submission=fourth, judge=judges["ana"])
    Score.objects.create(
        assignment=row, points={idea: 10, language: 5}, submitted_at=timezone.now()
    )
    close(page)
    url = reverse("competition_ranking", args=[page.pk])

    ranking = coordinator_client.get(url)
    standings = {s.submission.number: s.ranked for s in ranking.context["standings"]}
    assert standings[4].rank == 1 and standings[4].incomplete
    assert not any(standings[n].incomplete for n in (1, 2, 3))
    html = unescape(ranking.content.decode())
    admin_language = re.search(r'<html lang="([^"]+)"', html).group(1)  # the coordinator's
    with translation.override(admin_language):
        marked = translation.gettext(
            "incomplete: %(scored)s of %(required)s scores, no award yet"
        ) % {"scored": 1, "required": 2}
        refusal = translation.gettext(
            "%(reference)s has %(scored)s of its %(required)s scores: it can be given an award "
            "once every judge has scored it."
        ) % {"reference": fourth.reference, "scored": 1, "required": 2}
    assert marked in html
    assert ranking.context["form"].initial["first"] == essays[0].pk  # the best complete essay

    for data in (
        {"first": fourth.pk, "second": essays[0].pk},
        {"first": essays[0].pk, "mentions": [fourth.pk]},
    ):
        refused = coordinator_client.post(url, data)
        assert refused.status_code == HTTPStatus.BAD_REQUEST
        assert refusal in unescape(refused.content.decode())
    assert not Submission.objects.exclude(award="").exists()
    assert not Result.objects.filter(competition_key=page.translation_key).exists()

    second = JudgeAssignment.objects.create(submission=fourth, judge=judges["besa"])
    Score.objects.create(
        assignment=second, points={idea: 10, language: 5}, submitted_at=timezone.now()
    )
    response = coordinator_client.post(url, {"first": fourth.pk, "second": essays[0].pk})
    assert response.status_code == HTTPStatus.FOUND
    assert Submission.objects.get(pk=fourth.pk).award == Submission.Award.FIRST


# Exports


def test_exports_are_safe_against_formula_injection(coordinator_client, worked_example):
    import io

    import openpyxl

    page, essays = worked_example
    Submission.objects.filter(pk=essays[0].pk).update(title='=HYPERLINK("http://evil")')
    essays[1].student.name = "@SUM(1+1)"
    essays[1].student.save()
    csv = coordinator_client.get(
        reverse("competition_export", args=[page.pk, "submissions", "csv"])
    )
    assert csv.status_code == 200
    text = csv.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM(1+1)" in text
    assert ",=HYPERLINK" not in text and ',"=HYPERLINK' not in text
    xlsx = coordinator_client.get(
        reverse("competition_export", args=[page.pk, "submissions", "xlsx"])
    )
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert '\'=HYPERLINK("http://evil")' in values
    assert all(not (isinstance(v, str) and v.startswith("=")) for v in values)
    scores_csv = coordinator_client.get(
        reverse("competition_export", args=[page.pk, "scores", "csv"])
    ).content.decode("utf-8-sig")
    assert "80.0" in scores_csv and "TEST-0001" in scores_csv
    bad = coordinator_client.get(reverse("competition_export", args=[page.pk, "scores", "exe"]))
    assert bad.status_code == 404


def test_the_coordinator_searches_the_essays_text(coordinator_client, competition):
    page = competition["mk"]
    make_submission(page, 1)
    other = make_submission(page, 2)
    Submission.objects.filter(pk=other.pk).update(text="Баба Ќамиле пече пита за цела улица.")
    response = coordinator_client.get(admin_url(page), {"q": "Ќамиле"})
    assert [s.reference for s in response.context["submissions"]] == ["TEST-0002"]


def test_a_coordinator_adds_a_judge_with_languages_and_municipalities(coordinator_client):
    from django.contrib.auth import get_user_model

    from competition.models import Judge

    user = get_user_model().objects.create_user("new-judge")
    response = coordinator_client.post(
        reverse("wagtailsnippets_competition_judge:add"),
        {
            "user": user.pk,
            "languages": ["rom", "mk"],
            "schools": "СОУ Шуто Оризари\nSOU Zef Lush Marku",
            "municipalities": ["suto-orizari"],
        },
    )
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:3000]
    judge = Judge.objects.get(user=user)
    assert sorted(judge.languages) == ["mk", "rom"]
    assert judge.municipalities == ["suto-orizari"]
    assert judge.school_list == ["СОУ Шуто Оризари", "SOU Zef Lush Marku"]


def test_a_judge_close_to_a_school_never_reads_its_essays(coordinator_client, competition, judges):
    page = competition["mk"]
    judges["ana"].schools = "СУГС Зеф Љуш Марку\n"
    judges["ana"].save()
    essay = make_submission(page, 1, school="сугс  зеф љуш марку", municipality="karpos")
    act(coordinator_client, page, "assign")
    readers = set(essay.assignments.values_list("judge__user__username", flat=True))
    assert readers == {"besa", "cem"}


def test_a_judge_reads_the_rubric_in_their_admin_language(
    client, competition, assigned, judges, locales
):
    from wagtail.users.models import UserProfile

    from competition.models import Criterion

    turkish = competition["mk"].copy_for_translation(locales["tr"])
    Criterion.objects.filter(page=turkish, name="Идеја").update(name="Fikir")
    url = reverse("competition_score", args=[assigned["ana"].pk])
    log_in(client, judges["ana"])
    assert "Идеја" in client.get(url).content.decode()  # an English admin: as written
    profile = UserProfile.get_for_user(judges["ana"].user)
    profile.preferred_language = "tr"
    profile.save()
    html = client.get(url).content.decode()
    assert "Fikir" in html and "Идеја" not in html
    assert "Јазик" in html  # not translated into Turkish yet: as written


def test_the_original_file_is_for_coordinators_only(client, coordinator_client, assigned, judges):
    from django.core.files.base import ContentFile

    submission = assigned["ana"].submission
    submission.original.save("TEST-0001.docx", ContentFile(b"the original"), save=True)
    url = reverse("competition_submission", args=[submission.pk]) + "?download=original"
    response = coordinator_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"the original"
    client.logout()
    log_in(client, judges["ana"])
    assert client.get(url).status_code == HTTPStatus.FORBIDDEN


def test_honourable_mentions_are_published_with_the_prizes(
    client, coordinator_client, worked_example, judges, competition
):
    page, essays = worked_example
    idea, language = (criterion.key for criterion in page.criteria.all())
    fourth = make_submission(page, 4, name="Автор 4")
    for name in ("ana", "besa"):  # both judges it needs: a mention waits for a complete essay
        row = JudgeAssignment.objects.create(submission=fourth, judge=judges[name])
        Score.objects.create(
            assignment=row, points={idea: 5, language: 3}, submitted_at=timezone.now()
        )
    close(page)
    response = awards_post(coordinator_client, page, essays, mention=fourth)
    assert response.status_code == HTTPStatus.FOUND
    assert Submission.objects.get(pk=fourth.pk).award == Submission.Award.MENTION
    twice = coordinator_client.post(
        reverse("competition_ranking", args=[page.pk]),
        {"first": essays[0].pk, "mentions": [essays[0].pk]},
    )
    assert twice.status_code == HTTPStatus.BAD_REQUEST  # a prize and a mention: refused
    html = client.get(competition["rom"].url)
    assert "Автор 4, СУГС Зеф Љуш Марку" in html.content.decode()
