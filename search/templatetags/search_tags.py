from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def marked(pieces):
    """The [(text, matched)] pieces of ``search.service.highlight`` as HTML, matches in <mark>."""
    return mark_safe(  # noqa: S308 -- every piece is escaped here
        "".join(
            format_html("<mark>{}</mark>", text) if matched else conditional_escape(text)
            for text, matched in pieces
        )
    )
