"""What the Forum's pages do with a request; the pages' routes call these."""

import time
from collections import defaultdict
from http import HTTPStatus

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from cms import languages
from forum import calendar, exports, plan, registrations
from forum.forms import (
    EventFilterForm,
    MeetingFilterForm,
    MemberFilterForm,
    PlanFilterForm,
    RegistrationForm,
)
from forum.models import (
    AdvocacyMeeting,
    Commitment,
    Community,
    Organization,
    Registration,
)
from forum.models.shared import in_language
from home import downloads, page_cache, ratelimits


def _render(request, page, template, context, status=HTTPStatus.OK):
    context = {**page.get_context(request), **context}
    return TemplateResponse(request, template, context, status=status)


def _filters(form):
    """The form's filters and the response status: none and a 400 when a value is bad."""
    if form.is_valid():
        return form.cleaned_data, HTTPStatus.OK
    return {}, HTTPStatus.BAD_REQUEST


def members(request, page):
    communities, community_key = in_language(Community.objects.live(), page.locale)
    organisations, _keys = in_language(
        Organization.objects.live()
        .prefetch_related("communities")
        .select_related("logo", "memorandum"),
        page.locale,
        heavy=True,
    )
    community_by_key = {community.translation_key: community for community in communities}
    form = MemberFilterForm(
        request.GET,
        communities=communities,
        municipality_codes={org.municipality for org in organisations if org.municipality},
    )
    filters, status = _filters(form)
    rows = []
    for org in organisations:
        served = [
            community_by_key[community_key[community.pk]]
            for community in org.communities.all()
            if community_key.get(community.pk) in community_by_key
        ]
        if filters.get("community") and filters["community"] not in {c.slug for c in served}:
            continue
        if filters.get("municipality") and org.municipality != filters["municipality"]:
            continue
        if filters.get("role") and org.role != filters["role"]:
            continue
        rows.append((org, sorted(served, key=lambda community: community.sort_order)))
    return _render(
        request,
        page,
        "forum/members_page.html",
        {"form": form, "members": rows, "total": len(organisations)},
        status,
    )


def _plan_and_form(request, page):
    full_plan = plan.build(page.locale)
    form = PlanFilterForm(request.GET, organisations=full_plan.organisations)
    if form.is_valid():
        return full_plan, full_plan.filtered(**form.cleaned_data), form
    return full_plan, full_plan, form


def strategy_tracker(request, page):
    """The tracker, kept for every visitor of each filter (home.page_cache.page_fragment): the
    plan is read and drawn once per change of a plan item, a live figure's ``LIVE_TIMEOUT`` or
    a day (what is behind schedule, the timeline's today)."""
    chosen = [(name, request.GET.get(name, "")) for name in PlanFilterForm.base_fields]

    def build():
        full_plan, shown, form = _plan_and_form(request, page)
        html = _tracker_html(request, page, full_plan, shown, form)
        live = any(indicator.live for row in full_plan.actions for indicator in row.indicators)
        moment = page_cache.next_midnight().timestamp()
        if live:
            moment = min(moment, time.time() + settings.PAGE_CACHE["LIVE_TIMEOUT"])
        status = HTTPStatus.OK if form.is_valid() else HTTPStatus.BAD_REQUEST
        return (html, status, live), moment

    html, status, live = page_cache.page_fragment(
        request, page, f"tracker:{urlencode(chosen)}", build
    )
    if live:
        page_cache.shows_live_figure(request)
    # A template's own output, kept.
    tracker = mark_safe(html)  # noqa: S308
    return _render(request, page, "forum/strategy_page.html", {"tracker": tracker}, status)


def _tracker_html(request, page, full_plan, shown, form):
    filtered = form.is_valid() and any(form.cleaned_data.values())
    return render_to_string(
        "forum/strategy_tracker.html",
        {
            "page": page,
            "plan": full_plan,
            "shown": shown,
            "form": form,
            "filtered": filtered,
            # The exports show what the tracker shows: its filters, nothing else of the address.
            "query": urlencode([item for item in form.cleaned_data.items() if item[1]])
            if filtered
            else "",
            "timeline": plan.timeline(shown),
        },
        request,
    )


def strategy_export(request, page, format):
    full_plan, shown, form = _plan_and_form(request, page)
    if not form.is_valid():
        html = _tracker_html(request, page, full_plan, shown, form)
        return _render(
            request, page, "forum/strategy_page.html", {"tracker": html}, HTTPStatus.BAD_REQUEST
        )
    filename = f"action-plan-{page.locale.language_code}"
    if format == "pdf":
        return exports.pdf_response(request, page, full_plan, shown, form.chosen(), filename)
    return downloads.spreadsheet_response(exports.dataset(shown), filename, format)


