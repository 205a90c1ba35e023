"""The groups of DESIGN.md, created by a migration, and the Editor -> Coordinator workflow."""

from http import HTTPStatus

import pytest

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission, Workflow, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms import languages
from home import roles
from tests.conftest import login_as

pytestmark = pytest.mark.django_db


def edit_form(page, title, paragraph, **actions):
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([("paragraph", rich_text(f"<p>{paragraph}</p>"))]),
        }
    )
    data.update(actions)
    return data


def test_groups_and_workflow_come_from_the_migration_not_the_seeder():
    assert set(Group.objects.values_list("name", flat=True)) == {
        roles.EDITORS,
        roles.COORDINATORS,
        roles.JUDGES,
        *(f"Translators · {language.name}" for language in languages.LANGUAGES[1:]),
    }
    workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
    assert workflow.active
    assert [task.name for task in workflow.tasks.all()] == [roles.TASK_NAME]
    assert workflow.workflow_pages.get().page.depth == 1  # the whole tree, every locale
    assert not Workflow.objects.filter(name=roles.WAGTAIL_DEFAULT_WORKFLOW).exists()


def test_applying_the_roles_again_changes_nothing():
    def snapshot():
        return (
            sorted(Group.objects.values_list("name", "permissions__codename")),
            sorted(GroupPagePermission.objects.values_list("group__name", "page_id", "permission")),
        )

    before = snapshot()
    roles.apply_roles(apps)
    roles.apply_roles(apps)

    assert snapshot() == before


def test_only_coordinators_publish_in_macedonian_and_translators_only_in_their_locales(
    django_user_model, about_pages
):
    def can_publish(username, code):
        user = django_user_model.objects.get(username=username)
        return about_pages[code].permissions_for_user(user).can_publish()

    assert can_publish("coordinator", "mk")
    assert not can_publish("editor", "mk")
    assert not can_publish("translator", "mk")
    # The demo translator is in the Romani, Turkish and Aromanian groups, and only those.
    assert {code for code in about_pages if can_publish("translator", code)} == {"rom", "tr", "rup"}
    assert not any(can_publish("judge", code) for code in about_pages)


def test_each_translators_group_writes_only_under_its_own_locale_root(homes):
    for code, name in roles.TRANSLATOR_GROUPS.items():
        group = Group.objects.get(name=name)
        rights = set(
            GroupPagePermission.objects.filter(group=group).values_list(
                "page_id", "permission__codename"
            )
        )
        assert rights == {
            (homes[code].pk, codename) for codename in ("add_page", "change_page", "publish_page")
        }
    assert languages.DEFAULT.code not in roles.TRANSLATOR_GROUPS


def test_translators_translate_records_but_add_delete_and_publish_none():
    """The change right on the translatable records is what wagtail-localize's snippet editor
    asks; home/translators.py keeps it to their languages' rows (tests/forum)."""
    records = {f"change_{model}" for model in roles.FORUM_RECORDS} | {"change_topic"}
    for name in roles.TRANSLATOR_GROUPS.values():
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert codenames == {"access_admin", "submit_translation", "view_translation_report"} | (
            records
        )
        assert not any(c.startswith(("add_", "delete_", "publish_")) for c in codenames)


def test_judge_cannot_open_the_page_editor(client, about_pages):
    login_as(client, "judge")

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[about_pages["mk"].pk]))
    explorer = client.get(reverse("wagtailadmin_explore_root"))
    dashboard = client.get(reverse("wagtailadmin_home"), follow=True)  # their list of essays

    assert edit.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert edit.status_code != HTTPStatus.OK
    assert explorer.status_code != HTTPStatus.OK
    assert dashboard.status_code == HTTPStatus.OK
    assert "wagtail-sidebar-props" in dashboard.content.decode()
    sidebar = dashboard.content.decode().partition("wagtail-sidebar-props")[2]
    assert '"explorer"' not in sidebar  # no Pages menu


def test_editor_cannot_publish(client, about_pages):
    page = about_pages["mk"]
    login_as(client, "editor")

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, "За Форумот (нов наслов)", "Нов текст.", **{"action-publish": "publish"}),
    )

    page.refresh_from_db()
    assert response.status_code == HTTPStatus.FOUND
    assert page.title == "За Форумот"  # the live version did not change
    assert page.has_unpublished_changes
    assert page.get_latest_revision().as_object().title == "За Форумот (нов наслов)"


def test_editor_submits_for_moderation_and_a_coordinator_approves(client, about_pages):
    page = about_pages["mk"]
    login_as(client, "editor")

    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, "За Форумот", "Изменет текст за одобрување.", **{"action-submit": "1"}),
    )

    state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.current_task_state.task.name == roles.TASK_NAME
    page.refresh_from_db()
    assert "Изменет текст" not in str(page.body)

    client.logout()
    login_as(client, "coordinator")
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", state.current_task_state.pk],
        )
    )

    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    state.refresh_from_db()
    page.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert "Изменет текст за одобрување." in str(page.body)
    public = client.get(page.url)
    assert "Изменет текст за одобрување." in public.content.decode()


def test_a_new_locale_root_gets_its_own_translators_group(homes, locales):
    from wagtail.models import Locale

    locale = Locale.objects.create(language_code="de")  # a ninth language, added by an admin
    home = homes["mk"].copy_for_translation(locale)

    translators = Group.objects.get(name="Translators · German")
    assert set(
        GroupPagePermission.objects.filter(group=translators).values_list(
            "page_id", "permission__codename"
        )
    ) == {(home.pk, "add_page"), (home.pk, "change_page"), (home.pk, "publish_page")}
    assert translators.permissions.filter(codename="submit_translation").exists()


def test_every_locale_is_synchronised_from_macedonian_by_the_migration():
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    synced = {
        s.locale.language_code: s.sync_from.language_code
        for s in LocaleSynchronization.objects.select_related("locale", "sync_from")
    }

    assert set(Locale.objects.values_list("language_code", flat=True)) == set(languages.CODES)
    assert synced == {code: "mk" for code in languages.CODES if code != "mk"}
