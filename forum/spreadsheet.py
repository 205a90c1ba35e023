"""The action plan as a workbook that coordinators fill in, and reading it back.

Two sheets: "Actions" (one row per action: its status and progress may be changed) and
"Measurements" (one row per measurement of an indicator: rows may be added or their value
changed). ``read`` checks every row and says what would change and what is wrong, row by row,
before ``apply`` stores anything; nothing is stored while any row is wrong.
"""

import io
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from forum.models import Action, Indicator, Measurement
from forum.models.shared import default_locale, in_language
from home import downloads

# The history's name for an import (registered in wagtail_hooks.py).
LOG_ACTION = "forum.import_action_plan"
ACTIONS = "Actions"
MEASUREMENTS = "Measurements"
ACTION_COLUMNS = ["code", "title", "status", "progress", "start", "end"]
MEASUREMENT_COLUMNS = ["indicator_id", "action", "indicator", "date", "value", "note"]


def _plan_rows():
    locale = default_locale()
    # Live actions only: the import publishes what it changes, never a draft nobody approved.
    actions, _keys = in_language(Action.objects.live(), locale)
    indicators, _keys = in_language(
        Indicator.objects.filter(action__live=True).select_related("action"), locale
    )
    return sorted(actions, key=lambda action: action.code), indicators


def _append(sheet, values):
    """A row whose text cannot run: openpyxl would store "=..." typed in a title as a formula."""
    sheet.append([downloads.neutralise(value) for value in values])


def workbook():
    """The plan as it stands, as XLSX bytes."""
    actions, indicators = _plan_rows()
    book = Workbook()
    sheet = book.active
    sheet.title = ACTIONS
    sheet.append(ACTION_COLUMNS)
    for action in actions:
        _append(
            sheet,
            [
                action.code,
                action.title,
                action.status,
                action.progress,
                action.start_date,
                action.end_date,
            ],
        )
    statuses = DataValidation(
        type="list", formula1='"' + ",".join(Action.Status.values) + '"', allow_blank=False
    )
    sheet.add_data_validation(statuses)
    statuses.add(f"C2:C{max(len(actions) + 1, 2)}")
    progress = DataValidation(type="whole", operator="between", formula1="0", formula2="100")
    sheet.add_data_validation(progress)
    progress.add(f"D2:D{max(len(actions) + 1, 2)}")

    measurements_sheet = book.create_sheet(MEASUREMENTS)
    measurements_sheet.append(MEASUREMENT_COLUMNS)
    by_key = {}
    for measurement in Measurement.objects.order_by("indicator_key", "measured_on"):
        by_key.setdefault(measurement.indicator_key, []).append(measurement)
    for indicator in sorted(indicators, key=lambda i: (i.action.code, i.sort_order)):
        for measurement in by_key.get(indicator.translation_key, []):
            _append(
                measurements_sheet,
                [
                    str(indicator.translation_key),
                    indicator.action.code,
                    indicator.name,
                    measurement.measured_on,
                    measurement.value,
                    measurement.note,
                ],
            )
    # A last, empty line per indicator shows where a new measurement goes.
    for indicator in sorted(indicators, key=lambda i: (i.action.code, i.sort_order)):
        _append(
            measurements_sheet,
            [str(indicator.translation_key), indicator.action.code, indicator.name],
        )
    for sheet_ in (sheet, measurements_sheet):
        for cell in sheet_[1]:
            cell.font = Font(bold=True)
        sheet_.freeze_panes = "A2"
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


@dataclass
class Change:
    sheet: str
    row: int
    what: str  # e.g. "A1.2" or "A1.2 · Workshops held"
    field: str
    old: object
    new: object


@dataclass
class Problem:
    sheet: str
    row: int
    message: str


@dataclass
class Reading:
    changes: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    # What apply() stores: {action pk: {field: value}}, [(indicator key, date, value, note)]
    action_updates: dict = field(default_factory=dict)
    measurements: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.problems


def _text(value):
    """A cell as text, without the apostrophe ``workbook`` put before formula-like text."""
    return "" if value is None else str(downloads.restore(value)).strip()


def _date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError


def _header(sheet, expected):
    found = [_text(cell.value).lower() for cell in next(sheet.iter_rows(max_row=1))]
    return found[: len(expected)] == expected


def read(content):
    """Check an uploaded workbook against the plan; nothing is stored."""
    reading = Reading()
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:
        reading.problems.append(
            Problem("", 0, _("This file is not an Excel workbook (.xlsx) that can be read."))
        )
        return reading
    for name, columns in ((ACTIONS, ACTION_COLUMNS), (MEASUREMENTS, MEASUREMENT_COLUMNS)):
        if name not in book.sheetnames or not _header(book[name], columns):
            reading.problems.append(
                Problem(
                    name,
                    1,
                    _("The sheet “%(sheet)s” is missing or its first row is not: %(columns)s.")
                    % {"sheet": name, "columns": ", ".join(columns)},
                )
            )
    if reading.problems:
        return reading

    actions, indicators = _plan_rows()
    by_code = {action.code.upper(): action for action in actions}
    _read_actions(book[ACTIONS], by_code, reading)
    _read_measurements(book[MEASUREMENTS], indicators, reading)
    return reading


