import pytest

from forum.models import (
    AdvocacyPage,
    EventIndexPage,
    EventPage,
    MembersPage,
    StrategyPage,
)


def by_language(model):
    return {page.locale.language_code: page for page in model.objects.select_related("locale")}


@pytest.fixture
def strategy_pages(db):
    return by_language(StrategyPage)


@pytest.fixture
def members_pages(db):
    return by_language(MembersPage)


@pytest.fixture
def advocacy_pages(db):
    return by_language(AdvocacyPage)


@pytest.fixture
def event_indexes(db):
    return by_language(EventIndexPage)


@pytest.fixture
def training(db):
    """{language code: the upcoming training in Strumica} (capacity 30, three registered)."""
    return {
        page.locale.language_code: page
        for page in EventPage.objects.get(
            slug="training-advocacy-strumica", locale__language_code="mk"
        )
        .get_translations(inclusive=True)
        .select_related("locale")
    }
