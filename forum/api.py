"""What other apps may ask of the Forum (DESIGN.md: apps meet only through such functions)."""

from django.utils import timezone

from forum.models import AdvocacyMeeting, Community, EventPage, Organization
from forum.models.events import WORKSHOP_KINDS
from forum.models.shared import language_rank
from home.folding import in_script


def count_workshops_held():
    """Workshops and trainings that have taken place, each counted once whatever its languages."""
    return (
        EventPage.objects.live()
        .public()  # a private event is no public figure
        .filter(kind__in=WORKSHOP_KINDS, starts_at__lt=timezone.now())
        .values("translation_key")
        .distinct()
        .count()
    )


def count_advocacy_meetings():
    """Meetings held with institutions, public or internal, each counted once."""
    return (
        AdvocacyMeeting.objects.live()
        .filter(date__lte=timezone.localdate())
        .values("translation_key")
        .distinct()
        .count()
    )


def _names_in(rows, locale):
    """{slug: the record's name in the locale's language, else in Macedonian, else any}, from
    rows of (slug, name, locale id, language code), in the locale's script (a Macedonian name
    on a Latin-script page is transliterated). The translations of a record share its slug.
    Plain values: a search asks for these on every page, and whole records cost more than the
    search itself."""
    chosen = {}
    for slug, name, locale_id, language in rows:
        rank = language_rank(locale_id, language, locale)
        if slug not in chosen or rank < chosen[slug][0]:
            chosen[slug] = (rank, name)
    return {slug: in_script(name, locale.language_code) for slug, (_rank, name) in chosen.items()}


def community_names(slugs, locale):
    """{community slug: its name in the locale's language}, for other apps' filters."""
    rows = (
        Community.objects.live()
        .filter(slug__in=slugs)
        .values_list("slug", "name", "locale_id", "locale__language_code")
    )
    return _names_in(rows, locale)


def organisation_names(slugs, locale):
    """{organisation slug: its name in the locale's language}."""
    rows = (
        Organization.objects.live()
        .filter(slug__in=slugs)
        .values_list("slug", "name", "acronym", "locale_id", "locale__language_code")
    )
    return _names_in(
        (
            (slug, Organization.display_name(name, acronym), *rest)
            for slug, name, acronym, *rest in rows
        ),
        locale,
    )


def communities_in(language_code):
    """The published communities as written in one language (for other apps' forms and demo
    content)."""
    return Community.objects.live().filter(locale__language_code=language_code)


def organisations_in(language_code):
    """The published member organisations as written in one language."""
    return Organization.objects.live().filter(locale__language_code=language_code)
