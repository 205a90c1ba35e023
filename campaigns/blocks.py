"""A campaign's own blocks: myth and fact cards, community members' stories, the share kit."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from campaigns import networks
from home import municipalities
from home.blocks import BODY_BLOCKS

CAMPAIGN = _("Campaign")

# A card's text has to fit its share image (1200x630) at a size a phone can read.
MYTH_MAX, FACT_MAX = 200, 320


class MythFactBlock(blocks.StructBlock):
    """A stereotype and the fact that answers it, with the source that shows it."""

    myth = blocks.TextBlock(
        label=_("Myth"), max_length=MYTH_MAX, help_text=_("The stereotype, as people say it.")
    )
    fact = blocks.TextBlock(
        label=_("Fact"), max_length=FACT_MAX, help_text=_("What the evidence says instead.")
    )
    source_title = blocks.CharBlock(
        label=_("Source"),
        max_length=255,
        help_text=_("Who says so, for example: State Statistical Office, Census 2021."),
    )
    source_url = blocks.URLBlock(label=_("Source link"), required=False)
    source_document = DocumentChooserBlock(label=_("Source document"), required=False)

    class Meta:
        icon = "help"
        label = _("Myth and fact")
        group = CAMPAIGN
        template = "campaigns/blocks/myth_fact.html"
        description = _(
            "A card that can be shared on its own, with an image made from its text on publishing."
        )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("source_url") and not value.get("source_document"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "source_url": ErrorList(
                        [ValidationError(_("Give a link to the source or choose its document."))]
                    )
                }
            )
        return value


class StoryBlock(blocks.StructBlock):
    """A community member's testimony, published only with their consent."""

    quote = blocks.TextBlock(label=_("Testimony"), max_length=1500)
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    photo = ImageChooserBlock(label=_("Photo"), required=False)
    community = SnippetChooserBlock("forum.Community", label=_("Community"), required=False)
    municipality = blocks.ChoiceBlock(
        label=_("Municipality"), choices=municipalities.choices, required=False
    )
    consent = blocks.BooleanBlock(
        label=_("This person agreed to the publication of their story, name and photo"),
        required=False,
    )

    class Meta:
        icon = "openquote"
        label = _("Story")
        group = CAMPAIGN
        template = "campaigns/blocks/story.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        code = value.get("municipality")
        context["municipality"] = municipalities.name(code) if code else ""
        return context

    def clean(self, value):
        value = super().clean(value)
        if not value.get("consent"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "consent": ErrorList(
                        [ValidationError(_("A story is published only with the person's consent."))]
                    )
                }
            )
        return value


class PostBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(label=_("Network"), choices=networks.CHOICES)
    text = blocks.TextBlock(
        label=_("Post"),
        max_length=2200,
        help_text=_("The campaign's hashtag is added at the end unless the post has it."),
    )

    class Meta:
        icon = "comment"
        label = _("Post")


class ShareKitBlock(blocks.StructBlock):
    """Ready posts for each network, with an image in the sizes the networks ask for."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    image = ImageChooserBlock(
        label=_("Image"), help_text=_("Offered in 1200x630, 1080x1080 and 1080x1920.")
    )
    posts = blocks.ListBlock(PostBlock(), label=_("Posts"), min_num=1)

    class Meta:
        icon = "group"
        label = _("Share kit")
        group = CAMPAIGN
        template = "campaigns/blocks/share_kit.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        if page is not None and hasattr(page, "share_post"):
            context["posts"] = [
                {
                    **page.share_post(item.value["network"], item.value["text"]),
                    "id": f"post-{item.id}",
                }
                for item in value["posts"].bound_blocks
            ]
        return context


CAMPAIGN_BLOCKS = [
    *BODY_BLOCKS,
    ("myth_fact", MythFactBlock()),
    ("story", StoryBlock()),
    ("share_kit", ShareKitBlock()),
]
