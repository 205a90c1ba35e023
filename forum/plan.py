"""The action plan as the tracker, the exports and the PDF show it, in one language.

``build(locale)`` reads the whole plan in a fixed number of queries, however many actions it
has: one per model, one for the partners, one for the measurements, one for the history, and
one per live source in use. Text comes from the locale's translation where there is one, else
from the default locale's; figures are the same in every translation (see models.shared).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum import indicators as live_indicators
from forum.models import (
    Action,
    ActionStatusChange,
    Goal,
    Indicator,
    Measurement,
    Objective,
    Organization,
)
from forum.models.shared import in_language, values_in_language

# The timeline is drawn in an SVG this many units wide, whatever the screen.
TIMELINE_WIDTH = 1000


@dataclass
class IndicatorRow:
    indicator: Indicator
    current: Decimal
    live: bool
    measurements: list

    @property
    def achieved(self):
        """How far from the baseline to the target, in percent (0-100)."""
        span = self.indicator.target - self.indicator.baseline
        if span == 0:
            return 100 if self.current >= self.indicator.target else 0
        return max(0, min(100, round((self.current - self.indicator.baseline) / span * 100)))


@dataclass
class ActionRow:
    action: Action
    goal: Goal
    objective: Objective
    responsible: Organization | None
    partners: list
    indicators: list
    history: list
    bar_x: float = 0
    bar_width: float = 0

    @property
    def behind_schedule(self):
        return self.action.is_behind_schedule


@dataclass
class ObjectiveRow:
    objective: Objective
    actions: list = field(default_factory=list)


@dataclass
class GoalRow:
    goal: Goal
    objectives: list = field(default_factory=list)

    @property
    def actions(self):
        return [row for objective in self.objectives for row in objective.actions]

    @property
    def progress(self):
        return mean_progress(self.actions)


@dataclass
class Plan:
    goals: list
    actions: list
    organisations: list
    start: date | None
    end: date | None
    today_x: float | None

    @property
    def progress(self):
        return mean_progress(self.actions)

    @property
    def years(self):
        """(x, year) of each new year inside the timeline, for its scale."""
        if self.start is None:
            return []
        return [
            (position(date(year, 1, 1), self.start, self.end), year)
            for year in range(self.start.year + 1, self.end.year + 1)
        ]

    def filtered(self, status="", responsible=""):
        """The same plan with only the actions of a status and/or a responsible organisation."""

        def keep(row):
            if status == "behind" and not row.behind_schedule:
                return False
            if status and status != "behind" and row.action.status != status:
                return False
            return not responsible or (
                row.responsible is not None and row.responsible.slug == responsible
            )

        goals = []
        for goal in self.goals:
            objectives = [
                ObjectiveRow(objective.objective, [row for row in objective.actions if keep(row)])
                for objective in goal.objectives
            ]
            objectives = [objective for objective in objectives if objective.actions]
            if objectives:
                goals.append(GoalRow(goal.goal, objectives))
        actions = [row for row in self.actions if keep(row)]
        return Plan(goals, actions, self.organisations, self.start, self.end, self.today_x)


@dataclass
class Timeline:
    """The geometry of the plan's timeline SVG: a label column, then one bar per action."""

    width: int
    height: int
    bars: list  # (row, x, y, width)
    years: list  # (x, year)
    today_x: float | None

    LABEL = 70
    ROW = 22

    @property
    def legend(self):
        """(key, label) of each colour a bar can take; the key names its CSS class."""
        return [*Action.Status.choices, ("behind", _("Behind schedule"))]


def timeline(plan):
    bars = []
    for index, row in enumerate(plan.actions):
        y = 20 + index * Timeline.ROW
        bars.append((row, Timeline.LABEL + row.bar_x, y, row.bar_width))
    return Timeline(
        width=Timeline.LABEL + TIMELINE_WIDTH + 10,
        height=30 + len(plan.actions) * Timeline.ROW,
        bars=bars,
        years=[(Timeline.LABEL + x, year) for x, year in plan.years],
        today_x=None if plan.today_x is None else Timeline.LABEL + plan.today_x,
    )


def mean_progress(rows):
    """The mean progress of the actions, leaving out the cancelled ones; 0 for none."""
    return _mean_of_counted((row.action.status, row.action.progress) for row in rows)


def _mean_of_counted(statuses_and_progress):
    counted = [
        progress for status, progress in statuses_and_progress if status != Action.Status.CANCELLED
    ]
    return round(sum(counted) / len(counted)) if counted else 0


def position(day, start, end):
    span = max((end - start).days, 1)
    return round((day - start).days / span * TIMELINE_WIDTH, 1)


@dataclass
class Summary:
    """The plan's overall figures, as ``build`` counts them, for the home page's block."""

    progress: int
    actions: int


