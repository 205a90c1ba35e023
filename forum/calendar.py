"""Events as iCalendar (RFC 5545): one event for the email and the download, or a feed."""

from icalendar import Calendar, Event, vText

from django.utils.html import strip_tags


def _calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", "-//Forum of small communities//Forum CMS//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def _event(page, request=None):
    event = Event()
    # One identity for every translation of the event: calendars update it, not duplicate it.
    event.add("uid", f"{page.translation_key}@forum-cms")
    event.add(
        "dtstamp", page.last_published_at or page.latest_revision_created_at or page.starts_at
    )
    event.add("dtstart", page.starts_at)
    event.add("dtend", page.ends_at)
    event.add("summary", page.title)
    location = ", ".join(part for part in (page.place, page.municipality_name) if part)
    if location:
        event["location"] = vText(location)
    if page.introduction:
        event.add("description", strip_tags(page.introduction))
    url = page.get_full_url(request)
    if url:
        event.add("url", url)
    return event


def event_calendar(page, request=None):
    calendar = _calendar()
    calendar.add_component(_event(page, request))
    return calendar.to_ical()


def feed(pages, name, request=None):
    calendar = _calendar(name)
    for page in pages:
        calendar.add_component(_event(page, request))
    return calendar.to_ical()
