"""The project's select (home/widgets.py) writes the HTML Django's templates write, faster."""

import pytest

from django import forms
from django.test.html import parse_html
from django.utils import translation

from home import municipalities
from home.widgets import LanguageSelect, Select

CHOICES = [
    ("", "—"),
    ("cair", 'Чаир & "Старо"'),
    ("Шуто", [("suto-orizari", "Шуто Оризари"), ("<b>", "<i>x</i>")]),
]


class Both(forms.Form):
    ours = forms.ChoiceField(choices=CHOICES, widget=Select, help_text="Каде живеете")
    django = forms.ChoiceField(choices=CHOICES, widget=forms.Select, help_text="Каде живеете")
    many = forms.MultipleChoiceField(choices=CHOICES[:2], widget=Select(attrs={"multiple": True}))
    many_django = forms.MultipleChoiceField(
        choices=CHOICES[:2], widget=forms.Select(attrs={"multiple": True})
    )


def html(form, name, other):
    """Our field's HTML, and Django's with its name and ids changed to ours."""
    ours = str(form[name])
    theirs = (
        str(form[other]).replace(f"id_{other}", f"id_{name}").replace(f'"{other}"', f'"{name}"')
    )
    return parse_html(ours), parse_html(theirs)


@pytest.mark.parametrize("chosen", [None, "<b>", "not-a-choice"])
def test_the_select_writes_djangos_html(chosen):
    form = Both(None if chosen is None else {"ours": chosen, "django": chosen})
    if chosen is not None:
        form.is_valid()  # a refused choice: aria-invalid and the error's id, as Django's
    ours, theirs = html(form, "ours", "django")
    assert ours == theirs
    assert ('value="&lt;b&gt;" selected' in str(form["ours"])) == (chosen == "<b>")


def test_a_multiple_select_marks_each_chosen_option():
    form = Both({"many": ["cair", ""], "many_django": ["cair", ""]})
    form.is_valid()
    ours, theirs = html(form, "many", "many_django")
    assert ours == theirs


@pytest.mark.parametrize("code", ["rom", "rup", "tr"])
def test_the_municipalities_and_languages_read_in_the_visitors_language(code):
    with translation.override(code):
        choices = [("", "—"), *municipalities.choices()]
        ours = forms.ChoiceField(choices=choices, widget=Select).widget
        theirs = forms.ChoiceField(choices=choices).widget
        assert parse_html(ours.render("m", "cair")) == parse_html(theirs.render("m", "cair"))
        language = LanguageSelect(choices=[("rom", "Romani čhib"), ("mk", "Македонски")])
        assert 'lang="rom"' in language.render("language", "rom")
        assert '<option value="rom" selected lang="rom">' in language.render("language", "rom")
