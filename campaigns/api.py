"""What the campaigns tell the other apps (DESIGN.md: apps meet through small functions)."""

from django.db.models import Sum
from django.utils import timezone

from campaigns.models import CampaignPage, PledgeTally
from home import page_cache, privacy
from home.live_blocks import CHANGES_AT


def count_confirmed_pledges():
    """Confirmed signatures of every campaign's pledge, from the tallies (no row is counted)."""
    return PledgeTally.objects.aggregate(total=Sum("confirmed"))["total"] or 0


def running_campaign(locale):
    """The home page's campaign block: the campaign running today in the locale's language
    (the latest to start, where several run), with its pledge's standing, until midnight;
    nothing to show but that moment when none runs. Two queries: the campaign and its tally."""
    today = timezone.localdate()
    campaign = (
        CampaignPage.objects.live()
        .filter(privacy.is_public())
        .filter(locale=locale, starts_on__lte=today, ends_on__gte=today)
        .select_related("hero_image")
        .defer("body")
        .order_by("-starts_on", "-pk")
        .first()
    )
    # Campaigns run by the day: one starts or ends by itself at a midnight.
    midnight = page_cache.next_midnight()
    if campaign is None:
        return {CHANGES_AT: midnight}
    count = PledgeTally.count(campaign.campaign_key)
    goal = campaign.pledge_goal
    return {
        CHANGES_AT: midnight,
        "campaign": campaign,
        "standing": {
            "count": count,
            "goal": goal,
            "percent": min(100, round(100 * count / goal)) if goal else None,
        },
    }
