"""The renditions public pages show, each named once.

A template asks for a use by name (``{% picture_of page.hero_image "hero" %}``, see
``home/templatetags/image_tags.py``); the filter specs behind the name live only here. When an
image is saved, a task (``home.tasks.make_renditions``) makes every registered rendition of it,
so that a visitor's request only reads rows that exist: on a slow server, encoding an AVIF
takes seconds.

A use with ``formats`` is served as a ``<picture>``: AVIF, then WebP (the
``IMAGE_MODERN_FORMATS`` setting), then the image's own format for the browsers that read
neither. Without, it is one file in the image's own format (the social networks' previews
and the share kit's downloads, which must open anywhere).
"""

import contextlib
import contextvars
import os
from dataclasses import dataclass

from django.conf import settings

from wagtail.images.models import Filter

# The fallback of a <picture>: the image's own format where every browser reads it, else a
# lossless PNG for drawings and a JPEG for photos.
FALLBACK_FORMATS = {".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".gif": "png", ".bmp": "png"}


@dataclass(frozen=True)
class ImageUse:
    """One way a page shows an image: Wagtail's resize operation (braces give several widths
    for a ``srcset``), the ``sizes`` the browser picks a width by, and whether it is offered in
    the modern formats."""

    operation: str
    sizes: str = ""
    formats: bool = True

    def filter_specs(self, image):
        """The filter specs of this use for ``image``: each width in the modern formats, then
        in the fallback format."""
        # A vector logo stays a vector (Wagtail only crops it); a single-file use stays as it is.
        if image.is_svg() or not self.formats:
            return Filter.expand_spec(self.operation)
        fallback = FALLBACK_FORMATS.get(os.path.splitext(image.file.name)[1].lower(), "jpeg")
        formats = ",".join((*settings.IMAGE_MODERN_FORMATS, fallback))
        return Filter.expand_spec([self.operation, f"format-{{{formats}}}"])


# Widths for phones first (320-480 px screens, twice that on dense ones), up to a desktop hero.
USES = {
    # The first image of a page, the whole width: the home page's and a campaign's.
    "hero": ImageUse("fill-{480x300,960x540,1600x800}", sizes="100vw"),
    # A card in a list (the home page's features and live blocks, an index page's): 16:9.
    "card": ImageUse("fill-{320x180,640x360}", sizes="(min-width: 48em) 20rem, 100vw"),
    # An image in the text column.
    "content": ImageUse("width-{400,800,1200}", sizes="(min-width: 48em) 45rem, 100vw"),
    # A photo of a gallery (an event's, an initiative's): the content widths' smaller two.
    "gallery": ImageUse("width-{400,800}", sizes="(min-width: 48em) 24rem, 100vw"),
    # The share kit's preview of its square image.
    "preview": ImageUse("fill-{270x270,540x540}", sizes="270px"),
    # A face: a speaker's, a story's (shown at 96 px, twice that for dense screens).
    "avatar": ImageUse("fill-{96x96,192x192}", sizes="96px"),
    # Logos, one size each (their width follows their shape): the site's in the header, the
    # funder's in the footer, a member's on its card.
    "logo": ImageUse("height-96"),
    "funder_logo": ImageUse("height-60"),
    "member_logo": ImageUse("max-160x80"),
    # Open Graph and X previews, and the share kit's downloads: one file each, as they are.
    "social": ImageUse("fill-1200x630", formats=False),
    "share_square": ImageUse("fill-1080x1080", formats=False),
    "share_story": ImageUse("fill-1080x1920", formats=False),
}

# The uses an image being created is for, when it is for fewer than all (see ``only_for``).
_only = contextvars.ContextVar("image_uses", default=None)


@contextlib.contextmanager
def only_for(*names):
    """Images saved inside this block get the renditions of these uses only: a share card
    drawn for the social networks never appears as a hero."""
    token = _only.set(list(names))
    try:
        yield
    finally:
        _only.reset(token)


def uses_being_saved():
    """The uses an image saved now is for: the names given to ``only_for``, or None for all."""
    return _only.get()


def filter_specs(image, names=None):
    """Every filter spec of the named uses (all of them by default) for ``image``, once each."""
    specs = []
    for name in names or USES:
        specs.extend(USES[name].filter_specs(image))
    return list(dict.fromkeys(specs))
