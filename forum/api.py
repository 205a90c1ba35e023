"""What other apps may ask of the Forum (DESIGN.md: apps meet only through such functions)."""

from django.utils import timezone

from cms import languages
from forum.models import AdvocacyMeeting, Community, EventPage
from forum.models.events import WORKSHOP_KINDS


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


def community_names(translation_keys, locale):
    """{translation key: the community's name in the locale's language, else in Macedonian}."""
    rows = Community.objects.filter(translation_key__in=translation_keys).select_related("locale")
    names, ranks = {}, {}
    for row in rows:
        if row.locale_id == locale.pk:
            rank = 0
        else:
            rank = 1 if row.locale.language_code == languages.DEFAULT.code else 2
        if rank < ranks.get(row.translation_key, 3):
            names[row.translation_key], ranks[row.translation_key] = row.name, rank
    return names
