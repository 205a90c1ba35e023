"""The library's part of ``seed_demo``: a library in every locale and sixty initiatives.

Fifteen kinds of initiative, each carried out in four places (the eleven municipalities of the
active-citizenry network first) in different years, with their communities, organisations and
topics (named in every language), and each translated into the eight languages. Running it
again changes nothing.
"""

import datetime

from taggit.models import Tag

from django.utils.text import slugify

from cms import languages
from forum import api as forum
from home import municipalities
from search import entries
from search.models import InitiativePage, LibraryEntry, LibraryPage, Topic

from . import texts

DEFAULT = languages.DEFAULT.code
PLACES_EACH = 4


def seed(command, homes):
    library = command.page(
        homes[DEFAULT],
        LibraryPage,
        lambda code: {
            "title": texts.LIBRARY["title"][code],
            "slug": texts.LIBRARY["slug"][code],
            "introduction": texts.LIBRARY["introduction"][code],
            "show_in_menus": True,
        },
    )
    seed_topics(command)
    if InitiativePage.objects.child_of(library).exists():
        if not LibraryEntry.objects.exists():  # a database migrated from before the entries
            entries.rebuild()
        return
    with entries.deferred():
        seed_initiatives(command, library)


def seed_initiatives(command, library):
    communities = {community.slug: community for community in forum.communities_in(DEFAULT)}
    organisations = list(forum.organisations_in(DEFAULT))
    translated = {
        code: library.get_translation(locale)
        for code, locale in command.locales.items()
        if code != DEFAULT
    }
    for number, (kind, titles, summaries, served, topics) in enumerate(texts.ACTIVITIES):
        for slot in range(PLACES_EACH):
            place = texts.PLACES[(number * PLACES_EACH + slot) % len(texts.PLACES)]
            year = texts.YEARS[(number + slot) % len(texts.YEARS)]
            start = datetime.date(year, 1 + (number * 3 + slot) % 12, 1 + (number + slot * 7) % 27)
            page = InitiativePage(
                title=f"{titles[DEFAULT]} — {municipalities.name(place, DEFAULT)}",
                slug=slugify(f"{titles['en']} {place}"),
                summary=summaries[DEFAULT],
                kind=kind,
                municipality=place,
                start_date=start,
                end_date=start + datetime.timedelta(days=30 + 15 * slot),
                people_reached=40 + (number * 37 + slot * 53) % 400,
            )
            page.communities = [communities[slug] for slug in served if slug in communities]
            local = [org for org in organisations if org.municipality == place]
            page.organisations = (
                local[:2]
                or organisations[number % len(organisations) : number % len(organisations) + 1]
            )
            for topic in topics:
                page.topics.add(topic)
            library.add_child(instance=page)
            command.publish(page)
            for code, parent in translated.items():
                translation = page.copy_for_translation(parent.locale)
                translation.title = f"{titles[code]} — {municipalities.name(place, code)}"
                translation.summary = summaries[code]
                translation.save()  # its slug from its own title first: no redirect from the copy's
                command.publish(translation)


def seed_topics(command):
    """The topics' names in every language, before the initiatives that are tagged with them
    (their folded text then holds every name)."""
    for tag_name, names in texts.TOPICS.items():
        tag, _created = Tag.objects.get_or_create(name=tag_name)
        if Topic.objects.filter(tag=tag).exists():
            continue
        topic = Topic.objects.create(tag=tag, name=names[DEFAULT], locale=command.locales[DEFAULT])
        for code, locale in command.locales.items():
            if code != DEFAULT:
                translation = topic.copy_for_translation(locale)
                translation.name = names[code]
                translation.save()
