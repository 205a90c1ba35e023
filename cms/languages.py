"""The eight content languages of the site: the one place that spells a language code.

Settings, the language switcher, hreflang links, search analysers and the demo seeder all read
this module. Romani and Aromanian are not in Django's ``LANG_INFO``; ``register_with_django``
declares them so that ``get_language_info`` and ``{% get_language_info %}`` work for them too.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in English
    name_local: str  # in the language itself
    script: str  # "Cyrl" or "Latn" (ISO 15924)
    bidi: bool = False


LANGUAGES = (
    Language("mk", "Macedonian", "Македонски", "Cyrl"),
    Language("sq", "Albanian", "Shqip", "Latn"),
    Language("tr", "Turkish", "Türkçe", "Latn"),
    Language("rom", "Romani", "Romani čhib", "Latn"),
    Language("sr", "Serbian", "Српски", "Cyrl"),
    Language("bs", "Bosnian", "Bosanski", "Latn"),
    Language("rup", "Aromanian", "Armãneashti", "Latn"),
    Language("en", "English", "English", "Latn"),
)

DEFAULT = LANGUAGES[0]
CODES = tuple(language.code for language in LANGUAGES)
BY_CODE = {language.code: language for language in LANGUAGES}

# Django's LANGUAGES setting: (code, English name), English as Django's docs ask for.
DJANGO_LANGUAGES = [(language.code, language.name) for language in LANGUAGES]


def get(code):
    """The Language for ``code`` (a bare code such as "sr", or a variant such as "sr-latn")."""
    return BY_CODE.get(code) or BY_CODE[code.split("-")[0].lower()]


def is_cyrillic(code):
    return get(code).script == "Cyrl"


def register_with_django():
    """Declare the languages Django does not know (rom, rup) in its LANG_INFO.

    Django reads LANG_INFO for ``get_language_info``; its docs suggest extending it from
    settings for languages it does not ship. Languages Django knows keep its own entry.
    """
    from django.conf import locale

    for language in LANGUAGES:
        locale.LANG_INFO.setdefault(
            language.code,
            {
                "bidi": language.bidi,
                "code": language.code,
                "name": language.name,
                "name_local": language.name_local,
            },
        )


def each(*texts):
    """{code: text} from one text per language, given in the order of ``CODES``."""
    if len(texts) != len(CODES):
        raise ValueError(f"{len(texts)} texts for {len(CODES)} languages")
    return dict(zip(CODES, texts, strict=True))
