"""Blind judging: the student's name, school and municipality taken out of the essay's text.

Pure logic, no database. Each term is matched whole-word and case-blind, in the script it was
given in and in the other one (Cyrillic and Latin, Macedonian and Serbian spellings), since a
student who writes in Albanian may name a school the form spelt in Cyrillic. A name is also
matched part by part ("Ајла" and "Хоџиќ" alone), longest terms first.
"""

import re

import cyrtranslit

MARK = "█████"
SHORTEST = 3  # shorter parts ("Ан", "Ли") would blot out ordinary words


# Macedonian Latin ḱ and ǵ are written ć and đ by Bosnian and Serbian writers (Hodžić, Đorđi).
SOUTH_SLAVIC_LATIN = str.maketrans({"ḱ": "ć", "Ḱ": "Ć", "ǵ": "đ", "Ǵ": "Đ"})


def _spellings(term):
    spellings = {term}
    for language in ("mk", "sr"):
        latin = cyrtranslit.to_latin(term, language)
        spellings |= {latin, latin.translate(SOUTH_SLAVIC_LATIN)}
        spellings.add(cyrtranslit.to_cyrillic(term, language))
    return {spelling.strip() for spelling in spellings if spelling.strip()}


def terms_for(name="", school="", municipality=""):
    """Every phrase to hide for one student, longest first."""
    terms = set()
    for phrase, by_part in ((name, True), (school, False), (municipality, False)):
        phrase = " ".join(phrase.split())
        if not phrase:
            continue
        terms |= _spellings(phrase)
        if by_part:
            for part in re.split(r"[\s\-]+", phrase):
                if len(part) >= SHORTEST:
                    terms |= _spellings(part)
    return sorted(terms, key=lambda term: (-len(term), term))


def redact(text, terms, mark=MARK):
    """The text with every term replaced by ``mark``."""
    terms = [term for term in terms if term]
    if not terms:
        return text
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(term) for term in terms) + r")(?!\w)",
        re.IGNORECASE,
    )
    return pattern.sub(mark, text)
