"""The coalition: the communities it works with and the organisations that make it up."""

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from cms import languages
from home import municipalities

from .shared import ModeratedRecord


class Community(ModeratedRecord):
    """One of the smaller communities the Forum works with (Turkish, Roma, Bosnian, ...)."""

    slug = models.SlugField(
        _("slug"), max_length=40, help_text=_("Used in addresses and filters, e.g. 'roma'.")
    )
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    language = models.CharField(
        _("language most used"),
        max_length=8,
        choices=[(language.code, language.name_local) for language in languages.LANGUAGES],
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    shared_fields = ("slug", "language", "sort_order")
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("language"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("community")
        verbose_name_plural = _("communities")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_community_slug")
        ]

    def __str__(self):
        return self.name


class Organization(ModeratedRecord, index.Indexed, ClusterableModel):
    """A member of the coalition, a partner of its network or a media partner."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead organisation")
        CO_IMPLEMENTER = "co_implementer", _("Co-implementer")
        MEMBER = "member", _("Member")
        OBSERVER = "observer", _("Observer")
        LOCAL_PARTNER = "local_partner", _("Local partner of the active-citizenry network")
        MEDIA_PARTNER = "media_partner", _("Media partner")

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=80)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    logo = models.ForeignKey(
        "home.ForumImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_person = models.CharField(_("contact person"), max_length=120, blank=True)
    municipality = models.CharField(
        _("municipality"),
        max_length=municipalities.CODE_MAX_LENGTH,
        choices=municipalities.choices,
        blank=True,
    )
    communities = ParentalManyToManyField(
        Community, verbose_name=_("communities served"), blank=True, related_name="organizations"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    memorandum = models.ForeignKey(
        "home.ForumDocument",
        verbose_name=_("memorandum of cooperation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    memorandum_signed_on = models.DateField(_("memorandum signed on"), null=True, blank=True)
    joined_on = models.DateField(_("date joined"), null=True, blank=True)

    shared_fields = (
        "slug",
        "acronym",
        "logo",
        "website",
        "email",
        "phone",
        "contact_person",
        "municipality",
        "role",
        "memorandum",
        "memorandum_signed_on",
        "joined_on",
    )
    shared_many_to_many = ("communities",)
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("acronym")]),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("joined_on")]),
        FieldPanel("communities", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("contact_person"),
            ],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [FieldPanel("memorandum"), FieldPanel("memorandum_signed_on")],
            heading=_("Media partnership"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("acronym"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_organization_slug")
        ]

    def __str__(self):
        return self.display_name(self.name, self.acronym)

    @staticmethod
    def display_name(name, acronym):
        return f"{name} ({acronym})" if acronym else name

    def clean(self):
        super().clean()
        if self.memorandum_id and self.role != self.Role.MEDIA_PARTNER:
            raise ValidationError(
                {"memorandum": _("Only a media partner has a memorandum of cooperation.")}
            )
        if self.memorandum_id and not self.memorandum_signed_on:
            raise ValidationError(
                {"memorandum_signed_on": _("Give the date the memorandum was signed.")}
            )

    @property
    def municipality_name(self):
        return municipalities.name(self.municipality) if self.municipality else ""
