"""Purging the page cache exactly (home/purge.py): each change removes the pages that show it,
and the unrelated pages stay kept; the front cache is told the same addresses."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django_tasks.backends.dummy import DummyBackend

from wagtail.models import Locale, PageViewRestriction

from campaigns.models import CampaignPage, PledgeTally
from forum.models import EventIndexPage, MembersPage, Organization
from home.models import HomePage, SiteSettings, StandardPage
from tests.forum.factories import upcoming_event
from tests.page_cache_client import Visitor

pytestmark = pytest.mark.django_db


def kept(*pages):
    """Visit each page once, so the cache keeps it; returns their URLs."""
    urls = [page if isinstance(page, str) else page.url for page in pages]
    for url in urls:
        Visitor().get(url)
        assert Visitor().get(url).served_from_cache, url
    return urls


def still_kept(url):
    return Visitor().get(url).served_from_cache


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return publish


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def standard_page(home, title, slug, publish, **fields):
    page = StandardPage(title=title, slug=slug, **fields)
    home.add_child(instance=page)
    return publish(page)


@pytest.fixture
def homes(db):
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@pytest.fixture
def event(publish):
    return publish(
        upcoming_event("rom", "Seminari ande Šuto Orizari", "seminari-suto-orizari", days=10)
    )


def test_publishing_a_page_purges_it_its_index_and_home_but_not_the_rest(homes, event, publish):
    index = event.get_parent()
    other_language = EventIndexPage.objects.get(locale__language_code="sq")
    elsewhere = StandardPage.objects.live().filter(locale__language_code="rom").first()
    urls = kept(event, index, homes["rom"], other_language, elsewhere)

    event.title = "Seminari ande Šutka"
    publish(event)

    assert [still_kept(url) for url in urls] == [False, False, False, True, True]
    assert "Seminari ande Šutka" in Visitor().get(event.url).text


def test_publishing_a_translation_purges_the_other_languages_switchers(homes, publish):
    page = standard_page(homes["rom"], "Amari buti", "amari-buti", publish)
    (url,) = kept(page)

    translation = page.copy_for_translation(Locale.objects.get(language_code="rup"))
    translation.title = "Lucrul a nostru"
    publish(translation)

    assert not still_kept(url)
    translated = StandardPage.objects.get(pk=translation.pk)
    assert f'hreflang="rup" href="{translated.full_url}"' in Visitor().get(url).text


def test_unpublishing_moving_and_deleting_purge_the_old_address(
    homes, publish, django_capture_on_commit_callbacks
):
    gone = standard_page(homes["rup"], "Vecl'i", "vecli", publish)
    moved = standard_page(homes["rup"], "Mutat", "mutat", publish)
    deleted = standard_page(homes["rup"], "Ştearsã", "stearsa", publish)
    target = standard_page(homes["rup"], "Aradã", "arada", publish)
    gone_url, moved_url, deleted_url, target_url = kept(gone, moved, deleted, target)

    with django_capture_on_commit_callbacks(execute=True):
        gone.unpublish()
        moved.move(target, pos="last-child")
        deleted.delete()

    assert Visitor().get(gone_url).status == 404
    moved_answer = Visitor().get(moved_url)  # Wagtail's redirect to the new address
    assert moved_answer.status == 301 and moved_answer.headers["Location"].endswith("/arada/mutat/")
    assert Visitor().get(deleted_url).status == 404
    assert not still_kept(target_url)  # it lists the page moved under it


def test_making_a_page_private_purges_it(homes, publish, django_capture_on_commit_callbacks):
    page = standard_page(homes["tr"], "Gizli", "gizli", publish, introduction="Sadece üyeler için.")
    (url,) = kept(page)

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="sifre"
        )

    answer = Visitor().get(url)
    assert not answer.served_from_cache and "Sadece üyeler için." not in answer.text
    assert "private" in answer.headers["Cache-Control"]


def test_an_organisation_purges_the_members_pages_only(homes, commit):
    members = MembersPage.objects.live().get(locale__language_code="rom")
    about = StandardPage.objects.live().filter(locale__language_code="rom").first()
    members_url, about_url = kept(members, about)
    organisation = Organization.objects.filter(locale=members.locale).live().first()

    with commit():
        organisation.name = "Nevo anav e organizaciako"
        organisation.save()

    assert not still_kept(members_url)
    assert still_kept(about_url)


def test_the_sites_settings_purge_every_page(homes, commit):
    about = StandardPage.objects.live().filter(locale__language_code="sr").first()
    urls = kept(homes["rom"], homes["rup"], about)

    with commit():
        settings = SiteSettings.objects.first()
        settings.phone = "+389 2 000 0000"
        settings.save()

    assert not any(still_kept(url) for url in urls)


def test_a_new_menu_entry_purges_its_language_only(homes, publish):
    about_rom = StandardPage.objects.live().filter(locale__language_code="rom").first()
    about_sq = StandardPage.objects.live().filter(locale__language_code="sq").first()
    rom_url, sq_url = kept(about_rom, about_sq)

    standard_page(homes["rom"], "Kontakti", "kontakti", publish, show_in_menus=True)

    assert not still_kept(rom_url)  # every page's menu in Romani gains the entry
    assert still_kept(sq_url)


def test_a_pledge_counted_purges_the_campaign_and_the_pages_above_it(homes, commit):
    campaign = CampaignPage.objects.live().filter(pledge_goal__isnull=False).first()
    elsewhere = StandardPage.objects.live().filter(locale=campaign.locale).first()
    campaign_url, home_url, elsewhere_url = kept(
        campaign, homes[campaign.locale.language_code], elsewhere
    )

    with commit():
        PledgeTally.add(campaign.translation_key, 1)

    assert not still_kept(campaign_url) and not still_kept(home_url)
    assert still_kept(elsewhere_url)


class PurgeListener(BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):
        self.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache(settings):
    """A front cache on loopback that records the PURGE requests Wagtail sends it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeListener)
    PurgeListener.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    yield PurgeListener.purged
    server.shutdown()


