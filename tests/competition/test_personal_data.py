"""The students' personal data: export, erasure on request, purge after the retention period."""

import datetime
import io
import json
from http import HTTPStatus
from pathlib import Path

import pytest

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from competition.api import count_submitted_essays
from competition.models import JudgeAssignment, Score, Student, Submission

from .conftest import make_submission

pytestmark = pytest.mark.django_db


def past_retention(page):
    page.opens_at = timezone.now() - datetime.timedelta(days=500)
    page.closes_at = timezone.now() - datetime.timedelta(days=400)
    page.retention_months = 12
    page.save_revision().publish()


@pytest.fixture
def scored(competition, judges):
    page = competition["mk"]
    submission = make_submission(page, 1, mentor="Горан Митевски", municipality="karpos")
    submission.original.save("TEST-0001.docx", ContentFile(b"original"), save=True)
    row = JudgeAssignment.objects.create(submission=submission, judge=judges["ana"])
    Score.objects.create(assignment=row, points={"x": 5}, submitted_at=timezone.now())
    return submission


def test_a_student_can_get_their_data(coordinator_client, scored):
    url = reverse("competition_submission", args=[scored.pk]) + "?download=data"
    response = coordinator_client.get(url)
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["student"]["name"] == "Ајла Хоџиќ"
    assert data["student"]["email"] == "test-student1@example.org"
    assert data["reference"] == "TEST-0001"


def test_erasure_on_request_keeps_the_anonymous_essay_and_scores(coordinator_client, scored):
    url = reverse("competition_submission", args=[scored.pk])
    response = coordinator_client.post(url, {"action": "erase"})
    assert response.status_code == HTTPStatus.FOUND
    scored.refresh_from_db()
    assert scored.student is None
    assert scored.personal_data_purged_at is not None
    assert not Student.objects.filter(email="test-student1@example.org").exists()
    assert "Хоџиќ" not in scored.text and "Зеф" not in scored.text
    assert "█████" in scored.text
    assert Score.objects.filter(assignment__submission=scored).count() == 1
    assert not scored.original
    page = coordinator_client.get(url)
    assert page.status_code == 200
    assert "Ајла" not in page.content.decode()


def test_the_original_file_is_removed_once_the_erasure_is_committed(
    coordinator_client, scored, django_capture_on_commit_callbacks
):
    path = scored.original.path
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(
            reverse("competition_submission", args=[scored.pk]), {"action": "erase"}
        )
    assert not Path(path).exists()


def test_the_purge_command_waits_for_the_retention_period(competition, scored):
    out = io.StringIO()
    call_command("purge_competition_data", stdout=out)
    assert "Nothing to purge" in out.getvalue()
    assert Submission.objects.get(pk=scored.pk).student is not None
    past_retention(competition["mk"])
    call_command("purge_competition_data", stdout=out)
    scored.refresh_from_db()
    assert scored.student is None
    assert Score.objects.filter(assignment__submission=scored).exists()
    call_command("purge_competition_data", stdout=out)  # again: nothing changes, nothing fails


def test_the_coordinators_purge_button(coordinator_client, competition, scored):
    page = competition["mk"]
    url = reverse("competition_admin", args=[page.pk])
    coordinator_client.post(url, {"action": "purge"})
    assert Submission.objects.get(pk=scored.pk).student is not None  # too early
    past_retention(page)
    assert 'value="purge"' in coordinator_client.get(url).content.decode()
    coordinator_client.post(url, {"action": "purge"})
    assert Submission.objects.get(pk=scored.pk).student is None


def test_the_purge_keeps_a_published_credit_but_an_erasure_does_not(
    coordinator_client, competition, scored
):
    Submission.objects.filter(pk=scored.pk).update(award="1", public_credit="Ајла Хоџиќ, СУГС")
    past_retention(competition["mk"])
    call_command("purge_competition_data", stdout=io.StringIO())
    assert Submission.objects.get(pk=scored.pk).public_credit == "Ајла Хоџиќ, СУГС"
    other = make_submission(competition["mk"], 2)
    Submission.objects.filter(pk=other.pk).update(award="2", public_credit="Ајла Хоџиќ, СУГС")
    coordinator_client.post(reverse("competition_submission", args=[other.pk]), {"action": "erase"})
    assert Submission.objects.get(pk=other.pk).public_credit == ""


def test_the_live_indicator_counts_the_essays(competition):
    before = count_submitted_essays()
    make_submission(competition["mk"], 1)
    assert count_submitted_essays() == before + 1
