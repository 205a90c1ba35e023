"""The words Django prints on public pages, named here so that the project's catalogs keep them.

Django's catalogs know neither Romani nor Aromanian, so a Romani page would fall back to the
default language's words (Macedonian month names, "Ова поле е задолжително."), and Django's
own Macedonian and Bosnian catalogs lack some strings (the ``timeuntil`` countdown stays in
English). The project's catalogs come first in ``LOCALE_PATHS`` and carry these strings in all
eight languages. ``makemessages`` only keeps what the project's code marks, hence this module:
each call below repeats one of Django's msgids exactly (with its context or plural), and
``tests/home/test_framework_messages.py`` renders every one of them in every language.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy, pgettext_lazy

# django.utils.dates and django.utils.dateformat: the `date` filter's names.
DATES = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
    _("Mon"),
    _("Tue"),
    _("Wed"),
    _("Thu"),
    _("Fri"),
    _("Sat"),
    _("Sun"),
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
    _("jan"),
    _("feb"),
    _("mar"),
    _("apr"),
    _("may"),
    _("jun"),
    _("jul"),
    _("aug"),
    _("sep"),
    _("oct"),
    _("nov"),
    _("dec"),
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
    _("a.m."),
    _("p.m."),
    _("AM"),
    _("PM"),
    _("midnight"),
    _("noon"),
)

# django.utils.timesince: the `timeuntil` and `timesince` filters.
TIME_SPANS = (
    ngettext_lazy(
        "%(num)d year",
        "%(num)d years",
        "num",
    ),
    ngettext_lazy(
        "%(num)d month",
        "%(num)d months",
        "num",
    ),
    ngettext_lazy(
        "%(num)d week",
        "%(num)d weeks",
        "num",
    ),
    ngettext_lazy(
        "%(num)d day",
        "%(num)d days",
        "num",
    ),
    ngettext_lazy(
        "%(num)d hour",
        "%(num)d hours",
        "num",
    ),
    ngettext_lazy(
        "%(num)d minute",
        "%(num)d minutes",
        "num",
    ),
    _(", "),
)

# django.forms and django.core.validators: the errors of the fields our public forms use.
FORM_ERRORS = (
    _("This field is required."),
    _("Enter a whole number."),
    _("Enter a number."),
    _("Enter a valid value."),
    _("Enter a valid URL."),
    _("Enter a valid integer."),
    _("Enter a valid email address."),
    _("Enter a valid date."),
    _("Enter a valid UUID."),
    _("Enter a list of values."),
    _("Ensure this value is less than or equal to %(limit_value)s."),
    _("Ensure this value is greater than or equal to %(limit_value)s."),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    _(
        "File extension “%(extension)s” is not allowed. "
        "Allowed extensions are: %(allowed_extensions)s."
    ),
    _("Null characters are not allowed."),
    _("No file was submitted. Check the encoding type on the form."),
    _("No file was submitted."),
    _("The submitted file is empty."),
    ngettext_lazy(
        "Ensure this filename has at most %(max)d character (it has %(length)d).",
        "Ensure this filename has at most %(max)d characters (it has %(length)d).",
        "max",
    ),
    _("Select a valid choice. %(value)s is not one of the available choices."),
    _("Select a valid choice. That choice is not one of the available choices."),
)
