import datetime

import pytest

from forum.models import Community, Organization
from search.models import InitiativePage, LibraryPage


def add_initiative(library, slug, title, summary, kind, town, year, communities, topics, orgs=()):
    page = InitiativePage(
        title=title,
        slug=slug,
        summary=summary,
        start_date=datetime.date(year, 5, 1),
        kind=kind,
        municipality=town,
    )
    page.communities = list(Community.objects.filter(slug__in=communities, locale=library.locale))
    page.organisations = list(Organization.objects.filter(slug__in=orgs, locale=library.locale))
    for topic in topics:
        page.topics.add(topic)
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def libraries(homes):
    """A library in mk and in sr with five initiatives between them (the demo's are elsewhere).

    mk: Šuto Orizari reading camp (roma, educational, 2025, topics "читање", "деца")
        Bitola intercultural festival (turkish + roma, cultural, 2024, topic "музика")
        Skopje youth radio (roma + bosniak, media, 2025, topic "медиуми")
        Tetovo football for all (sport, 2023, no community)
    sr: Kumanovo neighbours' dialogue (serbian + roma, dialogue, 2025, topic "dijalog")
    """
    found = {}
    for code, slug in (("mk", "test-biblioteka"), ("sr", "test-biblioteka-sr")):
        page = LibraryPage(title=f"Library {code}", slug=slug)
        homes[code].add_child(instance=page)
        page.save_revision().publish()
        found[code] = page
    mk, sr = found["mk"], found["sr"]
    add_initiative(
        mk,
        "kamp",
        "Летен камп за читање во Шутка",
        "Децата од Шуто Оризари читаат на ромски и македонски.",
        "educational",
        "suto-orizari",
        2025,
        ["roma"],
        ["читање", "деца"],
    )
    add_initiative(
        mk,
        "festival",
        "Интеркултурен фестивал во Битола",
        "Турска и ромска музика на чаршијата.",
        "cultural",
        "bitola",
        2024,
        ["turkish", "roma"],
        ["музика"],
    )
    add_initiative(
        mk,
        "radio",
        "Младинско радио Скопје",
        "Млади од ромската и бошњачката заедница водат радио емисија.",
        "media",
        "centar",
        2025,
        ["roma", "bosniak"],
        ["медиуми"],
    )
    add_initiative(
        mk,
        "fudbal",
        "Фудбал за сите во Тетово",
        "Турнир за деца од сите заедници.",
        "sport",
        "tetovo",
        2023,
        [],
        ["спорт"],
    )
    add_initiative(
        sr,
        "dijalog",
        "Дијалог суседа у Куманову",
        "Суседи из српске и ромске заједнице разговарају о чајној башти.",
        "dialogue",
        "kumanovo",
        2025,
        ["serbian", "roma"],
        ["dijalog"],
    )
    return found
