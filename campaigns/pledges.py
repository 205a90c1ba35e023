"""Signing a pledge, confirming the signature and withdrawing it: the rules that need the database.

Double opt-in: a signature counts only once its signatory opens the emailed link and presses
the confirm button (a POST, so a mail scanner that follows links confirms nothing). Each email
signs a pledge once (a unique constraint). Confirming and withdrawing change the campaign's
tally in the same transaction as the signature, and only when the signature's state really
changes, so two presses, two tabs or two servers never count one person twice. Signing
answers the same whether the address is new, waiting or confirmed: only the email differs.

A link names its signature and the email it was sent to, signed: a link for a withdrawn
signature cannot reach a later signature that happens to get the same number.
"""

import base64
from datetime import timedelta
from functools import partial
from http import HTTPStatus

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns import tasks
from campaigns.models import CampaignPage, PledgeTally, Signature
from home import emails, personal_data

CONFIRM_SALT = "campaigns.confirm"
WITHDRAW_SALT = "campaigns.withdraw"
CONFIRM_MAX_AGE = 60 * 60 * 24 * 14  # two weeks to confirm; signing again sends a new link
LATEST = 8


class PledgeRefused(Exception):
    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def check_open(page):
    if not page.has_pledge:
        raise PledgeRefused(_("This campaign has no pledge to sign."), HTTPStatus.NOT_FOUND)
    if not page.has_started():
        raise PledgeRefused(
            _("The pledge opens when the campaign starts, on %(date)s.")
            % {"date": page.starts_on.strftime("%d.%m.%Y")},
            HTTPStatus.FORBIDDEN,
        )
    if page.has_ended():
        raise PledgeRefused(
            _("The campaign ended on %(date)s: the pledge no longer takes signatures.")
            % {"date": page.ends_on.strftime("%d.%m.%Y")},
            HTTPStatus.FORBIDDEN,
        )


def sign(page, data, language):
    """Store a signature and email its owner; the visitor's answer is the same whatever the
    address's state, so a stranger learns nothing of who signed.

    A new address gets a row and a confirmation link; an unconfirmed one a fresh link (its
    row updated, not doubled); a confirmed one an email saying it is counted already. At most
    one email per address and pledge every ``EMAILS_RESEND_INTERVAL`` seconds."""
    check_open(page)
    email = data["email"].strip().lower()
    values = {
        "name": data["name"].strip(),
        "municipality": data["municipality"],
        "community": data.get("community") or "",
        "show_name": bool(data.get("show_name")),
        "language": language,
    }
    signature = Signature.objects.filter(campaign_key=page.campaign_key, email=email).first()
    created = False
    if signature is None:
        try:
            with transaction.atomic():
                signature = Signature.objects.create(
                    campaign_key=page.campaign_key, email=email, **values
                )
                created = True
        except IntegrityError:  # the same email, sent twice at once
            signature = Signature.objects.get(campaign_key=page.campaign_key, email=email)
    else:
        Signature.objects.filter(pk=signature.pk, confirmed_at__isnull=True).update(
            signed_at=timezone.now(), **values
        )
    first_in_window = emails.first_in_window("campaigns.pledge", page.campaign_key, email)
    if created or first_in_window:
        transaction.on_commit(partial(tasks.send_confirmation.enqueue, signature.pk, page.pk))
    return signature


def _token(signature, salt):
    signed = signing.TimestampSigner(salt=salt).sign(f"{signature.pk}:{signature.email}")
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def confirm_token(signature):
    return _token(signature, CONFIRM_SALT)


def withdraw_token(signature):
    return _token(signature, WITHDRAW_SALT)


class BadLink(Exception):
    def __init__(self, expired=False):
        super().__init__("expired" if expired else "bad")
        self.expired = expired


def _read(token, salt, max_age, page):
    """The signature a link names, on this campaign; BadLink if it is forged, expired or gone."""
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        value = signing.TimestampSigner(salt=salt).unsign(signed, max_age=max_age)
        pk, email = value.split(":", 1)
        pk = int(pk)
    except signing.SignatureExpired:
        raise BadLink(expired=True) from None
    except (ValueError, signing.BadSignature):  # binascii.Error and bad UTF-8 are ValueErrors
        raise BadLink() from None
    signature = Signature.objects.filter(pk=pk, email=email, campaign_key=page.campaign_key).first()
    if signature is None:
        raise BadLink()
    return signature


def signature_to_confirm(token, page):
    return _read(token, CONFIRM_SALT, CONFIRM_MAX_AGE, page)


def signature_to_withdraw(token, page):
    return _read(token, WITHDRAW_SALT, None, page)


def confirm(signature):
    """Confirm and count the signature; False when it was confirmed already (counted once)."""
    with transaction.atomic():
        changed = Signature.objects.filter(pk=signature.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        if changed:
            PledgeTally.add(signature.campaign_key, 1)
    signature.refresh_from_db()
    return bool(changed)


def withdraw(signature):
    """Erase the signature, and take it off the count if it was counted."""
    with transaction.atomic():
        counted, _deleted = Signature.objects.filter(
            pk=signature.pk, confirmed_at__isnull=False
        ).delete()
        if counted:
            PledgeTally.add(signature.campaign_key, -1)
        else:
            Signature.objects.filter(pk=signature.pk).delete()


def standing(page):
    """The pledge as the page shows it: the count, the goal, the share of it reached and the
    latest signatories who agreed to be named (first name and municipality). Two queries,
    however many signed: the tally's row and the end of an index."""
    count = PledgeTally.count(page.campaign_key)
    goal = page.pledge_goal
    latest = list(
        Signature.objects.of(page)
        .confirmed()
        .filter(show_name=True)
        .order_by("-confirmed_at")
        .only("name", "municipality")[:LATEST]
    )
    return {
        "count": count,
        "goal": goal,
        "percent": min(100, round(100 * count / goal)) if goal else None,
        "latest": latest,
    }


PURGE_ACTION = "campaigns.purge_signatures"


def purge_ended(today=None):
    """Erase the confirmed signatures of campaigns that ended more than
    ``CAMPAIGNS_SIGNATURE_RETENTION_DAYS`` ago (live or unpublished), and every signature
    whose campaign page is gone; {campaign key: people erased}. The tally stays: the count is
    nobody's personal data. Each purge is recorded on the campaign's page where it exists."""
    cutoff = (today or timezone.localdate()) - timedelta(
        days=settings.CAMPAIGNS_SIGNATURE_RETENTION_DAYS
    )
    keys = set(Signature.objects.values_list("campaign_key", flat=True).distinct())
    ends = dict(
        CampaignPage.objects.filter(translation_key__in=keys)
        .values_list("translation_key")
        .annotate(end=Max("ends_on"))
    )
    purged = {}
    for key in (key for key in keys if key not in ends or ends[key] < cutoff):
        with transaction.atomic():
            count, _by_model = Signature.objects.filter(campaign_key=key).delete()
            personal_data.log_purge(key, PURGE_ACTION, count)
        purged[key] = count
    return purged
