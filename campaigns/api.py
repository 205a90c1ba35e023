"""What the campaigns tell the other apps (DESIGN.md: apps meet through small functions)."""

from django.db.models import Sum

from campaigns.models import PledgeTally


def count_confirmed_pledges():
    """Confirmed signatures of every campaign's pledge, from the tallies (no row is counted)."""
    return PledgeTally.objects.aggregate(total=Sum("confirmed"))["total"] or 0
