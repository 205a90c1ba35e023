"""Every word of every demo page in the page's own language and script.

Each live page of the demo is rendered through the test client in its locale, and its visible
text is read with the standard library's HTML parser: a page in a Latin-script language shows
no Cyrillic, a Serbian page no Macedonian letters (ѓ ќ ѕ), a Macedonian page no Serbian ones
(ђ ћ), and no page but an English one shows the words Django prints when a catalog lacks them
("3 weeks", "December", "This field is required."). Text inside an element marked with another
``lang`` (the language switcher, a quoted name: WCAG 3.1.2), <script>, <style> and attribute
values are not read.

The cases are (language, page type), so that a known failure that belongs to another part of
the work is an explicit xfail with its reason, and every other case must pass.
"""

import re
from html.parser import HTMLParser
from http import HTTPStatus

import pytest

from django.utils import dates, translation

from wagtail.models import Page, get_page_models

from cms import languages
from home import framework_messages

pytestmark = pytest.mark.django_db

CYRILLIC = "\u0400-\u04ff"
FOREIGN_LETTERS = {
    language.code: (
        f"[{CYRILLIC}]"
        if language.script == "Latn"
        else {"sr": "[ЃѓЌќЅѕ]", "mk": "[ЂђЋћ]"}[language.code]
    )
    for language in languages.LANGUAGES
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr"}
UNREAD = {"script", "style", "template"}
# Django's timesince joins number and unit with a no-break space.
ENGLISH_SPAN = re.compile(r"\d+[\s\xa0](?:years?|months?|weeks?|days?|hours?|minutes?)\b")
PAGE_MODELS = sorted(
    (model for model in get_page_models() if model is not Page),
    key=lambda model: model._meta.label_lower,
)

# The routable steps behind a page, requested after it: (method, suffix). The empty POSTs
# show the forms' errors; a step a page does not offer answers with the site's 404 page,
# which is read too.
STEPS = {
    "campaigns.campaignpage": [("get", "signed/"), ("get", "confirm/no-such-token/")]
    + [("post", "sign/")],
    "forum.eventpage": [("post", "register/")],
}

# Failures that belong to other parts of issue 15: remove an entry once its part is merged.
# Strict: a case that starts to pass says its entry can go.
EXPECTED_FAILURES = {}  # (code, "app.model"): why; none today


def english_words(code):
    """The English text Django would print on a ``code`` page: the names and sentences whose
    translation in ``code`` differs from the English (Bosnian's "April" is its own word)."""
    messages = [*dates.MONTHS.values(), *dates.WEEKDAYS.values()]
    messages += [m for m in framework_messages.FORM_ERRORS if "%(" not in str(m)]
    found = []
    for message in messages:
        with translation.override("en"):
            english = str(message)
        with translation.override(code):
            if str(message) != english:
                found.append(english)
    return re.compile("|".join(rf"\b{re.escape(word)}(?!\w)" for word in found))


class VisibleText(HTMLParser):
    """The text a reader of the page's language reads: (text, innermost tag) pairs outside the
    elements in another language and outside scripts and styles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page_language = None
        self.stack = []  # (tag, language) of the open elements
        self.texts = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.page_language = attrs.get("lang")
        if tag in VOID:
            return
        inherited = self.stack[-1][1] if self.stack else self.page_language
        self.stack.append((tag, attrs.get("lang") or inherited))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not data.strip():
            return
        if any(tag in UNREAD for tag, _ in self.stack):
            return
        language = self.stack[-1][1] if self.stack else self.page_language
        if language and self.page_language and language.split("-")[0] != self.page_language:
            return
        self.texts.append((data.strip(), self.stack[-1][0] if self.stack else ""))


def problems_in(html, code, english):
    parser = VisibleText()
    parser.feed(html)
    assert parser.page_language == code
    foreign = re.compile(FOREIGN_LETTERS[code])
    found = []
    for text, tag in parser.texts:
        if foreign.search(text):
            found.append(f"<{tag}> another script: {text[:90]!r}")
        if code != "en":
            match = english.search(text) or ENGLISH_SPAN.search(text)
            if match:
                found.append(f"<{tag}> Django's English {match.group(0)!r}: {text[:90]!r}")
    return found


def cases():
    for code in languages.CODES:
        for model in PAGE_MODELS:
            label = model._meta.label_lower
            marks = []
            if (code, label) in EXPECTED_FAILURES:
                marks.append(pytest.mark.xfail(reason=EXPECTED_FAILURES[code, label], strict=True))
            yield pytest.param(code, model, id=f"{code}-{label}", marks=marks)


@pytest.mark.parametrize(("code", "model"), list(cases()))
def test_every_demo_page_is_in_its_languages_script(client, code, model):
    pages = model.objects.live().public().filter(locale__language_code=code)
    english = english_words(code)

    report = []
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == HTTPStatus.OK, page.url
        responses = [(page.url, response)]
        for method, suffix in STEPS.get(model._meta.label_lower, []):
            url = page.url + suffix
            responses.append((url, getattr(client, method)(url, {})))
        for url, response in responses:
            assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, url
            if not response.has_header("Location"):  # a redirect has no page to read
                html = response.content.decode()
                report += [f"{url}: {problem}" for problem in problems_in(html, code, english)]

    assert not report, f"{code}, {len(report)} problems:\n" + "\n".join(report[:40])


def test_the_reader_skips_other_languages_scripts_and_attributes():
    html = (
        '<html lang="rom"><head><title>Kampanja</title><style>p{content:"ж"}</style></head>'
        '<body><p title="Шутка">Šutka</p><ul><li lang="mk">Македонски</li></ul>'
        "<br><script>var x = 'Скопје';</script><p>Skopje, 3 weeks</p></body></html>"
    )

    assert problems_in(html, "rom", english_words("rom")) == [
        "<p> Django's English '3 weeks': 'Skopje, 3 weeks'"
    ]
    assert problems_in(html.replace("Skopje", "Скопје"), "rom", english_words("rom"))[0] == (
        "<p> another script: 'Скопје, 3 weeks'"
    )


def test_a_serbian_page_may_not_use_macedonian_letters_nor_a_macedonian_one_serbian():
    assert problems_in('<html lang="sr"><p>Ѓорче Петров</p></html>', "sr", english_words("sr"))
    assert not problems_in('<html lang="sr"><p>Ђорче Петров</p></html>', "sr", english_words("sr"))
    assert problems_in('<html lang="mk"><p>Ђорђе</p></html>', "mk", english_words("mk"))
