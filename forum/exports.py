"""The action plan as a spreadsheet (CSV, XLSX) and as a printable PDF, in the page's language."""

from http import HTTPStatus

import tablib

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from home.downloads import attachment


def _number(value):
    """12.00 as 12 and 12.50 as 12.5."""
    return f"{value.normalize():f}"


def _indicator_text(row):
    unit = f" {row.indicator.unit}" if row.indicator.unit else ""
    return f"{row.indicator.name}: {_number(row.current)} / {_number(row.indicator.target)}{unit}"


def dataset(plan):
    data = tablib.Dataset(
        headers=[
            _("Goal"),
            _("Objective"),
            _("Code"),
            _("Action"),
            _("Responsible organisation"),
            _("Partner organisations"),
            _("Start"),
            _("End"),
            _("Budget (MKD)"),
            _("Status"),
            _("Progress (%)"),
            _("Behind schedule"),
            _("Indicators"),
        ],
        title=_("Action plan")[:31],
    )
    for row in plan.actions:
        action = row.action
        data.append(
            [
                str(row.goal),
                str(row.objective),
                action.code,
                action.title,
                str(row.responsible) if row.responsible else "",
                "; ".join(str(org) for org in row.partners),
                action.start_date,
                action.end_date,
                int(action.budget_mkd),
                action.get_status_display(),
                action.progress,
                _("yes") if row.behind_schedule else _("no"),
                "; ".join(_indicator_text(indicator) for indicator in row.indicators),
            ]
        )
    return data


def pdf_response(request, page, full_plan, plan, filters, filename):
    """The PDF of ``plan`` (the actions the visitor's ``filters`` kept, as (label, value) pairs),
    with the progress figures of ``full_plan``, as the page shows them."""
    try:
        from weasyprint import HTML  # needs Pango from the system; see the README
    except OSError:
        return HttpResponse(
            _("The PDF cannot be made on this server just now. Please try the spreadsheet."),
            status=HTTPStatus.SERVICE_UNAVAILABLE,
            content_type="text/plain; charset=utf-8",
        )
    html = render_to_string(
        "forum/strategy_pdf.html",
        {
            "page": page,
            "plan": plan,
            "full_plan": full_plan,
            "filters": filters,
            "today": formats.date_format(timezone.localdate()),
        },
        request=request,
    )
    pdf = HTML(string=html).write_pdf()  # self-contained: it fetches nothing
    return attachment(pdf, "application/pdf", f"{filename}.pdf")
