"""A report as a PDF file: a title, the dates it covers, and the table, on A4 pages.

Drawn with Qt (QTextDocument printed onto a QPdfWriter), which flows long reports onto more
pages. The cells are the ones the CSV export writes (services.report_export.cell_text), so the
PDF and the CSV of the same report agree; text is HTML-escaped. A QGuiApplication must exist.
"""

from __future__ import annotations

import html
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from pos_app.controllers.report_rows import ReportTable
from pos_app.domain.i18n import translate
from pos_app.services.report_export import cell_text, report_heading
from pos_app.ui.reports_model import column_title


class ReportPdfError(Exception):
    """The PDF could not be written (the folder is missing or read-only, say)."""


def report_html(table: ReportTable) -> str:
    numeric = [
        bool(table.rows) and all(isinstance(row[i], int | Decimal) or row[i] is None for row in table.rows)
        for i in range(len(table.columns))
    ]
    head = "".join(
        f"<th align='{'right' if numeric[i] else 'left'}'>{html.escape(column_title(name))}</th>"
        for i, name in enumerate(table.columns)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td align='{'right' if numeric[i] else 'left'}'>{html.escape(cell_text(cell))}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in table.rows
    )
    no_sales = translate("ReportPdf", "No sales in this range.")
    empty = "" if table.rows else f"<p>{html.escape(no_sales)}</p>"
    return (
        f"<h2>{html.escape(report_heading(table))}</h2>"
        f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{body}</table>{empty}"
    )


def write_report_pdf(table: ReportTable, path: str | Path) -> Path:
    """Write `table` to `path` (overwritten) as an A4 PDF; ReportPdfError when the file cannot be written."""
    target = Path(path)
    try:
        # QPdfWriter reports an unwritable path only as a Qt warning: find out first, with a reason.
        with target.open("wb"):
            pass
    except OSError as error:
        raise ReportPdfError(
            translate("ReportPdf", "Cannot write {path}: {reason}").format(
                path=target, reason=error.strerror or error
            )
        ) from error
    writer = QPdfWriter(str(target))
    writer.setTitle(report_heading(table))
    writer.setCreator("pos_app")
    orientation = (
        QPageLayout.Orientation.Landscape if len(table.columns) > 6 else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 9pt; } th { background: #eeeeee; }")
    document.setHtml(report_html(table))
    document.print_(writer)
    return target
