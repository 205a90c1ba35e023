"""The library's pages: an initiative in the admin's terms, what it keeps for search, its page."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from forum.models import Community, Organization
from search.models import InitiativePage, LibraryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(homes):
    page = LibraryPage(title="Библиотека на иницијативи", slug="test-biblioteka")
    homes["mk"].add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def initiative(library):
    roma = Community.objects.get(slug="roma", locale__language_code="mk")
    organisation = Organization.objects.filter(locale__language_code="mk").first()
    page = InitiativePage(
        title="Ромски летен камп за читање",
        slug="letni-kamp",
        summary="Децата од Шуто Оризари читаат книги на ромски и македонски.",
        start_date=datetime.date(2025, 7, 1),
        end_date=datetime.date(2025, 7, 20),
        kind=InitiativePage.Kind.EDUCATIONAL,
        municipality="suto-orizari",
        people_reached=85,
    )
    page.communities = [roma]
    page.organisations = [organisation]
    page.topics.add("читање", "деца")
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_an_initiative_keeps_its_words_in_one_spelling(initiative):
    text = InitiativePage.objects.get(pk=initiative.pk).folded_text
    for typed in ("romski leten kamp", "suto orizari", "citanje", "deca"):
        assert typed in text
    assert "šuto" not in text and "ромски" not in text


def test_the_library_lists_its_initiatives(client, library, initiative):
    html = client.get(library.url).content.decode()
    assert "Ромски летен камп за читање" in html
    page = client.get(initiative.url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "Шуто Оризари" in body and "85" in body and "читање" in body


def test_an_initiative_refuses_inconsistent_dates_and_places(initiative):
    initiative.end_date = datetime.date(2025, 6, 1)
    with pytest.raises(ValidationError) as refused:
        initiative.full_clean()
    assert "end_date" in refused.value.message_dict
    initiative.end_date = None
    initiative.latitude = 41.99
    with pytest.raises(ValidationError) as refused:
        initiative.full_clean()
    assert "longitude" in refused.value.message_dict


def test_synthetic_initiatives_for_benchmarks_are_real_searchable_pages(client):
    import io

    from django.core.management import call_command

    from wagtail.models import Page

    library = LibraryPage.objects.get(locale__language_code="mk")
    before = InitiativePage.objects.child_of(library).count()
    out = io.StringIO()
    call_command("generate_initiatives", 30, locale="mk", stdout=out)
    assert "30/30" in out.getvalue()
    assert InitiativePage.objects.child_of(library).count() == before + 30
    assert Page.find_problems() == ([], [], [], [], [])
    synthetic = InitiativePage.objects.filter(slug__startswith="synthetic-").first()
    assert client.get(synthetic.url).status_code == 200
    results = client.get(library.url, {"q": synthetic.title}).context["results"]
    assert synthetic.pk in {hit.page.pk for hit in results.hits}
