from modelcluster.fields import ParentalKey

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BODY_BLOCKS
from home.folding import fold
from home.live_blocks import LiveBlock, bound_blocks

FOLDED_FIELDS = {"title", "folded_search_title", "folded_search_text"}


class BasePage(Page):
    """What every public page of every app has: the image shown when it is shared."""

    social_image = models.ForeignKey(
        "home.ForumImage",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared, and on its card; 1200x630 works best."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel([FieldPanel("social_image")], heading=_("Sharing")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("folded_search_title", boost=2),
        index.SearchField("folded_search_text"),
        # The site search finds words by their beginning ("konferans" finds "konferansı",
        # "Куманов" finds "Куманово"): Wagtail's autocomplete over the same folded text.
        index.AutocompleteField("folded_search_title"),
        index.AutocompleteField("folded_search_text"),
    ]

    class Meta:
        abstract = True

    def folded_search_title(self):
        """The title in one plain Latin spelling (``home.folding``), so that a query typed
        without marks (``cajna``) meets the Cyrillic (``Чајна``), which no transliteration of
        the query could. Weighed like the title itself."""
        return fold(self.title)

    def search_texts(self):
        """Everything but the title the site search reads of this page, as written in the
        page's language: its description first, then its fields in the order they are indexed.
        The site search's excerpts are cut from these."""
        parts = [self.search_description]
        for field in self.search_fields:
            if not isinstance(field, index.SearchField) or field.field_name in FOLDED_FIELDS:
                continue
            value = field.get_value(self)  # a list for blocks and rich text
            parts += (
                [str(item) for item in value] if isinstance(value, list) else [str(value or "")]
            )
        return [part for part in parts if part]

    def folded_search_text(self):
        """Everything else the site search reads of this page, folded the same way."""
        return fold("\n".join(self.search_texts()))


class HomePage(BasePage):
    """The root of each locale's tree: a hero, an introduction, what the Forum is doing now
    (the apps' live blocks, ``home.live_blocks``) and featured content."""

    hero_heading = models.CharField(_("hero heading"), max_length=255)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "home.ForumImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the hero image shows, in this page's language; empty for the image's own."
        ),
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("hero link label"), max_length=80, blank=True)
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    live_blocks = StreamField(
        [("live", LiveBlock())],
        verbose_name=_("live blocks"),
        blank=True,
        help_text=_(
            "What the Forum is doing now, read from the site: choose the blocks and their order. "
            "Leave empty for all of them; a block with nothing to show is hidden."
        ),
    )
    body = StreamField(BODY_BLOCKS, verbose_name=_("body"), blank=True)

    hero_panels = [
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("hero_link"),
        FieldPanel("hero_link_label"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(hero_panels, heading=_("Hero")),
        FieldPanel("introduction"),
        FieldPanel("live_blocks"),
        InlinePanel("features", heading=_("Featured"), label=_("Featured page")),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        features = list(self.features.select_related("page", "image", "page__locale"))
        # Live and public: a page made private (in any language) is not featured.
        shown = set(
            Page.objects.filter(pk__in=[feature.page_id for feature in features])
            .live()
            .public()
            .values_list("pk", flat=True)
        )
        context["features"] = [feature for feature in features if feature.page_id in shown]
        context["live_blocks"] = bound_blocks(self.live_blocks)
        return context


class HomePageFeature(Orderable):
    """A featured slot of the home page: a page of any app, shown as a card."""

    home_page = ParentalKey(HomePage, related_name="features", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty for the page's title."),
    )
    text = models.TextField(_("text"), blank=True)
    image = models.ForeignKey(
        "home.ForumImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("page"),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("image"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("featured page")
        verbose_name_plural = _("featured pages")


class StandardPage(BasePage):
    """A page of text: "About the Forum", "Partners", "Privacy"."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BODY_BLOCKS, verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
