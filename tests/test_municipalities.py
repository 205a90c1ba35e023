"""The municipalities: 80 and the City of Skopje, one list every app uses, named per language."""

import re

import pytest

from django.utils import translation

from cms import languages
from home import municipalities

CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_eighty_municipalities_and_the_city_of_skopje():
    entries = municipalities.MUNICIPALITIES

    assert len(entries) == 81
    assert len([m for m in entries if m.city]) == 1
    assert len([m for m in entries if m.skopje]) == 10
    assert len({m.code for m in entries}) == 81
    assert all(re.fullmatch(r"[a-z-]+", m.code) for m in entries)


def test_latin_transliteration_is_the_official_romanisation():
    assert municipalities.get("gjorce-petrov").name_latin == "Ǵorče Petrov"
    assert municipalities.get("cucer-sandevo").name_latin == "Čučer-Sandevo"
    assert municipalities.get("mavrovo-rostuse").name_latin == "Mavrovo i Rostuše"


@pytest.mark.parametrize(
    "code, expected",
    [
        ("mk", "Кичево"),
        ("sr", "Кичево"),
        ("sq", "Kërçovë"),
        ("tr", "Kičevo"),
        ("rom", "Kičevo"),
        ("bs", "Kičevo"),
        ("rup", "Kičevo"),
        ("en", "Kičevo"),
    ],
)
def test_names_in_each_language(code, expected):
    assert municipalities.name("kicevo", code) == expected


def test_serbian_writes_its_own_cyrillic_letters():
    assert municipalities.name("gjorce-petrov", "sr") == "Ђорче Петров"
    assert municipalities.name("skopje", "sr") == "Град Скопље"


def test_albanian_names_only_where_albanian_is_official():
    assert municipalities.name("tetovo", "sq") == "Tetovë"
    assert municipalities.name("bitola", "sq") == "Bitola"


@pytest.mark.parametrize("code", languages.CODES)
def test_choices_follow_the_active_language_and_its_alphabet(code):
    with translation.override(code):
        choices = municipalities.choices()

    assert len(choices) == 81
    labels = [label for _, label in choices]
    if languages.is_cyrillic(code):
        assert all(CYRILLIC.search(label) for label in labels)
    else:
        assert not any(CYRILLIC.search(label) for label in labels)
    if code == "mk":
        # Ѓ comes after Д in the Macedonian alphabet, not before А as in Unicode.
        assert labels.index("Ѓорче Петров") > labels.index("Дојран")
        assert labels.index("Ѓорче Петров") < labels.index("Желино")
