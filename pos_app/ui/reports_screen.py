"""The Reports tab (Ctrl+5): choose a report and its dates, see the table and a chart, export CSV or PDF.

Keyboard: the report chooser, the From and To fields and the buttons are in Tab order; Enter runs
the report from anywhere on the screen. The dates are local days typed as YYYY-MM-DD, inclusive;
an empty field is no limit. A bad date, or From after To, is said in red under the fields and
nothing is run. The chart module (QtCharts) is imported the first time the tab is shown, so
starting the till never loads it. Exports write the report as shown: CSV with the same writer
as `pos-app report` (services.report_export), PDF through ui.reports_pdf.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.errors import UserError
from pos_app.controllers.report_rows import ReportKind, ReportTable
from pos_app.controllers.reports import ReportsController
from pos_app.domain.i18n import translate
from pos_app.ui.reports_model import ReportTableModel
from pos_app.ui.status_label import StatusLabel

if TYPE_CHECKING:
    from pos_app.ui.reports_chart import ReportChart


def choices() -> tuple[tuple[ReportKind, str], ...]:
    """The reports the chooser offers, in its order, named in the user's language."""
    return (
        (ReportKind.DAY, translate("ReportsScreen", "Sales by day")),
        (ReportKind.WEEK, translate("ReportsScreen", "Sales by week")),
        (ReportKind.MONTH, translate("ReportsScreen", "Sales by month")),
        (ReportKind.HOUR, translate("ReportsScreen", "Sales by hour of day")),
        (ReportKind.TOP_ITEMS, translate("ReportsScreen", "Top 10 items")),
        (ReportKind.ITEM, translate("ReportsScreen", "Sales by item")),
        (ReportKind.CUSTOMER, translate("ReportsScreen", "Sales by customer")),
        (ReportKind.CASHIER, translate("ReportsScreen", "Sales by cashier")),
        (ReportKind.TENDER, translate("ReportsScreen", "Payments by tender")),
    )


DEFAULT_DAYS = 30
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    """Where to save an export; "" when the owner cancels. Tests replace this function."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


def parse_day(typed: str, field: str) -> date | None:
    """A typed local day, None for an empty field; ValueError with a message for anything else."""
    text = typed.strip()
    if not text:
        return None
    try:
        if _ISO_DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(
        translate("ReportsScreen", "{field} must be a date like 2026-03-31 (got {text}).").format(
            field=field, text=repr(text[:20])
        )
    )


class ReportsScreen(QWidget):
    """The owner's reports: a chooser, dates, a table and a chart, and the two exports."""

    def __init__(self, reports: ReportsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self.chart: ReportChart | None = None  # made when the first report is shown
        self.report: ReportTable | None = None

        self.chooser = QComboBox()
        for kind, label in choices():
            self.chooser.addItem(label, kind.value)
        today = date.today()
        self.from_field = QLineEdit((today - timedelta(days=DEFAULT_DAYS - 1)).isoformat())
        self.to_field = QLineEdit(today.isoformat())
        for field in (self.from_field, self.to_field):
            field.setPlaceholderText(translate("ReportsScreen", "YYYY-MM-DD (empty: no limit)"))
            field.setMaxLength(10)
        self.run_button = QPushButton(translate("ReportsScreen", "Run  (Enter)"))
        self.run_button.clicked.connect(self.run)
        self.csv_button = QPushButton(translate("ReportsScreen", "Export CSV…"))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(translate("ReportsScreen", "Export PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)

        controls = QHBoxLayout()
        for label, widget in (
            (translate("ReportsScreen", "&Report"), self.chooser),
            (translate("ReportsScreen", "&From"), self.from_field),
            (translate("ReportsScreen", "&To"), self.to_field),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(self.run_button)
        controls.addStretch(1)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.pdf_button)

        self.model = ReportTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.heading = QLabel()
        self.message = StatusLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        self.setTabOrder(self.chooser, self.from_field)
        self.setTabOrder(self.from_field, self.to_field)
        self.setTabOrder(self.to_field, self.run_button)
        self._update_exports()

    def focus_chooser(self) -> None:
        self.chooser.setFocus()

    def choose(self, kind: ReportKind) -> None:
        self.chooser.setCurrentIndex(self.chooser.findData(ReportKind(kind).value))

    def run(self) -> None:
        """Run the chosen report over the typed dates and show it; a bad date is said and nothing runs."""
        try:
            first = parse_day(self.from_field.text(), translate("ReportsScreen", "From"))
            last = parse_day(self.to_field.text(), translate("ReportsScreen", "To"))
            if first is not None and last is not None and first > last:
                raise ValueError(
                    translate(
                        "ReportsScreen", "From ({first}) is after To ({last}): nothing to report."
                    ).format(first=first, last=last)
                )
        except ValueError as error:
            self.message.show_error(str(error))
            return
        # One SQL statement, but over years of orders it can take a moment: say so with the cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            table = self._reports.table(ReportKind(self.chooser.currentData()), first, last)
        except UserError as error:
            self.message.show_error(error.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.report = table
        self.model.show_table(table)
        from pos_app.services.report_export import report_heading  # with the first report

        self.heading.setText(report_heading(table))
        self._ensure_chart().show_table(table)
        if not table.rows:
            self.message.show_info(translate("ReportsScreen", "No sales in this range."))
        elif len(table.rows) == 1:
            self.message.show_info(translate("ReportsScreen", "1 row."))
        else:
            self.message.show_info(translate("ReportsScreen", "{count} rows.").format(count=len(table.rows)))
        self._update_exports()

    def export_csv(self) -> None:
        if self.report is None:
            return
        path = ask_save_path(
            self,
            translate("ReportsScreen", "Export report as CSV"),
            f"{self._file_stem()}.csv",
            translate("ReportsScreen", "CSV files (*.csv)"),
        )
        if not path:
            return
        from pos_app.services.report_export import write_csv

        try:
            with Path(path).open("w", encoding="utf-8", newline="") as stream:
                write_csv(self.report, stream)
        except OSError as error:
            self.message.show_error(
                translate("ReportsScreen", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return
        self.message.show_info(translate("ReportsScreen", "Saved {path}.").format(path=path))

    def export_pdf(self) -> None:
        if self.report is None:
            return
        path = ask_save_path(
            self,
            translate("ReportsScreen", "Export report as PDF"),
            f"{self._file_stem()}.pdf",
            translate("ReportsScreen", "PDF files (*.pdf)"),
        )
        if not path:
            return
        from pos_app.ui.reports_pdf import ReportPdfError, write_report_pdf

        try:
            write_report_pdf(self.report, path)
        except ReportPdfError as error:
            self.message.show_error(str(error))
            return
        self.message.show_info(translate("ReportsScreen", "Saved {path}.").format(path=path))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The chooser and the buttons leave Enter to their parent: Enter runs the report from anywhere.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.report is None:
            self.run()

    def _ensure_chart(self) -> ReportChart:
        if self.chart is None:
            # Imported here: QtCharts loads on the first report, never at start-up.
            from pos_app.ui.reports_chart import ReportChart

            self.chart = ReportChart()
            self.splitter.addWidget(self.chart)
            self.splitter.setSizes([600, 400])
        return self.chart

    def _file_stem(self) -> str:
        assert self.report is not None
        span = "-".join(str(day) for day in (self.report.first, self.report.last) if day is not None)
        return f"{self.report.kind.value}-report" + (f"-{span}" if span else "")

    def _update_exports(self) -> None:
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(self.report is not None)
