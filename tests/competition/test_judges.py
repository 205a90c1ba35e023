"""What a judge is shown, and what becomes of a judge: anonymised essays everywhere, judges
deactivated rather than deleted once they have scored, their decisions kept."""

import datetime
import io
from http import HTTPStatus

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry, Page, PageLogEntry
from wagtail.users.models import UserProfile

from competition import judging
from competition.models import Judge, JudgeAssignment, Score, Submission

from ..conftest import login_as
from .conftest import make_submission
from .test_judging import log_in

pytestmark = pytest.mark.django_db


def test_a_student_who_writes_their_name_into_the_title_is_not_named_on_the_judges_list(
    client, competition, judges
):
    essay = make_submission(competition["mk"], 1)
    essay.title = "Јас, Ajla Hodžić, и мојата соседка"
    essay.save()
    JudgeAssignment.objects.create(submission=essay, judge=judges["ana"])
    log_in(client, judges["ana"])

    response = client.get(reverse("competition_my_essays"))

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "TEST-0001" in html and "мојата соседка" in html
    assert "Ajla" not in html and "Hodžić" not in html and "█████" in html


# Judges who scored are kept: deactivated, never deleted


@pytest.fixture
def scored_by_ana(competition, judges):
    """Essay 1 scored and submitted by Ana; essay 2 assigned to her, not yet scored."""
    page = competition["mk"]
    first, second = make_submission(page, 1), make_submission(page, 2)
    row = JudgeAssignment.objects.create(submission=first, judge=judges["ana"])
    Score.objects.create(assignment=row, points={"x": 5}, submitted_at=timezone.now())
    JudgeAssignment.objects.create(submission=second, judge=judges["ana"])
    return first


def standings(page):
    return [(row.submission.pk, row.ranked.result) for row in judging.standings(page)[0]]


def test_a_judge_who_scored_cannot_be_deleted_and_is_deactivated_instead(
    coordinator_client, competition, judges, scored_by_ana
):
    ana = judges["ana"]
    delete_url = reverse("wagtailsnippets_competition_judge:delete", args=[ana.pk])
    before = standings(competition["mk"])

    refused = coordinator_client.post(delete_url)

    assert refused.status_code == HTTPStatus.FOUND
    assert Judge.objects.filter(pk=ana.pk).exists()
    assert Score.objects.filter(assignment__judge=ana).count() == 1
    deactivate_url = reverse("competition_deactivate_judge", args=[ana.pk])
    assert refused["Location"] == deactivate_url
    assert coordinator_client.get(deactivate_url).status_code == HTTPStatus.OK
    coordinator_client.post(deactivate_url)
    ana.refresh_from_db()
    assert not ana.active
    # The submitted score stays and counts; the essay she had not scored is released.
    assert list(JudgeAssignment.objects.filter(judge=ana)) == [scored_by_ana.assignments.get()]
    assert standings(competition["mk"]) == before
    entry = ModelLogEntry.objects.get(action="competition.judge_deactivate")
    assert entry.object_id == str(ana.pk) and entry.user.username == "coordinator"


def test_a_judge_who_never_scored_can_be_deleted(coordinator_client, competition, judges):
    besa = judges["besa"]
    JudgeAssignment.objects.create(submission=make_submission(competition["mk"], 1), judge=besa)
    coordinator_client.post(reverse("wagtailsnippets_competition_judge:delete", args=[besa.pk]))
    assert not Judge.objects.filter(pk=besa.pk).exists()


def test_deleting_the_user_of_a_judge_who_scored_is_refused_and_keeps_the_ranking(
    client, competition, judges, scored_by_ana
):
    login_as(client, "admin")
    user = judges["ana"].user
    before = standings(competition["mk"])
    delete_url = reverse("wagtailusers_users:delete", args=[user.pk])

    response = client.post(delete_url)

    assert response.status_code == HTTPStatus.FOUND
    assert get_user_model().objects.filter(pk=user.pk).exists()
    meta = get_user_model()._meta
    bulk = client.post(
        reverse("wagtail_bulk_action", args=[meta.app_label, meta.model_name, "delete"])
        + f"?id={user.pk}"
    )
    assert bulk.status_code == HTTPStatus.FOUND
    assert get_user_model().objects.filter(pk=user.pk).exists()
    user.is_active = False  # a user deactivated instead keeps their scores in the ranking
    user.save()
    assert standings(competition["mk"]) == before
    with pytest.raises(ProtectedError):  # and no other door deletes them either
        user.delete()


def test_deleting_the_user_of_a_judge_who_never_scored_deletes_the_judge(
    client, competition, judges
):
    login_as(client, "admin")
    user = judges["besa"].user
    client.post(reverse("wagtailusers_users:delete", args=[user.pk]))
    assert not get_user_model().objects.filter(pk=user.pk).exists()


def test_assignment_skips_inactive_deactivated_and_unpermitted_judges(
    coordinator_client, competition, judges
):
    from django.contrib.auth.models import Group

    from home import roles

    page = competition["mk"]
    make_submission(page, 1)
    judges["ana"].user.is_active = False
    judges["ana"].user.save()
    judges["besa"].user.groups.remove(Group.objects.get(name=roles.JUDGES))
    judging.deactivate(judges["cem"])
    judge = get_user_model().objects.create_user("dora", password="judge-pass")
    judge.groups.add(Group.objects.get(name=roles.JUDGES))
    dora = Judge.objects.create(user=judge, languages=["mk"])

    coordinator_client.post(reverse("competition_admin", args=[page.pk]), {"action": "assign"})

    assigned = JudgeAssignment.objects.filter(submission__competition_key=page.translation_key)
    assert [row.judge_id for row in assigned] == [dora.pk]


