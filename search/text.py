"""Text as the library compares it: folded to one spelling (``home.folding.fold``: Cyrillic and
Latin alike, marks optional), then cut into words and query terms."""

import re

from home.folding import fold

WORD = re.compile(r"\w+")
FOLDED_WORD = re.compile(r"[a-z0-9]+")


def words(text):
    """The folded words of ``text``, each after a space and the last one followed by one:
    ``" sutka roma "``. A word then starts wherever `` term`` occurs, in SQL as in Python."""
    return f" {' '.join(FOLDED_WORD.findall(fold(text)))} "


def terms(query, longest=64, most=12):
    """The folded words of a query: punctuation, quotes, operators and SQL wildcards are not
    words, so a term is only ever letters and digits."""
    return [word[:longest] for word in FOLDED_WORD.findall(fold(query))][:most]
