"""Site search: every page type of every app, in the visitor's language, with editors' picks."""

from http import HTTPStatus

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

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


# The search-terms report


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]


def hits(text):
    query = Query.objects.filter(query_string=text).first()
    return query.hits if query else 0


def test_an_anonymous_search_writes_nothing_and_is_counted_once(
    client, django_capture_on_commit_callbacks
):
    client.get("/mk/search/")  # the layout's share image is rendered once, by any first page
    for attempt in range(3):  # a search, then reloading it and turning its pages
        with django_capture_on_commit_callbacks() as counting:
            with CaptureQueriesContext(connection) as queries:
                client.get("/mk/search/", {"q": "Стратегија", "page": attempt + 1})
        assert writes(queries.captured_queries) == []
        assert len(counting) == (1 if attempt == 0 else 0)
        for count in counting:
            count()  # the task, as the worker runs it after the request

    assert hits("стратегија") == 1


def test_another_visitor_counts_again(client, django_capture_on_commit_callbacks):
    for address in ("198.51.100.1", "198.51.100.2", "198.51.100.1"):
        with django_capture_on_commit_callbacks(execute=True):
            client.get("/mk/search/", {"q": "Форумот"}, REMOTE_ADDR=address)

    assert hits("форумот") == 2


def test_one_address_cannot_fill_the_report(client, settings, django_capture_on_commit_callbacks):
    settings.SEARCH_HITS_RATE = "3/h"
    for n in range(6):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.get("/mk/search/", {"q": f"spam {n}"})
        assert response.status_code == HTTPStatus.OK

    assert Query.objects.filter(query_string__startswith="spam ").count() == 3
