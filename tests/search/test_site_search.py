"""Site search: every page type of every app, in the visitor's language, with editors' picks."""

from http import HTTPStatus

import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def found(client, code, q, **params):
    response = client.get(f"/{code}/search/", {"q": q, **params})
    assert response.status_code == HTTPStatus.OK
    return response, [hit["page"] for hit in response.context["hits"]]


@pytest.mark.parametrize(
    "code, q, model",
    [
        ("mk", "Конкурс за есеј", "essaycompetitionpage"),
        ("mk", "Стратегија", "strategypage"),
        ("en", "Events", "eventindexpage"),
        ("sr", "Библиотека", "librarypage"),
        ("mk", "камп за читање", "initiativepage"),
        ("mk", "Форумот", "standardpage"),
    ],
)
def test_pages_of_every_app_are_found(client, code, q, model):
    _response, pages = found(client, code, q)
    assert model in {page._meta.model_name for page in pages}
    assert all(page.locale.language_code == code for page in pages)


def test_latin_letters_find_cyrillic_pages(client):
    _response, pages = found(client, "sr", "Biblioteka inicijativa")
    assert "librarypage" in {page._meta.model_name for page in pages}
    _response, pages = found(client, "mk", "Konkurs za esej")
    assert "essaycompetitionpage" in {page._meta.model_name for page in pages}


def test_matched_words_are_highlighted(client):
    response, _pages = found(client, "mk", "Strategija")
    assert "<mark>" in response.content.decode()


def test_editors_picks_come_first(client):
    page = Page.objects.get(slug="za-forumot", locale__language_code="mk")
    SearchPromotion.objects.create(
        query=Query.get("soseди"), page=page, description="За Форумот и неговите членки"
    )
    response, _pages = found(client, "mk", "Soseди")
    assert [pick.page.pk for pick in response.context["picks"]] == [page.pk]
    assert "За Форумот и неговите членки" in response.content.decode()


@pytest.mark.parametrize(
    "q",
    ["", "x" * 10_000, "!!! ???", '"unbalanced', "AND OR NOT (", "'; DROP TABLE x; --", "\\"],
)
def test_bad_input_gives_a_normal_page(client, q):
    for page in ("1", "-1", "abc", "99999"):
        response = client.get("/mk/search/", {"q": q, "page": page})
        assert response.status_code == HTTPStatus.OK


def test_latin_without_marks_finds_cyrillic_pages(client, homes):
    """No transliteration of ``cajna`` gives ``чајна``; the pages' folded text meets it."""
    from home.models import StandardPage

    page = StandardPage(
        title="Чајна башта во Шутка", slug="cajna-basta", introduction="Чај и муабет."
    )
    homes["mk"].add_child(instance=page)
    page.save_revision().publish()
    for typed in ("cajna basta", "Čajna bašta", "Чајна", "sutka"):
        response, pages = found(client, "mk", typed)
        assert page.pk in {found_page.pk for found_page in pages}, typed
    assert "<mark>Чајна</mark>" in found(client, "mk", "cajna")[0].content.decode()
    _response, pages = found(client, "sr", "pocetna")
    assert "homepage" in {found_page._meta.model_name for found_page in pages}