def test_the_front_cache_is_told_the_same_pages(front_cache, event, publish):
    front_cache.clear()

    event.title = "Seminari ando Skopje"
    publish(event)

    assert event.url in front_cache
    assert event.get_parent().url in front_cache
    assert "/sitemap.xml" in front_cache
    assert "/rom/search/" in front_cache
    assert not any(url.startswith("/sq/") for url in front_cache)


def test_a_changed_chrome_is_told_the_front_cache_by_a_task_not_by_the_editor(
    front_cache, homes, commit, settings
):
    from django_tasks import default_task_backend

    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

    from home import tasks

    def run_queued(task):
        """What the worker does: run the queued calls of ``task``."""
        queued = [r for r in default_task_backend.results if r.task.func == task.func]
        for result in queued:
            task.call(*result.args, **result.kwargs)
        return len(queued)

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    front_cache.clear()
    with commit():
        site_settings = SiteSettings.objects.first()
        site_settings.phone = "+389 2 000 0001"
        site_settings.save()

    # The editor's request named no page: every page of eight languages is found in a task.
    assert not any(
        r.task.func == purge_urls_from_cache_task.func for r in default_task_backend.results
    )
    assert run_queued(tasks.tell_front_cache) == 1
    assert run_queued(purge_urls_from_cache_task) == 1  # Wagtail's own, which sends them
    assert homes["rom"].url in front_cache and homes["rup"].url in front_cache


class TaskQueueDown(DummyBackend):
    """A task backend whose queue cannot be reached (its database down) when the purge tells
    the front cache; Wagtail's own tasks (the search index) are queued as usual."""

    def enqueue(self, task, args, kwargs):
        from home import tasks

        if task.func == tasks.tell_front_cache.func:
            raise ConnectionError("the task queue is down")
        return super().enqueue(task, args, kwargs)


def test_a_change_is_saved_and_purged_while_the_task_queue_is_down(
    front_cache, homes, commit, settings, caplog
):
    settings.TASKS = {"default": {"BACKEND": f"{__name__}.TaskQueueDown"}}
    (url,) = kept(homes["rom"])
    with commit():
        site_settings = SiteSettings.objects.first()
        site_settings.phone = "+389 2 000 0002"
        site_settings.save()

    assert SiteSettings.objects.filter(phone="+389 2 000 0002").exists()
    assert not still_kept(url)  # the site's own cache is purged all the same
    assert "could not be told" in caplog.text


def test_a_process_that_served_a_page_from_memory_sees_the_purge(homes, publish):
    from django.core.handlers.wsgi import WSGIHandler

    from home.page_cache import CachedPages

    one_worker = CachedPages(WSGIHandler())  # keeps recent pages in its own memory
    page = standard_page(homes["rup"], "Zborlu", "zborlu", publish)
    for _ in range(3):
        answer = Visitor(application=one_worker).get(page.url)
    assert answer.served_from_cache

    page.title = "Zborlu nou"
    publish(page)

    again = Visitor(application=one_worker).get(page.url)
    assert not again.served_from_cache and "Zborlu nou" in again.text
    assert Visitor(application=one_worker).get(page.url).served_from_cache


def test_a_page_made_live_without_publishing_purges_its_parent(homes, publish, commit):
    source = standard_page(homes["mk"], "Извор", "izvor", publish)
    parent = standard_page(homes["bs"], "Roditelj", "roditelj", publish)
    (parent_url,) = kept(parent)

    with commit():
        source.create_alias(parent=parent, update_slug="izvor-alias")

    assert not still_kept(parent_url)


def test_an_image_changed_purges_the_pages_that_show_it(homes, commit):
    home = homes["rom"]
    elsewhere = StandardPage.objects.live().filter(locale__language_code="rom").first()
    assert home.hero_image_id, "the demo's home pages show a hero image"
    home_url, elsewhere_url = kept(home, elsewhere)

    with commit():
        image = home.hero_image
        image.title = "Vorbake"
        image.save()

    assert not still_kept(home_url)
    assert still_kept(elsewhere_url)


def test_a_busy_tally_purges_once_per_window_and_the_page_stays_kept(homes, commit):
    campaign = CampaignPage.objects.live().filter(pledge_goal__isnull=False).first()
    (url,) = kept(campaign)

    with commit():
        PledgeTally.add(campaign.translation_key, 1)
    assert not still_kept(url)
    kept(campaign)

    with commit():
        PledgeTally.add(campaign.translation_key, 1)  # a second pledge in the same half minute
    assert still_kept(url)  # the page is kept at most 30 s: the figure is never older
