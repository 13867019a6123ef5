"""Receipts on the printers the operating system knows, drawn through Qt (pos_app.receipts.pdf_output).

The receipt controller prints through this when the shop chose "System printer": it is the
widgets layer's because QtPrintSupport loads QtWidgets. It prints straight to the default
printer with the shop's paper; choosing another printer is done in the print preview.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from pos_app.controllers.receipts import ReceiptPrintError
from pos_app.controllers.settings import Paper
from pos_app.domain.i18n import translate
from pos_app.receipts.document import ReceiptDocument
from pos_app.receipts.pdf_output import ReceiptRenderError, print_receipt_document


class SystemReceiptPrinter:
    """The system's default printer, on the given paper; no cash drawer."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper

    def print_receipt(self, doc: ReceiptDocument, *, open_drawer: bool = False) -> None:
        # open_drawer is ignored: only a thermal printer has a drawer port (settings refuse the mix).
        default = QPrinterInfo.defaultPrinter()
        if default.isNull():
            raise ReceiptPrintError(
                translate(
                    "SystemReceiptPrinter",
                    "No system printer is set up on this computer: add one, "
                    "or choose another output in Settings.",
                )
            )
        printer = QPrinter(default, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(translate("SystemReceiptPrinter", "Receipt {number}").format(number=doc.number))
        try:
            print_receipt_document(doc, printer, self.paper.value)
        except ReceiptRenderError as error:
            raise ReceiptPrintError(
                translate("SystemReceiptPrinter", "Printer {printer}: {error}").format(
                    printer=default.printerName(), error=error
                )
            ) from None

    def open_cash_drawer(self) -> None:
        raise ReceiptPrintError(
            translate(
                "SystemReceiptPrinter",
                "A system printer has no cash drawer: the drawer needs an ESC/POS printer.",
            )
        )