def _read_actions(sheet, by_code, reading):
    seen = set()
    statuses = {value: value for value in Action.Status.values}
    statuses.update({str(label).lower(): value for value, label in Action.Status.choices})
    for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        code, _title, status, progress = (list(values) + [None] * 4)[:4]
        code = _text(code).upper()
        if not code and not _text(status) and _text(progress) == "":
            continue
        action = by_code.get(code)
        if action is None:
            reading.problems.append(
                Problem(ACTIONS, number, _("There is no action with the code “%s”.") % code)
            )
            continue
        if code in seen:
            reading.problems.append(
                Problem(ACTIONS, number, _("The action %s appears twice.") % code)
            )
            continue
        seen.add(code)
        new_status = statuses.get(_text(status).lower())
        if new_status is None:
            reading.problems.append(
                Problem(
                    ACTIONS,
                    number,
                    _("“%(value)s” is not a status; use one of: %(statuses)s.")
                    % {"value": _text(status), "statuses": ", ".join(Action.Status.values)},
                )
            )
            continue
        try:
            new_progress = int(Decimal(_text(progress)))
            if not 0 <= new_progress <= 100:
                raise ValueError
        except (InvalidOperation, ValueError):
            reading.problems.append(
                Problem(
                    ACTIONS,
                    number,
                    _("Progress must be a whole number from 0 to 100, not “%s”.") % _text(progress),
                )
            )
            continue
        updates = {}
        if new_status != action.status:
            updates["status"] = new_status
            reading.changes.append(
                Change(
                    ACTIONS,
                    number,
                    action.code,
                    _("Status"),
                    action.get_status_display(),
                    Action.Status(new_status).label,
                )
            )
        if new_progress != action.progress:
            updates["progress"] = new_progress
            reading.changes.append(
                Change(ACTIONS, number, action.code, _("Progress"), action.progress, new_progress)
            )
        if updates and action.has_unpublished_changes:
            # Publishing over an editor's draft would set it aside unseen: the coordinator
            # approves or rejects it first, in the admin, where they can read it.
            reading.problems.append(
                Problem(
                    ACTIONS,
                    number,
                    _(
                        "The action %s has changes waiting for approval: approve or reject them "
                        "in the admin first, then import again."
                    )
                    % action.code,
                )
            )
            continue
        if updates:
            reading.action_updates[action.pk] = updates


def _read_measurements(sheet, indicators, reading):
    by_key = {str(indicator.translation_key): indicator for indicator in indicators}
    existing = {
        (str(m.indicator_key), m.measured_on): m
        for m in Measurement.objects.filter(
            indicator_key__in=[i.translation_key for i in indicators]
        )
    }
    seen = set()
    for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        key, _action, _name, day, value, note = (list(values) + [None] * 6)[:6]
        key = _text(key)
        if _text(day) == "" and _text(value) == "":
            continue  # an empty line left for a new measurement
        indicator = by_key.get(key)
        if indicator is None:
            reading.problems.append(
                Problem(MEASUREMENTS, number, _("There is no indicator with the id “%s”.") % key)
            )
            continue
        what = f"{indicator.action.code} · {indicator.name}"
        try:
            day = _date(day)
        except ValueError:
            reading.problems.append(
                Problem(
                    MEASUREMENTS,
                    number,
                    _("“%s” is not a date; write it as 2026-05-31 or 31.05.2026.") % _text(day),
                )
            )
            continue
        try:
            amount = Decimal(_text(value).replace(",", "."))
            if not amount.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            reading.problems.append(
                Problem(MEASUREMENTS, number, _("“%s” is not a number.") % _text(value))
            )
            continue
        if (key, day) in seen:
            reading.problems.append(
                Problem(
                    MEASUREMENTS,
                    number,
                    _("%(indicator)s has two measurements on %(date)s.")
                    % {"indicator": what, "date": day.strftime("%d.%m.%Y")},
                )
            )
            continue
        seen.add((key, day))
        current = existing.get((key, day))
        if current is not None and current.value == amount and current.note == _text(note):
            continue
        reading.changes.append(
            Change(
                MEASUREMENTS,
                number,
                what,
                day.strftime("%d.%m.%Y"),
                current.value if current else None,
                amount,
            )
        )
        reading.measurements.append((uuid.UUID(key), day, amount, _text(note)[:255]))


def apply(reading, user):
    """Store what ``read`` found, all or nothing. Returns the number of changes stored."""
    if not reading.ok:
        raise ValueError("A reading with problems cannot be applied.")
    with transaction.atomic():
        for action in Action.objects.filter(pk__in=list(reading.action_updates)):
            for name, value in reading.action_updates[action.pk].items():
                setattr(action, name, value)
            # A coordinator's import publishes at once, as a revision of the live version
            # under their name, so it stays in the action's history.
            action.save_revision(user=user, log_action=True).publish(user=user)
            log(instance=action, action=LOG_ACTION, user=user)
        for key, day, value, note in reading.measurements:
            measurement, _created = Measurement.objects.update_or_create(
                indicator_key=key,
                measured_on=day,
                defaults={"value": value, "note": note, "recorded_by": user},
            )
            log(instance=measurement, action=LOG_ACTION, user=user)
    return len(reading.changes)
