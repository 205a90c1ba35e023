"""Submitting an essay through the competition's page, as a student does."""

import datetime
import uuid
from email.utils import formataddr
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone

from competition.models import Student, Submission

from . import files
from .conftest import ESSAY, form_data, minor_data

pytestmark = pytest.mark.django_db

WORDS = " ".join(["збор"] * 30)


def submit_url(page):
    return page.url + page.reverse_subpage("submit")


def post(client, page, data, **kwargs):
    return client.post(submit_url(page), data, **kwargs)


def test_the_page_shows_the_form_while_open(client, competition):
    response = client.get(competition["mk"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert "Идеја" in html  # the rubric, public
    assert 'name="form_token"' in html
    assert 'class="honeypot"' in html


def test_a_text_submission_is_stored_once_with_a_reference_and_emails(
    client, competition, django_capture_on_commit_callbacks
):
    data = form_data()
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, competition["mk"], data)
    assert response.status_code == HTTPStatus.FOUND
    submission = Submission.objects.get(form_token=data["form_token"])
    year = timezone.localtime(competition["mk"].opens_at).year
    assert submission.reference.startswith(f"ESSAY-{year}-")
    assert len(submission.reference) == len("ESSAY-2026-0001")
    assert submission.status == Submission.Status.RECEIVED
    assert submission.competition_key == competition["mk"].translation_key
    assert submission.text == ESSAY
    assert submission.word_count == 23  # counted by hand
    assert submission.student.name == "Ајла Хоџиќ"
    assert submission.student.language == "mk"
    page = client.get(response["Location"])
    assert submission.reference in page.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [formataddr(("Ајла Хоџиќ", "ajla@example.org"))]
    assert submission.reference in mail.outbox[0].subject


def test_numbers_follow_each_other(client, competition):
    post(client, competition["mk"], form_data())
    post(client, competition["mk"], form_data(email="other@example.org"))
    first, second = Submission.objects.of(competition["mk"]).order_by("number")
    assert second.number == first.number + 1
    assert second.reference[-4:] == f"{second.number:04d}"


def test_a_double_submit_stores_one_row_and_shows_the_same_code(client, competition):
    data = form_data()
    first = post(client, competition["mk"], data)
    second = post(client, competition["mk"], data)
    assert first["Location"] == second["Location"]
    assert Submission.objects.filter(form_token=data["form_token"]).count() == 1
    assert Student.objects.filter(email="ajla@example.org").count() == 1


def test_a_form_sent_twice_without_javascript_is_stored_once(client, competition):
    # Without JavaScript a kept page's form carries no form token: the essay itself names it.
    data = form_data(form_token="")
    first = post(client, competition["mk"], data)
    second = post(client, competition["mk"], data)
    assert first.status_code == second.status_code == HTTPStatus.FOUND
    assert first["Location"] == second["Location"]
    assert Student.objects.filter(email="ajla@example.org").count() == 1
    another = post(client, competition["mk"], {**data, "title": "Улицата на Ајла"})
    assert another["Location"] != first["Location"]
    assert Submission.objects.of(competition["mk"]).count() == 2


def test_a_romani_submission_gets_its_emails_in_romani(
    client, competition, django_capture_on_commit_callbacks
):
    data = minor_data(language="rom", text=WORDS, name="Senad Ramadani")
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, competition["rom"], data)
    assert response.status_code == HTTPStatus.FOUND
    submission = Submission.objects.get(form_token=data["form_token"])
    assert submission.student.language == "rom"
    assert submission.status == Submission.Status.AWAITING_CONSENT
    assert len(mail.outbox) == 2
    student_mail, guardian_mail = mail.outbox
    assert "Senad Ramadani" in student_mail.to[0]
    assert guardian_mail.to == [formataddr(("Фатиме Хоџиќ", "fatime@example.org"))]
    assert "/rom/" in guardian_mail.body
    # The emails are in Romani, not in Macedonian or English.
    assert "Dear" not in student_mail.body
    assert "Почитуван" not in student_mail.body


