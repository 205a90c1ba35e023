"""The pledge end to end: sign, the emailed link, confirm by POST, withdraw, and bad input."""

import datetime
import io
import re
import uuid
from email.utils import formataddr
from html import unescape
from http import HTTPStatus

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.conf import settings as django_settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone, translation

from wagtail.models import PageLogEntry

from campaigns import pledges
from campaigns.models import CampaignPage, PledgeTally, Signature

from .conftest import old_token, route, sign_data

pytestmark = pytest.mark.django_db


def count(page):
    return PledgeTally.count(page.campaign_key)


def shown_count(client, page):
    html = client.get(page.url).content.decode()
    return int(re.search(r'class="pledge__count" data-count="(\d+)"', html).group(1))


def links(message):
    """The confirmation and withdrawal paths in an email."""
    confirm = re.search(r"https?://[^/\s]+(/\S+/confirm/[\w-]+/)", message.body).group(1)
    withdraw = re.search(r"https?://[^/\s]+(/\S+/withdraw/[\w-]+/)", message.body).group(1)
    return confirm, withdraw


def sign(client, page, captured, **data):
    with captured(execute=True):
        return client.post(route(page, "sign"), sign_data(**data))


@pytest.mark.parametrize("code", ["tr", "mk"])
def test_sign_confirm_by_the_emailed_link_and_the_count_goes_up_by_one(
    client, campaign, code, django_capture_on_commit_callbacks
):
    page = campaign[code]
    before = shown_count(client, page)

    response = sign(client, page, django_capture_on_commit_callbacks, email="Emre@Example.org")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == route(page, "signed")
    assert client.get(response["Location"]).status_code == HTTPStatus.OK
    (message,) = mail.outbox
    assert message.to == [formataddr(("Emre Yılmaz", "emre@example.org"))]
    with translation.override(code):
        assert translation.gettext("Confirm your signature: %(campaign)s").split(":")[0] in (
            message.subject
        )
    assert page.title in message.subject and page.pledge_text in message.body
    confirm, withdraw = links(message)
    assert shown_count(client, page) == before  # not counted before the confirmation

    # A mail scanner that follows the link confirms nothing.
    opened = client.get(confirm)
    assert opened.status_code == HTTPStatus.OK
    with translation.override(code):
        assert translation.gettext("Confirm my signature") in unescape(opened.content.decode())
    assert Signature.objects.get(email="emre@example.org").confirmed_at is None

    confirmed = client.post(confirm)
    assert confirmed.status_code == HTTPStatus.OK
    assert Signature.objects.get(email="emre@example.org").confirmed_at is not None
    assert count(page) == before + 1
    html = client.get(page.url).content.decode()
    assert shown_count(client, page) == before + 1
    assert "Emre (Гостивар)" in html or "Emre (Gostivar)" in html  # first name, municipality
    assert "Yılmaz" not in html.split('class="pledge__latest"')[1].split("</p>")[0]


def test_the_other_languages_page_counts_towards_the_same_pledge(
    client, campaign, django_capture_on_commit_callbacks
):
    sign(client, campaign["tr"], django_capture_on_commit_callbacks)
    confirm, _withdraw = links(mail.outbox[0])
    client.post(confirm)

    assert count(campaign["mk"]) == count(campaign["tr"]) == 1
    assert shown_count(client, campaign["mk"]) == 1


