"""Topics: initiatives keep the tags of the language they were written in; a topic names a tag
in each language, for the facets, the initiative page and the search."""

import pytest
from taggit.models import Tag

from wagtail.models import Locale

from search.models import InitiativePage, Topic

pytestmark = pytest.mark.django_db


def topic_labels(client, library):
    facets = client.get(library.url).context["results"].facets
    return {item.value: item.label for item in facets["topic"]}


def name(tag_name, code, text):
    return Topic.objects.create(
        tag=Tag.objects.get(name=tag_name), name=text, locale=Locale.objects.get(language_code=code)
    )


def test_a_topic_is_named_in_the_visitors_language(client, libraries):
    tag = Tag.objects.get(name="dijalog")
    assert topic_labels(client, libraries["sr"]) == {tag.slug: "dijalog"}  # the tag, unnamed
    source = name("dijalog", "mk", "Дијалог")
    translation = source.copy_for_translation(Locale.objects.get(language_code="sr"))
    translation.name = "Разговор суседа"
    translation.save()
    assert topic_labels(client, libraries["sr"]) == {tag.slug: "Разговор суседа"}
    page = InitiativePage.objects.get(slug="dijalog")
    response = client.get(page.url)
    assert "Разговор суседа" in response.content.decode()
    assert "<dd>dijalog</dd>" not in response.content.decode()


def test_naming_a_topic_makes_its_initiatives_findable_by_that_name(
    client, libraries, django_capture_on_commit_callbacks
):
    sr = libraries["sr"]
    results = client.get(sr.url, {"q": "razgovor"}).context["results"]
    assert results.total == 0
    with django_capture_on_commit_callbacks(execute=True):
        name("dijalog", "sr", "Разговор суседа")
    for typed in ("razgovor", "Разговор", "susedа"):
        results = client.get(sr.url, {"q": typed}).context["results"]
        assert [hit.page.slug for hit in results.hits] == ["dijalog"], typed
    # And the site search, which reads the same folded text.
    response = client.get("/sr/search/", {"q": "razgovor suseda"})
    assert any(hit["url"].endswith("/dijalog/") for hit in response.context["hits"])


def test_the_demo_names_every_topic_in_every_language(client):
    from cms import languages
    from search.demo import texts

    for tag_name, names in texts.TOPICS.items():
        found = dict(
            Topic.objects.filter(tag__name=tag_name).values_list("locale__language_code", "name")
        )
        assert found == {code: names[code] for code in languages.CODES}, tag_name
    assert len({names["sq"] for names in texts.TOPICS.values()}) == len(texts.TOPICS)


def test_coordinators_name_topics_in_the_admin(coordinator_client):
    response = coordinator_client.get("/admin/snippets/search/topic/", {"locale": "mk"})
    assert response.status_code == 200
    assert "Читање" in response.content.decode()
    tag = Tag.objects.get(name="читање")
    topic = Topic.objects.get(tag=tag, locale__language_code="mk")
    response = coordinator_client.post(
        f"/admin/snippets/search/topic/edit/{topic.pk}/",
        {"tag": tag.pk, "name": "Читање книги", "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.name == "Читање книги"
