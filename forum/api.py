"""What other apps may ask of the Forum (DESIGN.md: apps meet only through such functions)."""

from django.utils import timezone
from django.utils.html import strip_tags

from forum import plan
from forum.models import (
    AdvocacyMeeting,
    AdvocacyPage,
    Community,
    EventIndexPage,
    EventPage,
    MembersPage,
    Organization,
    StrategyPage,
)
from forum.models.events import WORKSHOP_KINDS
from forum.models.shared import language_rank, values_in_language
from home import privacy
from home.folding import begins_words, in_script
from home.live_blocks import CHANGES_AT


def count_workshops_held():
    """Workshops and trainings that have taken place, each counted once whatever its languages."""
    return (
        EventPage.objects.live()
        .filter(privacy.is_public())  # a private event is no public figure
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


def records_matching(words, locale):
    """The published organisations and public meetings with institutions (never an internal
    one) whose text in the locale's language has a word beginning with each of ``words``
    (folded, ``home.folding``), for the site search: [{"kind", "title", "texts", "url"}], each
    linking to where the site shows it (its card on the members page, its entry in the
    advocacy log), none where the locale has no such page. Two queries per kind: the records
    are few, and their text is compared in Python, folded as the pages' is."""
    found = []
    members = MembersPage.objects.live().filter(privacy.is_public()).filter(locale=locale).first()
    if members is not None:
        organisations, _keys = values_in_language(
            Organization.objects.live(), locale, "name", "acronym", "description", "slug"
        )
        for org in organisations:
            texts = [strip_tags(org["description"])] if org["description"] else []
            if begins_words("\n".join([org["name"], org["acronym"], *texts]), words):
                found.append(
                    {
                        "kind": Organization._meta.verbose_name,
                        "title": Organization.display_name(org["name"], org["acronym"]),
                        "texts": texts,
                        "url": f"{members.url}#{org['slug']}",
                    }
                )
    advocacy = AdvocacyPage.objects.live().filter(privacy.is_public()).filter(locale=locale).first()
    if advocacy is not None:
        meetings, _keys = values_in_language(
            AdvocacyMeeting.objects.live().filter(is_public=True),
            locale,
            *("institution", "public_summary", "topics", "asks", "date"),
        )
        for meeting in meetings:
            texts = [meeting["public_summary"], meeting["topics"], meeting["asks"]]
            texts = [text for text in texts if text]
            if begins_words("\n".join([meeting["institution"], *texts]), words):
                found.append(
                    {
                        "kind": AdvocacyMeeting._meta.verbose_name,
                        "title": meeting["institution"],
                        "date": meeting["date"],
                        "texts": texts,
                        "url": f"{advocacy.url}#meeting-{meeting['pk']}",
                    }
                )
    return found


def next_events(locale, limit=3):
    """The home page's events block: the coming (or running) events in the locale's language,
    soonest first, until the first of them ends; None when none is coming."""
    events = list(
        EventPage.objects.live()
        .filter(privacy.is_public())
        .filter(locale=locale, ends_at__gt=timezone.now())
        .defer("agenda", "outcomes")
        .order_by("starts_at", "pk")[:limit]
    )
    if not events:
        return None
    index = EventIndexPage.objects.live().filter(privacy.is_public()).filter(locale=locale).first()
    # An event leaves the block when it ends, and the next one takes its place.
    moment = min(event.ends_at for event in events)
    return {"events": events, "events_index": index, CHANGES_AT: moment}


def plan_progress(locale):
    """The home page's plan block: the strategy page of the locale and the action plan's
    overall progress, computed as its tracker computes it; None without a page or a plan."""
    page = StrategyPage.objects.live().filter(privacy.is_public()).filter(locale=locale).first()
    if page is None:
        return None
    figures = plan.summary(locale)
    if not figures.actions:
        return None
    return {"strategy": page, "plan": figures}
