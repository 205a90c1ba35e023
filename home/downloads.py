"""Files the site hands out: attachments, and spreadsheets that cannot run what people typed.

A cell whose text starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is
read as a formula by spreadsheet programs: a registrant named ``=HYPERLINK(...)`` would run in
the coordinator's Excel. Every text cell of a download is therefore written with a leading
apostrophe when it starts so, which spreadsheets show as plain text (OWASP's advice on CSV
injection). Numbers and dates are left as they are.
"""

import tablib

from django.http import HttpResponse

CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` with a leading apostrophe if it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore(value):
    """What ``neutralise`` was given, for a cell read back from a workbook the site wrote."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def safe(data):
    """A copy of the tablib dataset with every formula-like text cell neutralised."""
    copy = tablib.Dataset(headers=[neutralise(header) for header in data.headers or []])
    copy.title = data.title
    for row in data:
        copy.append([neutralise(value) for value in row])
    return copy


class FormulaSafeExportMixin:
    """For a view with Wagtail's ``SpreadsheetExportMixin``: its CSV and XLSX cells made safe.

    Wagtail keeps openpyxl from writing a formula into an XLSX cell, but its CSV writes the text
    as it is, and the XLSX cell still starts with ``=`` for the next program that reads it.
    """

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))


def attachment(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def spreadsheet_response(data, filename, format):
    """A tablib dataset as a CSV or XLSX download named ``filename.format``, made safe."""
    data = safe(data)
    if format == "csv":
        # The byte order mark makes spreadsheet programs read the Cyrillic as UTF-8.
        return attachment(("\ufeff" + data.export("csv")).encode(), CSV, f"{filename}.csv")
    return attachment(data.export("xlsx"), XLSX, f"{filename}.xlsx")
