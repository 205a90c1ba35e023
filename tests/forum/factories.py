"""The forum's rows as tests build them."""

import datetime

from django.utils import timezone

from forum.models import EventIndexPage, EventPage


def upcoming_event(language, title, slug, *, days=3, hours=3, **fields):
    """A training in ``days`` lasting ``hours``, under the events index of ``language``, not
    published yet (the caller publishes it as its test needs)."""
    starts = timezone.now() + datetime.timedelta(days=days)
    page = EventPage(
        title=title,
        slug=slug,
        kind="training",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=hours),
        **fields,
    )
    EventIndexPage.objects.get(locale__language_code=language).add_child(instance=page)
    return page
