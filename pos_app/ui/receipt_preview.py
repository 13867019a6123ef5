"""Print preview of one receipt, on an 80 mm roll or A4, and printing it to any system printer.

A reprint from the sales history and a customer asking for an A4 copy both end here; the
drawing itself is `pos_app.receipts.pdf_output`, shared with PDF export, so what the
preview shows is what the printer gets. Esc closes the dialog.

With a `send_to_printer` action (the shop prints on an ESC/POS thermal printer), Print sends
the receipt there instead of asking for a system printer. Ctrl+P and Ctrl+S are claimed with
a ShortcutOverride (as in ui/payment_dialog.py): the dialog may be a child of the sell
screen, whose own Ctrl+P shortcut would otherwise make the key ambiguous here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.i18n import translate
from pos_app.receipts.document import ReceiptDocument
from pos_app.receipts.pdf_output import (
    PAGE_STYLES,
    PageStyle,
    ReceiptRenderError,
    prepare_page,
    print_receipt_document,
    render_pdf,
)

_CLAIMED = (QKeySequence.StandardKey.Print, QKeySequence.StandardKey.Save)


def page_name(style: PageStyle) -> str:
    """The paper choice as the preview lists it."""
    names: dict[PageStyle, str] = {
        "roll80": translate("ReceiptPreviewDialog", "Roll 80 mm"),
        "a4": translate("ReceiptPreviewDialog", "A4"),
    }
    return names[style]


class ReceiptPreviewDialog(QDialog):
    """Shows `doc` as it will print; Print… (Ctrl+P) picks a system printer, Save PDF… (Ctrl+S) a file.

    `printer` is the QPrinter the preview draws on and prints to (a new high-resolution one
    by default); tests pass a PDF-format printer so nothing reaches a real device.
    """

    def __init__(
        self,
        doc: ReceiptDocument,
        parent: QWidget | None = None,
        *,
        page: PageStyle = "roll80",
        printer: QPrinter | None = None,
        send_to_printer: Callable[[ReceiptDocument], str] | None = None,
    ) -> None:
        """`send_to_printer` prints `doc` elsewhere and returns what to tell the cashier, or raises
        an exception whose text says why it could not."""
        super().__init__(parent)
        self.setWindowTitle(doc.title)
        self._doc = doc
        self._send_to_printer = send_to_printer
        self.printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(doc.title)

        self.page_choice = QComboBox()
        for style in PAGE_STYLES:
            self.page_choice.addItem(page_name(style), style)
        self.page_choice.setCurrentIndex(PAGE_STYLES.index(page))
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.print_button = QPushButton(
            translate("ReceiptPreviewDialog", "&Print (Ctrl+P)")
            if send_to_printer
            else translate("ReceiptPreviewDialog", "&Print… (Ctrl+P)")
        )
        self.save_button = QPushButton(translate("ReceiptPreviewDialog", "&Save PDF… (Ctrl+S)"))
        self.close_button = QPushButton(translate("ReceiptPreviewDialog", "Close (Esc)"))
        # Enter prints; the other buttons never take Enter over.
        self.print_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        self.message = QLabel("")
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)

        bar = QHBoxLayout()
        paper = QLabel(translate("ReceiptPreviewDialog", "&Paper"))
        paper.setBuddy(self.page_choice)
        bar.addWidget(paper)
        bar.addWidget(self.page_choice)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        self.resize(520, 720)

        self.preview.paintRequested.connect(self._on_paint_requested)
        self.page_choice.currentIndexChanged.connect(self._on_page_changed)
        self.print_button.clicked.connect(self._on_print)
        self.save_button.clicked.connect(self._on_save_pdf)
        self.close_button.clicked.connect(self.reject)
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)
        self._prepare()

    @property
    def page_style(self) -> PageStyle:
        style: PageStyle = self.page_choice.currentData()
        return style

    def page_count(self) -> int:
        return self.preview.pageCount()

    def print_to(self, printer: QPrinter) -> None:
        """Print on `printer` with the paper chosen here; raises ReceiptRenderError when it fails."""
        print_receipt_document(self._doc, printer, self.page_style)

    def _prepare(self) -> None:
        try:
            prepare_page(self.printer, self._doc, self.page_style)
        except ReceiptRenderError as error:
            self.message.setText(str(error))
        self.preview.updatePreview()

    def _on_page_changed(self, _index: int) -> None:
        self.message.clear()
        self._prepare()

    def _on_paint_requested(self, printer: QPrinter) -> None:
        print_receipt_document(self._doc, printer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Claim Ctrl+P and Ctrl+S before any shortcut of a parent screen; keyPressEvent gets them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(_is_key(event, key) for key in _CLAIMED)
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_key(event, QKeySequence.StandardKey.Print):
            self._on_print()
        elif _is_key(event, QKeySequence.StandardKey.Save):
            self._on_save_pdf()
        else:
            super().keyPressEvent(event)

    def _on_print(self) -> None:
        if self._send_to_printer is not None:
            try:
                self.message.setText(self._send_to_printer(self._doc))
            except Exception as error:  # the caller's printer: its message is what the cashier reads
                self.message.setText(str(error))
            return
        self._prepare()
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(
            translate("ReceiptPreviewDialog", "Print {title}").format(title=self._doc.title)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            # The printer's page as the person left it in the print dialog.
            print_receipt_document(self._doc, self.printer)
        except ReceiptRenderError as error:
            QMessageBox.warning(self, translate("ReceiptPreviewDialog", "Printing failed"), str(error))

    def _on_save_pdf(self) -> None:
        suggested = str(Path.home() / f"receipt-{self._doc.number}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ReceiptPreviewDialog", "Save receipt as PDF"),
            suggested,
            translate("ReceiptPreviewDialog", "PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            render_pdf(self._doc, path, self.page_style)
        except ReceiptRenderError as error:
            QMessageBox.warning(self, translate("ReceiptPreviewDialog", "Saving failed"), str(error))


def _is_key(event: QKeyEvent, key: QKeySequence.StandardKey) -> bool:
    # Spelled out as well: the platform's standard keys are unbound on some platforms (offscreen).
    spelled = {QKeySequence.StandardKey.Print: "Ctrl+P", QKeySequence.StandardKey.Save: "Ctrl+S"}[key]
    return event.matches(key) or QKeySequence(event.keyCombination()) == QKeySequence(spelled)
