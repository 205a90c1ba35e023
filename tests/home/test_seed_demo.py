"""The demo seeder: a realistic site in eight languages, idempotent, never on production."""

import io
import re

import pytest

from django.core.management import CommandError, call_command
from django.test import override_settings

from wagtail.models import Page, ReferenceIndex, Revision

from cms import languages
from home.demo import content
from home.models import ForumImage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db
CYRILLIC = re.compile("[\u0400-\u04ff]")


def snapshot(django_user_model):
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "settings": SiteSettings.objects.count(),
        "images": ForumImage.objects.count(),
        "users": django_user_model.objects.count(),
        "titles": sorted(Page.objects.values_list("title", flat=True)),
    }


def test_running_it_again_changes_nothing(django_user_model):
    before = snapshot(django_user_model)
    output = io.StringIO()

    call_command("seed_demo", allow_without_debug=True, stdout=output)

    assert snapshot(django_user_model) == before
    assert "(0 objects created)" in output.getvalue()


def test_it_prints_one_account_per_role(django_user_model):
    output = io.StringIO()

    call_command("seed_demo", allow_without_debug=True, stdout=output)

    text = output.getvalue()
    for username, role in [
        ("admin", "superuser"),
        ("editor", "Editors"),
        ("coordinator", "Coordinators"),
        ("judge", "Judges"),
        ("translator", "Translators · Romani, Translators · Turkish, Translators · Aromanian"),
    ]:
        assert re.search(rf"{username}\s+{role}\s+demo-{username}-2026", text)
        user = django_user_model.objects.get(username=username)
        assert user.check_password(f"demo-{username}-2026")
    assert django_user_model.objects.get(username="judge").groups.get().name == "Judges"


def test_it_refuses_to_run_without_debug():
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo", stdout=io.StringIO())


def test_every_locale_has_every_page_live():
    """The four core pages and those of the feature apps, in each of the eight languages."""
    counts = {
        code: Page.objects.live().filter(locale__language_code=code, depth__gt=1).count()
        for code in languages.CODES
    }
    assert counts["mk"] >= 4
    assert set(counts.values()) == {counts["mk"]}


@pytest.mark.parametrize("name", ["about", "partners", "privacy", "accessibility"])
def test_pages_are_written_in_each_language_not_copied(name):
    source = StandardPage.objects.get(
        slug=content.STANDARD_PAGES[name]["mk"]["slug"], depth=3, locale__language_code="mk"
    )
    pages = {
        page.locale.language_code: page
        for page in StandardPage.objects.filter(
            translation_key=source.translation_key
        ).select_related("locale")
    }

    assert set(pages) == set(languages.CODES)
    introductions = [page.introduction for page in pages.values()]
    assert len(set(introductions)) == len(languages.CODES)  # eight texts, not one copied
    for code, page in pages.items():
        assert bool(CYRILLIC.search(page.introduction)) == languages.is_cyrillic(code), code
        assert page.introduction == content.STANDARD_PAGES[name][code]["introduction"]


def test_the_demo_is_indexed_once_at_the_end_for_search_and_usage():
    """seed_demo writes the search index and Wagtail's reference index after its last page
    (not on each save): both know the demo's pages and what they use."""
    about = StandardPage.objects.get(slug="za-forumot", locale__language_code="mk")
    found = StandardPage.objects.live().filter(locale=about.locale).search(about.title)
    assert about.pk in [page.pk for page in found]
    hero = ForumImage.objects.get(title="Speech bubbles")
    assert ReferenceIndex.get_references_to(hero).exists()
