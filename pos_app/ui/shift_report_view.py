"""Showing an X or Z report, printing it on any system printer, and saving it as a PDF.

The report is monospaced text (`shift_report_text`); on paper it is the same text in a fixed
font through a QTextDocument, drawn on a QPrinter or a QPdfWriter, so what the cashier reads
on screen is what the printer and the PDF get.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QPagedPaintDevice, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from pos_app.controllers.shift_report import ShiftReport
from pos_app.domain.i18n import translate
from pos_app.ui.shift_report_text import report_text, report_title

PDF_RESOLUTION = 300
PAPER_POINT_SIZE = 10


class ReportSaveError(Exception):
    """The PDF could not be written; the message says where and why."""


def report_font(point_size: int = PAPER_POINT_SIZE) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    return font


def report_document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setPlainText(text)
    return document


def draw_report(text: str, device: QPagedPaintDevice) -> None:
    """Draw the report on a printer or a PDF writer, on as many pages as it needs."""
    report_document(text).print_(device)


def save_report_pdf(text: str, path: str | Path, title: str) -> Path:
    """Write the report as an A4 PDF at `path` (overwritten); ReportSaveError when it cannot."""
    target = Path(path)
    try:
        # QPdfWriter reports an unwritable path only as a Qt warning; find out first, with a reason.
        with target.open("wb"):
            pass
    except OSError as error:
        raise ReportSaveError(
            translate("ShiftReportView", "Cannot write the PDF to {path}: {reason}").format(
                path=target, reason=error.strerror
            )
        ) from error
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title)
    writer.setCreator("pos_app")
    draw_report(text, writer)
    return target


class ReportPage(QWidget):
    """One report as text, with Print… (Ctrl+P), Save as PDF… (Ctrl+S) and a way back (Esc).

    The shift dialog routes the keys here; `choose_pdf_path` is the file chooser, replaceable
    so a test can answer it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ShiftReport | None = None
        self.title = QLabel()
        self.title.setObjectName("reportTitle")
        self.text = QPlainTextEdit()
        self.text.setObjectName("reportText")
        self.text.setReadOnly(True)
        self.text.setFont(report_font(11))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.print_button = QPushButton(translate("ReportPage", "Print…  (Ctrl+P)"))
        self.save_button = QPushButton(translate("ReportPage", "Save as PDF…  (Ctrl+S)"))
        self.back_button = QPushButton(translate("ReportPage", "Back  (Esc)"))
        for button in (self.print_button, self.save_button, self.back_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_pdf)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def show_report(self, report: ShiftReport, back_text: str) -> None:
        self.report = report
        self.title.setText(report_title(report))
        self.text.setPlainText(report_text(report))
        self.back_button.setText(translate("ReportPage", "{back}  (Esc)").format(back=back_text))
        self.status.clear()
        self.text.setFocus()

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def print_to(self, printer: QPrinter) -> None:
        draw_report(self.plain_text(), printer)

    def print_report(self) -> None:
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report_title(self.report))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            translate("ReportPage", "Print {report}").format(report=report_title(self.report))
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)
        self.status.setText(translate("ReportPage", "Sent to the printer."))

    def choose_pdf_path(self, suggested: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ReportPage", "Save the report as PDF"),
            suggested,
            translate("ReportPage", "PDF (*.pdf)"),
        )
        return path

    def save_pdf(self) -> None:
        if self.report is None:
            return
        report = self.report
        suggested = str(Path.home() / f"{report.kind.lower()}-report-shift-{report.shift_id}.pdf")
        path = self.choose_pdf_path(suggested)
        if not path:
            return
        try:
            saved = save_report_pdf(self.plain_text(), path, report_title(report))
        except ReportSaveError as error:
            self.status.setText(str(error))
            return
        self.status.setText(translate("ReportPage", "Saved as {path}").format(path=saved))
