"""Django's own words on public pages, in every language of the site.

Django ships no Romani or Aromanian catalog, so without the project's entries a Romani page
falls back to Macedonian ("Ова поле е задолжително.", "декември"); Django's Macedonian and
Bosnian catalogs lack the countdown's "3 weeks". These render the real ``date`` and
``timeuntil`` filters and a real form's errors in each language.
"""

import datetime
import re

import pytest

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.validators import FileExtensionValidator
from django.template import Context, Template
from django.utils import dates, translation

from cms import languages
from home import framework_messages

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
NON_ENGLISH = [code for code in languages.CODES if code != "en"]
LATIN_WITHOUT_DJANGO = ["rom", "rup"]  # Django's catalogs know neither
# Every placeholder a message below names, so that each formats as Django formats it.
PARAMS = {
    "num": 3,
    "limit_value": 5,
    "show_value": 9,
    "max": 5,
    "length": 9,
    "value": "x",
    "extension": "exe",
    "allowed_extensions": "pdf, docx",
}
ALL_MESSAGES = (
    framework_messages.DATES + framework_messages.TIME_SPANS + framework_messages.FORM_ERRORS
)


def render(source, **context):
    return Template(source).render(Context(context))


def in_language(code, message):
    with translation.override(code):
        return str(message % PARAMS) if "%(" in str(message) else str(message)


@pytest.mark.parametrize("code", LATIN_WITHOUT_DJANGO)
def test_romani_and_aromanian_carry_every_django_word_in_latin_letters(code):
    for message in ALL_MESSAGES:
        text = in_language(code, message)
        assert not CYRILLIC.search(text), f"{code}: Macedonian fallback {text!r}"
        if re.search(r"\w", text):
            assert text != in_language("mk", message)


@pytest.mark.parametrize("code", NON_ENGLISH)
def test_sentences_and_time_spans_are_never_left_in_english(code):
    for message in framework_messages.TIME_SPANS + framework_messages.FORM_ERRORS:
        if not re.search(r"[a-z]{3}", in_language("en", message)):
            continue  # punctuation: ", "
        assert in_language(code, message) != in_language("en", message), code


@pytest.mark.parametrize("code", NON_ENGLISH)
def test_the_countdown_speaks_the_visitors_language(code):
    now = datetime.datetime(2026, 12, 1, 12, 0)
    later = now + datetime.timedelta(days=22, hours=5)

    with translation.override(code):
        until = render("{{ later|timeuntil:now }}", later=later, now=now)
        since = render("{{ now|timesince:later }}", later=later, now=now)

    for text in (until, since):
        assert not re.search(r"\b(weeks?|days?|hours?)\b", text), f"{code}: {text}"
        assert text.startswith("3")
        assert ", " in text  # Django's Macedonian catalog joins the parts without a space


@pytest.mark.parametrize("code", LATIN_WITHOUT_DJANGO)
def test_romani_and_aromanian_dates_have_their_own_month_and_day_names(code):
    macedonian = set()
    with translation.override("mk"):
        for names in (dates.MONTHS, dates.MONTHS_ALT, dates.MONTHS_AP, dates.WEEKDAYS):
            macedonian.update(str(name) for name in names.values())

    with translation.override(code):
        for month in range(1, 13):
            day = datetime.date(2026, month, 3)
            text = render('{{ d|date:"F E N b l D" }} {{ d|date }}', d=day)
            assert not CYRILLIC.search(text), f"{code}: {text}"
            assert not any(name in text for name in macedonian)
            assert not re.search(rf"\b{day:%B}\b", text), f"{code}: {text}"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("rom", "3 dekembri 2026"),
        ("rup", "3 andreu 2026"),
        ("mk", "3 декември 2026"),
        ("sq", "3 dhjetor 2026"),
    ],
)
def test_the_long_date_follows_the_languages_own_rules(code, expected):
    with translation.override(code):
        assert render("{{ d|date }}", d=datetime.date(2026, 12, 3)) == expected


@pytest.mark.parametrize("code", ["rom", "rup"])
def test_romani_and_aromanian_numbers_use_a_decimal_comma_and_a_thousands_dot(code):
    with translation.override(code):
        assert render('{{ n|floatformat:"2g" }}', n=1234.5) == "1.234,50"


class EveryFieldForm(forms.Form):
    """The field types our public forms use (pledge, registration, essay submission)."""

    name = forms.CharField(max_length=5)
    email = forms.EmailField()
    municipality = forms.ChoiceField(choices=[("kumanovo", "Kumanovo")])
    born = forms.DateField()
    amount = forms.DecimalField()
    token = forms.UUIDField()
    essay = forms.FileField(validators=[FileExtensionValidator(["pdf", "docx"])])
    consent = forms.BooleanField()


def form_errors(code, data, files=None):
    with translation.override(code):
        form = EveryFieldForm(data, files or {})
        form.is_valid()
        return [str(error) for errors in form.errors.values() for error in errors]


def english_errors(data, files=None):
    return set(form_errors("en", data, files))


@pytest.mark.parametrize("code", NON_ENGLISH)
def test_a_forms_errors_speak_the_visitors_language(code):
    bad = {
        "name": "far too long",
        "email": "not-an-address",
        "municipality": "nowhere",
        "born": "someday",
        "amount": "many",
        "token": "not-a-uuid",
    }
    empty_file = {"essay": SimpleUploadedFile("essay.pdf", b"")}
    wrong_type = {"essay": SimpleUploadedFile("essay.exe", b"MZ")}

    for data, files in [({}, None), (bad, empty_file), (bad, wrong_type)]:
        errors = form_errors(code, data, files)
        english = english_errors(data, files)
        assert errors and not english & set(errors), f"{code}: {errors}"
        if code in LATIN_WITHOUT_DJANGO:
            assert not CYRILLIC.search(" ".join(errors)), f"{code}: {errors}"
