"""What other apps may ask of the Forum (DESIGN.md: apps meet only through such functions)."""

from django.utils import timezone

from forum.models import AdvocacyMeeting, Community, EventPage, Organization
from forum.models.events import WORKSHOP_KINDS
from forum.models.shared import in_language


def count_workshops_held():
    """Workshops and trainings that have taken place, each counted once whatever its languages."""
    return (
        EventPage.objects.live()
        .filter(kind__in=WORKSHOP_KINDS, starts_at__lt=timezone.now())
        .values("translation_key")
        .distinct()
        .count()
    )


def count_advocacy_meetings():
    """Meetings held with institutions, public or internal, each counted once."""
    return (
        AdvocacyMeeting.objects.filter(date__lte=timezone.localdate())
        .values("translation_key")
        .distinct()
        .count()
    )


def _names_in(model, slugs, locale):
    """{slug: the record's name in the locale's language, else in Macedonian, else any}."""
    rows, _keys = in_language(model.objects.filter(slug__in=slugs), locale)
    return {row.slug: str(row) for row in rows}


def community_names(slugs, locale):
    """{community slug: its name in the locale's language}, for other apps' filters."""
    return _names_in(Community, slugs, locale)


def organisation_names(slugs, locale):
    """{organisation slug: its name in the locale's language}."""
    return _names_in(Organization, slugs, locale)


def communities_in(language_code):
    """The communities as written in one language (for other apps' forms and demo content)."""
    return Community.objects.filter(locale__language_code=language_code)


def organisations_in(language_code):
    """The member organisations as written in one language."""
    return Organization.objects.filter(locale__language_code=language_code)
