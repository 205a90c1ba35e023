"""The Forum's public records are moderated and versioned like pages (issue 14).

An editor's save is a draft until a coordinator approves it, the public reads live versions
only, every change is a revision, a stale form never overwrites a newer figure, and a
translation's save never writes the figures all the languages share.
"""

import datetime
import re
from http import HTTPStatus

import pytest

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import ModelLogEntry, Revision, WorkflowContentType

from forum.models import Action, AdvocacyMeeting, Community, Goal, Objective, Organization
from forum.spreadsheet import LOG_ACTION
from home.roles import WORKFLOW_NAME
from tests.conftest import login_as

from .helpers import action_form_data, action_html, loaded_revision
from .test_spreadsheet import download, row_of, upload

pytestmark = pytest.mark.django_db


def edit_url(record):
    return reverse(f"wagtailsnippets_forum_{record._meta.model_name}:edit", args=[record.pk])


def new_action(locale_code="mk", code="A3.9", progress=10):
    """A live action of the plan, built here, with no revision yet."""
    objective = Objective.objects.get(code="3.2", locale__language_code=locale_code)
    return Action.objects.create(
        objective=objective,
        code=code,
        title="Мапирање на локалните иницијативи",
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2027, 12, 31),
        progress=progress,
        locale=objective.locale,
    )


def public_progress(client, strategy_page, code):
    block = action_html(client.get(strategy_page.url).content.decode(), code)
    return re.search(r'<progress max="100" value="(\d+)"', block).group(1)


def post_edit(client, action, data=None, **changes):
    return client.post(edit_url(action), {**action_form_data(action, **changes), **(data or {})})


def test_the_forum_records_are_on_the_editor_coordinator_workflow():
    for model in ("community", "organization", "goal", "objective", "action", "advocacymeeting"):
        content_type = ContentType.objects.get(app_label="forum", model=model)
        assert WorkflowContentType.objects.get(content_type=content_type).workflow.name == (
            WORKFLOW_NAME
        )


def test_an_editors_save_is_a_draft_and_the_public_keeps_the_live_figure(client, strategy_pages):
    action = new_action(progress=10)
    login_as(client, "editor")

    response = post_edit(client, action, progress=60, **{"action-publish": "publish"})

    assert response.status_code == HTTPStatus.FOUND
    action.refresh_from_db()
    assert action.progress == 10 and action.has_unpublished_changes
    assert action.latest_revision.as_object().progress == 60
    assert action.latest_revision.user.username == "editor"
    client.logout()
    assert public_progress(client, strategy_pages["sq"], "A3.9") == "10"
    assert public_progress(client, strategy_pages["mk"], "A3.9") == "10"


