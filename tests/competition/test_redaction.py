"""Redaction against what students really write: names in either script, without their
diacritics, declined; the school without its prefix; mentors, guardians, emails and phones."""

import re
import unicodedata

import cyrtranslit
from hypothesis import given, settings
from hypothesis import strategies as st

from competition.redaction import MARK, redact, school_names, terms_for

CONSONANTS = ["b", "v", "g", "d", "đ", "ž", "z", "j", "k", "l", "lj", "m", "n", "nj", "p", "r"]
CONSONANTS += ["s", "t", "ć", "č", "f", "h", "c", "dž", "š"]
VOWELS = list("aeiou")
# Real endings: Macedonian/Serbian/Bosnian cases, Albanian articles, Turkish and Romani cases.
ENDINGS = ["", "a", "e", "u", "om", "ov", "ova", "ovi", "-a", "'nın", "'a", "it", "ës", "esa"]

# Ordinary sentences in the essays' languages, with no name in them.
ORDINARY = (
    "Секое утро соседите се поздравуваат на улицата и разговараат за училиштето. "
    "Fqinjët flasin për shkollën dhe për qytetin tonë çdo mëngjes. "
    "Komşular her sabah sokakta selamlaşır ve okul hakkında konuşurlar. "
    "Susedi svakog jutra razgovaraju o školi i o gradu."
)
ORDINARY_WORDS = re.findall(r"\w{4,}", ORDINARY)


@st.composite
def name_parts(draw):
    syllables = draw(
        st.lists(
            st.tuples(st.sampled_from(CONSONANTS), st.sampled_from(VOWELS)),
            min_size=2,
            max_size=3,
        )
    )
    ending = draw(st.sampled_from(["", "n", "r", "ć", "š", "k"]))
    return ("".join(c + v for c, v in syllables) + ending).capitalize()


def in_script(latin, script):
    """A Latin South Slavic name as a writer of ``script`` spells it."""
    if script == "sr-cyrillic":
        return cyrtranslit.to_cyrillic(latin, "sr")
    if script == "mk-cyrillic":  # Macedonian writes ќ and ѓ where Serbian writes ћ and ђ
        macedonian = latin.translate(str.maketrans({"ć": "ḱ", "Ć": "Ḱ", "đ": "ǵ", "Đ": "Ǵ"}))
        return cyrtranslit.to_cyrillic(macedonian, "mk")
    if script == "ascii":  # a keyboard without diacritics: Hodzic, Djordje
        plain = latin.replace("đ", "dj").replace("Đ", "Dj")
        return "".join(
            c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c)
        )
    return latin


SCRIPTS = st.sampled_from(["latin", "ascii", "sr-cyrillic", "mk-cyrillic"])


def survives(word, text):
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


@settings(max_examples=300, deadline=None)
@given(
    given_name=name_parts(),
    surname=name_parts(),
    form_script=SCRIPTS,
    text_scripts=st.lists(SCRIPTS, min_size=2, max_size=2),
    endings=st.lists(st.sampled_from(ENDINGS), min_size=2, max_size=2),
)
def test_no_spelling_of_the_authors_name_survives(
    given_name, surname, form_script, text_scripts, endings
):
    on_form = in_script(f"{given_name} {surname}", form_script)
    written = [
        in_script(given_name, text_scripts[0]) + endings[0],
        in_script(surname, text_scripts[1]) + endings[1],
        in_script(f"{given_name} {surname}", text_scripts[1]),
    ]
    text = f"{ORDINARY} {written[0]} {ORDINARY} {written[1]}, {written[2]}. {ORDINARY}"

    redacted = redact(text, terms_for(name=on_form))

    for word in written:
        assert not survives(word, redacted), (on_form, word, redacted)
    kept = [word for word in ORDINARY_WORDS if survives(word, redacted)]
    assert len(kept) >= len(ORDINARY_WORDS) // 2  # the essay is still there to judge


def test_a_name_is_hidden_declined_without_diacritics_and_in_the_other_script():
    terms = terms_for(name="Ajla Hodžić")
    text = (
        "Ajla Hodzic piše. Хоџиќ и Хоџић. Hodžića nema, Hodžiću pišem, s Hodžićem. "
        "Ајле пишувам. Ajla'nın kitabı. Emri i Ajlës. Hoxhiq."
    )
    assert redact(text, terms) == (
        f"{MARK} piše. {MARK} и {MARK}. {MARK} nema, {MARK} pišem, s {MARK}. "
        f"{MARK} пишувам. {MARK} kitabı. Emri i {MARK}. {MARK}."
    )


def test_a_school_is_hidden_without_its_prefix():
    assert school_names("СОУ „Никола Карев“") == {"СОУ Никола Карев", "Никола Карев"}
    assert "Yahya Kemal" in school_names("Yahya Kemal Lisesi")
    assert "Zef Lush Marku" in school_names("Gjimnazi Zef Lush Marku")
    terms = terms_for(school="СОУ Гимназија „Никола Карев“")
    assert redact("Учам во Nikola Karev, а брат ми во гимназијата.", terms) == (
        f"Учам во {MARK}, а брат ми во гимназијата."
    )


def test_emails_and_phone_numbers_are_hidden_but_dates_and_years_stay():
    text = "Пишете на ajla.h@example.mk или +389 70 123 456, 070/123-456. На 12.03.2026, 2026."
    assert redact(text, []) == f"Пишете на {MARK} или {MARK}, {MARK}. На 12.03.2026, 2026."


def test_the_mentor_and_the_guardian_are_hidden(competition):
    from competition import judging

    from .conftest import make_submission

    submission = make_submission(
        competition["mk"], 1, mentor="Весна Петровска", guardian_name="Фатиме Хоџиќ"
    )
    submission.text = "Ми помогна професорката Vesna Petrovska, а мајка ми Fatime ја прочита."
    title, text = judging.blind(submission)
    assert "Vesna" not in text and "Petrovska" not in text and "Fatime" not in text
