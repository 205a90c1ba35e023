"""The home page's live blocks: what the Forum is doing now, each told by the app that knows it.

The core names no feature app, so each app offers its blocks with the ``register_home_block``
hook: a function returning a ``HomeBlock``, whose ``context`` reads the live data for one
locale and returns the template's context, or None when there is nothing to show (nothing
running, nothing coming), and the block disappears. An app "petitions" would write:

    @hooks.register("register_home_block")
    def open_petition():
        return HomeBlock(
            name="open-petition",
            label=_("The open petition"),
            heading=_("Sign our petition"),
            template="petitions/home/open_petition.html",
            context=api.open_petition,
        )

A block that changes by itself at a moment (an event ends, a deadline passes) says when, under
``CHANGES_AT`` in its context: the block is kept (``home.page_cache.fragment``: the same for
every visitor, until a purge of the home page) and the page cached no longer than that.

The home page's ``live_blocks`` StreamField holds one ``LiveBlock`` per block the editor chose,
in their order, each with an optional heading of its own (translated with the page). A home
page whose editor chose none shows every registered block, in the hooks' order (their ``order``
argument places each app's blocks).
"""

import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks, hooks

from home import page_cache

HOOK = "register_home_block"
# A context's key for when the block changes by itself, a deadline passing (an aware datetime):
# its kept copy and the page showing it last no longer. A context of this key alone is a block
# with nothing to show until then (a competition not yet open).
CHANGES_AT = "changes_at"


@dataclass(frozen=True)
class HomeBlock:
    """One kind of live block an app offers the home page."""

    name: str  # stored in the page's StreamField: keep it once editors have chosen it
    label: Promise  # what editors choose it by
    heading: Promise  # its heading on the page unless the editor wrote one
    template: str  # extends "home/live/block.html"
    context: Callable  # (locale) -> dict for the template, or None when there is nothing to show
    # (with ``CHANGES_AT`` where the block changes by itself at a moment)
    # It shows a figure visitors change (a pledge tally): the home page is then kept briefly
    # (home/page_cache.py, ``shows_live_figure``).
    live: bool = False


def registered():
    """{name: HomeBlock} of every app, in the hooks' order."""
    found = (hook() for hook in hooks.get_hooks(HOOK))
    return {home_block.name: home_block for home_block in found}


def choices():
    """The blocks editors may choose from (callable: the hooks load after the models)."""
    return [(home_block.name, home_block.label) for home_block in registered().values()]


class LiveBlock(blocks.StructBlock):
    """A chosen live block: which one, and the heading it is shown under."""

    source = blocks.ChoiceBlock(label=_("Block"), choices=choices)
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        required=False,
        help_text=_("Leave empty for the block's usual heading."),
    )

    class Meta:
        icon = "pick"
        label = _("Live block")

    def render(self, value, context=None):
        home_block = registered().get(value["source"])
        parent = dict(context or {})
        page = parent.get("page")
        request = parent.get("request")
        if home_block is None or page is None:  # an app removed since, or no page to read
            return ""

        def build():
            data = home_block.context(page.locale) or {}
            moment = data.get(CHANGES_AT)
            if not set(data) - {CHANGES_AT}:
                html = ""
            else:
                # Only what every visitor shares: never the visitor's user or CSRF token.
                html = render_to_string(
                    home_block.template,
                    {
                        "request": request,
                        "page": page,
                        **data,
                        "heading": value["heading"] or home_block.heading,
                        "live_name": home_block.name,
                    },
                )
            moment = moment.timestamp() if moment else None
            if home_block.live:
                # A live figure is never older than LIVE_TIMEOUT: neither its block nor a
                # page kept from the block outlives that from the moment it was read.
                fresh_until = time.time() + settings.PAGE_CACHE["LIVE_TIMEOUT"]
                moment = min(moment or fresh_until, fresh_until)
            return html, moment

        # The same for every visitor of the page in its language: kept with the page's own
        # purge tags (whatever the block shows purges the home page above it).
        html = page_cache.page_fragment(
            request, page, f"live-block:{home_block.name}:{value['heading']}", build
        )
        if request is not None and html and home_block.live:
            page_cache.shows_live_figure(request)
        return mark_safe(html)  # noqa: S308 - a template's own output


def bound_blocks(stream):
    """The live blocks of a home page's StreamField, or every registered one when it is empty."""
    if len(stream):
        return list(stream)
    block = stream.stream_block.child_blocks["live"]
    return [block.bind(block.to_python({"source": name, "heading": ""})) for name in registered()]


def default_stream():
    """StreamField data choosing every registered block, in order: what the demo seeds."""
    return [("live", {"source": name, "heading": ""}) for name in registered()]
