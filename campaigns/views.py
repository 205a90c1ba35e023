"""What a campaign's page does with a request; the page's routes call these."""

import re
from http import HTTPStatus

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from campaigns import cards, networks, pledges
from campaigns.forms import PledgeForm
from campaigns.models import CardImage, Reach
from home import page_cache, ratelimits

# Link previews and crawlers fetch a shared card without anyone reading it: not a view.
NOT_A_READER = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|facebookcatalog|preview|whatsapp|viber|"
    r"telegram|slack|discord|skype|embedly|headless",
    re.IGNORECASE,
)


class ShareRedirect(HttpResponseRedirect):
    allowed_schemes = ["https", "viber"]


def _render(request, page, template, context, status=HTTPStatus.OK):
    context = {**page.get_context(request), **context}
    return TemplateResponse(request, template, context, status=status)


def _language(page):
    return page.locale.language_code


def _card_links(page, card_id):
    return {
        "url": page.route_url("card", card_id),
        "shares": [
            {"network": network, "url": page.route_url("share", network.code) + f"?card={card_id}"}
            for network in networks.NETWORKS
            if network.share
        ],
    }


def _sections(page):
    """The body's blocks, each with what a myth and fact card adds: its own URL, its share
    links and its share image."""
    images = {
        card.card_id: card.image
        for card in CardImage.objects.filter(page=page).select_related("image")
    }
    sections = []
    for block in page.body:
        extra = None
        if block.block_type == "myth_fact":
            extra = {**_card_links(page, block.id), "image": images.get(block.id)}
        sections.append((block, extra))
    return sections


def _kept_parts(request, page):
    """The page above its pledge, the same for every visitor: rendered once per publish of
    the page (or a change of its card images), kept (home.page_cache.page_fragment)."""

    def build():
        context = {**page.get_context(request), "sections": _sections(page)}
        parts = {
            name: mark_safe(render_to_string(f"campaigns/campaign_{name}.html", context, request))  # noqa: S308 -- a template's own output
            for name in ("hero", "sections")
        }
        return parts, None

    return page_cache.page_fragment(request, page, "campaign", build)


def detail(request, page, form=None, status=HTTPStatus.OK, refusal=None):
    context = {"kept": _kept_parts(request, page), "refusal": refusal}
    if page.has_pledge:
        context["standing"] = pledges.standing(page)
        page_cache.shows_live_figure(request)
        try:
            pledges.check_open(page)
        except pledges.PledgeRefused as closed:
            context["closed"] = closed.message
        else:
            context["form"] = form or PledgeForm(language=_language(page))
    return _render(request, page, "campaigns/campaign_page.html", context, status)


def _is_reader(request):
    return request.method == "GET" and not NOT_A_READER.search(
        request.headers.get("User-Agent", "")
    )


def card(request, page, card_id):
    value = page.cards().get(card_id)
    if value is None:
        raise Http404
    # Each reader's view is counted for the campaign's reach: never answered from the cache.
    page_cache.never_cache_here(request)
    if _is_reader(request):
        via = request.GET.get("via", "")
        network = via if via in networks.BY_CODE else networks.DIRECT
        Reach.count_one(page.campaign_key, Reach.Kind.VIEW, network, _language(page))
    found = CardImage.objects.filter(page=page, card_id=card_id).select_related("image").first()
    # The preview leads with the fact and never makes a headline of the myth.
    social = {
        "title": value["fact"],
        "description": _("Source: %(source)s") % {"source": value["source_title"]},
        "url": page.full_route_url("card", card_id),
        "image": found.image if found else page.hero_image,
    }
    context = {"card": value, "card_id": card_id, "social": social, **_card_links(page, card_id)}
    return _render(request, page, "campaigns/card.html", context)


def _share_text(page, network, card_id):
    if card_id:
        value = page.cards()[card_id]
        return page.with_tag(cards.card_text(value["myth"], value["fact"], _language(page), "\n"))
    for block in page.body:
        if block.block_type == "share_kit":
            for post in block.value["posts"]:
                if post["network"] == network:
                    return page.with_tag(post["text"])
    return page.with_tag(page.title)


def share(request, page, network):
    """Count a click on a share link, then send the visitor to the network's share address."""
    known = networks.BY_CODE.get(network)
    if known is None or not known.share:
        raise Http404
    card_id = request.GET.get("card", "")
    if card_id not in page.cards():
        card_id = ""
    shared = page.full_route_url("card", card_id) if card_id else page.full_url
    Reach.count_one(page.campaign_key, Reach.Kind.SHARE, network, _language(page))
    return ShareRedirect(
        known.share_url(networks.via(shared, network), _share_text(page, network, card_id))
    )


def sign(request, page):
    if request.method != "POST":
        return redirect(page.url + "#pledge")
    form = PledgeForm(request.POST, language=_language(page))
    if ratelimits.over_limit(request, "campaigns:pledge", settings.CAMPAIGNS_PLEDGE_RATE):
        return detail(
            request,
            page,
            form,
            HTTPStatus.TOO_MANY_REQUESTS,
            refusal=_("Too many signatures from your connection. Please try again in an hour."),
        )
    try:
        pledges.check_open(page)
    except pledges.PledgeRefused as refusal:
        return detail(request, page, None, refusal.status, refusal=refusal.message)
    if form.is_spam:
        return detail(
            request,
            page,
            form,
            HTTPStatus.BAD_REQUEST,
            refusal=_("The form could not be accepted. Please leave the last field empty."),
        )
    if not form.is_valid():
        return detail(request, page, form, HTTPStatus.BAD_REQUEST)
    try:
        pledges.sign(page, form.cleaned_data, _language(page))
    except pledges.PledgeRefused as refusal:
        return detail(request, page, form, refusal.status, refusal=refusal.message)
    return redirect(page.route_url("signed"))


def _step(request, page, step, status=HTTPStatus.OK, **context):
    context = {"step": step, **context}
    if page.has_pledge:
        context["standing"] = pledges.standing(page)
    return _render(request, page, "campaigns/pledge_step.html", context, status)


def signed(request, page):
    if not page.has_pledge:
        raise Http404
    return _step(request, page, "signed")


def _bad_link(request, page, error):
    if error.expired:
        return _step(request, page, "expired", HTTPStatus.GONE)
    return _step(request, page, "bad_link", HTTPStatus.NOT_FOUND)


def confirm(request, page, token):
    try:
        signature = pledges.signature_to_confirm(token, page)
    except pledges.BadLink as error:
        return _bad_link(request, page, error)
    if request.method == "POST":
        if timezone.localdate(signature.signed_at) > page.ends_on:
            return _step(request, page, "ended", HTTPStatus.FORBIDDEN)
        if pledges.confirm(signature):
            return _step(request, page, "confirmed", signature=signature, token=token)
        return _step(request, page, "already_confirmed", HTTPStatus.CONFLICT)
    if signature.confirmed_at is not None:
        return _step(request, page, "already_confirmed")
    return _step(request, page, "confirm", signature=signature)


def withdraw(request, page, token):
    try:
        signature = pledges.signature_to_withdraw(token, page)
    except pledges.BadLink as error:
        return _bad_link(request, page, error)
    if request.method == "POST":
        pledges.withdraw(signature)
        return _step(request, page, "withdrawn")
    return _step(request, page, "withdraw", signature=signature)
