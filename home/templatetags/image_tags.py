"""Images by use (home/images.py): the template names the use, never a filter spec.

    {% picture_of page.hero_image "hero" alt=page.hero_image_alt fetchpriority="high" %}
    {% rendition_of meta.image "social" as social %}{{ social.url }}

Both read renditions made when the image was saved and make none themselves: one that is
missing (the worker has not come to it yet) is asked of the task again, and meanwhile the
page shows the original file, or no preview for the social networks.
"""

from django import template
from django.core.cache import cache
from django.forms.utils import flatatt
from django.utils.html import format_html

from wagtail.images.models import Filter, Picture

from home import images
from home.tasks import make_renditions

register = template.Library()

# Seconds before a page still missing a rendition asks the task for it again.
ASKED_AGAIN_AFTER = 300


def _existing(image, use):
    """{spec: rendition} of ``use`` for ``image``, in the use's order; None if one is missing.

    Wagtail's ``get_renditions`` would make a missing one: this reads its rendition cache
    first, then the database for the rest (and caches them), and makes nothing."""
    Rendition = image.get_rendition_model()
    filters = [
        image.clean_filter_for_svg(Filter(spec)) for spec in images.filter_specs(image, [use])
    ]
    keys = {
        filter: Rendition.construct_cache_key(image, filter.get_cache_key(image), filter.spec)
        for filter in filters
    }
    cached = Rendition.cache_backend.get_many(list(keys.values()))
    found = {filter: cached[key] for filter, key in keys.items() if key in cached}
    for rendition in found.values():
        rendition.image = image  # as Wagtail does: the cached copy reads this image's alt text
    missing = [filter for filter in filters if filter not in found]
    if missing:
        stored = image.find_existing_renditions(*missing)
        if len(stored) < len(missing):
            # Asked once while the worker is at it, not by every visitor of a busy page.
            if cache.add(f"renditions-asked:{image.pk}:{use}", True, timeout=ASKED_AGAIN_AFTER):
                make_renditions.enqueue(image.pk, [use])
            return None
        Rendition.cache_backend.set_many({keys[filter]: r for filter, r in stored.items()})
        found.update(stored)
    return {filter.spec: found[filter] for filter in filters}


@register.simple_tag
def picture_of(image, use, **attrs):
    """A ``<picture>`` of ``image`` as ``use`` shows it: AVIF and WebP sources with the widths
    of the use, an ``<img>`` in the image's own format with its ``width`` and ``height``, and
    ``attrs`` (``alt``, ``class``, ``loading``, ``fetchpriority``) on the ``<img>``."""
    if not image:
        return ""
    sizes = images.USES[use].sizes
    if sizes:
        attrs.setdefault("sizes", sizes)
    renditions = _existing(image, use)
    if renditions is None:
        attrs.pop("sizes", None)
        attrs.setdefault("alt", image.default_alt_text)
        return format_html(
            '<img src="{}" width="{}" height="{}"{}>',
            image.file.url,
            image.width,
            image.height,
            flatatt(attrs),
        )
    return Picture(renditions, attrs).__html__()


@register.simple_tag
def rendition_of(image, use):
    """The one rendition of a single-file ``use`` (``social``, ``share_square`` ...) of
    ``image``, or None while it is not made."""
    if not image:
        return None
    renditions = _existing(image, use)
    return next(iter(renditions.values())) if renditions else None
