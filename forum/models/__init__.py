"""The Forum's models: its members, its strategy and action plan, its events, its advocacy."""

from .advocacy import AdvocacyMeeting, Commitment
from .events import (
    EventIndexPage,
    EventKind,
    EventMaterial,
    EventPage,
    EventParticipation,
    EventPhoto,
    EventSpeaker,
    Registration,
)
from .members import Community, Organization
from .pages import AdvocacyPage, MembersPage, StrategyPage
from .strategy import (
    Action,
    ActionStatusChange,
    Goal,
    Indicator,
    Measurement,
    Objective,
)

__all__ = [
    "Action",
    "ActionStatusChange",
    "AdvocacyMeeting",
    "AdvocacyPage",
    "Commitment",
    "Community",
    "EventIndexPage",
    "EventKind",
    "EventMaterial",
    "EventPage",
    "EventParticipation",
    "EventPhoto",
    "EventSpeaker",
    "Goal",
    "Indicator",
    "Measurement",
    "MembersPage",
    "Objective",
    "Organization",
    "Registration",
    "StrategyPage",
]
