"""The whole round through real requests, and the submission endpoint under random input."""

import datetime
import uuid
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from competition.models import EssayCompetitionPage, JudgeAssignment, Submission

from . import files
from .conftest import ESSAY, form_data, minor_data

pytestmark = pytest.mark.django_db

OTHER_ESSAY = (
    "Ali živee do nas. Toj me nauči da igram šah i da slušam pred da sudam. "
    "Negovata baba peče burek za celata ulica sekoja nedela i nikoj ne pita koj od kade e."
)


def test_from_submission_to_published_results(
    client, coordinator_client, competition, judges, django_capture_on_commit_callbacks
):
    page = competition["mk"]
    submit = page.url + page.reverse_subpage("submit")
    student = Client()
    # An adult submits as text; a minor uploads a DOCX and their guardian consents.
    with django_capture_on_commit_callbacks(execute=True):
        adult = form_data(email="adult@example.org")
        assert student.post(submit, adult).status_code == HTTPStatus.FOUND
        minor = minor_data(
            text="", name="Senad Ramadani", school="СОУ Шуто Оризари", publication_consent=None
        )
        minor["file"] = SimpleUploadedFile("esej.docx", files.docx(OTHER_ESSAY))
        assert student.post(submit, minor).status_code == HTTPStatus.FOUND
    consent_link = next(line for line in mail.outbox[-1].body.splitlines() if "/consent/" in line)
    assert Client().post(urlsplit(consent_link.strip()).path).status_code == HTTPStatus.FOUND

    first = Submission.objects.get(form_token=adult["form_token"])
    second = Submission.objects.get(form_token=minor["form_token"])
    admin = reverse("competition_admin", args=[page.pk])
    for submission in (first, second):
        coordinator_client.post(admin, {"action": "eligible", "submission": submission.pk})
    coordinator_client.post(admin, {"action": "assign"})
    assert JudgeAssignment.objects.filter(submission__in=[first, second]).count() == 4

    criteria = list(page.criteria.all())
    for judge in judges.values():
        judge_client = Client()
        judge_client.login(username=judge.user.username, password="judge-pass")
        for row in JudgeAssignment.objects.filter(judge=judge):
            good = row.submission == first
            points = {c.key: str(c.maximum if good else c.maximum / 2) for c in criteria}
            response = judge_client.post(
                reverse("competition_score", args=[row.pk]), {"action": "submit", **points}
            )
            assert response.status_code == HTTPStatus.FOUND

    page.opens_at = timezone.now() - datetime.timedelta(days=20)
    page.closes_at = timezone.now() - datetime.timedelta(hours=1)
    page.save_revision().publish()
    ranking = coordinator_client.get(reverse("competition_ranking", args=[page.pk]))
    standings = ranking.context["standings"]
    assert [row.submission for row in standings] == [first, second]
    assert standings[0].ranked.result == 100.0 and standings[1].ranked.result == 50.0

    unranked = Submission.objects.create(
        competition_key=page.translation_key,
        number=99,
        reference="TEST-0099",
        title="Без оценка",
        language="mk",
        text=ESSAY,
        word_count=23,
        status=Submission.Status.ELIGIBLE,
    )
    url = reverse("competition_ranking", args=[page.pk])
    refused = coordinator_client.post(url, {"first": first.pk, "second": unranked.pk})
    assert refused.status_code == HTTPStatus.BAD_REQUEST  # an essay without scores cannot win
    response = coordinator_client.post(url, {"first": first.pk, "second": second.pk})
    assert response.status_code == HTTPStatus.FOUND
    for code in ("mk", "rom"):
        html = Client().get(competition[code].url).content.decode()
        assert "Ајла Хоџиќ" in html  # first prize, published with consent
        assert "Senad Ramadani" not in html  # second prize, no consent to publication


@pytest.fixture
def open_page(competition):
    return competition["mk"]


text_or_bytes = st.one_of(st.text(max_size=200), st.binary(max_size=200).map(repr))
fields = st.fixed_dictionaries(
    {},
    optional={
        name: text_or_bytes
        for name in (
            "name",
            "date_of_birth",
            "school",
            "grade",
            "municipality",
            "email",
            "title",
            "language",
            "text",
            "guardian_email",
            "originality",
            "privacy",
            "website",
            "form_token",
        )
    },
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=fields, upload=st.one_of(st.none(), st.binary(max_size=4096)), name=st.text(max_size=40)
)
def test_random_input_never_breaks_the_endpoint_nor_stores_anything(open_page, data, upload, name):
    before = Submission.objects.count()
    payload = {key: value.replace("\x00", "") for key, value in data.items()}
    if upload is not None:
        payload["file"] = SimpleUploadedFile(name.replace("\x00", "") or "essay.docx", upload)
    response = Client().post(open_page.url + open_page.reverse_subpage("submit"), payload)
    assert 400 <= response.status_code < 500
    assert Submission.objects.count() == before


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    overrides=st.dictionaries(
        st.sampled_from(sorted(form_data())), st.text(max_size=30), max_size=3
    )
)
def test_a_valid_form_with_random_changes_is_stored_once_or_refused(open_page, overrides):
    data = form_data(**overrides)
    data.setdefault("form_token", str(uuid.uuid4()))
    before = Submission.objects.count()
    url = open_page.url + open_page.reverse_subpage("submit")
    first = Client().post(url, data)
    second = Client().post(url, data)
    assert first.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)
    assert second.status_code == first.status_code
    assert Submission.objects.count() == before + (first.status_code == HTTPStatus.FOUND)


def test_query_counts(django_assert_max_num_queries, coordinator_client):
    page = EssayCompetitionPage.objects.get(locale__language_code="rom", slug="konkurso-vas-eseja")
    visitor = Client()
    visitor.get(page.url)  # the first visit makes the images' renditions
    with django_assert_max_num_queries(18):
        assert visitor.get(page.url).status_code == 200
    demo = EssayCompetitionPage.objects.get(locale__language_code="mk", slug="konkurs-za-esej")
    with django_assert_max_num_queries(30):
        assert (
            coordinator_client.get(reverse("competition_admin", args=[demo.pk])).status_code == 200
        )
    with django_assert_max_num_queries(30):
        assert (
            coordinator_client.get(reverse("competition_ranking", args=[demo.pk])).status_code
            == 200
        )