def test_a_second_confirmation_is_refused_and_counted_once(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    sign(client, page, django_capture_on_commit_callbacks)
    confirm, _withdraw = links(mail.outbox[0])
    client.post(confirm)

    again = client.post(confirm)

    assert again.status_code == HTTPStatus.CONFLICT
    with translation.override("tr"):
        assert translation.gettext("This signature was confirmed before. It is counted once.") in (
            unescape(again.content.decode())
        )
    assert client.get(confirm).status_code == HTTPStatus.OK  # says so, with no button
    assert count(page) == 1


def test_one_signature_per_email_and_pledge_and_a_stranger_learns_nothing(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    first = sign(client, page, django_capture_on_commit_callbacks)
    cache.clear()  # the resend window (EMAILS_RESEND_INTERVAL) has passed
    # Signing again before confirming sends a fresh link to the same signature.
    sign(client, page, django_capture_on_commit_callbacks, name="Emre Y.", email="EMRE@example.org")
    assert len(mail.outbox) == 2
    assert Signature.objects.filter(email="emre@example.org").count() == 1
    assert Signature.objects.get(email="emre@example.org").name == "Emre Y."
    client.post(links(mail.outbox[1])[0])
    cache.clear()

    third = sign(client, page, django_capture_on_commit_callbacks)

    # The same answer as for a new address; only the owner's inbox says it was counted.
    assert (third.status_code, third["Location"]) == (first.status_code, first["Location"])
    assert len(mail.outbox) == 3 and count(page) == 1
    with translation.override("tr"):
        subject = translation.gettext("Your signature is already counted: %(campaign)s") % {
            "campaign": page.title
        }
    assert mail.outbox[2].subject == subject
    assert "/confirm/" not in mail.outbox[2].body and "/withdraw/" in mail.outbox[2].body
    assert Signature.objects.filter(email="emre@example.org").count() == 1


def test_signing_again_within_the_window_sends_no_new_link(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    for _attempt in range(3):
        response = sign(client, page, django_capture_on_commit_callbacks)
        assert response["Location"] == route(page, "signed")

    assert len(mail.outbox) == 1
    assert Signature.objects.filter(email="emre@example.org").count() == 1


def test_the_same_email_may_sign_another_campaigns_pledge(
    client, campaign, django_capture_on_commit_callbacks
):
    sign(client, campaign["tr"], django_capture_on_commit_callbacks)
    demo = CampaignPage.objects.get(slug="sosedi-ne-stranci")

    response = sign(client, demo, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FOUND
    assert Signature.objects.filter(email="emre@example.org").count() == 2


def test_withdrawal_erases_the_signature_and_takes_it_off_the_count(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    sign(client, page, django_capture_on_commit_callbacks)
    confirm, withdraw = links(mail.outbox[0])
    client.post(confirm)
    assert count(page) == 1

    assert client.get(withdraw).status_code == HTTPStatus.OK  # a button, nothing erased yet
    assert Signature.objects.filter(email="emre@example.org").exists()
    erased = client.post(withdraw)

    assert erased.status_code == HTTPStatus.OK
    assert not Signature.objects.filter(email="emre@example.org").exists()
    assert count(page) == 0 and shown_count(client, page) == 0
    assert client.post(withdraw).status_code == HTTPStatus.NOT_FOUND  # nothing left to erase
    assert client.post(confirm).status_code == HTTPStatus.NOT_FOUND
    assert count(page) == 0


def test_withdrawing_an_unconfirmed_signature_leaves_the_count(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["mk"]
    sign(client, page, django_capture_on_commit_callbacks, email="a@example.org")
    client.post(links(mail.outbox[0])[0])
    sign(client, page, django_capture_on_commit_callbacks, email="b@example.org")

    client.post(links(mail.outbox[1])[1])

    assert list(Signature.objects.of(page).values_list("email", flat=True)) == ["a@example.org"]
    assert count(page) == 1


def test_a_withdrawal_link_never_reaches_a_later_signature_with_the_same_number(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["mk"]
    sign(client, page, django_capture_on_commit_callbacks, email="first@example.org")
    withdraw = links(mail.outbox[0])[1]
    client.post(withdraw)
    sign(client, page, django_capture_on_commit_callbacks, email="second@example.org")

    assert client.post(withdraw).status_code == HTTPStatus.NOT_FOUND
    assert Signature.objects.filter(email="second@example.org").exists()


def test_counts_ignore_unconfirmed_and_withdrawn_signatures(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    for number in range(3):
        sign(client, page, django_capture_on_commit_callbacks, email=f"p{number}@example.org")
    confirm0, _w0 = links(mail.outbox[0])
    confirm1, withdraw1 = links(mail.outbox[1])
    client.post(confirm0)
    client.post(confirm1)
    client.post(withdraw1)  # the third never confirms

    assert count(page) == 1 == Signature.objects.of(page).confirmed().count()
    assert shown_count(client, page) == 1


def test_bad_and_expired_links_say_so_in_the_visitors_language(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    sign(client, page, django_capture_on_commit_callbacks)
    signature = Signature.objects.get(email="emre@example.org")

    for token in ["garbage", "Zm9vOmJhcg", "A" * 300]:
        for method in (client.get, client.post):
            response = method(route(page, "confirm", token))
            assert response.status_code == HTTPStatus.NOT_FOUND
            with translation.override("tr"):
                assert translation.gettext("This link does not work") in unescape(
                    response.content.decode()
                )
    # A link of this campaign's pledge does not confirm on another campaign.
    other = CampaignPage.objects.get(slug="sosedi-ne-stranci")
    confirm = links(mail.outbox[0])[0]
    token = confirm.rstrip("/").rsplit("/", 1)[1]
    assert client.post(route(other, "confirm", token)).status_code == HTTPStatus.NOT_FOUND

    expired = client.post(route(page, "confirm", old_token(signature, days=15)))
    assert expired.status_code == HTTPStatus.GONE
    with translation.override("tr"):
        assert translation.gettext("This link has expired") in unescape(expired.content.decode())
    fresh = client.post(route(page, "confirm", old_token(signature, days=13)))
    assert fresh.status_code == HTTPStatus.OK
    assert count(page) == 1


def test_no_pledge_after_the_campaign_ended(client, campaign, django_capture_on_commit_callbacks):
    page = campaign["tr"]
    page.ends_on = timezone.localdate() - datetime.timedelta(days=1)
    page.save_revision().publish()

    response = sign(client, page, django_capture_on_commit_callbacks)

    assert response.status_code == HTTPStatus.FORBIDDEN
    with translation.override("tr"):
        closed = translation.gettext(
            "The campaign ended on %(date)s: the pledge no longer takes signatures."
        ) % {"date": page.ends_on.strftime("%d.%m.%Y")}
    assert closed in unescape(response.content.decode())
    assert not Signature.objects.of(page).exists() and mail.outbox == []
    html = unescape(client.get(page.url).content.decode())
    assert closed in html and 'class="pledge__form"' not in html


def test_a_signature_made_in_time_may_be_confirmed_after_the_end_but_not_one_made_later(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    sign(client, page, django_capture_on_commit_callbacks)
    confirm = links(mail.outbox[0])[0]
    page.ends_on = timezone.localdate() - datetime.timedelta(days=1)
    page.save_revision().publish()
    Signature.objects.update(signed_at=timezone.now() - datetime.timedelta(days=2))

    assert client.post(confirm).status_code == HTTPStatus.OK
    assert count(page) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"email": "not-an-email"}, "email"),
        ({"email": ""}, "email"),
        ({"municipality": "atlantis"}, "municipality"),
        ({"municipality": ""}, "municipality"),
        ({"community": "martians"}, "community"),
        ({"consent": None}, "consent"),
        ({"name": "Ä" * 101}, "name"),
        ({"email": "a" * 250 + "@example.org"}, "email"),
    ],
)
def test_bad_fields_get_a_message_and_store_nothing(
    client, campaign, changes, field, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    response = sign(client, page, django_capture_on_commit_callbacks, **changes)

    assert response.status_code == HTTPStatus.BAD_REQUEST
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'class="field-error"' in html
    erring = re.search(r'<div class="form-field form-field--\w+ has-error">(.*?)</div>', html, re.S)
    assert f'id="id_{field}"' in erring.group(1)
    assert not Signature.objects.of(page).exists() and mail.outbox == []


def test_a_huge_request_is_refused_without_an_error(client, campaign):
    response = client.post(route(campaign["tr"], "sign"), sign_data(name="x" * 3_000_000))

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Signature.objects.of(campaign["tr"]).exists()


def test_the_honeypot_stops_bots(client, campaign, django_capture_on_commit_callbacks):
    response = sign(
        client, campaign["tr"], django_capture_on_commit_callbacks, website="http://spam.example"
    )

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not Signature.objects.of(campaign["tr"]).exists() and mail.outbox == []


@override_settings(CAMPAIGNS_PLEDGE_RATE="2/h")
def test_too_many_signatures_from_one_address_are_refused(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    for number in range(2):
        response = sign(client, page, django_capture_on_commit_callbacks, email=f"{number}@ex.org")
        assert response.status_code == HTTPStatus.FOUND

    third = sign(client, page, django_capture_on_commit_callbacks, email="third@example.org")

    assert third.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert Signature.objects.of(page).count() == 2


def test_a_campaign_without_a_pledge_takes_no_signatures(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    page.pledge_text, page.pledge_goal = "", None
    page.save_revision().publish()

    assert 'id="pledge"' not in client.get(page.url).content.decode()
    response = sign(client, page, django_capture_on_commit_callbacks)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert client.get(route(page, "signed")).status_code == HTTPStatus.NOT_FOUND


def test_opening_the_sign_address_goes_back_to_the_form(client, campaign):
    response = client.get(route(campaign["tr"], "sign"))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].endswith("#pledge")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.dictionaries(
        st.sampled_from(["name", "email", "municipality", "community", "consent", "show_name"]),
        st.text(max_size=300),
    )
)
def test_any_input_gets_an_answer_never_an_error(campaign, data):
    response = Client().post(route(campaign["tr"], "sign"), data)

    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.BAD_REQUEST)


def test_the_page_reads_the_same_number_of_queries_however_many_signed(
    client, campaign, django_assert_max_num_queries, django_assert_num_queries
):
    page = campaign["tr"]
    client.get(page.url)  # renditions made, caches warm
    with django_assert_max_num_queries(25) as few:
        client.get(page.url)
    now = timezone.now()
    Signature.objects.bulk_create(
        Signature(
            campaign_key=page.campaign_key,
            name=f"Kişi {number}",
            email=f"p{number}@example.org",
            municipality="gostivar",
            show_name=True,
            language="tr",
            confirmed_at=now,
        )
        for number in range(500)
    )
    PledgeTally.add(page.campaign_key, 500)

    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(page.url)
    assert 'data-count="500"' in response.content.decode()


def test_the_latest_signatories_are_shown_only_if_they_agreed(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    sign(client, page, django_capture_on_commit_callbacks, name="Ayla Demir", email="a@ex.org")
    sign(
        client,
        page,
        django_capture_on_commit_callbacks,
        name="Hatice Gizlenen",
        email="b@ex.org",
        show_name=None,
    )
    for message in mail.outbox:
        client.post(links(message)[0])

    html = client.get(page.url).content.decode()
    assert "Ayla (Gostivar)" in html or "Ayla (Гостивар)" in html
    assert "Hatice" not in html
    assert count(page) == 2


def test_the_confirmation_and_the_withdrawal_links_are_in_every_email(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["mk"]
    sign(client, page, django_capture_on_commit_callbacks)
    cache.clear()  # past the resend window
    sign(client, page, django_capture_on_commit_callbacks)  # the link sent again

    assert len(mail.outbox) == 2
    for message in mail.outbox:
        confirm, withdraw = links(message)
        assert pledges.signature_to_withdraw(withdraw.rstrip("/").rsplit("/", 1)[1], page)


def test_unconfirmed_signatures_are_erased_once_their_link_expired(campaign):
    page = campaign["tr"]
    now = timezone.now()
    for email, days, confirmed in [
        ("stale@example.org", 15, False),
        ("fresh@example.org", 13, False),
        ("counted@example.org", 40, True),
    ]:
        Signature.objects.create(
            campaign_key=page.campaign_key,
            name="X",
            email=email,
            municipality="cair",
            language="tr",
            signed_at=now - datetime.timedelta(days=days),
            confirmed_at=now if confirmed else None,
        )
    expired = Signature.objects.filter(
        confirmed_at=None, signed_at__lt=now - datetime.timedelta(days=14)
    ).count()
    output = io.StringIO()

    call_command("purge_unconfirmed_signatures", stdout=output)

    left = set(Signature.objects.of(page).values_list("email", flat=True))
    assert left == {"fresh@example.org", "counted@example.org"}
    assert output.getvalue().startswith(f"{expired} ")
    assert not Signature.objects.filter(
        confirmed_at=None, signed_at__lt=now - datetime.timedelta(days=14)
    ).exists()


def test_confirmed_signatures_are_erased_after_the_campaigns_retention_and_the_count_stays(
    client, campaign, django_capture_on_commit_callbacks
):
    page = campaign["tr"]
    sign(client, page, django_capture_on_commit_callbacks)
    client.post(links(mail.outbox[0])[0])
    assert count(page) == 1
    output = io.StringIO()

    ended = timezone.localdate() - datetime.timedelta(
        days=django_settings.CAMPAIGNS_SIGNATURE_RETENTION_DAYS - 1
    )
    CampaignPage.objects.filter(translation_key=page.translation_key).update(
        starts_on=ended - datetime.timedelta(days=30), ends_on=ended
    )
    call_command("purge_unconfirmed_signatures", stdout=output)
    assert Signature.objects.of(page).count() == 1  # ended, not long enough ago

    CampaignPage.objects.filter(translation_key=page.translation_key).update(
        ends_on=ended - datetime.timedelta(days=2)
    )
    call_command("purge_unconfirmed_signatures", stdout=output)

    assert not Signature.objects.of(page).exists()
    assert count(page) == 1
    assert "1 signatures of 1 ended campaigns erased." in output.getvalue()
    entry = PageLogEntry.objects.get(page=campaign["mk"], action="campaigns.purge_signatures")
    assert entry.data == {"count": 1}


def test_signatures_of_a_deleted_campaign_are_erased(campaign):
    orphan = Signature.objects.create(
        campaign_key=uuid.uuid4(),
        name="Ана",
        email="orphan@example.org",
        municipality="cair",
        language="mk",
        confirmed_at=timezone.now(),
    )

    call_command("purge_unconfirmed_signatures", stdout=io.StringIO())

    assert not Signature.objects.filter(pk=orphan.pk).exists()


def test_a_name_with_a_comma_in_cyrillic_reaches_the_inbox(
    client, campaign, django_capture_on_commit_callbacks
):
    sign(client, campaign["mk"], django_capture_on_commit_callbacks, name="Петровска, Ана")

    (message,) = mail.outbox
    assert message.to == [formataddr(("Петровска, Ана", "emre@example.org"))]
    assert "Петровска" in message.body
