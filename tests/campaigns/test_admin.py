"""Campaigns in the admin: figures for editors, signatures for coordinators, nothing for others."""

import csv
import datetime
import io
from http import HTTPStatus

import openpyxl
import pytest

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from campaigns.models import CampaignPage, PledgeTally, Reach, Signature
from tests.conftest import login_as

from .conftest import CARD_ID, route

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail sends an admin user without the permission home (or answers 403)."""
    if response.status_code == HTTPStatus.FOUND:
        return response["Location"].rstrip("/").endswith("/admin")
    return response.status_code == HTTPStatus.FORBIDDEN


def add_signature(page, name, email, confirmed=True, days_ago=0, **values):
    when = timezone.now() - datetime.timedelta(days=days_ago)
    signature = Signature.objects.create(
        campaign_key=page.campaign_key,
        name=name,
        email=email,
        municipality=values.pop("municipality", "cair"),
        language="tr",
        signed_at=when,
        confirmed_at=when if confirmed else None,
        **values,
    )
    if confirmed:
        PledgeTally.add(page.campaign_key, 1)
    return signature


def test_an_editor_sees_the_reach_and_the_pledge_count_but_not_the_signatories(campaign):
    page = campaign["mk"]
    add_signature(page, "Ajla Hodžić", "ajla@example.org", community="bosniak")
    add_signature(page, "Not Yet", "later@example.org", confirmed=False)
    visitor = Client()
    visitor.get(route(campaign["tr"], "card", CARD_ID) + "?via=facebook")
    visitor.get(route(campaign["tr"], "share", "whatsapp"))
    editor = login_as(Client(), "editor")

    index = editor.get(reverse("campaigns_index"))
    reach = editor.get(reverse("campaigns_reach", args=[campaign["tr"].pk]))

    assert index.status_code == reach.status_code == HTTPStatus.OK
    row = index.content.decode().split('data-campaign="test-kampanja"')[1].split("</tr>")[0]
    assert '<td class="confirmed">1 / 10</td>' in row
    assert '<td class="shares">1</td>' in row and '<td class="views">1</td>' in row
    html = reach.content.decode()
    assert '<dd id="confirmed">1 / 10</dd>' in html
    assert "<td>Facebook</td><td>Türkçe</td><td>0</td><td>1</td>" in html
    assert "<td>WhatsApp</td><td>Türkçe</td><td>1</td><td>0</td>" in html
    assert "Ajla" not in html and "ajla@example.org" not in html
    assert reverse("campaigns_export", args=[campaign["tr"].pk, "csv"]) not in html
    assert refused(editor.get(reverse("campaigns_export", args=[page.pk, "csv"])))


def test_the_chart_has_a_bar_per_day_as_tall_as_its_signatures(campaign):
    page = campaign["mk"]
    for number in range(3):
        add_signature(page, f"P{number}", f"p{number}@example.org", days_ago=2)
    add_signature(page, "Q", "q@example.org", days_ago=0)
    editor = login_as(Client(), "editor")

    html = editor.get(reverse("campaigns_reach", args=[page.pk])).content.decode()

    bars = html.split('id="signatures-chart"')[1].split("</svg>")[0]
    assert bars.count("<rect") == 6  # the campaign started five days ago
    two_days_ago = (timezone.localdate() - datetime.timedelta(days=2)).strftime("%d.%m.%Y")
    assert f"<title>{two_days_ago}: 3</title>" in bars
    assert f"<title>{timezone.localdate().strftime('%d.%m.%Y')}: 1</title>" in bars
    assert 'height="160.0"' in bars  # the highest bar fills the chart


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_a_coordinator_exports_the_confirmed_signatures_safely(
    coordinator_client, campaign, format
):
    page = campaign["tr"]
    add_signature(page, "Ajla Hodžić", "ajla@example.org", community="bosniak")
    add_signature(page, '=HYPERLINK("http://evil.example","click")', "evil@example.org")
    add_signature(page, "Not Yet", "later@example.org", confirmed=False)

    response = coordinator_client.get(reverse("campaigns_export", args=[page.pk, format]))

    assert response.status_code == HTTPStatus.OK
    assert f".{format}" in response["Content-Disposition"]
    if format == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        rows = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    names = [row[0] for row in rows[1:]]
    assert names == ["Ajla Hodžić", '\'=HYPERLINK("http://evil.example","click")']
    ajla = rows[1]
    assert ajla[1] == "ajla@example.org" and ajla[2] == "Чаир"
    assert "later@example.org" not in str(rows)


def test_the_export_names_communities_not_slugs(coordinator_client, campaign):
    page = campaign["mk"]
    add_signature(page, "Ajla", "ajla@example.org", community="bosniak")

    response = coordinator_client.get(reverse("campaigns_export", args=[page.pk, "csv"]))

    row = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[1]
    assert row[3] == "Бошњачка заедница"


def test_judges_and_translators_see_no_campaign_figures(campaign):
    for username in ["judge", "translator"]:
        user = login_as(Client(), username)
        for url in [
            reverse("campaigns_index"),
            reverse("campaigns_reach", args=[campaign["mk"].pk]),
            reverse("campaigns_export", args=[campaign["mk"].pk, "csv"]),
        ]:
            assert refused(user.get(url)), (username, url)


def test_an_unknown_export_format_is_not_found(coordinator_client, campaign):
    url = reverse("campaigns_export", args=[campaign["mk"].pk, "pdf"])
    assert coordinator_client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_reach_counters_store_no_personal_data_and_set_no_cookie(campaign):
    page = campaign["tr"]
    visitor = Client(
        HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14) Mobile", REMOTE_ADDR="10.1.2.3"
    )

    card = visitor.get(route(page, "card", CARD_ID) + "?via=x")
    share = visitor.get(route(page, "share", "facebook") + f"?card={CARD_ID}")

    assert not card.cookies and not share.cookies
    fields = {field.name for field in Reach._meta.get_fields()}
    assert fields == {"id", "campaign_key", "kind", "network", "language", "day", "count"}
    rows = list(Reach.objects.filter(campaign_key=page.campaign_key).values())
    assert {(row["kind"], row["network"], row["language"], row["count"]) for row in rows} == {
        ("view", "x", "tr", 1),
        ("share", "facebook", "tr", 1),
    }
    assert "10.1.2.3" not in str(rows) and "Android" not in str(rows)


def test_views_count_per_network_and_language_and_link_previews_do_not(campaign):
    page, macedonian = campaign["tr"], campaign["mk"]
    url = route(page, "card", CARD_ID)
    for via in ["facebook", "facebook", "whatsapp", "", "nonsense"]:
        Client().get(url + (f"?via={via}" if via else ""))
    Client().get(route(macedonian, "card", CARD_ID) + "?via=facebook")
    for agent in ["facebookexternalhit/1.1", "WhatsApp/2.23", "Twitterbot/1.0", "TelegramBot"]:
        Client(HTTP_USER_AGENT=agent).get(url + "?via=facebook")
    Client().head(url)

    counts = {
        (row.network, row.language): row.count
        for row in Reach.objects.filter(campaign_key=page.campaign_key, kind="view")
    }
    assert counts == {
        ("facebook", "tr"): 2,
        ("whatsapp", "tr"): 1,
        ("direct", "tr"): 2,
        ("facebook", "mk"): 1,
    }


def test_the_page_header_offers_the_figures_to_editors(campaign):
    editor = login_as(Client(), "editor")
    page = CampaignPage.objects.get(pk=campaign["mk"].pk)

    html = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert reverse("campaigns_reach", args=[page.pk]) in html
