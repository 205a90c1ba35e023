"""Coordinators update the plan by spreadsheet: download, edit, upload, preview, confirm."""

import io
from http import HTTPStatus

import pytest
from openpyxl import load_workbook

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from forum.models import Action, ActionStatusChange, Indicator, Measurement
from tests.conftest import login_as

from .helpers import DEMO_ACTION_CODES

pytestmark = pytest.mark.django_db
URL = reverse("forum_action_plan_spreadsheet")


def download(client):
    response = client.get(URL, {"download": 1})
    assert response.status_code == HTTPStatus.OK
    return load_workbook(io.BytesIO(response.content))


def upload(client, book):
    output = io.BytesIO()
    book.save(output)
    file = SimpleUploadedFile("plan.xlsx", output.getvalue())
    return client.post(URL, {"workbook": file})


def row_of(sheet, code):
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == code:
            return row
    raise AssertionError(code)


@pytest.fixture
def coordinator(client):
    client.cookies.load({"django_language": "en"})
    return login_as(client, "coordinator")


def test_download_lists_every_action_and_measurement(coordinator):
    book = download(coordinator)

    actions = book["Actions"]
    assert [cell.value for cell in actions[1]] == [
        "code",
        "title",
        "status",
        "progress",
        "start",
        "end",
    ]
    assert [row[0].value for row in actions.iter_rows(min_row=2)] == DEMO_ACTION_CODES
    assert row_of(actions, "A1.3")[2].value == "delayed"
    measurements = list(book["Measurements"].iter_rows(min_row=2, values_only=True))
    members = Indicator.objects.get(action__code="A1.1", locale__language_code="mk")
    assert (str(members.translation_key), "A1.1", "Организации членки") == measurements[0][:3]
    assert measurements[0][4] == 12


def test_upload_previews_then_saves_on_confirmation(coordinator, client):
    book = download(coordinator)
    row = row_of(book["Actions"], "A2.2")
    row[2].value, row[3].value = "in_progress", 50
    reach = Indicator.objects.get(action__code="A2.2", locale__language_code="mk")
    book["Measurements"].append(
        [str(reach.translation_key), "A2.2", "", "2026-10-31", 131000, "Q3"]
    )

    preview = upload(coordinator, book)

    assert preview.status_code == HTTPStatus.OK
    html = preview.content.decode()
    assert 'id="upload-changes"' in html and "131000" in html
    assert Action.objects.get(code="A2.2", locale__language_code="mk").progress == 35  # not yet
    assert not Measurement.objects.filter(value=131000).exists()

    confirmed = coordinator.post(URL, {"confirm": "1"})

    assert confirmed.status_code == HTTPStatus.FOUND
    assert set(Action.objects.filter(code="A2.2").values_list("progress", flat=True)) == {50}
    measurement = Measurement.objects.get(indicator_key=reach.translation_key, value=131000)
    assert measurement.recorded_by.username == "coordinator"
    change = ActionStatusChange.objects.filter(
        action_key=Action.objects.get(code="A2.2", locale__language_code="mk").translation_key
    ).last()
    assert (change.new_progress, change.changed_by.username) == (50, "coordinator")

    # The same file again changes nothing and stores nothing twice.
    again = upload(coordinator, book)
    assert "The file changes nothing" in again.content.decode()
    assert Measurement.objects.filter(indicator_key=reach.translation_key).count() == 3


def test_row_errors_are_listed_and_nothing_is_saved(coordinator):
    book = download(coordinator)
    row_of(book["Actions"], "A1.2")[3].value = 150
    row_of(book["Actions"], "A1.3")[2].value = "finished"
    book["Actions"].append(["A7.7", "", "done", 100])
    reach = Indicator.objects.get(action__code="A2.2", locale__language_code="mk")
    book["Measurements"].append([str(reach.translation_key), "A2.2", "", "31.13.2026", 5])
    book["Measurements"].append([str(reach.translation_key), "A2.2", "", "2026-10-01", "many"])
    row_of(book["Actions"], "A1.4")[3].value = 90  # a good change among the bad ones
    before = list(Action.objects.values_list("pk", "status", "progress"))
    count = Measurement.objects.count()

    response = upload(coordinator, book)

    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    problems = response.context["reading"].problems
    assert {(p.sheet, p.row) for p in problems} == {
        ("Actions", 3),
        ("Actions", 4),
        ("Actions", 10),
        ("Measurements", book["Measurements"].max_row - 1),
        ("Measurements", book["Measurements"].max_row),
    }
    html = response.content.decode()
    assert "Progress must be a whole number from 0 to 100, not “150”." in html
    assert "There is no action with the code “A7.7”." in html
    assert 'name="confirm"' not in html
    assert list(Action.objects.values_list("pk", "status", "progress")) == before
    assert Measurement.objects.count() == count
    assert coordinator.post(URL, {"confirm": "1"}).status_code == HTTPStatus.FOUND
    assert list(Action.objects.values_list("pk", "status", "progress")) == before


def test_a_file_that_is_not_a_workbook_gets_a_clear_message(coordinator):
    file = SimpleUploadedFile("plan.xlsx", b"code,status\nA1.1,done\n")

    response = coordinator.post(URL, {"workbook": file})

    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert "not an Excel workbook" in response.content.decode()


def test_only_coordinators_update_the_plan_by_spreadsheet(client):
    login_as(client, "editor")

    assert client.get(URL).status_code == HTTPStatus.FOUND  # Wagtail sends them back home
    assert client.get(URL, {"download": 1}).status_code == HTTPStatus.FOUND


def test_an_import_never_publishes_over_a_draft_waiting_for_approval(coordinator):
    """An editor's draft of A2.2 waits for the coordinator: the import that would publish over
    it is refused for that row, with a message, and the draft stays as the editor wrote it."""
    action = Action.objects.get(code="A2.2", locale__language_code="mk")
    editor = get_user_model().objects.get(username="editor")
    action.progress = 60
    draft = action.save_revision(user=editor)
    action.refresh_from_db()
    book = download(coordinator)
    row_of(book["Actions"], "A2.2")[3].value = 45

    response = upload(coordinator, book)

    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert (
        "The action A2.2 has changes waiting for approval: approve or reject them in the admin "
        "first, then import again." in response.content.decode()
    )
    action.refresh_from_db()
    assert action.progress == 35 and action.latest_revision_id == draft.pk
    assert action.latest_revision.content["progress"] == 60
