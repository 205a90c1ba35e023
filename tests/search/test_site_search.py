"""Site search: every page type of every app, in the visitor's language, with editors' picks;
words found by their beginning in any script, excerpts highlighted, organisations, events and
public meetings listed besides pages."""

import datetime
import json
from http import HTTPStatus

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from forum.models import AdvocacyMeeting, EventIndexPage, EventPage, MembersPage, Organization
from home.models import StandardPage
from search.views import prefix_search
from tests.conftest import login_as

pytestmark = pytest.mark.django_db


def found(client, code, q, **params):
    """The response and the pages found (the specific pages their results link to)."""
    response = client.get(f"/{code}/search/", {"q": q, **params})
    assert response.status_code == HTTPStatus.OK
    urls = {hit["url"] for hit in response.context["hits"]}
    pages = [
        page
        for page in Page.objects.live().filter(locale__language_code=code).specific()
        if page.url in urls
    ]
    return response, pages


def hit_titles(response):
    return ["".join(piece for piece, _matched in hit["title"]) for hit in response.context["hits"]]


def add_page(home, title, introduction="", **fields):
    page = StandardPage(title=title, introduction=introduction, **fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


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


# Words found by their beginning, in any script and with or without marks


@pytest.mark.parametrize(
    "code, title, introduction, typed, marked",
    [
        ("tr", "Ulusal konferansı", "Forum'un yıllık buluşması.", "konferans", "konferansı"),
        ("tr", "Gençlik atölyesi", "Öğrenciler için çalıştay.", "ogrenci", "Öğrenciler"),
        ("mk", "Средба во Куманово", "Разговор со општината.", "Куманов", "Куманово"),
        ("mk", "Средба во Куманово", "Разговор со општината.", "kumanov", "Куманово"),
        ("rom", "Čhavrengi siklovni", "Amaro than ando Šuto Orizari.", "chavren", "Čhavrengi"),
        ("rom", "Čhavrengi siklovni", "Amaro than ando Šuto Orizari.", "sut oriz", "Šuto"),
    ],
)
def test_words_are_found_by_their_beginning(
    client, homes, code, title, introduction, typed, marked
):
    page = add_page(homes[code], title, introduction)
    response, pages = found(client, code, typed)
    assert page.pk in {found_page.pk for found_page in pages}
    assert f"<mark>{marked}</mark>" in response.content.decode()


def test_every_word_must_begin_a_word_of_the_page(client, homes):
    page = add_page(homes["tr"], "Ulusal konferansı", "Yıllık buluşma.")
    _response, pages = found(client, "tr", "konferans zzyzx")
    assert page.pk not in {found_page.pk for found_page in pages}


def test_each_result_shows_an_excerpt_of_its_own_text_with_the_words_marked(client, homes):
    words = " ".join(f"söz{n}" for n in range(80))
    add_page(homes["tr"], "Yıllık rapor", f"{words} Kumanovo'da konferansı yapıldı. {words}")
    response, _pages = found(client, "tr", "konferans")
    hit = response.context["hits"][hit_titles(response).index("Yıllık rapor")]
    excerpt = "".join(piece for piece, _matched in hit["excerpt"])
    assert "konferansı" in excerpt
    assert excerpt.startswith("… ") and excerpt.endswith(" …")
    assert len(excerpt) < 300
    assert [piece for piece, matched in hit["excerpt"] if matched] == ["konferansı"]


def test_the_highlight_escapes_the_query_and_the_page_text(client, homes):
    add_page(homes["mk"], "Јавна трибина", '<script>alert("x")</script> трибина <b>во</b> Дебар')
    response = client.get("/mk/search/", {"q": "трибина"})
    html = response.content.decode()
    assert "<mark>трибина</mark>" in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html and "<b>во</b>" not in html

    response = client.get("/mk/search/", {"q": '"><script>alert("q")</script>'})
    assert response.status_code == HTTPStatus.OK
    assert '<script>alert("q")' not in response.content.decode()


def test_each_result_says_its_kind(client, homes):
    add_page(homes["en"], "Roundtable on zebrafinch schooling")
    response, _pages = found(client, "en", "zebrafinch")
    assert [str(hit["kind"]) for hit in response.context["hits"]] == ["standard page"]
    assert "Standard page" in response.content.decode()


# Organisations, events and meetings besides pages


def test_organisations_events_and_public_meetings_are_found(client, homes):
    locale = homes["mk"].locale
    Organization.objects.create(
        name="Здружение Пелагонка", slug="pelagonka", locale=locale, municipality="bitola"
    )
    meeting = AdvocacyMeeting.objects.create(
        institution_type="ministry",
        institution="Министерство за Пелагонија",
        date=datetime.date(2026, 3, 4),
        public_summary="Разговор за училиштата во Пелагонија.",
        locale=locale,
    )
    starts = timezone.now() + datetime.timedelta(days=10)
    event = EventPage(
        title="Пелагониски форум",
        kind="conference",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
    )
    EventIndexPage.objects.get(locale=locale).add_child(instance=event)
    event.save_revision().publish()

    response = client.get("/mk/search/", {"q": "pelagon"})
    hits = {"".join(piece for piece, _m in hit["title"]): hit for hit in response.context["hits"]}
    members_url = MembersPage.objects.get(locale=locale).url
    assert hits["Здружение Пелагонка"]["url"] == f"{members_url}#pelagonka"
    assert hits["Министерство за Пелагонија"]["url"].endswith(f"#meeting-{meeting.pk}")
    assert hits["Пелагониски форум"]["url"] == event.url
    assert {str(hit["kind"]) for hit in hits.values()} >= {
        str(Organization._meta.verbose_name),
        str(AdvocacyMeeting._meta.verbose_name),
        str(EventPage._meta.verbose_name),
    }
    # Each link leads to the record where the site shows it.
    advocacy = client.get(hits["Министерство за Пелагонија"]["url"].split("#")[0])
    assert f'id="meeting-{meeting.pk}"' in advocacy.content.decode()
    members = client.get(members_url)
    assert 'id="pelagonka"' in members.content.decode()


def test_an_internal_meeting_is_never_found(client, homes):
    AdvocacyMeeting.objects.create(
        institution_type="ministry",
        institution="Тајна средба Хризантема",
        date=datetime.date(2026, 3, 4),
        public_summary="Хризантема",
        internal_notes="Хризантема",
        is_public=False,
        locale=homes["mk"].locale,
    )
    for username in (None, "coordinator"):
        if username:
            login_as(client, username)
        response = client.get("/mk/search/", {"q": "hrizantem"})
        assert response.context["hits"] == []
        assert "Хризантема" not in response.content.decode().split("<main", 1)[1]


# Pages of results, bad input and the cost of a search


def test_results_are_paged_and_the_pages_linked(client, homes):
    for n in range(23):
        add_page(homes["sq"], f"Takimi i fshatit Qyrkqyrë {n}")
    first, _pages = found(client, "sq", "qyrkq")
    assert len(first.context["hits"]) == 20
    assert first.context["total"] == 23
    assert 'rel="next"' in first.content.decode()
    second, _pages = found(client, "sq", "qyrkq", page="2")
    assert len(second.context["hits"]) == 3
    assert 'rel="prev"' in second.content.decode()


@pytest.mark.parametrize(
    "params, notice",
    [
        ({"q": "forum " * 100}, "Само првите 200 знаци од пребарувањето беа употребени."),
        ({"q": "!!! ???"}, "Напишете барем еден збор, со букви или бројки, за да пребарувате."),
        ({"q": "Форумот", "page": "abc"}, "Нема таква страница со резултати: еве ја страницата 1."),
        ({"q": "Форумот", "page": "99999"}, "Нема таква страница со резултати: еве ја страницата"),
    ],
)
def test_bad_input_says_what_happened_in_the_visitors_language(client, params, notice):
    response = client.get("/mk/search/", params)
    assert response.status_code == HTTPStatus.OK
    assert notice in response.content.decode()


def test_a_search_costs_a_bounded_number_of_queries(client, homes):
    for n in range(25):
        add_page(homes["bs"], f"Sastanak Vijećnica {n}", f"Razgovor {n} u vijećnici.")
    client.get("/bs/search/", {"q": "vijecn"})  # the layout's first rendering is not the search's
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/bs/search/", {"q": "vijecn"})
    assert len(response.context["hits"]) == 20
    assert len(queries.captured_queries) <= 20, [q["sql"][:120] for q in queries.captured_queries]


def test_elasticsearch_is_asked_for_every_word_as_a_beginning_of_the_folded_text(homes):
    """Production's engine, checked for the query it is sent and the document it indexes (no
    server here: neither needs one)."""
    backend = get_search_backend(
        "wagtail.search.backends.elasticsearch8", URLS=["http://127.0.0.1:9"], INDEX_PREFIX="t_"
    )
    results = prefix_search(backend, Page.objects.live(), ["kumanov", "konferans"])
    query = json.dumps(results.query_compiler.get_query())
    assert '"_edgengrams"' in query and '"kumanov konferans"' in query and '"and"' in query

    page = StandardPage(title="Средба во Куманово", introduction="Конференција за соседите")
    document = backend.mapping_class(StandardPage).get_document(page)
    edgengrams = json.dumps(document["_edgengrams"], ensure_ascii=False)
    assert "sredba vo kumanovo" in edgengrams and "konferencija za sosedite" in edgengrams
