"""Writing a finished report (`ReportTable`) as CSV, JSON or an aligned text table.

The command line (`pos-app report`) and the Reports tab use the same writers, so an export from
either has the same columns and the same cells:
- money as plain numbers with two decimals and no thousands separator ("1234.50", "-4.50");
- counts as integers; an empty cell (a sale without a customer has no customer_id) as nothing;
- CSV: a header row of the column names, then one row per report row, text cells made
  spreadsheet-safe (services.csv_safety); lines end with "\n";
- JSON: a list of objects keyed by the column names, money as strings ("12.34") so no reader
  turns it into a float, counts as numbers, an empty cell as null;
- text: columns padded to their widest cell, numbers right-aligned, for a terminal.
The PDF export needs Qt's painter and lives with the widgets (ui/reports_pdf.py).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import TextIO

from pos_app.controllers.report_rows import Cell, ReportTable
from pos_app.domain.i18n import translate
from pos_app.services.csv_safety import spreadsheet_safe

FORMATS = ("table", "csv", "json")


def cell_text(cell: Cell) -> str:
    """A cell as the writers print it: money with two decimals, nothing for None."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return f"{cell:.2f}"
    return str(cell)


def write_csv(table: ReportTable, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(
        [spreadsheet_safe(cell) if isinstance(cell, str) else cell_text(cell) for cell in row]
        for row in table.rows
    )


def csv_text(table: ReportTable) -> str:
    stream = io.StringIO()
    write_csv(table, stream)
    return stream.getvalue()


def json_text(table: ReportTable) -> str:
    records = [
        {name: _json_value(cell) for name, cell in zip(table.columns, row, strict=True)} for row in table.rows
    ]
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"


def _json_value(cell: Cell) -> str | int | None:
    return f"{cell:.2f}" if isinstance(cell, Decimal) else cell


def text_table(table: ReportTable) -> str:
    """The report as aligned columns under a title line, for reading in a terminal."""
    numeric = [
        bool(table.rows) and all(isinstance(row[i], int | Decimal) or row[i] is None for row in table.rows)
        for i in range(len(table.columns))
    ]
    cells = [list(table.columns), *([cell_text(cell) for cell in row] for row in table.rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(table.columns))]
    lines = [
        "  ".join(
            text.rjust(width) if is_number else text.ljust(width)
            for text, width, is_number in zip(line, widths, numeric, strict=True)
        ).rstrip()
        for line in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if not table.rows:
        lines.append("(no sales in this range)")
    return "\n".join([report_heading(table), "", *lines]) + "\n"


def report_heading(table: ReportTable) -> str:
    """The title and the dates it covers, e.g. "Sales by day, 2026-03-01 to 2026-03-31"."""
    # Shown on the Reports tab and in its PDF, so translated; the dates are formatted as before.
    if table.first is None and table.last is None:
        return translate("ReportExport", "{title}, all dates").format(title=table.title)
    if table.last is None:
        return translate("ReportExport", "{title}, from {first}").format(title=table.title, first=table.first)
    if table.first is None:
        return translate("ReportExport", "{title}, up to {last}").format(title=table.title, last=table.last)
    return translate("ReportExport", "{title}, {first} to {last}").format(
        title=table.title, first=table.first, last=table.last
    )