@pytest.mark.parametrize(
    "kind, build",
    [
        ("docx", lambda: files.docx(ESSAY, "Втор пасус од есејот.")),
        ("odt", lambda: files.odt(ESSAY, "Втор пасус од есејот.")),
        ("pdf", lambda: files.pdf(" ".join(["Komshiluk"] * 25))),
    ],
)
def test_a_file_submission_keeps_the_original_privately_and_its_text(
    client, competition, kind, build, settings
):
    upload = SimpleUploadedFile(f"esej.{kind}", build())
    data = form_data(text="")
    data["file"] = upload
    response = post(client, competition["mk"], data)
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    submission = Submission.objects.get(form_token=data["form_token"])
    assert submission.original.name.endswith(f"{submission.reference}.{kind}")
    assert submission.original.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not submission.original.path.startswith(str(settings.MEDIA_ROOT))
    assert submission.word_count >= 20
    if kind != "pdf":
        assert "Втор пасус" in submission.text


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("esej.docx", b"MZ\x90\x00" + b"\x00" * 2000, "PDF, DOCX"),  # a renamed executable
        ("esej.docx", files.zip_posing_as_docx(), "PDF, DOCX"),
        ("esej.pdf", b"%PDF-1.4\n garbage", "could not be read"),
        ("esej.docx", files.docx(""), "no text"),
    ],
)
def test_bad_files_are_refused_with_a_message(client, competition, name, content, message):
    data = form_data(text="")
    data["file"] = SimpleUploadedFile(name, content)
    response = post(client, competition["mk"], data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Submission.objects.filter(form_token=data["form_token"]).exists()


def test_an_oversize_file_is_refused(client, competition):
    data = form_data(text="")
    data["file"] = SimpleUploadedFile("esej.docx", b"0" * (5 * 1024 * 1024 + 1))
    response = post(client, competition["mk"], data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "5 MB" in response.content.decode()
    assert (
        not Submission.objects.exists()
        or not Submission.objects.filter(form_token=data["form_token"]).exists()
    )


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"text": "Кратко."}, "text"),  # too short
        ({"text": " ".join(["збор"] * 81)}, "text"),  # too long
        ({"text": ""}, "text"),  # nothing at all
        ({"privacy": None}, "privacy"),
        ({"originality": None}, "originality"),
        ({"language": "xx"}, "language"),
        ({"municipality": "atlantis"}, "municipality"),
        ({"grade": "9"}, "grade"),
        ({"email": "not an address"}, "email"),
        ({"date_of_birth": "1970-01-01"}, "date_of_birth"),
        ({"form_token": "not-a-token"}, "form_token"),
    ],
)
def test_bad_input_gets_a_400_and_nothing_is_stored(client, competition, overrides, field):
    data = form_data(**overrides)
    before = Submission.objects.count()
    response = post(client, competition["mk"], data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert field in response.context["form"].errors
    assert Submission.objects.count() == before


def test_the_messages_are_in_the_visitors_language(client, competition):
    response = post(client, competition["rom"], form_data(text="Kratko."))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    errors = response.context["form"].errors["text"][0]
    assert "words" not in errors and "зборови" not in errors


@pytest.mark.parametrize("missing", ["guardian_name", "guardian_email", "guardian_consent"])
def test_a_minor_needs_a_guardian(client, competition, missing):
    data = minor_data(**{missing: None})
    response = post(client, competition["mk"], data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert missing in response.context["form"].errors
    assert not Submission.objects.filter(form_token=data["form_token"]).exists()


def test_text_and_file_together_are_refused(client, competition):
    data = form_data()
    data["file"] = SimpleUploadedFile("esej.docx", files.docx(ESSAY))
    response = post(client, competition["mk"], data)
    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_the_honeypot_refuses_bots(client, competition):
    data = form_data(website="https://spam.example.com")
    response = post(client, competition["mk"], data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Submission.objects.filter(form_token=data["form_token"]).exists()


@override_settings(COMPETITION_SUBMISSION_RATE="2/h")
def test_too_many_submissions_from_one_address(client, competition):
    for _ in range(2):
        post(client, competition["mk"], form_data(email=f"{uuid.uuid4().hex}@example.org"))
    data = form_data()
    response = post(client, competition["mk"], data)
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert not Submission.objects.filter(form_token=data["form_token"]).exists()


@pytest.mark.parametrize(
    "opens, closes, phrase",
    [(1, 10, "not open yet"), (-10, -1, "closed")],
)
def test_before_opening_and_after_the_deadline(client, competition, opens, closes, phrase):
    page = competition["mk"]
    now = timezone.now()
    page.opens_at = now + datetime.timedelta(days=opens)
    page.closes_at = now + datetime.timedelta(days=closes)
    page.save_revision().publish()
    data = form_data()
    response = post(client, competition["rom"], data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert not Submission.objects.filter(form_token=data["form_token"]).exists()
    shown = client.get(competition["rom"].url)
    assert 'name="form_token"' not in shown.content.decode()


def test_names_and_text_are_stored_as_given_and_rendered_escaped(client, competition):
    data = form_data(title="<script>alert(1)</script> Соседи", name="<b>Ајла</b>")
    post(client, competition["mk"], data)
    submission = Submission.objects.get(form_token=data["form_token"])
    assert submission.title == "<script>alert(1)</script> Соседи"
    page = client.get(
        competition["mk"].url
        + competition["mk"].reverse_subpage("submitted", args=[submission.form_token])
    )
    html = page.content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_an_unknown_confirmation_is_a_404(client, competition):
    page = competition["mk"]
    response = client.get(page.url + page.reverse_subpage("submitted", args=[uuid.uuid4()]))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_a_guardian_confirms_consent_with_a_post_not_a_get(
    client, competition, django_capture_on_commit_callbacks
):
    data = minor_data()
    with django_capture_on_commit_callbacks(execute=True):
        post(client, competition["mk"], data)
    submission = Submission.objects.get(form_token=data["form_token"])
    link = next(line for line in mail.outbox[1].body.splitlines() if "/consent/" in line)
    path = urlsplit(link.strip()).path
    # A mail scanner follows the link: nothing is confirmed.
    assert client.get(path).status_code == 200
    submission.refresh_from_db()
    assert submission.status == Submission.Status.AWAITING_CONSENT
    response = client.post(path)
    assert response.status_code == HTTPStatus.FOUND
    submission.refresh_from_db()
    assert submission.status == Submission.Status.RECEIVED
    assert submission.student.guardian_consent_at is not None
    # A second confirmation changes nothing.
    client.post(path)
    assert Submission.objects.get(pk=submission.pk).status == Submission.Status.RECEIVED


def test_a_forged_consent_link_is_a_404(client, competition):
    page = competition["mk"]
    response = client.post(page.url + page.reverse_subpage("consent", args=["Zm9yZ2VkOnRva2Vu"]))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_the_page_refuses_inconsistent_settings(competition):
    from django.core.exceptions import ValidationError

    page = competition["mk"]
    page.closes_at = page.opens_at - datetime.timedelta(days=1)
    page.max_words, page.min_words = 10, 100
    page.lowest_grade, page.highest_grade = 4, 1
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert {"closes_at", "max_words", "highest_grade"} <= set(refused.value.message_dict)
    page.max_words = None
    with pytest.raises(ValidationError):
        page.full_clean()  # a cleared field is an error, never a crash


def test_the_rubric_and_prizes_read_in_the_order_the_editor_gave_them(client, competition):
    page = competition["mk"]
    idea, language = page.criteria.order_by("pk")
    idea.sort_order, language.sort_order = 1, 0  # the editor dragged "Јазик" to the top
    idea.save(), language.save()
    assert [criterion.name for criterion in page.criteria.all()] == ["Јазик", "Идеја"]
    html = client.get(page.url).content.decode()
    assert html.index("<strong>Јазик</strong>") < html.index("<strong>Идеја</strong>")
