"""Form widgets the apps share."""

from django import forms

from cms import languages


class LanguageSelect(forms.Select):
    """A choice of the site's languages, each named in itself ("Македонски" on a Romani page).

    Every such option carries its ``lang`` (WCAG 3.1.2), so that a screen reader speaks it in
    its own language and the page's script rules (tests/test_scripts.py) do not apply to it.
    Other options (such as "none") stay in the page's language.
    """

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value in languages.CODES:
            option["attrs"]["lang"] = value
        return option
