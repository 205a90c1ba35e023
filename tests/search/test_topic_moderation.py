"""Topics and site settings are moderated like pages: an editor's change is a draft, in the
"Editor → Coordinator" workflow, and the public reads the live version until a coordinator
publishes it."""

from http import HTTPStatus

import pytest
from taggit.models import Tag

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from wagtail.models import WorkflowContentType

from home.models import SiteSettings
from home.roles import WORKFLOW_NAME
from search.models import Topic
from tests.conftest import login_as

pytestmark = pytest.mark.django_db

TOPICS = "/admin/snippets/search/topic/"
SETTINGS = "/admin/snippets/home/sitesettings/"


def topic_labels(client, library):
    facets = client.get(library.url).context["results"].facets
    return {item.value: str(item.label) for item in facets["topic"]}


@pytest.fixture
def topic(libraries):
    tag = Tag.objects.get(name="музика")
    return Topic.objects.get_or_create(
        tag=tag, locale=libraries["mk"].locale, defaults={"name": "Музика"}
    )[0]


def approve(client, snippets_url, obj):
    """The coordinator approves the object's current workflow task, as the admin's button does."""
    task_state = obj.current_workflow_task_state
    return client.post(
        f"{snippets_url}workflow/action/{obj.pk}/approve/{task_state.pk}/", {"comment": ""}
    )


@pytest.mark.parametrize("model", [Topic, SiteSettings])
def test_topics_and_site_settings_are_in_the_editor_to_coordinator_workflow(model):
    content_type = ContentType.objects.get_for_model(model)
    assert WorkflowContentType.objects.get(content_type=content_type).workflow.name == (
        WORKFLOW_NAME
    )
    assert model.objects.exclude(live=True).count() == 0  # the rows there were stayed live


@pytest.mark.parametrize(
    "permission", ["search.publish_topic", "home.publish_sitesettings", "search.unlock_topic"]
)
def test_only_coordinators_publish_topics_and_site_settings(permission):
    users = get_user_model().objects
    assert users.get(username="coordinator").has_perm(permission)
    assert not users.get(username="editor").has_perm(permission)
    assert not users.get(username="translator").has_perm(permission)


def test_an_editors_new_topic_name_waits_for_the_coordinator(client, libraries, topic):
    tag_slug, live_name = topic.tag.slug, topic.name
    login_as(client, "editor")
    response = client.post(
        f"{TOPICS}edit/{topic.pk}/",
        {"tag": topic.tag_id, "name": "Музика и игра", "action-submit": "submit"},
    )
    assert response.status_code == HTTPStatus.FOUND
    topic.refresh_from_db()
    assert topic.name == live_name  # the live row
    assert topic.latest_revision.content["name"] == "Музика и игра"
    assert topic.has_unpublished_changes
    assert topic_labels(client, libraries["mk"])[tag_slug] == live_name

    # The editor cannot publish it: the publish button is refused and nothing goes live.
    client.post(
        f"{TOPICS}edit/{topic.pk}/",
        {"tag": topic.tag_id, "name": "Музика и игра", "action-publish": "publish"},
    )
    topic.refresh_from_db()
    assert topic.name == live_name
    assert topic_labels(client, libraries["mk"])[tag_slug] == live_name

    client.logout()
    login_as(client, "coordinator")
    assert approve(client, TOPICS, topic).status_code < 400
    topic.refresh_from_db()
    assert topic.name == "Музика и игра"
    assert topic_labels(client, libraries["mk"])[tag_slug] == "Музика и игра"


def test_a_draft_topic_names_nothing_until_it_is_published(client, libraries):
    tag = Tag.objects.get(name="медиуми")
    Topic.objects.filter(tag=tag, locale=libraries["mk"].locale).delete()  # the demo's name
    draft = Topic(tag=tag, name="Медиуми и вести", locale=libraries["mk"].locale, live=False)
    draft.save()
    draft.save_revision()

    assert topic_labels(client, libraries["mk"])[tag.slug] == "медиуми"  # the tag's own name

    draft.latest_revision.publish()
    assert topic_labels(client, libraries["mk"])[tag.slug] == "Медиуми и вести"


def test_the_footer_shows_the_live_site_settings_until_a_coordinator_publishes(client, homes):
    settings = SiteSettings.objects.get(locale__language_code="mk")
    live_name = settings.organisation_name
    login_as(client, "editor")
    response = client.post(
        f"{SETTINGS}edit/{settings.pk}/",
        {
            "organisation_name": "Нов назив на Форумот",
            "action-submit": "submit",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    client.logout()

    assert live_name in client.get(homes["mk"].url).content.decode()
    assert "Нов назив на Форумот" not in client.get(homes["mk"].url).content.decode()

    login_as(client, "coordinator")
    settings.refresh_from_db()
    assert approve(client, SETTINGS, settings).status_code < 400
    client.logout()
    assert "Нов назив на Форумот" in client.get(homes["mk"].url).content.decode()
