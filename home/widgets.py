"""Form widgets the public forms share."""

from django import forms

from cms import languages


class LanguageSelect(forms.Select):
    """A choice of languages, each named in itself: every option naming one of the site's
    languages carries that language's ``lang``, so a screen reader reads "Romani čhib" in
    Romani on a Macedonian page (WCAG 3.1.2)."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if str(value) in languages.BY_CODE:
            option["attrs"]["lang"] = str(value)
        return option
