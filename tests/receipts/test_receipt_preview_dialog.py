"""The receipt preview dialog, offscreen: it shows pages for roll and A4, prints through the print
dialog to a PDF-format printer (never a real one), saves a PDF, and Esc closes it."""

from __future__ import annotations

from typing import ClassVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from pos_app.ui import receipt_preview
from pos_app.ui.receipt_preview import ReceiptPreviewDialog

POINTS_PER_MM = 72 / 25.4


@pytest.fixture
def pdf_printer(tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    return printer


@pytest.fixture
def dialog(qtbot, sale, pdf_printer):
    widget = ReceiptPreviewDialog(sale, printer=pdf_printer)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_preview_shows_the_roll_then_a4(qtbot, dialog):
    assert dialog.windowTitle() == "Receipt R-000123"
    assert dialog.page_style == "roll80"
    qtbot.waitUntil(lambda: dialog.page_count() == 1)
    roll = dialog.printer.pageLayout().fullRect(QPageLayout.Unit.Point).size()
    assert abs(roll.width() - 80 * POINTS_PER_MM) < 1
    assert roll.height() > roll.width()

    dialog.page_choice.setCurrentIndex(dialog.page_choice.findText("A4"))
    assert dialog.page_style == "a4"
    assert dialog.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    qtbot.waitUntil(lambda: dialog.page_count() == 1)
    assert dialog.message.text() == ""


def test_print_is_the_default_button(dialog):
    assert dialog.print_button.isDefault()
    assert not dialog.save_button.autoDefault()
    assert not dialog.close_button.autoDefault()


def test_escape_closes(qtbot, dialog):
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


class _AcceptingPrintDialog:
    """Stands in for QPrintDialog: the person picks the printer already set up and presses Print."""

    opened: ClassVar[list[QPrinter]] = []

    def __init__(self, printer: QPrinter, parent=None) -> None:
        self._printer = printer

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def exec(self) -> QDialog.DialogCode:
        _AcceptingPrintDialog.opened.append(self._printer)
        return QDialog.DialogCode.Accepted


def test_print_goes_through_the_print_dialog(qtbot, dialog, monkeypatch, tmp_path):
    _AcceptingPrintDialog.opened.clear()
    monkeypatch.setattr(receipt_preview, "QPrintDialog", _AcceptingPrintDialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert _AcceptingPrintDialog.opened == [dialog.printer]
    reader = PdfReader(tmp_path / "printed.pdf")
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Corner Shop" in text
    assert "TOTAL 20.00" in text
    assert text.endswith("R-000123")
    assert abs(float(reader.pages[0].mediabox.width) - 80 * POINTS_PER_MM) < 1


def test_print_to_a_chosen_printer_on_a4(qtbot, dialog, tmp_path):
    dialog.page_choice.setCurrentIndex(dialog.page_choice.findText("A4"))
    other = QPrinter(QPrinter.PrinterMode.HighResolution)
    other.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    other.setOutputFileName(str(tmp_path / "a4.pdf"))
    dialog.print_to(other)
    [page] = PdfReader(tmp_path / "a4.pdf").pages
    assert round(float(page.mediabox.width)) == 595


def test_save_pdf(qtbot, dialog, monkeypatch, tmp_path):
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        receipt_preview.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)")
    )
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "R-000123" in PdfReader(target).pages[0].extract_text()


def test_cancelled_save_writes_nothing(qtbot, dialog, monkeypatch, tmp_path):
    monkeypatch.setattr(receipt_preview.QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []
