"""What the library tells the other apps (DESIGN.md: apps meet through small functions)."""

from search import entries
from search.models import InitiativePage


def count_initiatives():
    """Initiatives the public can find in the library, each counted once whatever its languages."""
    pages = entries.listed(InitiativePage.objects.all())
    return pages.values("translation_key").distinct().count()
