"""Blind judging: the student's name, school and municipality taken out of the essay's text.

Pure logic, no database. Students do not write their name the way the form spelt it: they
drop the diacritics (Hodzic for Hodžić), switch script (Хоџиќ on the form, Hodžić in an
Albanian essay, Ђорђе for Gjorgje), decline it (Ајле, Хоџиќа, Ayşe'nin, Ajlës) and name their
school without its prefix ("Никола Карев" for СОУ „Никола Карев“). So the text and the terms are
both reduced to one plain Latin skeleton (``fold``: case, marks and script folded, the letters
that differ between the Slavic and Albanian alphabets made one), terms are matched whole-word on
it with an optional case ending, and the matches are blotted in the original text.
Email addresses and phone numbers are blotted whatever the terms.
"""

import re
import unicodedata

MARK = "█████"
SHORTEST = 3  # shorter parts ("Ан", "Ли") would blot out ordinary words

# Cyrillic (Macedonian, Serbian, Bulgarian, Russian letters) on the common skeleton. The
# Macedonian ќ/ѓ, Serbian ћ/ђ, Albanian q/gj and Latin ć/đ/dj/kj/gj all meet on "c" and "d"
# (Đorđe, Djordje and Dorde alike).
_CYRILLIC = dict(
    zip(
        "абвгдежзијклмнопрстуфхцчшщъыьэюяѓѕќћђљњџй",
        [
            *"abvgdezzijklmnoprstufhccss",
            "",
            "y",
            "",
            "e",
            "ju",
            "ja",
            "d",
            "dz",
            "c",
            "c",
            "d",
            "lj",
            "nj",
            "dz",
            "j",
        ],
        strict=True,
    )
)
# Latin letters that marks-stripping would not bring onto the skeleton, or would bring onto
# another one than their Cyrillic twin.
_LATIN = {"đ": "d", "ǵ": "d", "ḱ": "c", "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "q": "c"}
# Two-letter spellings of one sound, across the alphabets (Albanian gj/xh, Macedonian Latin
# gj/kj, Serbo-Croatian dj/dž), checked before single letters; "x" is Albanian dz.
_DIGRAPHS = {"gj": "d", "dj": "d", "kj": "c", "xh": "dz", "dž": "dz"}
_SINGLE = {**_CYRILLIC, **_LATIN, "x": "dz"}

# Case endings and suffixes on a name, folded: Macedonian, Serbian and Bosnian declension and
# adjectives (-a, -u, -om, -ov, -ova, -ovi...), Albanian articles and cases (-i, -it, -in, -ës,
# -së), Turkish cases after an apostrophe ('nın, 'a, 'da, 'dan, 'la), Romani (-esa, -eske...).
SUFFIXES = sorted(
    {
        *"aeiou",
        *("om", "em", "ov", "ova", "ove", "ovi", "ovo", "ev", "eva", "evi", "ot", "ta", "to"),
        *("te", "ti", "ata", "oj", "ima", "ama", "in", "ina", "ine", "ini", "ino", "oga", "ome"),
        *("omu", "ski", "ska", "sko", "it", "s", "se", "es", "t", "n", "ja", "je", "ut", "un"),
        *("ve", "ne", "ni", "nin", "nun", "ya", "ye", "yi", "yu", "da", "de", "dan", "den"),
        *("tan", "ten", "la", "le", "yla", "yle", "ler", "lar", "esa", "eske", "estar", "eski"),
        *("esko", "ake", "atar", "aske"),
    },
    key=lambda suffix: (-len(suffix), suffix),
)
_SUFFIX = r"(?:[-'’]?(?:" + "|".join(SUFFIXES) + "))"
_VOWELS = "aeiou"

# Words that name the kind of school, not the school: dropped from the front of its name.
_SCHOOL_PREFIXES = (
    "соу оу ооу соуц суго сугс дсу дсуу осу оосу јоу мшуц гимназија гимназијата средно основно "
    "општинско државно училиште училиштето средња школа gjimnazi gjimnazia gjimnazin shkolla "
    "shkolle mesme fillore lise lisesi okul okulu gimnazija skola srednja osnovna e i na sh shmk "
    "shfmu smu"
).split()

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: an international (+389, 00389) or a local (07x, 02) start, then digits with
# the usual separators; at least eight digits, so years and dates stay.
PHONE = re.compile(r"(?<![\w+])(?:\+|0)\d[\d ()/.-]{5,18}\d(?!\w)")
DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


def fold(text):
    """``text`` on the plain Latin skeleton, and for each of its characters the span of the
    original it came from: (folded, [(start, end), ...])."""
    folded, spans = [], []
    i, n = 0, len(text)
    while i < n:
        pair = text[i : i + 2].lower()
        if pair in _DIGRAPHS:
            out, used = _DIGRAPHS[pair], 2
        else:
            letter = text[i].lower()
            out = _SINGLE.get(letter)
            if out is None:
                out = "".join(
                    c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c)
                )
                out = "".join(_SINGLE.get(c, c) for c in out)
            used = 1
        folded.append(out)
        spans.extend([(i, i + used)] * len(out))
        i += used
    return "".join(folded), spans


