import io

import pytest

from django.core.cache import cache, caches
from django.core.management import call_command

from wagtail.models import Locale

from home.models import HomePage, StandardPage

DEMO_PASSWORDS = {
    "admin": "demo-admin-2026",
    "editor": "demo-editor-2026",
    "coordinator": "demo-coordinator-2026",
    "judge": "demo-judge-2026",
    "translator": "demo-translator-2026",
}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site, seeded once per test session: every test starts from it and rolls back."""
    with django_db_blocker.unblock():
        call_command("seed_demo", allow_without_debug=True, stdout=io.StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with empty caches, the page cache's included."""
    for each in (cache, caches["pages"]):
        each.clear()
    yield
    for each in (cache, caches["pages"]):
        each.clear()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def homes(db):
    """{language code: that locale's home page}."""
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@pytest.fixture
def about_pages(db):
    """{language code: the "About the Forum" page in that locale}."""
    source = StandardPage.objects.get(slug="za-forumot", locale__language_code="mk")
    return {
        page.locale.language_code: page
        for page in StandardPage.objects.filter(
            translation_key=source.translation_key
        ).select_related("locale")
    }


def login_as(client, username):
    assert client.login(username=username, password=DEMO_PASSWORDS[username])
    return client


@pytest.fixture
def coordinator_client(client, db):
    return login_as(client, "coordinator")
