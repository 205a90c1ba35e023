"""``{% form_state %}``: a public form's per-visitor fields, on a page the cache may keep.

A page answered to a GET may be kept and shown to everyone (home/page_cache.py), so its form
carries an empty CSRF token, filled by ``js/form-state.js`` (the page's ``scripts`` block loads
it) from the ``form_state`` view, with the form token where the form has one. A form shown
again in answer to its POST (with its errors) is never kept, and carries its token at once.
"""

from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def form_state(context):
    request = context["request"]
    token = get_token(request) if request.method == "POST" else ""
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}" data-form-state="{}">',
        token,
        reverse("form_state"),
    )