def folded(text):
    return fold(unicodedata.normalize("NFC", text))[0]


SCHOOL_PREFIXES = frozenset(folded(word) for word in _SCHOOL_PREFIXES)


def school_names(school):
    """The school as written, and without the words that say what kind of school it is
    (before the name, or after it as in Turkish: "Yahya Kemal Lisesi")."""
    words = [word for word in re.split(r"[\s\"'„“”«»‘’]+", school) if word]
    core = list(words)
    while core and _is_kind_of_school(core[0]):
        core.pop(0)
    while core and _is_kind_of_school(core[-1]):
        core.pop()
    return {" ".join(words), " ".join(core)} - {""}


def _is_kind_of_school(word):
    letters = word.replace(".", "")
    abbreviation = 2 <= len(letters) <= 5 and letters.isupper()
    return abbreviation or folded(word).strip(".,") in SCHOOL_PREFIXES


def terms_for(name="", school="", municipality=""):
    """Every phrase to hide for one student (or mentor, guardian), longest first. A name is
    also hidden part by part ("Ајла" and "Хоџиќ" alone)."""
    terms = set()
    name = " ".join(name.split())
    if name:
        terms.add(name)
        terms |= {part for part in re.split(r"[\s\-]+", name) if len(folded(part)) >= SHORTEST}
    if school.strip():
        terms |= {term for term in school_names(school) if len(folded(term)) >= SHORTEST}
    municipality = " ".join(municipality.split())
    if municipality:
        terms.add(municipality)
    return sorted(terms, key=lambda term: (-len(term), term))


def _term_pattern(term):
    """The regular expression of one term on the skeleton: its words in order, separated by
    anything but a letter, the last one with an optional ending (and, ending in a vowel, that
    vowel changed for another ending: Ајла, Ајле, Ајлата)."""
    words = re.findall(r"\w+", folded(term))
    if not words:
        return None
    *head, last = words
    forms = re.escape(last) + _SUFFIX + "?"
    if len(last) >= SHORTEST + 1 and last[-1] in _VOWELS:
        forms = f"{forms}|{re.escape(last[:-1])}{_SUFFIX}"
    return r"\W{1,3}".join([*(re.escape(word) for word in head), f"(?:{forms})"])


def _spans(text, terms):
    skeleton, origin = fold(text)
    terms = sorted(terms, key=lambda term: -len(folded(term)))  # the whole name before a part
    patterns = [p for p in (_term_pattern(term) for term in terms) if p]
    if patterns:
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)")
        for match in pattern.finditer(skeleton):
            if match.end() > match.start():
                yield origin[match.start()][0], origin[match.end() - 1][1]
    yield from (match.span() for match in EMAIL.finditer(text))
    for match in PHONE.finditer(text):
        number = match.group()
        if sum(c.isdigit() for c in number) >= 8 and not DATE.fullmatch(number):
            yield match.span()


def redact(text, terms, mark=MARK):
    """The text with every term, email address and phone number replaced by ``mark``."""
    text = unicodedata.normalize("NFC", text)
    merged = []  # overlapping matches (a name inside an email address) blotted once
    for start, end in sorted(_spans(text, [term for term in terms if term])):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces, at = [], 0
    for start, end in merged:
        pieces += [text[at:start], mark]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
