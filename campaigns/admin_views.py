"""The campaigns in the admin: reach and pledge counts for editors, signatures for coordinators.

Editors and coordinators (``campaigns.view_reach``) see each campaign's share clicks and card
views per network and language, the pledge's count and a chart of signatures per day: numbers
only. Coordinators (``campaigns.export_signatures``) also download the confirmed signatures.
"""

import datetime

import tablib

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Sum
from django.db.models.functions import TruncDate
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from campaigns import networks
from campaigns.models import CampaignPage, PledgeTally, Reach, Signature
from cms import languages
from forum import api as forum
from home import downloads
from home.admin_views import PermissionView

VIEW = "campaigns.view_reach"
EXPORT = "campaigns.export_signatures"
CHART_DAYS = 60  # the chart's widest span; a longer campaign shows its last sixty days


class AdminView(PermissionView):
    permission = VIEW
    header_icon = "group"


def campaigns():
    """One page per campaign: the one in the default language where there is one."""
    chosen = {}
    for page in (
        CampaignPage.objects.select_related("locale").defer("body").order_by("-starts_on", "pk")
    ):
        key = page.translation_key
        if key not in chosen or page.locale.language_code == languages.DEFAULT.code:
            chosen[key] = page
    return list(chosen.values())


def reach_totals(keys):
    """{campaign key: {kind: count}} of every campaign named."""
    totals = {}
    rows = (
        Reach.objects.filter(campaign_key__in=keys)
        .values("campaign_key", "kind")
        .annotate(total=Sum("count"))
    )
    for row in rows:
        totals.setdefault(row["campaign_key"], {})[row["kind"]] = row["total"]
    return totals


class IndexView(AdminView):
    template_name = "campaigns/admin/index.html"
    page_title = gettext_lazy("Campaigns")

    def get_context_data(self, **kwargs):
        pages = campaigns()
        keys = [page.translation_key for page in pages]
        tallies = dict(
            PledgeTally.objects.filter(campaign_key__in=keys).values_list(
                "campaign_key", "confirmed"
            )
        )
        waiting = dict(
            Signature.objects.filter(campaign_key__in=keys, confirmed_at__isnull=True)
            .values("campaign_key")
            .annotate(n=Count("pk"))
            .values_list("campaign_key", "n")
        )
        totals = reach_totals(keys)
        rows = [
            {
                "page": page,
                "confirmed": tallies.get(page.translation_key, 0),
                "waiting": waiting.get(page.translation_key, 0),
                "shares": totals.get(page.translation_key, {}).get(Reach.Kind.SHARE, 0),
                "views": totals.get(page.translation_key, {}).get(Reach.Kind.VIEW, 0),
            }
            for page in pages
        ]
        return {**super().get_context_data(**kwargs), "rows": rows}


class CampaignMixin:
    """A view of one campaign, named by the id of any of its pages."""

    def dispatch(self, request, page_id, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied  # before looking the page up: nothing to learn from a 404
        self.campaign = get_object_or_404(CampaignPage, pk=page_id)
        return super().dispatch(request, *args, **kwargs)

    def trail(self):
        return [{"url": reverse("campaigns_index"), "label": _("Campaigns")}]


def signatures_per_day(campaign, today=None):
    """[(day, confirmed signatures that day)] from the campaign's start, or the last sixty days,
    to today or its end, with the empty days."""
    today = today or timezone.localdate()
    last = min(today, campaign.ends_on)
    first = max(campaign.starts_on, last - datetime.timedelta(days=CHART_DAYS - 1))
    counts = dict(
        Signature.objects.of(campaign)
        .confirmed()
        .annotate(day=TruncDate("confirmed_at"))
        .filter(day__gte=first, day__lte=last)
        .values("day")
        .annotate(n=Count("pk"))
        .values_list("day", "n")
    )
    days = (last - first).days + 1
    return [
        (first + datetime.timedelta(days=n), counts.get(first + datetime.timedelta(days=n), 0))
        for n in range(max(days, 0))
    ]


def chart(series, width=600, height=160):
    """Bars of an SVG chart: [(x, y, width, height, day, count)] and the largest count."""
    peak = max((count for _day, count in series), default=0) or 1
    step = width / max(len(series), 1)
    bars = []
    for index, (day, count) in enumerate(series):
        tall = round(height * count / peak, 1)
        bars.append(
            (round(index * step, 1), round(height - tall, 1), max(step - 1, 1), tall, day, count)
        )
    return {"bars": bars, "peak": peak, "width": width, "height": height}


class ReachView(CampaignMixin, AdminView):
    template_name = "campaigns/admin/reach.html"

    def get_page_title(self):
        return self.campaign.title

    def get_context_data(self, **kwargs):
        campaign = self.campaign
        table = {}
        for row in (
            Reach.objects.filter(campaign_key=campaign.translation_key)
            .values("network", "language", "kind")
            .annotate(total=Sum("count"))
        ):
            table.setdefault((row["network"], row["language"]), {})[row["kind"]] = row["total"]
        labels = dict(networks.VIA_CHOICES)
        reach = [
            {
                "network": labels.get(network, network),
                "language": languages.get(language).name_local
                if language in languages.CODES
                else language,
                "shares": kinds.get(Reach.Kind.SHARE, 0),
                "views": kinds.get(Reach.Kind.VIEW, 0),
            }
            for (network, language), kinds in sorted(table.items())
        ]
        series = signatures_per_day(campaign)
        return {
            **super().get_context_data(**kwargs),
            "campaign": campaign,
            "confirmed": PledgeTally.count(campaign.translation_key),
            "waiting": Signature.objects.of(campaign).filter(confirmed_at__isnull=True).count(),
            "reach": reach,
            "shares": sum(row["shares"] for row in reach),
            "views": sum(row["views"] for row in reach),
            "chart": chart(series),
            "series": series,
            "can_export": self.request.user.has_perm(EXPORT),
            "export_formats": ["csv", "xlsx"],
        }


class ExportView(CampaignMixin, AdminView):
    """The confirmed signatures as CSV or XLSX, safe to open in a spreadsheet."""

    permission = EXPORT

    def get(self, request, format, *args, **kwargs):
        if format not in ("csv", "xlsx"):
            raise Http404
        campaign = self.campaign
        signatures = list(Signature.objects.of(campaign).confirmed().order_by("confirmed_at"))
        communities = forum.community_names(
            {s.community for s in signatures if s.community}, campaign.locale
        )
        data = tablib.Dataset(
            headers=[
                _("Name"),
                _("Email"),
                _("Municipality"),
                _("Community"),
                _("First name shown"),
                _("Language"),
                _("Signed at"),
                _("Confirmed at"),
            ]
        )
        for signature in signatures:
            data.append(
                [
                    signature.name,
                    signature.email,
                    signature.municipality_name,
                    communities.get(signature.community, signature.community),
                    _("yes") if signature.show_name else _("no"),
                    signature.language,
                    timezone.localtime(signature.signed_at).strftime("%Y-%m-%d %H:%M"),
                    timezone.localtime(signature.confirmed_at).strftime("%Y-%m-%d %H:%M"),
                ]
            )
        stamp = timezone.localdate().isoformat()
        return downloads.spreadsheet_response(data, f"pledge-{campaign.slug}-{stamp}", format)
