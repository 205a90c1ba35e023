"""Live indicators: figures of the action plan that the site itself knows.

Each app that owns such a figure registers it from its ``wagtail_hooks.py`` (as Wagtail's own
``register_log_actions`` works), so forum names no other app:

    @hooks.register("register_live_indicator")
    def essays_submitted():
        return ("essays_submitted", _("Essays submitted"), api.count_submitted_essays)

The function takes no argument and returns an int. An indicator whose stored source is no longer
registered shows its last measurement, never a made-up figure.
"""

from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class LiveSource:
    key: str
    label: str
    function: Callable[[], int]


def sources():
    """Every registered source, in hook order (read each time: hooks register at start-up)."""
    return [LiveSource(*register()) for register in hooks.get_hooks("register_live_indicator")]


def choices():
    return [(source.key, source.label) for source in sources()]


def resolve(key):
    """The source's function, or None where no app registers it."""
    return next((source.function for source in sources() if source.key == key), None)


def current_values(keys):
    """{key: current count} of the given sources, each computed once; unregistered ones left out."""
    by_key = {source.key: source.function for source in sources()}
    return {key: by_key[key]() for key in set(keys) if key in by_key}
