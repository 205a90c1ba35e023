"""wagtail-localize's doors publish only what Wagtail's publish button would (home/localize.py).

Each test walks one door as the role that abused it in the security review (issue 14): "Update
translations" with "Publish immediately", submitting a translation, the translation editor's
"Publish", converting a translation back into an alias, and the override editor's URLs.
"""

from http import HTTPStatus
from urllib.parse import urlencode

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation
from wagtail_localize.operations import translate_object

from cms import languages
from home.models import StandardPage
from tests.conftest import login_as

pytestmark = pytest.mark.django_db

OTHER_LOCALES = [code for code in languages.CODES if code != "mk"]


def translations_of(page):
    return {
        p.locale.language_code: p
        for p in StandardPage.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
    }


def submit(client, page, codes, locales):
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locales[code].pk for code in codes]},
    )


def update_and_publish(client, page, capture):
    source = Translation.objects.filter(source__object_id=page.translation_key).first().source
    with capture(execute=True):
        return client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )


def refused(response):
    """Wagtail's admin answers a PermissionDenied with 403, or a redirect to the dashboard."""
    if response.status_code == HTTPStatus.FOUND:
        return response.url == reverse("wagtailadmin_home")
    return response.status_code == HTTPStatus.FORBIDDEN


def create_page(client, home, title, slug, body="<p>Текст.</p>"):
    """A page written through Wagtail's own editor, saved as a draft."""
    client.post(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk]),
        nested_form_data(
            {
                "title": title,
                "slug": slug,
                "introduction": "",
                "body": streamfield([("paragraph", rich_text(body))]),
            }
        ),
    )
    return StandardPage.objects.get(slug=slug, locale=home.locale)


@pytest.fixture
def editors_draft(client, homes):
    """An editor's Macedonian page, never approved: a draft."""
    login_as(client, "editor")
    page = create_page(client, homes["mk"], "Неодобрена вест", "neodobrena-vest")
    assert not page.live
    return page


def test_update_translations_does_not_publish_an_editors_unapproved_draft(
    client, editors_draft, locales, django_capture_on_commit_callbacks
):
    submit(client, editors_draft, OTHER_LOCALES, locales)

    response = update_and_publish(client, editors_draft, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FOUND
    targets = translations_of(editors_draft)
    assert set(targets) == set(OTHER_LOCALES)
    assert not any(target.live for target in targets.values())
    public = client.get("/sq/neodobrena-vest/")
    assert public.status_code == HTTPStatus.NOT_FOUND


def test_a_translator_cannot_publish_an_unapproved_source_in_their_own_locale(
    client, editors_draft, locales, django_capture_on_commit_callbacks
):
    submit(client, editors_draft, ["rom"], locales)
    client.logout()
    login_as(client, "translator")  # may publish in Romani, but not the editor's draft

    update_and_publish(client, editors_draft, django_capture_on_commit_callbacks)
    target = translations_of(editors_draft)["rom"]
    with django_capture_on_commit_callbacks(execute=True):
        editor_publish = client.post(
            reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"}
        )

    target.refresh_from_db()
    assert refused(editor_publish)
    assert not target.live


@pytest.mark.parametrize(("username", "written_in"), [("editor", "en"), ("translator", "rom")])
def test_nobody_but_a_coordinator_publishes_a_new_macedonian_page_by_translating_into_it(
    client, homes, locales, username, written_in, django_capture_on_commit_callbacks
):
    """Written in another language, "translated" into Macedonian: the review's way round
    moderation. The translator may publish their Romani page; Macedonian is not theirs."""
    login_as(client, username)
    page = create_page(client, homes[written_in], "A new page", "a-new-page", "<p>Text.</p>")
    if username == "translator":
        page.get_latest_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, page, ["mk"], locales)
    if username == "translator":
        assert "mk" not in translations_of(page)  # Macedonian is not offered to a translator
        client.logout()
        login_as(client, "coordinator")
        submit(client, page, ["mk"], locales)
        client.logout()
        login_as(client, username)

    update_and_publish(client, page, django_capture_on_commit_callbacks)
    macedonian = translations_of(page)["mk"]
    with django_capture_on_commit_callbacks(execute=True):
        editor_publish = client.post(
            reverse("wagtailadmin_pages:edit", args=[macedonian.pk]), {"action": "publish"}
        )

    macedonian.refresh_from_db()
    assert not macedonian.live
    assert refused(editor_publish)


def test_a_new_translation_of_a_live_page_starts_as_a_draft(
    client, about_pages, locales, django_capture_on_commit_callbacks
):
    page = StandardPage(title="Вести", slug="vesti-nacrt", introduction="Нови членки.")
    about_pages["mk"].get_parent().add_child(instance=page)
    page.save_revision().publish()
    login_as(client, "editor")

    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, page, OTHER_LOCALES, locales)

    assert response.status_code == HTTPStatus.FOUND
    assert not any(target.live for target in translations_of(page).values())


