"""Text in one spelling for Cyrillic and Latin, with or without marks.

Macedonian and Serbian are written in both scripts, and many people type without diacritics:
``Скопје``, ``Skopje`` and ``skopje`` must meet, as must ``Шутка``, ``Šutka`` and ``Sutka``, or
a query typed half in each script (``Скопje``). ``fold`` maps each to the same plain Latin
lowercase: Cyrillic first goes through the Macedonian then the Serbian Latin alphabets (so that
``ч`` becomes ``č`` like the Latin spelling, not ``ch``), then anyascii drops the marks. Every
page keeps its searchable text folded this way for the site search (``BasePage``), and the
library compares all its text so (``search.text``).

``in_script`` serves readers rather than the search: a name that has no translation in the
page's language (a community, an organisation, a topic) is shown in the page's script.
"""

import re

import cyrtranslit
from anyascii import anyascii

from cms import languages

# Serbian Cyrillic spells with ђ, ћ the sounds Macedonian spells with ѓ, ќ, and has no ѕ.
_SERBIAN_FROM_MACEDONIAN = str.maketrans(
    {"ѓ": "ђ", "Ѓ": "Ђ", "ќ": "ћ", "Ќ": "Ћ", "ѕ": "дз", "Ѕ": "Дз"}
)
_MACEDONIAN_FROM_SERBIAN = str.maketrans({"ђ": "ѓ", "Ђ": "Ѓ", "ћ": "ќ", "Ћ": "Ќ"})


def to_latin(text):
    """Cyrillic in the Latin alphabets, Macedonian's then Serbian's for ђ and ћ (``Шутка
    Оризари`` → ``Šutka Orizari``), marks kept; Latin text is left as it is."""
    return cyrtranslit.to_latin(cyrtranslit.to_latin(text, "mk"), "sr")


def fold(text):
    """``text`` in plain Latin lowercase, whatever its script and marks."""
    return anyascii(to_latin(text)).lower()


def in_script(text, language_code):
    """``text`` as a reader of ``language_code`` reads a name: in that language's script.

    Cyrillic becomes Latin on a Latin-script page (Macedonian's Latin alphabet, then Serbian's
    for ђ and ћ: "Шутка Оризари" reads "Šutka Orizari"); on a Cyrillic page the letters of the
    other Cyrillic alphabet become this one's. Latin stays Latin on a Cyrillic page: names such
    as "ERRC" or "Shoqata" are not transliterated into Cyrillic.
    """
    if not text:
        return text
    if not languages.is_cyrillic(language_code):
        return to_latin(text)
    if languages.get(language_code).code == "sr":
        return text.translate(_SERBIAN_FROM_MACEDONIAN)
    return text.translate(_MACEDONIAN_FROM_SERBIAN)


def begins_words(text, words):
    """Whether each of ``words`` (already folded) begins a word of ``text``, in any script:
    ``konferans`` begins ``konferansı``, ``kumanov`` begins ``Куманово``."""
    folded = " " + " ".join(re.findall(r"[a-z0-9]+", fold(text)))
    return all(f" {word}" in folded for word in words)