def summary(locale):
    """The overall progress and the number of actions, in three light queries: the actions of
    live objectives of live goals, as the tracker shows them, without their texts."""
    goals, goal_key = values_in_language(Goal.objects.live(), locale)
    objectives, objective_key = values_in_language(Objective.objects.live(), locale, "goal_id")
    actions, _keys = values_in_language(
        Action.objects.live(), locale, "objective_id", "status", "progress"
    )
    live_goals = {goal["translation_key"] for goal in goals}
    live_objectives = {
        objective["translation_key"]
        for objective in objectives
        if goal_key.get(objective["goal_id"]) in live_goals
    }
    shown = [
        action for action in actions if objective_key.get(action["objective_id"]) in live_objectives
    ]
    return Summary(
        progress=_mean_of_counted((action["status"], action["progress"]) for action in shown),
        actions=len(shown),
    )


def build(locale):
    goals, goal_key = in_language(Goal.objects.live(), locale)
    objectives, objective_key = in_language(Objective.objects.live(), locale)
    actions, action_key = in_language(Action.objects.live(), locale)
    organisations, organisation_key = in_language(Organization.objects.live(), locale)
    indicator_rows, _ = in_language(
        Indicator.objects.filter(action__live=True).order_by("sort_order", "pk"), locale
    )

    # Foreign keys may point at any translation of their target: follow them by group.
    goal_by_key = {goal.translation_key: goal for goal in goals}
    organisation_by_key = {org.translation_key: org for org in organisations}
    action_by_key = {action.translation_key: action for action in actions}
    partners = defaultdict(list)
    through = Action.partners.through.objects.filter(
        action_id__in=[action.pk for action in actions]
    ).values_list("action_id", "organization_id")
    for action_id, organisation_id in through:
        org = organisation_by_key.get(organisation_key.get(organisation_id))
        if org is not None:
            partners[action_key[action_id]].append(org)

    indicator_keys = [row.translation_key for row in indicator_rows]
    measurements = defaultdict(list)
    for measurement in Measurement.objects.filter(indicator_key__in=indicator_keys):
        measurements[measurement.indicator_key].append(measurement)
    live_values = live_indicators.current_values(
        row.live_source for row in indicator_rows if row.live_source
    )
    indicators_by_action = defaultdict(list)
    for indicator in indicator_rows:
        history = measurements[indicator.translation_key]
        if indicator.live_source in live_values:
            current, live = Decimal(live_values[indicator.live_source]), True
        elif history:
            current, live = history[-1].value, False
        else:
            current, live = indicator.baseline, False
        indicators_by_action[action_key.get(indicator.action_id)].append(
            IndicatorRow(indicator, current, live, history)
        )

    history = defaultdict(list)
    for change in ActionStatusChange.objects.filter(
        action_key__in=list(action_by_key)
    ).select_related("changed_by"):
        history[change.action_key].append(change)

    goal_rows = {goal.translation_key: GoalRow(goal) for goal in goals}
    objective_rows = {}
    for objective in sorted(objectives, key=lambda row: row.code):
        goal_row = goal_rows.get(goal_key.get(objective.goal_id))
        if goal_row is not None:
            objective_rows[objective.translation_key] = ObjectiveRow(objective)
            goal_row.objectives.append(objective_rows[objective.translation_key])

    action_rows = []
    for action in sorted(actions, key=lambda row: natural_code(row.code)):
        objective_row = objective_rows.get(objective_key.get(action.objective_id))
        if objective_row is None:
            continue
        goal = goal_by_key[goal_key[objective_row.objective.goal_id]]
        row = ActionRow(
            action=action,
            goal=goal,
            objective=objective_row.objective,
            responsible=organisation_by_key.get(organisation_key.get(action.responsible_id)),
            partners=partners[action.translation_key],
            indicators=indicators_by_action[action.translation_key],
            history=history[action.translation_key],
        )
        objective_row.actions.append(row)
        action_rows.append(row)

    start = min((row.action.start_date for row in action_rows), default=None)
    end = max((row.action.end_date for row in action_rows), default=None)
    today_x = None
    if start is not None:
        for row in action_rows:
            row.bar_x = position(row.action.start_date, start, end)
            row.bar_width = max(position(row.action.end_date, start, end) - row.bar_x, 4)
        today = timezone.localdate()
        if start <= today <= end:
            today_x = position(today, start, end)
    responsible = {row.responsible.pk: row.responsible for row in action_rows if row.responsible}
    return Plan(
        goals=[goal_row for goal_row in goal_rows.values() if goal_row.objectives],
        actions=action_rows,
        organisations=sorted(responsible.values(), key=lambda org: org.name),
        start=start,
        end=end,
        today_x=today_x,
    )


def natural_code(code):
    """A1.10 after A1.9: the numbers in a code compared as numbers."""
    parts = []
    for part in code.replace("A", "").split("."):
        parts.append(int(part) if part.isdigit() else 0)
    return parts, code
