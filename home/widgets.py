"""Form widgets the public forms share."""

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from cms import languages


def _attributes(attrs):
    """Django's ``attrs.html`` in Python: ``True`` as the bare name, ``False`` left out."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False
        ),
    )


class Select(forms.Select):
    """Django's select, its options written in Python: the 80 municipalities each cost two
    template includes otherwise, most of the time a page with the form takes to render. The
    same HTML as Django's templates, but for the whitespace between the options."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group_name, group_choices, _index in widget["optgroups"]:
            options = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (str(option["value"]), _attributes(option["attrs"]), option["label"])
                    for option in group_choices
                ),
            )
            if group_name:
                options = format_html('<optgroup label="{}">{}</optgroup>', group_name, options)
            groups.append(options)
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            _attributes(widget["attrs"]),
            mark_safe("".join(groups)),  # noqa: S308 -- each part escaped by format_html
        )


class LanguageSelect(Select):
    """A choice of languages, each named in itself: every option naming one of the site's
    languages carries that language's ``lang``, so a screen reader reads "Romani čhib" in
    Romani on a Macedonian page (WCAG 3.1.2)."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if str(value) in languages.BY_CODE:
            option["attrs"]["lang"] = str(value)
        return option
