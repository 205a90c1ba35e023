"""Page slugs in plain ASCII, in the page's own language.

A URL is read aloud, typed on a phone and pasted into messages: ``/sr/kampanje/`` works
everywhere, ``/sr/%D0%BA%D0%B0%D0%BC...`` does not. So a slug is the page's title transliterated
(``Настани`` → ``nastani``, ``Догађаји`` → ``dogadjaji``), never Cyrillic, and never another
language's slug with a locale tacked on (``kampanje-sr``): wagtail-localize copies the source
page's slug into each translation, and that copy must give way to the translation's own title.

``BasePage`` applies ``slug_for`` every time a page is cleaned, the moment Wagtail itself fills
in a missing slug: the server is the authority. The admin's slug field prefills from the title
in the browser, and Wagtail's JavaScript knows only some Cyrillic letters (Russian and Serbian
ones: ``ж`` becomes ``zh``, ``ѓ``, ``ќ`` and ``ѕ`` vanish); ``ADMIN_FORMATTERS`` hands it this
module's own spelling of every letter first, so that what the editor sees is what the server
would choose.
"""

import re

import cyrtranslit
from anyascii import anyascii

from django.utils.text import slugify

from home.folding import to_latin

# Latin letters that anyascii would flatten into one letter, losing a sound the reader needs:
# the usual ASCII spellings of Serbian đ and Macedonian ѓ, ќ.
ASCII_SPELLINGS = str.maketrans({"đ": "dj", "Đ": "Dj", "ǵ": "gj", "Ǵ": "Gj", "ḱ": "kj", "Ḱ": "Kj"})

WORD = re.compile(r"[a-z0-9]+")


def transliterate(text, language="mk"):
    """``text`` in ASCII Latin: Cyrillic through the language's own Latin alphabet first
    (Macedonian for every language but Serbian), then any mark dropped."""
    latin = cyrtranslit.to_latin(text, "sr") if language == "sr" else to_latin(text)
    return anyascii(latin.translate(ASCII_SPELLINGS))


def slug_for(title, language="mk"):
    """The slug ``title`` gives in ``language``: ``Стратегија`` → ``strategija``."""
    return slugify(transliterate(title, language))


def is_ascii_slug(slug):
    return bool(slug) and slugify(slug) == slug


def is_from_title(slug, title, language="mk"):
    """True when every word of ``slug`` is a word of ``title``: ``strategija`` for
    ``Strategija i akcioni plan`` or ``Стратегија и акциони план``, not for ``Strateji``."""
    words = set(WORD.findall(slug_for(title, language)))
    return bool(words) and set(WORD.findall(slug)) <= words


# Every letter of the Macedonian and Serbian Cyrillic alphabets, as the admin's slug field
# replaces them before its own slugify (``SlugInput(formatters=...)``).
CYRILLIC = "абвгдѓђежзѕијклљмнњопрстќћуфхцчџш"
ADMIN_FORMATTERS = [
    (letter, transliterate(letter, "sr" if letter in "ђћ" else "mk"))
    for letter in CYRILLIC + CYRILLIC.upper()
]
