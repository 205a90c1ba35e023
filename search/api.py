"""What the library tells the other apps (DESIGN.md: apps meet through small functions)."""

from django.urls import reverse
from django.utils import translation

from home import privacy
from search import entries
from search.models import InitiativePage, LibraryPage


def count_initiatives():
    """Initiatives the public can find in the library, each counted once whatever its languages."""
    pages = entries.listed(InitiativePage.objects.all())
    return pages.values("translation_key").distinct().count()


def latest_initiatives(locale, limit=3):
    """The home page's initiatives block: the library's newest initiatives in the locale's
    language and the library itself; None while the library has none."""
    initiatives = list(
        entries.listed(InitiativePage.objects.filter(locale=locale))
        .defer("body", "outcomes", "folded_text")
        .order_by("-start_date", "-pk")[:limit]
    )
    if not initiatives:
        return None
    library = LibraryPage.objects.live().filter(privacy.is_public()).filter(locale=locale).first()
    return {"initiatives": initiatives, "library": library}


def search_box(locale):
    """The home page's search block: a plain form to the site search of the locale."""
    with translation.override(locale.language_code):
        return {"action": reverse("site_search")}
