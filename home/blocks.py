"""The StreamField blocks every app shares. BODY_BLOCKS is the list pages put in their body."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

TEXT = _("Text")
MEDIA = _("Media")
LAYOUT = _("Layout")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        group = TEXT
        description = _("A section heading; the page title is the only h1.")
        template = "home/blocks/heading.html"
        preview_value = {"text": "Заедно за соживот", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "features",
            ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        group = TEXT
        description = _("Formatted text with links and lists.")
        template = "home/blocks/paragraph.html"
        preview_value = (
            "<p>Форумот на малите заедници ги поврзува граѓанските организации "
            "што работат со турската, ромската, бошњачката, српската и влашката заедница.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=255,
        required=False,
        help_text=_("Leave empty to use the image's own alt text; say what the image shows."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative"),
        required=False,
        help_text=_("Tick only when the image adds nothing to the text: it gets an empty alt."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=255, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        group = MEDIA
        description = _("An image with alt text and an optional caption.")
        template = "home/blocks/image.html"
        preview_value = {"alt_text": "", "caption": "Работилница во Куманово"}

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if (
            image
            and not value.get("decorative")
            and not (value.get("alt_text") or image.description)
        ):
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ErrorList([ValidationError(_("Describe the image."))])}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=255, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        group = TEXT
        description = _("A quotation with the name of the person who said it.")
        template = "home/blocks/quote.html"
        preview_value = {
            "quote": "Кога се слушаме, градиме доверба.",
            "attribution": "Учесничка на работилница, Струмица",
        }


class VideoBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Video or post URL"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=255, required=False)

    class Meta:
        icon = "media"
        label = _("Embed")
        group = MEDIA
        description = _("A video or post from YouTube, Vimeo or another provider.")
        template = "home/blocks/embed.html"
        preview_value = {"caption": "Видео од конференцијата"}


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        max_length=255,
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        group = MEDIA
        description = _("A link to download a document, with its type and size.")
        template = "home/blocks/document_link.html"
        preview_value = {"title": "Стратегија 2024-2027 (PDF)"}


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("or URL"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ErrorList([ValidationError(_("Choose a page or enter a URL."))])
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Link"))
    button_label = blocks.CharBlock(label=_("Button label"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        group = LAYOUT
        description = _("A highlighted box that invites the reader to act.")
        template = "home/blocks/call_to_action.html"
        preview_value = {
            "title": "Приклучете се кон Форумот",
            "text": "Вашата организација работи со заедниците? Пишете ни.",
            "link": {"url": "https://example.org"},
            "button_label": "Контакт",
        }


class ColumnStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()

    class Meta:
        label = _("Column")


class TwoColumnBlock(blocks.StructBlock):
    left = ColumnStreamBlock(label=_("Left column"))
    right = ColumnStreamBlock(label=_("Right column"))

    class Meta:
        icon = "doc-empty"
        label = _("Two columns")
        group = LAYOUT
        description = _("Two columns side by side on wide screens, one after the other on phones.")
        template = "home/blocks/two_columns.html"
        preview_value = {
            "left": [("paragraph", "<p>Цели на Форумот.</p>")],
            "right": [("paragraph", "<p>Членки на Форумот.</p>")],
        }


BODY_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", ParagraphBlock()),
    ("image", ImageBlock()),
    ("quote", QuoteBlock()),
    ("embed", VideoBlock()),
    ("document", DocumentLinkBlock()),
    ("call_to_action", CallToActionBlock()),
    ("two_columns", TwoColumnBlock()),
]
