"""Live indicators: figures of the action plan that the site itself knows.

Each source names a small public function of the app that owns the data (DESIGN.md: feature
apps meet only through such functions). A source whose app does not offer its function yet
(the competition and the library come in later releases) counts as unavailable: the plan then
shows the indicator's last measurement, never a made-up figure.
"""

from dataclasses import dataclass

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class LiveSource:
    key: str
    label: str
    function: str  # dotted path of a public function that takes no argument and returns an int


SOURCES = [
    LiveSource("workshops_held", _("Workshops held"), "forum.api.count_workshops_held"),
    LiveSource(
        "meetings_with_institutions",
        _("Meetings with institutions"),
        "forum.api.count_advocacy_meetings",
    ),
    LiveSource("essays_submitted", _("Essays submitted"), "competition.api.count_submitted_essays"),
    LiveSource(
        "pledges_confirmed", _("Pledges confirmed"), "campaigns.api.count_confirmed_pledges"
    ),
    LiveSource(
        "initiatives_in_library", _("Initiatives in the library"), "search.api.count_initiatives"
    ),
]
BY_KEY = {source.key: source for source in SOURCES}


def choices():
    return [(source.key, source.label) for source in SOURCES]


def resolve(key):
    """The source's function, or None where its app does not provide it (yet)."""
    try:
        return import_string(BY_KEY[key].function)
    except (KeyError, ImportError):
        return None


def current_values(keys):
    """{key: current count} for the given sources, each computed once; unavailable ones left out."""
    values = {}
    for key in set(keys):
        function = resolve(key)
        if function is not None:
            values[key] = function()
    return values
