"""Campaigns against stereotypes: their pages, their pledges and what they reach.

A campaign is one page and its translations. Its pledge, signatures and reach hang on the
page's ``translation_key`` (``campaign_key``): a signature made on the Turkish page counts
towards the same pledge as one made on the Macedonian page.

The confirmed count lives in one row per campaign (``PledgeTally``), changed in the same
transaction as the signature it counts, so the page reads one number however many people
signed, and never counts rows.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns import networks
from campaigns.blocks import CAMPAIGN_BLOCKS
from home import municipalities, privacy, purge
from home.models import BasePage

HASHTAG = RegexValidator(
    r"^#?\w+$",
    _("One hashtag: letters, digits and underscores, with or without the #."),
    flags=re.UNICODE,
)


class CampaignIndexPage(BasePage):
    """The campaigns, current first, then the ones that ended."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("campaign index")
        verbose_name_plural = _("campaign indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        campaigns = list(
            CampaignPage.objects.child_of(self)
            .live()
            .filter(privacy.is_public())
            .select_related("hero_image")
            .defer("body")
            .order_by("-starts_on", "-pk")
        )
        context["current"] = [c for c in campaigns if c.ends_on >= today]
        context["past"] = [c for c in campaigns if c.ends_on < today]
        return context


class CampaignPage(RoutablePageMixin, BasePage):
    """A campaign: what it wants, whom it speaks to, its cards, stories, share kit and pledge."""

    goal = models.TextField(_("goal"), help_text=_("What the campaign wants to change."))
    audience = models.CharField(_("audience"), max_length=255)
    key_messages = models.TextField(_("key messages"), help_text=_("One message per line."))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), help_text=_("The pledge closes after this day."))
    hashtag = models.CharField(_("hashtag"), max_length=60, validators=[HASHTAG])
    hero_image = models.ForeignKey(
        "home.ForumImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(CAMPAIGN_BLOCKS, verbose_name=_("body"), blank=True)
    pledge_text = models.CharField(
        _("pledge"),
        max_length=255,
        blank=True,
        help_text=_(
            'What signatories promise, e.g. "I will stand up to prejudice against my '
            'neighbours". Leave empty for a campaign without a pledge.'
        ),
    )
    pledge_goal = models.PositiveIntegerField(
        _("pledge goal"), null=True, blank=True, help_text=_("How many signatures are sought.")
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("goal"),
                FieldPanel("audience"),
                FieldPanel("key_messages"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("hashtag"),
                FieldPanel("hero_image"),
            ],
            heading=_("The campaign"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("pledge_text"), FieldPanel("pledge_goal")], heading=_("Pledge")
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("goal"),
        index.SearchField("audience"),
        index.SearchField("key_messages"),
        index.SearchField("hashtag"),
        index.SearchField("body"),
        index.SearchField("pledge_text"),
        index.FilterField("ends_on"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("A campaign cannot end before it starts.")
        if self.pledge_goal is not None and not self.pledge_text:
            errors["pledge_text"] = _("A pledge goal needs the pledge's text.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Shared without a search description, the campaign says what it wants.
        context["social"] = {"description": self.search_description or self.goal}
        return context

    # The routes: the page, its cards, the counted share links and the pledge's steps.

    @path("")
    def detail(self, request):
        from campaigns import views  # the views import the models

        return views.detail(request, self)

    @path("card/<uuid:card_id>/", name="card")
    def card(self, request, card_id):
        from campaigns import views

        return views.card(request, self, str(card_id))

    @path("share/<str:network>/", name="share")
    def share(self, request, network):
        from campaigns import views

        return views.share(request, self, network)

    @path("sign/", name="sign")
    def sign(self, request):
        from campaigns import views

        return views.sign(request, self)

    @path("signed/", name="signed")
    def signed(self, request):
        from campaigns import views

        return views.signed(request, self)

    @path("confirm/<str:token>/", name="confirm")
    @method_decorator(never_cache)  # a visitor's own link: never kept
    def confirm(self, request, token):
        from campaigns import views

        return views.confirm(request, self, token)

    @path("withdraw/<str:token>/", name="withdraw")
    @method_decorator(never_cache)  # a visitor's own link: never kept
    def withdraw(self, request, token):
        from campaigns import views

        return views.withdraw(request, self, token)

    # What templates and views ask of a campaign.

    @property
    def campaign_key(self):
        return self.translation_key

    @property
    def tag(self):
        """The hashtag with its #."""
        return self.hashtag if self.hashtag.startswith("#") else f"#{self.hashtag}"

    @property
    def messages(self):
        return [line.strip() for line in self.key_messages.splitlines() if line.strip()]

    @property
    def has_pledge(self):
        return bool(self.pledge_text)

    def has_ended(self, today=None):
        return (today or timezone.localdate()) > self.ends_on

    def has_started(self, today=None):
        return (today or timezone.localdate()) >= self.starts_on

    def route_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    def full_route_url(self, name, *args):
        return self.full_url + self.reverse_subpage(name, args=args)

    def cards(self):
        """{card id: the myth and fact's value} of the body, in order."""
        return {block.id: block.value for block in self.body if block.block_type == "myth_fact"}

    def with_tag(self, text):
        text = text.strip()
        return text if self.tag.lower() in text.lower() else f"{text}\n\n{self.tag}"

    def share_post(self, network, text):
        """A post of the share kit: its network, its text with the hashtag, and its counted
        share link (none for networks without a share address)."""
        known = networks.BY_CODE[network]
        return {
            "network": known,
            "text": self.with_tag(text),
            "share_url": self.route_url("share", network) if known.share else "",
        }


def _add(model, key, field, change):
    """Add ``change`` to the counter row named by ``key``, making it if it is missing: one
    UPDATE in the usual case, and the row made once however many requests race to make it."""
    if model.objects.filter(**key).update(**{field: F(field) + change}):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, **{field: max(change, 0)})
    except IntegrityError:  # another request made the row first
        model.objects.filter(**key).update(**{field: F(field) + change})


class SignatureQuerySet(models.QuerySet):
    def of(self, page):
        return self.filter(campaign_key=page.campaign_key)

    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Signature(models.Model):
    """A person's signature under a campaign's pledge: personal data, erased on withdrawal."""

    campaign_key = models.UUIDField(_("campaign"))
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)  # stored in lower case
    municipality = models.CharField(
        _("municipality"), max_length=municipalities.CODE_MAX_LENGTH, choices=municipalities.choices
    )
    community = models.SlugField(_("community"), max_length=255, blank=True)
    show_name = models.BooleanField(_("first name shown on the page"), default=False)
    language = models.CharField(_("language"), max_length=8)
    signed_at = models.DateTimeField(_("signed at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign_key", "email"], name="campaigns_one_signature_per_email"
            )
        ]
        # The latest confirmed signatures, read from the index's end on every page view.
        indexes = [models.Index(fields=["campaign_key", "confirmed_at"], name="campaigns_latest")]
        permissions = [
            ("view_reach", "Can see campaigns' reach and pledge counts"),
            ("export_signatures", "Can export pledge signatures"),
        ]

    def __str__(self):
        return self.name

    @property
    def first_name(self):
        return (self.name.split() or [""])[0]

    @property
    def municipality_name(self):
        return municipalities.name(self.municipality) if self.municipality else ""


class PledgeTally(models.Model):
    """The number of confirmed signatures of one campaign's pledge."""

    campaign_key = models.UUIDField(_("campaign"), unique=True)
    confirmed = models.PositiveIntegerField(_("confirmed signatures"), default=0)

    class Meta:
        verbose_name = _("pledge tally")
        verbose_name_plural = _("pledge tallies")

    def __str__(self):
        return f"{self.campaign_key}: {self.confirmed}"

    @classmethod
    def count(cls, campaign_key):
        return (
            cls.objects.filter(campaign_key=campaign_key)
            .values_list("confirmed", flat=True)
            .first()
            or 0
        )

    @classmethod
    def add(cls, campaign_key, change):
        """Add ``change`` (1 or -1) to the campaign's count, inside the caller's transaction."""
        _add(cls, {"campaign_key": campaign_key}, "confirmed", change)
        # One UPDATE sends no signal: the pages that show the tally are purged here.
        pages = CampaignPage.objects.live().filter(translation_key=campaign_key)
        purge.figures_changed(pages, live=True)


class Reach(models.Model):
    """How often a campaign's links were shared and its cards seen, per network and language.

    Counters only: no address, no cookie, no browser, nothing that tells one person from another.
    """

    class Kind(models.TextChoices):
        SHARE = "share", _("Share link clicked")
        VIEW = "view", _("Card viewed")

    campaign_key = models.UUIDField(_("campaign"))
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    network = models.CharField(_("network"), max_length=16, choices=networks.VIA_CHOICES)
    language = models.CharField(_("language"), max_length=8)
    day = models.DateField(_("day"), default=timezone.localdate)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("reach")
        verbose_name_plural = _("reach")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign_key", "kind", "network", "language", "day"],
                name="campaigns_one_counter",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.network} {self.language} {self.day}: {self.count}"

    @classmethod
    def count_one(cls, campaign_key, kind, network, language):
        key = {
            "campaign_key": campaign_key,
            "kind": kind,
            "network": network,
            "language": language,
            "day": timezone.localdate(),
        }
        _add(cls, key, "count", 1)


class CardImage(models.Model):
    """The share image made from a myth and fact card's text, in one language."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    card_id = models.CharField(max_length=36)
    text_hash = models.CharField(max_length=64)
    image = models.ForeignKey("home.ForumImage", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "card_id"], name="campaigns_one_card_image")
        ]

    def __str__(self):
        return self.card_id
