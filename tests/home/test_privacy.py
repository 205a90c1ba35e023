"""Privacy set on a page holds in every language (``home.privacy``) and keeps the page out of
every public listing: the sitemap, the home page, the site search, the events and their
calendar feed, the campaigns, and the figures other apps count."""

import importlib
from http import HTTPStatus

import pytest
from defusedxml import ElementTree

from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone, translation

from wagtail.models import Locale, Page, PageViewRestriction

from campaigns.models import CampaignIndexPage, CampaignPage
from forum import api as forum_api
from forum.models import EventIndexPage, EventPage
from forum.models.events import WORKSHOP_KINDS
from home.models import HomePageFeature, StandardPage
from tests.conftest import login_as

pytestmark = pytest.mark.django_db

PASSWORD = "samo-za-clenovi"


def protect(page, password=PASSWORD):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


def restrictions_of(page):
    return list(
        PageViewRestriction.objects.filter(page=page).values_list("restriction_type", "password")
    )


def test_a_password_on_the_macedonian_page_asks_for_it_in_romani(client, about_pages):
    protect(about_pages["mk"])

    response = client.get(about_pages["rom"].url)

    assert response.status_code == HTTPStatus.OK
    assert "wagtailcore/password_required.html" in [t.name for t in response.templates]
    html = response.content.decode()
    with translation.override("rom"):
        assert translation.gettext("Enter the password to read this page.") in html
    with translation.override("en"):
        assert translation.gettext("Enter the password to read this page.") not in html
    assert 'lang="rom"' in html


def test_the_right_password_opens_the_romani_page_and_a_wrong_one_says_so(client, about_pages):
    protect(about_pages["mk"])
    rom = about_pages["rom"]
    action = client.get(rom.url).context["action_url"]

    wrong = client.post(action, {"password": "nope", "return_url": rom.url})
    with translation.override("rom"):
        refused = translation.gettext(
            "The password you have entered is not correct. Please try again."
        )
    assert refused in wrong.content.decode()
    right = client.post(action, {"password": PASSWORD, "return_url": rom.url})
    assert right.status_code == HTTPStatus.FOUND
    assert client.get(rom.url).context["page"].pk == rom.pk


def test_lifting_the_macedonian_privacy_makes_every_translation_public_again(client, about_pages):
    restriction = protect(about_pages["mk"])
    assert all(restrictions_of(page) for page in about_pages.values())

    restriction.delete()

    assert not any(restrictions_of(page) for page in about_pages.values())
    response = client.get(about_pages["rom"].url)
    assert response.context["page"].pk == about_pages["rom"].pk


def test_privacy_set_on_a_translation_reaches_the_source_and_a_changed_password_follows(
    client, about_pages
):
    restriction = protect(about_pages["rom"])
    assert restrictions_of(about_pages["mk"]) == [("password", PASSWORD)]

    restriction.password = "novo"
    restriction.save()

    assert {tuple(restrictions_of(page)) for page in about_pages.values()} == {
        (("password", "novo"),)
    }


def test_group_privacy_set_in_the_admin_holds_in_every_language(client, about_pages):
    coordinators = Group.objects.get(name="Coordinators")
    login_as(client, "admin")

    response = client.post(
        f"/admin/pages/{about_pages['mk'].pk}/privacy/",
        {"restriction_type": "groups", "groups": [coordinators.pk], "password": ""},
    )

    assert response.status_code == HTTPStatus.OK
    rom = PageViewRestriction.objects.get(page=about_pages["rom"])
    assert rom.restriction_type == "groups"
    assert list(rom.groups.all()) == [coordinators]
    client.logout()
    assert client.get(about_pages["rom"].url).status_code == HTTPStatus.FOUND  # to the login
    login_as(client, "coordinator")
    assert client.get(about_pages["rom"].url).context["page"].pk == about_pages["rom"].pk


def test_a_page_under_a_private_macedonian_page_is_private_in_romani_too(client, about_pages):
    child = StandardPage(title="Записник", slug="zapisnik", introduction="Внатрешно.")
    about_pages["mk"].add_child(instance=child)
    child.save_revision().publish()
    rom_child = child.copy_for_translation(Locale.objects.get(language_code="rom"))
    rom_child.save_revision().publish()
    protect(about_pages["mk"])

    response = client.get(Page.objects.get(pk=rom_child.pk).url)

    assert "form" in response.context and "action_url" in response.context
    assert not Page.objects.filter(pk__in=[child.pk, rom_child.pk]).public().exists()


def test_a_translation_made_after_the_source_went_private_is_private_too(homes, locales):
    source = StandardPage(title="Само за членови", slug="samo-za-clenovi")
    homes["mk"].add_child(instance=source)
    source.save_revision().publish()
    protect(source)

    rom = source.copy_for_translation(locales["rom"])
    rom.title = "Samo vaš e membrura"
    rom.save_revision().publish()

    assert restrictions_of(rom) == [("password", PASSWORD)]
    assert not Page.objects.filter(pk=rom.pk).public().exists()


def test_deleting_the_private_source_keeps_its_translations_private(about_pages):
    protect(about_pages["mk"])

    about_pages["mk"].delete()

    assert restrictions_of(about_pages["rom"]) == [("password", PASSWORD)]