def test_a_coordinators_approval_publishes_the_editors_draft_in_every_language(
    client, strategy_pages
):
    action = new_action(progress=10)
    login_as(client, "editor")
    response = post_edit(client, action, progress=60, **{"action-submit": "submit"})
    assert response.status_code == HTTPStatus.FOUND
    action.refresh_from_db()
    assert action.progress == 10
    task_state = action.current_workflow_task_state
    assert task_state is not None
    client.logout()

    login_as(client, "coordinator")
    response = client.post(
        reverse(
            "wagtailsnippets_forum_action:workflow_action",
            args=[action.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )

    assert response.status_code == HTTPStatus.FOUND
    action.refresh_from_db()
    assert action.live and action.progress == 60 and not action.has_unpublished_changes
    assert action.live_revision.user.username == "editor"
    client.logout()
    assert public_progress(client, strategy_pages["rom"], "A3.9") == "60"


def test_a_new_organisation_an_editor_adds_is_absent_from_the_members_page_until_published(
    client, members_pages
):
    form = {
        "name": "Здружение Нова Зора",
        "acronym": "",
        "slug": "nova-zora",
        "role": Organization.Role.MEMBER,
        "municipality": "",
        "joined_on": "",
        "website": "",
        "email": "",
        "phone": "",
        "contact_person": "",
        "memorandum_signed_on": "",
    }
    login_as(client, "editor")
    # The editor's publish button is not theirs to press: the save is a draft.
    response = client.post(
        reverse("wagtailsnippets_forum_organization:add"), {**form, "action-publish": "1"}
    )
    assert response.status_code == HTTPStatus.FOUND
    organisation = Organization.objects.get(slug="nova-zora")
    assert not organisation.live
    client.logout()
    assert "Нова Зора" not in client.get(members_pages["mk"].url).content.decode()

    login_as(client, "coordinator")
    response = client.post(
        edit_url(organisation),
        {**form, **loaded_revision(client, edit_url(organisation)), "action-publish": "1"},
    )
    assert response.status_code == HTTPStatus.FOUND
    client.logout()
    assert "Нова Зора" in client.get(members_pages["mk"].url).content.decode()


def test_the_spreadsheet_import_publishes_a_revision_under_the_coordinators_name_and_logs_it(
    client, strategy_pages
):
    action = new_action(progress=10)
    client.cookies.load({"django_language": "en"})
    login_as(client, "coordinator")
    book = download(client)
    row_of(book["Actions"], "A3.9")[3].value = 75
    upload(client, book)
    response = client.post(reverse("forum_action_plan_spreadsheet"), {"confirm": "1"})
    assert response.status_code == HTTPStatus.FOUND

    action.refresh_from_db()
    assert action.progress == 75
    revision = Revision.objects.for_instance(action).get()
    assert action.live_revision == revision
    assert revision.user.username == "coordinator"
    entry = ModelLogEntry.objects.get(action=LOG_ACTION, object_id=str(action.pk))
    assert entry.user.username == "coordinator"
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Updated from the plan spreadsheet" in history
    client.logout()
    assert public_progress(client, strategy_pages["tr"], "A3.9") == "75"


def test_a_stale_form_is_refused_and_does_not_overwrite_the_newer_progress_figure(client):
    action = new_action(progress=10)
    login_as(client, "coordinator")
    post_edit(client, action, progress=20, **{"action-publish": "publish"})
    stale = loaded_revision(client, edit_url(action))
    # Someone else then publishes a newer figure, from a form loaded on the latest revision.
    post_edit(
        client,
        action,
        loaded_revision(client, edit_url(action)),
        progress=40,
        **{"action-publish": "publish"},
    )
    action.refresh_from_db()
    assert action.progress == 40
    revisions = Revision.objects.for_instance(action).count()

    client.cookies.load({"django_language": "en"})
    response = post_edit(client, action, stale, progress=20, **{"action-publish": "publish"})

    assert response.status_code == HTTPStatus.OK
    assert "Someone saved a newer version of this record" in response.content.decode()
    action.refresh_from_db()
    assert action.progress == 40
    assert Revision.objects.for_instance(action).count() == revisions


def test_a_translations_save_takes_the_shared_figures_from_the_source(
    client, locales, strategy_pages
):
    source = new_action(progress=10)
    albanian = source.copy_for_translation(locales["sq"])
    albanian.title = "Hartëzimi i nismave lokale"
    albanian.save()
    login_as(client, "coordinator")
    post_edit(client, source, progress=40, **{"action-publish": "publish"})
    assert Action.objects.get(pk=albanian.pk).progress == 40

    # The Albanian form still carries the old figure; only its text may change.
    albanian.refresh_from_db()
    response = post_edit(
        client,
        albanian,
        progress=10,
        title="Hartëzimi i iniciativave lokale",
        **{"action-publish": "publish"},
    )

    assert response.status_code == HTTPStatus.FOUND
    albanian.refresh_from_db()
    source.refresh_from_db()
    assert albanian.title == "Hartëzimi i iniciativave lokale"
    assert (source.progress, albanian.progress) == (40, 40)
    client.logout()
    assert public_progress(client, strategy_pages["sq"], "A3.9") == "40"


def test_coordinators_publish_and_lock_the_records_and_editors_only_draft_them():
    users = get_user_model().objects.in_bulk(["editor", "coordinator"], field_name="username")
    for model in ("community", "organization", "goal", "objective", "action", "advocacymeeting"):
        for verb in ("publish", "lock", "unlock"):
            assert users["coordinator"].has_perm(f"forum.{verb}_{model}")
            assert not users["editor"].has_perm(f"forum.{verb}_{model}")
        assert users["editor"].has_perm(f"forum.change_{model}")


def test_the_demo_seeds_live_records():
    for model in (Community, Organization, Goal, Objective, Action, AdvocacyMeeting):
        assert model.objects.exists()
        assert not model.objects.exclude(live=True).exists()