def advocacy(request, page):
    can_see_internal = request.user.has_perm("forum.view_internal_meetings")
    meetings = AdvocacyMeeting.objects.live()
    if not can_see_internal:
        meetings = meetings.filter(is_public=True)
    meetings, meeting_key = in_language(meetings, page.locale)
    commitments, _keys = in_language(
        Commitment.objects.filter(meeting_id__in=list(meeting_key)).order_by("sort_order", "pk"),
        page.locale,
    )
    by_meeting = defaultdict(list)
    for commitment in commitments:
        by_meeting[meeting_key[commitment.meeting_id]].append(commitment)

    form = MeetingFilterForm(request.GET)
    filters, status = _filters(form)
    rows = []
    for meeting in meetings:
        promised = by_meeting[meeting.translation_key]
        if filters.get("institution") and meeting.institution_type != filters["institution"]:
            continue
        if filters.get("status") and filters["status"] not in {c.status for c in promised}:
            continue
        rows.append((meeting, promised))
    open_commitments = sorted(
        (
            (commitment, meeting)
            for meeting, promised in rows
            for commitment in promised
            if commitment.is_open
        ),
        key=lambda pair: (pair[0].due_date is None, pair[0].due_date or timezone.localdate()),
    )
    response = _render(
        request,
        page,
        "forum/advocacy_page.html",
        {
            "form": form,
            "meetings": rows,
            "open_commitments": open_commitments,
            "can_see_internal": can_see_internal,
        },
        status,
    )
    if can_see_internal:
        response["Cache-Control"] = "private, no-store"
    return response


PAST_EVENTS_PER_PAGE = 12


def event_index(request, page):
    """Upcoming events first, soonest first; then the past ones, latest first, a page at a time.
    Both follow the filters; a filter value that cannot be used shows every event, with a word."""
    events = page.events()
    form = EventFilterForm(
        request.GET,
        municipality_codes=set(
            events.exclude(municipality="").values_list("municipality", flat=True).distinct()
        ),
    )
    filters, status = _filters(form)
    chosen = {name: value for name, value in filters.items() if value}
    events = events.filter(**chosen)
    now = timezone.now()
    past = Paginator(
        events.filter(ends_at__lt=now).order_by("-starts_at", "pk"), PAST_EVENTS_PER_PAGE
    ).get_page(request.GET.get("page"))
    return _render(
        request,
        page,
        "forum/event_index_page.html",
        {
            "form": form,
            "upcoming": list(events.filter(ends_at__gte=now)),
            "past": past,
            "past_link": "?" + urlencode({**chosen, "page": ""}),
        },
        status,
    )


def event_feed(request, page):
    upcoming = [event for event in page.events() if event.ends_at >= timezone.now()]
    response = HttpResponse(
        calendar.feed(upcoming, page.title, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response


def _event_context(request, page):
    communities, community_key = in_language(Community.objects.live(), page.locale)
    by_key = {community.translation_key: community for community in communities}
    participation = list(page.participation.all())
    for row in participation:
        # The community in the visitor's language, whichever translation the row points at.
        row.community_in_language = by_key.get(community_key.get(row.community_id))
    confirmed = Registration.objects.for_event(page).confirmed().count()
    if page.capacity is not None:
        page_cache.shows_live_figure(request)
    # Registration closes by itself when the event starts, and the page changes when it ends.
    page_cache.changes_at(request, page.starts_at if not page.has_started else page.ends_at)
    return {
        "communities": communities,
        "places_left": None if page.capacity is None else max(page.capacity - confirmed, 0),
        "registration_closed": page.has_started or not page.registration_open,
        "participation": participation,
    }


def event_detail(request, page, form=None, status=HTTPStatus.OK, refusal=None):
    context = _event_context(request, page)
    if form is None:
        form = RegistrationForm(communities=context["communities"])
    return _render(
        request,
        page,
        "forum/event_page.html",
        {**context, "form": form, "refusal": refusal},
        status,
    )


# The one outcome a registration shows the visitor.
CHECK_EMAIL = "check-email"


def _register(request, page):
    communities, _keys = in_language(Community.objects.live(), page.locale)
    form = RegistrationForm(request.POST, communities=communities)
    if ratelimits.over_limit(request, "forum:event-registration", settings.FORUM_REGISTRATION_RATE):
        return event_detail(
            request,
            page,
            form,
            HTTPStatus.TOO_MANY_REQUESTS,
            refusal=_("Too many registrations from your connection. Please try again in an hour."),
        )
    if not form.is_valid():
        return event_detail(request, page, form, HTTPStatus.BAD_REQUEST)
    language = languages.get(translation.get_language() or page.locale.language_code).code
    try:
        registrations.register(page, form, language)
    except registrations.RegistrationRefused as refusal:
        return event_detail(request, page, form, refusal.status, refusal=refusal.message)
    return redirect(page.url + page.reverse_subpage("registered", args=[CHECK_EMAIL]))


def event_register(request, page):
    if request.method != "POST":
        return redirect(page.url)
    return _register(request, page)


def event_registered(request, page, outcome):
    """One answer whatever became of the address (new, waiting, registered already): the
    email tells its owner which."""
    if outcome != CHECK_EMAIL:
        raise Http404
    return _render(request, page, "forum/event_registered.html", {})


def event_cancel(request, page, token):
    registration = (
        Registration.objects.for_event(page).filter(token=token).first() if token else None
    )
    if registration is None:
        return _render(
            request, page, "forum/event_cancel.html", {"registration": None}, HTTPStatus.NOT_FOUND
        )
    if request.method == "POST":
        registrations.cancel(registration, page)
        return redirect(page.url + page.reverse_subpage("cancel_registration", args=[token]))
    return _render(request, page, "forum/event_cancel.html", {"registration": registration})


def event_ical(request, page):
    response = HttpResponse(
        calendar.event_calendar(page, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response
