"""Text as the library compares it: one spelling for Cyrillic and Latin, with or without marks.

Macedonian and Serbian are written in both scripts, and many people type without diacritics:
``Скопје``, ``Skopje`` and ``skopje`` must meet, as must ``Шутка``, ``Šutka`` and ``Sutka``, or
a query typed half in each script (``Скопje``). ``fold`` maps each to the same plain Latin
lowercase: Cyrillic first goes through the Macedonian then the Serbian Latin alphabets (so that
``ч`` becomes ``č`` like the Latin spelling, not ``ch``), then anyascii drops the marks.
"""

import re

import cyrtranslit
from anyascii import anyascii

WORD = re.compile(r"\w+")
FOLDED_WORD = re.compile(r"[a-z0-9]+")


def fold(text):
    """``text`` in plain Latin lowercase, whatever its script and marks."""
    latin = cyrtranslit.to_latin(cyrtranslit.to_latin(text, "mk"), "sr")
    return anyascii(latin).lower()


def words(text):
    """The folded words of ``text``, each after a space and the last one followed by one:
    ``" sutka roma "``. A word then starts wherever `` term`` occurs, in SQL as in Python."""
    return f" {' '.join(FOLDED_WORD.findall(fold(text)))} "


def terms(query, longest=64, most=12):
    """The folded words of a query: punctuation, quotes, operators and SQL wildcards are not
    words, so a term is only ever letters and digits."""
    return [word[:longest] for word in FOLDED_WORD.findall(fold(query))][:most]