def test_reconfirming_awards_after_the_purge_keeps_the_published_credits(
    competition, judges, scored_by_ana
):
    page = competition["mk"]
    coordinator = get_user_model().objects.get(username="coordinator")
    judging.confirm_awards(page, {scored_by_ana.pk: "1"}, False, coordinator)
    scored_by_ana.refresh_from_db()
    credit = scored_by_ana.public_credit
    assert credit.startswith("Ајла Хоџиќ")
    judging.purge(Submission.objects.filter(pk=scored_by_ana.pk))

    judging.confirm_awards(page, {scored_by_ana.pk: "1"}, True, coordinator)

    scored_by_ana.refresh_from_db()
    assert scored_by_ana.student is None and scored_by_ana.public_credit == credit


# The coordinator's doors answer the same to an id that exists and one that does not


def test_a_coordinators_view_of_a_submission_checks_permission_before_the_lookup(
    client, competition
):
    existing = make_submission(competition["mk"], 1)
    login_as(client, "editor")
    for pk in (existing.pk, 987654):
        response = client.get(reverse("competition_submission", args=[pk]))
        assert response.status_code == HTTPStatus.FORBIDDEN
        assert "Ајла" not in response.content.decode()


# Personal data is not orphaned when a competition's page goes


def test_the_page_reports_the_students_it_holds(competition):
    from competition.wagtail_hooks import competition_personal_data

    make_submission(competition["mk"], 1)
    make_submission(competition["mk"], 2)
    assert competition_personal_data(Page.objects.get(pk=competition["rom"].pk)) == 2
    assert competition_personal_data(Page.objects.get(pk=competition["mk"].pk)) == 2
    assert competition_personal_data(Page.objects.filter(depth=2).first()) == 0


def test_deleting_a_competition_page_is_refused_while_students_remain(client, competition):
    make_submission(competition["mk"], 1)
    login_as(client, "admin")
    for page in (competition["mk"], competition["rom"]):
        client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        assert Page.objects.filter(pk=page.pk).exists()
        bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        client.post(f"{bulk}?id={page.pk}")
        assert Page.objects.filter(pk=page.pk).exists()


def test_the_purge_finds_students_whose_page_is_gone(competition):
    essays = Submission.objects.filter(
        pk__in=[make_submission(competition["mk"], number).pk for number in (1, 2)]
    )
    for page in (competition["rom"], competition["mk"]):
        Page.objects.get(pk=page.pk).delete()

    call_command("purge_competition_data", stdout=io.StringIO())
    assert essays.filter(student__isnull=False).count() == 2  # within the default retention

    essays.update(submitted_at=timezone.now() - datetime.timedelta(days=800))
    call_command("purge_competition_data", stdout=io.StringIO())
    assert essays.filter(student__isnull=False).count() == 0  # past it, counted from the last


def test_the_purge_finds_students_of_an_unpublished_competition(competition):
    from .test_personal_data import past_retention

    essay = make_submission(competition["mk"], 1)
    past_retention(competition["mk"])
    for page in (competition["rom"], competition["mk"]):
        Page.objects.get(pk=page.pk).unpublish()

    call_command("purge_competition_data", stdout=io.StringIO())

    essay.refresh_from_db()
    assert essay.student is None


# The audit trail


def test_a_coordinators_decision_is_logged_and_shows_in_the_site_history(
    client, coordinator_client, competition
):
    essay = make_submission(competition["mk"], 1, status="received")
    desk = reverse("competition_admin", args=[competition["mk"].pk])
    coordinator_client.post(desk, {"action": "eligible", "submission": essay.pk})
    coordinator_client.post(desk, {"action": "assign"})
    coordinator_client.get(
        reverse("competition_export", args=[competition["mk"].pk, "submissions", "csv"])
    )

    entry = ModelLogEntry.objects.get(action="competition.eligible", object_id=str(essay.pk))
    assert entry.user.username == "coordinator" and entry.label == "TEST-0001"
    page_actions = set(
        PageLogEntry.objects.filter(page=competition["mk"]).values_list("action", flat=True)
    )
    assert {"competition.assign", "competition.export"} <= page_actions
    admin = login_as(client, "admin")
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = "en"
    profile.save()
    html = admin.get("/admin/reports/site-history/").content.decode()
    assert "Marked eligible" in html and "TEST-0001" in html
    assert "Judges assigned" in html and "Exported" in html
    assert "Ајла" not in html  # the entries are labelled by reference, never by the title


def test_the_judges_bulk_delete_keeps_those_who_scored_and_deletes_the_others(
    coordinator_client, competition, judges, scored_by_ana
):
    """Admin > Judges, select, delete: refused while one of them scored (no 500); a judge who
    never scored goes, with their unscored assignments."""
    ana, besa = judges["ana"], judges["besa"]
    JudgeAssignment.objects.create(submission=make_submission(competition["mk"], 3), judge=besa)
    before = standings(competition["mk"])
    bulk = reverse("wagtail_bulk_action", args=["competition", "judge", "delete"])

    refused = coordinator_client.post(f"{bulk}?id={ana.pk}&id={besa.pk}")

    assert refused.status_code == HTTPStatus.FOUND
    assert Judge.objects.filter(pk__in=[ana.pk, besa.pk]).count() == 2
    assert standings(competition["mk"]) == before

    deleted = coordinator_client.post(f"{bulk}?id={besa.pk}")

    assert deleted.status_code == HTTPStatus.FOUND
    assert not Judge.objects.filter(pk=besa.pk).exists()
    assert Judge.objects.filter(pk=ana.pk).exists()
