"""What other apps may ask of the Forum (DESIGN.md: apps meet only through such functions)."""

from django.utils import timezone

from forum.models import AdvocacyMeeting, EventPage
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
