"""Blocks of the Forum's pages: an event's agenda."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import HeadingBlock

PROGRAMME = _("Programme")


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    speakers = blocks.CharBlock(label=_("Speakers"), max_length=255, required=False)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        label = _("Agenda item")
        group = PROGRAMME
        description = _("One point of the programme: when, what and who speaks.")
        template = "forum/blocks/agenda_item.html"
        preview_value = {
            "time": "10:00",
            "title": "Отворање и добредојде",
            "speakers": "Форум на малите заедници",
            "description": "",
        }


AGENDA_BLOCKS = [
    ("heading", HeadingBlock()),
    ("item", AgendaItemBlock()),
]
