"""Pages that hold people's personal data cannot be deleted until it is erased.

An app whose records of people hang on a page (registrations, signatures, entrants) registers
a callable with the ``register_personal_data`` hook: it takes a page and returns how many
people's data that page, or its translation group, still holds.

    @hooks.register("register_personal_data")
    def people_registered(page):
        return Person.objects.filter(page_key=page.translation_key).count()

Deleting a page (or, in bulk, several) with any of its descendants still holding some is
refused with a message: the data must first be erased or purged, so nothing is orphaned.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.log_actions import log
from wagtail.models import Page

from cms import languages

HOOK = "register_personal_data"


def people_held(page):
    """How many people's personal data the page holds, by every app's count."""
    return sum(count(page) for count in hooks.get_hooks(HOOK))


def first_holding(pages):
    """The first of the pages, or of their descendants, that holds personal data, and how many
    people's; (None, 0) when none does."""
    for root in pages:
        for page in Page.objects.descendant_of(root, inclusive=True).specific(defer=True):
            held = people_held(page)
            if held:
                return page, held
    return None, 0


def refuse_deletion(request, pages):
    """A redirect back with a message if any of the pages may not be deleted yet, else None."""
    page, held = first_holding(pages)
    if page is None:
        return None
    messages.error(
        request,
        _(
            "“%(title)s” cannot be deleted yet: it holds the personal data of people who "
            "took part (%(count)d). Erase it, or wait for its purge, first."
        )
        % {"title": page.get_admin_display_title(), "count": held},
    )
    parent = pages[0].get_parent() or pages[0]
    return redirect("wagtailadmin_explore", parent.pk)


def log_purge(translation_key, action, count):
    """Record a purge or an erasure in the site history, on the page the data hung on (its
    Macedonian source if it still exists). Only the count is logged, never whose data it was;
    with no page left there is nothing to log it on, and the purge command reports it."""
    pages = Page.objects.filter(translation_key=translation_key).select_related("locale")
    page = min(pages, key=lambda p: p.locale.language_code != languages.DEFAULT.code, default=None)
    if page is not None:
        log(instance=page.specific_deferred, action=action, data={"count": count})
    return page