def sitemap_paths(client):
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return {loc.text.split("://", 1)[1].split("/", 1)[1] for loc in tree.findall("s:url/s:loc", ns)}


def test_private_pages_leave_the_sitemap_in_every_language(client, about_pages):
    assert about_pages["rom"].url.lstrip("/") in sitemap_paths(client)

    protect(about_pages["mk"])

    listed = sitemap_paths(client)
    assert about_pages["mk"].url.lstrip("/") not in listed
    assert about_pages["rom"].url.lstrip("/") not in listed


@pytest.mark.parametrize("code", ["mk", "rom"])
def test_a_private_page_is_not_featured_on_the_home_page(client, homes, about_pages, code):
    home = homes[code].specific
    HomePageFeature.objects.create(home_page=home, page=about_pages[code], title="Тајна страница")
    assert "Тајна страница" in client.get(home.url).content.decode()

    protect(about_pages["mk"])

    assert "Тајна страница" not in client.get(home.url).content.decode()


@pytest.mark.parametrize("code", ["mk", "rom"])
def test_the_site_search_finds_no_private_page(client, about_pages, code):
    page = about_pages[code]

    def found():
        response = client.get(f"/{code}/search/", {"q": page.title})
        return {hit["url"] for hit in response.context["hits"]}

    assert page.url in found()
    protect(about_pages["mk"])
    assert page.url not in found()


def event_pair():
    """{code: page} of an upcoming demo event in mk and rom."""
    upcoming = EventPage.objects.filter(locale__language_code="mk", ends_at__gt=timezone.now())
    for source in upcoming:
        rom = EventPage.objects.filter(
            translation_key=source.translation_key, locale__language_code="rom"
        ).first()
        if rom is not None:
            return {"mk": source, "rom": rom}
    raise AssertionError("the demo has an upcoming event in mk and rom")


@pytest.mark.parametrize("code", ["mk", "rom"])
def test_private_events_leave_the_event_index_and_its_calendar_feed(client, code):
    events = event_pair()
    index = EventIndexPage.objects.get(locale__language_code=code)
    uid = f"{events[code].translation_key}@forum-cms"
    assert events[code].title in client.get(index.url).content.decode()
    assert uid in client.get(index.url + "calendar/").content.decode()

    protect(events["mk"])

    assert events[code].title not in client.get(index.url).content.decode()
    assert uid not in client.get(index.url + "calendar/").content.decode()


def test_a_private_workshop_is_not_counted_among_the_workshops_held():
    held = EventPage.objects.filter(
        locale__language_code="mk", kind__in=WORKSHOP_KINDS, starts_at__lt=timezone.now()
    ).first()
    before = forum_api.count_workshops_held()

    protect(held)

    assert forum_api.count_workshops_held() == before - 1


@pytest.mark.parametrize("code", ["mk", "rom"])
def test_private_campaigns_leave_the_campaign_index(client, homes, locales, code):
    index = CampaignIndexPage.objects.get(locale__language_code="mk")
    page = CampaignPage(
        title="Тајна кампања",
        slug="tajna-kampanja",
        goal="Цел.",
        audience="Млади",
        key_messages="Порака.",
        starts_on="2026-01-01",
        ends_on="2026-12-31",
        hashtag="TajnaKampanja",
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    rom = page.copy_for_translation(locales["rom"], copy_parents=True)
    rom.title = "Garavdi kampanja"
    rom.save_revision().publish()
    pages = {"mk": page, "rom": rom}
    listing = CampaignIndexPage.objects.get(locale__language_code=code)
    assert pages[code].title in client.get(listing.url).content.decode()

    protect(page)

    assert pages[code].title not in client.get(listing.url).content.decode()


def test_privacy_set_before_it_was_shared_reaches_every_translation_on_migrating(
    client, about_pages
):
    """Restrictions written before home/privacy.py (no signal fired) are copied by migration
    0009; a translation with a restriction of its own keeps it."""
    migration = importlib.import_module("home.migrations.0009_privacy_in_every_language")
    editors = Group.objects.get(name="Editors")
    PageViewRestriction.objects.bulk_create(  # as old code left them: on the source only
        [
            PageViewRestriction(
                page=about_pages["mk"], restriction_type=PageViewRestriction.PASSWORD, password="a"
            ),
            PageViewRestriction(page=about_pages["tr"], restriction_type=PageViewRestriction.LOGIN),
        ]
    )
    source = PageViewRestriction.objects.get(page=about_pages["mk"])
    PageViewRestriction.groups.through.objects.bulk_create(  # no signal, as before
        [PageViewRestriction.groups.through(pageviewrestriction=source, group=editors)]
    )
    assert client.get(about_pages["rom"].url).status_code == HTTPStatus.OK

    state = MigrationLoader(connection).project_state(("home", "0009_privacy_in_every_language"))
    migration.share_existing_privacy(state.apps, None)  # the historical models, as migrate has

    for code in ("rom", "rup", "sq", "en"):
        restriction = PageViewRestriction.objects.get(page=about_pages[code])
        assert (restriction.restriction_type, restriction.password) == ("password", "a")
        assert list(restriction.groups.all()) == [editors]
    assert PageViewRestriction.objects.get(page=about_pages["tr"]).restriction_type == "login"
    response = client.get(about_pages["rom"].url)
    assert response.status_code == HTTPStatus.OK and b'name="password"' in response.content
