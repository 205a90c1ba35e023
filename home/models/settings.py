from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from cms import languages
from home import chrome


class SiteSettings(
    TranslatableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    models.Model,
):
    """What the site says about the Forum in every page's header and footer, per language.

    One row per locale, translated with wagtail-localize like any snippet; a locale without its
    own (live) row reads the default locale's. A snippet rather than Wagtail's
    ``BaseSiteSetting``, so it is moderated like a page ("Editor → Coordinator"): the row holds
    the live version, an editor's change waits in a revision until a coordinator publishes it.
    """

    organisation_name = models.CharField(_("organisation name"), max_length=255)
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    logo = models.ForeignKey(
        "home.ForumImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    x_url = models.URLField(_("X"), blank=True)
    tiktok_url = models.URLField(_("TikTok"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    funder_acknowledgement = models.TextField(
        _("funder acknowledgement"),
        blank=True,
        help_text=_("The disclaimer the EU-funded programme requires on every page."),
    )
    funder_logo = models.ForeignKey(
        "home.ForumImage",
        verbose_name=_("funder logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page, like the privacy page."),
    )

    identity_panels = [
        FieldPanel("organisation_name"),
        FieldPanel("tagline"),
        FieldPanel("logo"),
    ]
    contact_panels = [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")]
    social_panels = [
        FieldPanel("facebook_url"),
        FieldPanel("instagram_url"),
        FieldPanel("x_url"),
        FieldPanel("tiktok_url"),
        FieldPanel("youtube_url"),
        FieldPanel("linkedin_url"),
    ]
    panels = [
        MultiFieldPanel(identity_panels, heading=_("Identity")),
        MultiFieldPanel(contact_panels, heading=_("Contact")),
        MultiFieldPanel(social_panels, heading=_("Social profiles")),
        MultiFieldPanel(
            [FieldPanel("funder_acknowledgement"), FieldPanel("funder_logo")],
            heading=_("Funder"),
        ),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
    ]
    search_fields = [index.SearchField("organisation_name")]
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="site_settings")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="one_site_settings_per_locale"),
        ]
        permissions = [("view_translation_report", "Can view the translations report")]

    def __str__(self):
        return self.organisation_name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.forget_cached()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self.forget_cached()
        return result

    def clean(self):
        super().clean()
        others = type(self).objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id is not None and others.exists():
            raise ValidationError(
                _("This language has its site settings already: edit those instead.")
            )

    @property
    def revisions(self):
        return self._revisions

    @staticmethod
    def forget_cached():
        """Every page's chrome shows the settings: forget it all (``home.chrome``)."""
        chrome.forget()

    @classmethod
    def for_language(cls, language_code=None):
        """The live settings of the given (else the active) language, falling back to the
        default locale's; None before any were published. Cached with the page chrome."""
        code = languages.get(language_code or get_language() or languages.DEFAULT.code).code

        def build():
            rows = {
                row.locale.language_code: row
                for row in cls.objects.select_related(
                    "locale", "logo", "funder_logo", "privacy_page", "accessibility_page"
                ).filter(live=True, locale__language_code__in=[code, languages.DEFAULT.code])
            }
            return rows.get(code) or rows.get(languages.DEFAULT.code) or False

        return chrome.cached(f"settings:{code}", build) or None
