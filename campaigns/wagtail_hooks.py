"""The campaigns in the admin: a menu item, the reach views and a button on campaign pages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from campaigns import admin_views, api, pledges
from campaigns.models import CampaignPage, CardImage, Signature
from home.admin_views import PermissionMenuItem
from home.live_blocks import HomeBlock
from home.purge import Dependency


@hooks.register("register_admin_urls")
def register_campaign_admin_urls():
    return [
        path("campaigns/", admin_views.IndexView.as_view(), name="campaigns_index"),
        path("campaigns/<int:page_id>/", admin_views.ReachView.as_view(), name="campaigns_reach"),
        path(
            "campaigns/<int:page_id>/export/<str:format>/",
            admin_views.ExportView.as_view(),
            name="campaigns_export",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_campaigns_menu_item():
    return PermissionMenuItem(
        _("Campaigns"),
        reverse("campaigns_index"),
        icon_name="group",
        order=230,
        permission=admin_views.VIEW,
    )


@hooks.register("register_page_header_buttons")
def reach_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, CampaignPage) and user.has_perm(admin_views.VIEW):
        yield Button(
            _("Reach and pledge"),
            reverse("campaigns_reach", args=[page.pk]),
            icon_name="group",
            priority=30,
        )


@hooks.register("register_personal_data")
def pledge_signatures_held(page):
    """Signatories of the campaign's pledge (any of its translations): its page is not
    deleted while they are kept (see home/personal_data.py)."""
    return Signature.objects.filter(campaign_key=page.translation_key).count()


@hooks.register("register_log_actions")
def register_signature_log_actions(actions):
    @actions.register_action(pledges.PURGE_ACTION)
    class PurgeSignatures(LogFormatter):
        label = _("Purge pledge signatures")

        def format_message(self, log_entry):
            return _("Signatures purged after the retention period: %(count)d") % {
                "count": log_entry.data.get("count", 0)
            }


@hooks.register("register_live_indicator")
def pledges_confirmed_indicator():
    """A live figure of the plan's indicators (forum/indicators.py)."""
    return ("pledges_confirmed", _("Pledges confirmed"), api.count_confirmed_pledges)


@hooks.register("register_home_block", order=10)  # the Forum's main call to action first
def running_campaign_home_block():
    """The running campaign on the home page (home/live_blocks.py)."""
    return HomeBlock(
        name="running-campaign",
        label=_("The running campaign"),
        heading=_("Our campaign"),
        template="campaigns/home/running_campaign.html",
        context=api.running_campaign,
        live=True,  # its pledge tally
    )


@hooks.register("register_page_cache_dependency")
def card_images_on_pages():
    """A card's share image, drawn in a task after the publish, is linked from its page."""
    return Dependency(CardImage, lambda card: CampaignPage.objects.filter(pk=card.page_id))
