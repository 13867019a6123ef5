"""Receipts on the sell screen: printing after each sale, Ctrl+P (last receipt), Ctrl+R (reprint any).

- After a sale commits, the till opens the cash drawer (cash sales, when set) and prints the
  receipt (when set). This runs once the payment dialog has closed, a thermal printer's job
  on a worker thread; a printer that fails leaves the sale as it is and says so on the sell
  screen, with Ctrl+P to try again.
- After a return (F9) commits, the same happens with its refund slip: the drawer opens when
  cash was given back, and the slip prints when the shop prints after each sale.
- Ctrl+P prints the last receipt or refund slip, whichever was handed over last (a cashier who
  has just made a return expects its slip): straight to an ESC/POS printer, otherwise through
  the print preview (any system printer, or a PDF).
- Ctrl+R asks for a receipt number or a refund slip number ("RF-000012"), typed or scanned
  from the barcode, shows it in the preview and prints it from there (Ctrl+P in the preview).

A reprint never opens the cash drawer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from pos_app.controllers.errors import UserError
from pos_app.controllers.receipts import PrintJob, ReceiptController
from pos_app.controllers.return_rows import RefundReceipt
from pos_app.controllers.returns import ReturnsController, describe_payouts
from pos_app.controllers.rows import SaleReceipt
from pos_app.controllers.sale import SaleController
from pos_app.controllers.settings import ReceiptOutput, SettingsController
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money
from pos_app.domain.receipt_numbers import refund_number_text
from pos_app.receipts.document import ReceiptDocument
from pos_app.ui.lazy import lazy_class
from pos_app.ui.no_sale_dialog import NoSaleDialog
from pos_app.ui.reprint_dialog import ReprintDialog
from pos_app.ui.sell_screen import SellScreen

PRINT_LAST_KEY = "Ctrl+P"
REPRINT_KEY = "Ctrl+R"
NO_SALE_KEY = "Ctrl+D"


@dataclass(frozen=True, slots=True)
class _AfterCommit:
    """What to tell the cashier once the printing after a sale or a return is done or has failed."""

    printed: str
    failed: str  # the start of the message; the printer's error and the Ctrl+P hint follow


def _after_sale(sale: SaleReceipt) -> _AfterCommit:
    change = format_money(sale.change)
    return _AfterCommit(
        translate("ReceiptActions", "Sale complete. Change due: {change}. Receipt {receipt} printed.").format(
            change=change, receipt=sale.receipt_no
        ),
        translate(
            "ReceiptActions", "Sale complete (receipt {receipt}, change {change}), but the printer failed:"
        ).format(receipt=sale.receipt_no, change=change),
    )


def _after_refund(refund: RefundReceipt) -> _AfterCommit:
    slip = refund_number_text(refund.refund_id)
    payouts = describe_payouts(refund)
    return _AfterCommit(
        translate("ReceiptActions", "{payouts} Refund slip {slip} printed.").format(
            payouts=payouts, slip=slip
        ),
        translate("ReceiptActions", "{payouts} (refund slip {slip}), but the printer failed:").format(
            payouts=payouts.removesuffix("."), slip=slip
        ),
    )


class ReceiptActions(QObject):
    """Adds the receipt buttons and keys to `sell`, and prints after each completed sale or return.

    `jobs_running` counts printer jobs after sales and returns still on a worker thread.
    """

    # (_AfterCommit, PrintJob, error message or None): emitted from the worker, handled on the GUI thread.
    _outcome = Signal(object, object, object)

    def __init__(
        self,
        sell: SellScreen,
        sale: SaleController,
        receipts: ReceiptController,
        settings: SettingsController,
        returns: ReturnsController | None = None,
    ) -> None:
        super().__init__(sell)
        self.jobs_running = 0
        self._outcome.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)
        self._sell = sell
        self._receipts = receipts
        self._settings = settings
        # Printing (QtPrintSupport) loads with the first receipt printed, not at start-up.
        receipts.set_system_printer(lazy_class("pos_app.ui.system_receipt_printer", "SystemReceiptPrinter"))

        self.print_last_button = QPushButton(
            translate("ReceiptActions", "Print last  ({key})").format(key=PRINT_LAST_KEY)
        )
        self.reprint_button = QPushButton(
            translate("ReceiptActions", "Reprint…  ({key})").format(key=REPRINT_KEY)
        )
        self.no_sale_button = QPushButton(
            translate("ReceiptActions", "No sale…  ({key})").format(key=NO_SALE_KEY)
        )
        for button in (self.print_last_button, self.reprint_button, self.no_sale_button):
            # The scan field keeps the focus: a click must not leave it on a button.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            sell.receipt_buttons.addWidget(button)
        self.print_last_button.clicked.connect(self.print_last)
        self.reprint_button.clicked.connect(self.reprint)
        self.no_sale_button.clicked.connect(self.open_drawer_no_sale)
        for key, slot in (
            (PRINT_LAST_KEY, self.print_last),
            (REPRINT_KEY, self.reprint),
            (NO_SALE_KEY, self.open_drawer_no_sale),
        ):
            shortcut = QShortcut(QKeySequence(key), sell)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        sale.sale_completed.connect(self._on_sale_completed)
        if returns is not None:
            returns.refund_completed.connect(self._on_refund_completed)

    # -- after a sale or a return ----------------------------------------------------------

    def _on_sale_completed(self, sale: SaleReceipt) -> None:
        # The signal comes from inside the payment dialog: print once it has closed, so a slow
        # printer never holds the dialog (or the sale) open.
        QTimer.singleShot(
            0, lambda: self._print_after(_after_sale(sale), lambda: self._receipts.after_sale_job(sale))
        )

    def _on_refund_completed(self, refund: RefundReceipt) -> None:
        # Likewise from inside the return dialog; the refund is committed whatever the printer does.
        QTimer.singleShot(
            0,
            lambda: self._print_after(_after_refund(refund), lambda: self._receipts.after_refund_job(refund)),
        )

    def _print_after(self, what: _AfterCommit, make_job: Callable[[], PrintJob | None]) -> None:
        try:
            job = make_job()
        except UserError as error:
            self._printing_failed(what, error.message)
            return
        if job is None:
            return
        if not job.in_background:
            self._run(what, job)
            return
        # A thermal printer: the bytes go out on a worker thread, so an unreachable network
        # printer (up to its 5 s timeout) never freezes the till; the outcome comes back queued.
        self.jobs_running += 1
        QThreadPool.globalInstance().start(lambda: self._run(what, job))

    def _run(self, what: _AfterCommit, job: PrintJob) -> None:
        """Run `job` (on any thread) and report its outcome to the GUI thread."""
        error: str | None = None
        try:
            job.run()
        except UserError as failure:
            error = failure.message
        except Exception as bug:  # told to the cashier, then raised as the bug it is
            self._outcome.emit(
                what,
                job,
                translate("ReceiptActions", "Printing failed unexpectedly ({error}).").format(error=bug),
            )
            raise
        self._outcome.emit(what, job, error)

    def _on_outcome(self, what: _AfterCommit, job: PrintJob, error: str | None) -> None:
        if job.in_background:
            self.jobs_running -= 1
        if error is not None:
            self._printing_failed(what, error)
        elif job.prints_receipt:
            self._sell.message.show_info(what.printed)

    def _printing_failed(self, what: _AfterCommit, message: str) -> None:
        self._sell.message.show_error(
            translate("ReceiptActions", "{failed} {reason} Press {key} to print it again.").format(
                failed=what.failed, reason=message, key=PRINT_LAST_KEY
            )
        )
        QApplication.beep()

    # -- Ctrl+P and Ctrl+R -----------------------------------------------------------------

    def print_last(self) -> None:
        """Print the last receipt: straight to a thermal printer, else through the preview."""
        if self._sell.dialog is not None:
            return
        try:
            doc = self._receipts.last_document()
        except UserError as error:
            self._show_error(error.message)
            return
        if self._settings.current.receipt_output is ReceiptOutput.ESCPOS:
            try:
                self._sell.message.show_info(self._send_to_printer(doc))
            except UserError as error:
                self._show_error(error.message)
            return
        self.preview(doc)

    def reprint(self) -> None:
        """Ask for a receipt number (or its barcode), then show that receipt to print it."""
        if self._sell.dialog is not None:
            return
        dialog = ReprintDialog(self._receipts, self._sell)

        def finished(code: int) -> None:
            self._closed(dialog)
            if code == QDialog.DialogCode.Accepted and dialog.document is not None:
                self.preview(dialog.document)

        self._open(dialog, finished)

    def open_drawer_no_sale(self) -> None:
        """Ask why, then open the drawer without a sale (audited; a cashier needs approval)."""
        if self._sell.dialog is not None:
            return
        dialog = NoSaleDialog(self._receipts, self._sell)

        def finished(code: int) -> None:
            self._closed(dialog)
            if code == QDialog.DialogCode.Accepted:
                self._sell.message.show_info(translate("ReceiptActions", "The drawer was opened (no sale)."))

        self._open(dialog, finished)

    def preview(self, doc: ReceiptDocument) -> None:
        """Show `doc` as it prints; its Print goes to the shop's printer (a system printer by default)."""
        current = self._settings.current
        thermal = current.receipt_output is ReceiptOutput.ESCPOS
        from pos_app.ui.receipt_preview import ReceiptPreviewDialog  # printing loads on first use

        dialog = ReceiptPreviewDialog(
            doc,
            self._sell,
            page=current.paper.value,
            send_to_printer=self._send_to_printer if thermal else None,
        )
        self._open(dialog, lambda _code: self._closed(dialog))

    def _send_to_printer(self, doc: ReceiptDocument) -> str:
        self._receipts.print(doc)
        return translate("ReceiptActions", "{title} printed.").format(title=doc.title)

    # -- helpers ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        # As the sell screen opens its own: open(), never exec(), and kept in `sell.dialog` so no
        # other action of the screen starts while it is up.
        self._sell.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        self._sell.dialog = None
        dialog.deleteLater()
        self._sell.focus_scan_field()

    def _show_error(self, text: str) -> None:
        self._sell.message.show_error(text)
        QApplication.beep()