@pytest.fixture
def translated_news(homes, locales, django_capture_on_commit_callbacks, django_user_model):
    """A live Macedonian page, translated through wagtail-localize into every other locale, live."""
    page = StandardPage(title="Вести", slug="vesti-prevedeni", introduction="Нови членки.")
    homes["mk"].add_child(instance=page)
    page.save_revision().publish()
    coordinator = django_user_model.objects.get(username="coordinator")
    translate_object(page, [locales[code] for code in OTHER_LOCALES], user=coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        for translation in Translation.objects.filter(source__object_id=page.translation_key):
            translation.save_target(user=coordinator, publish=True)
    assert all(target.live for target in translations_of(page).values())
    return page


def test_update_translations_publishes_where_the_user_may_and_leaves_the_rest(
    client, translated_news, django_capture_on_commit_callbacks
):
    translated_news.introduction = "Нов вовед за сите јазици."
    translated_news.save_revision().publish()
    login_as(client, "translator")  # Romani, Turkish and Aromanian

    response = update_and_publish(client, translated_news, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FOUND
    for code, target in translations_of(translated_news).items():
        if code in {"rom", "tr", "rup"}:
            assert target.introduction == "Нов вовед за сите јазици.", code
        else:  # left as it was, for someone who may publish there
            assert target.introduction == "Нови членки.", code
            assert "Нов вовед" not in str(target.get_latest_revision().content), code


def test_a_coordinator_updates_and_publishes_every_locale(
    client, translated_news, django_capture_on_commit_callbacks
):
    translated_news.introduction = "Вовед одобрен од координатор."
    translated_news.save_revision().publish()
    login_as(client, "coordinator")

    update_and_publish(client, translated_news, django_capture_on_commit_callbacks)

    for target in translations_of(translated_news).values():
        assert target.introduction == "Вовед одобрен од координатор."


def test_a_translator_is_offered_only_their_own_locales(client, locales):
    page = StandardPage(title="Нова", slug="nova-stranica", introduction="")
    Page.objects.get(depth=2, locale=locales["mk"]).add_child(instance=page)
    page.save_revision().publish()
    login_as(client, "translator")

    form = client.get(reverse("wagtail_localize:submit_page_translation", args=[page.pk]))
    refused = submit(client, page, ["sq"], locales)

    offered = {locale.language_code for locale in form.context["form"].fields["locales"].queryset}
    assert offered == {"rom", "tr", "rup"}
    assert refused.status_code == HTTPStatus.OK  # the form again, with its error
    assert "sq" not in translations_of(page)


def test_a_translator_cannot_open_another_locales_translation(client, about_pages):
    login_as(client, "translator")

    theirs = client.get(reverse("wagtailadmin_pages:edit", args=[about_pages["rom"].pk]))
    others = client.get(reverse("wagtailadmin_pages:edit", args=[about_pages["sq"].pk]))
    source = client.get(reverse("wagtailadmin_pages:edit", args=[about_pages["mk"].pk]))

    assert theirs.status_code == HTTPStatus.OK
    assert others.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)
    assert source.status_code in (HTTPStatus.FORBIDDEN, HTTPStatus.FOUND)


def test_an_editor_cannot_publish_by_converting_a_translation_into_an_alias(
    client, translated_news
):
    translated_news.introduction = "Неодобрен вовед."
    translated_news.save_revision()  # an editor's draft, awaiting approval
    target = translations_of(translated_news)["sq"]
    login_as(client, "editor")

    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[target.pk]))

    target.refresh_from_db()
    assert refused(response)
    assert target.alias_of_id is None
    assert target.introduction != "Неодобрен вовед."


@pytest.fixture
def linked_translation(client, homes, locales):
    """A live Macedonian page with an external link, being translated into Romani."""
    page = StandardPage(
        title="Врски",
        slug="vrski",
        introduction="",
        body=[
            ("paragraph", RichText('<p>Видете <a href="https://example.org/">извештајот</a>.</p>'))
        ],
    )
    homes["mk"].add_child(instance=page)
    page.save_revision().publish()
    login_as(client, "translator")
    submit(client, page, ["rom"], locales)
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locales["rom"]
    )
    segment = OverridableSegment.objects.get(source=translation.source)
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    return page, translation, url


def put_override(client, url, value):
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(document.cookie)",
        " JaVa\tScRiPt:alert(1)",
        "data:text/html,<script>x</script>",
        "vbscript:msgbox",
    ],
)
def test_the_override_editor_refuses_a_script_url(
    client, linked_translation, value, django_capture_on_commit_callbacks
):
    page, translation, url = linked_translation

    response = put_override(client, url, value)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "http" in response.json()["error"]
    assert not SegmentOverride.objects.filter(locale=translation.target_locale).exists()
    published = StandardPage.objects.get(
        translation_key=page.translation_key, locale=translation.target_locale
    )
    assert published.live
    assert "script:" not in str(published.body).lower()
    assert "data:" not in str(published.body)


def test_the_override_editor_takes_a_web_address(client, linked_translation):
    _page, translation, url = linked_translation

    response = put_override(client, url, "https://example.org/rom/")

    assert response.status_code in (HTTPStatus.OK, HTTPStatus.CREATED)
    override = SegmentOverride.objects.get(locale=translation.target_locale)
    assert override.data_json == '"https://example.org/rom/"'
