"""Text in one spelling for Cyrillic and Latin, with or without marks.

Macedonian and Serbian are written in both scripts, and many people type without diacritics:
``Скопје``, ``Skopje`` and ``skopje`` must meet, as must ``Шутка``, ``Šutka`` and ``Sutka``, or
a query typed half in each script (``Скопje``). ``fold`` maps each to the same plain Latin
lowercase: Cyrillic first goes through the Macedonian then the Serbian Latin alphabets (so that
``ч`` becomes ``č`` like the Latin spelling, not ``ch``), then anyascii drops the marks. Every
page keeps its searchable text folded this way for the site search (``BasePage``), and the
library compares all its text so (``search.text``).
"""

import re

import cyrtranslit
from anyascii import anyascii


def fold(text):
    """``text`` in plain Latin lowercase, whatever its script and marks."""
    latin = cyrtranslit.to_latin(cyrtranslit.to_latin(text, "mk"), "sr")
    return anyascii(latin).lower()


def begins_words(text, words):
    """Whether each of ``words`` (already folded) begins a word of ``text``, in any script:
    ``konferans`` begins ``konferansı``, ``kumanov`` begins ``Куманово``."""
    folded = " " + " ".join(re.findall(r"[a-z0-9]+", fold(text)))
    return all(f" {word}" in folded for word in words)
