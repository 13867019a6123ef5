"""Returning part of a past sale (F9 on the sell screen), by keyboard from start to end.

- The receipt field has focus: scan the receipt's barcode or type its number, Enter.
- The sale's lines appear with what was sold, returned before and can still come back; the
  focus moves to them. Up/Down choose a line; digits type how many come back (Backspace takes
  the last digit off); Space returns all of the line, or none if all were chosen; + / - one
  more or one less. Tab goes to the reason.
- F2 refunds to the original tenders, F3 all in cash; the refund and where it goes are shown
  live. Enter refunds (the reason is required); Esc leaves without changing anything.

The dialog calls the returns controller itself, so a refusal (no reason, no open shift, units
another register just took back) is shown here and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.errors import UserError
from pos_app.controllers.return_rows import RefundReceipt, ReturnableSale
from pos_app.controllers.returns import MAX_REASON, ReturnsController
from pos_app.domain.cash import TenderMethod
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money
from pos_app.domain.refund_payouts import Payout, RefundDestination
from pos_app.ui.local_time import local_time_text
from pos_app.ui.return_lines_model import RETURN_COLUMN, ReturnLinesModel
from pos_app.ui.row_selection import select_row
from pos_app.ui.status_label import StatusLabel

DIALOG_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_F3)
MAX_TYPED_DIGITS = 6


class ReturnDialog(QDialog):
    """Finds a paid sale by receipt and refunds the units chosen; `receipt` is set once committed."""

    def __init__(self, returns: ReturnsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReturnDialog", "Return"))
        self._returns = returns
        self._sale: ReturnableSale | None = None
        self._typed = ""  # digits typed on the current line so far
        self.receipt: RefundReceipt | None = None

        self.receipt_field = QLineEdit()
        self.receipt_field.setObjectName("receiptField")
        self.receipt_field.setPlaceholderText(
            translate("ReturnDialog", "Scan the receipt's barcode or type its number, then Enter")
        )
        self.receipt_field.setMaxLength(64)
        self.sale_label = QLabel("")
        self.sale_label.setObjectName("saleLabel")
        self.sale_label.setWordWrap(True)

        self.model = ReturnLinesModel()
        self.table = QTableView()
        self.table.setObjectName("returnLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Typing is handled below (digits, Space, + and -); a double click edits the cell too.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the reason
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.reason_field = QLineEdit()
        self.reason_field.setObjectName("reasonField")
        self.reason_field.setPlaceholderText(
            translate("ReturnDialog", "Why is it coming back? e.g. damaged, wrong size")
        )
        self.reason_field.setMaxLength(MAX_REASON * 2)  # longer is refused with a message, not cut
        self.original_button = QRadioButton(translate("ReturnDialog", "Original tender  (F2)"))
        self.cash_button = QRadioButton(translate("ReturnDialog", "Cash  (F3)"))
        self.original_button.setChecked(True)
        self._destinations = QButtonGroup(self)
        for button in (self.original_button, self.cash_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F2/F3 choose; Tab stays on the fields
            self._destinations.addButton(button)
        self.refund_label = QLabel("")
        self.refund_label.setObjectName("refundTotal")
        self.refund_label.setStyleSheet("font-weight: bold;")
        self.message = StatusLabel("")
        self.message.setObjectName("returnMessage")
        self.message.setWordWrap(True)
        self.refund_button = QPushButton(translate("ReturnDialog", "Refund  (Enter)"))
        self.refund_button.setAutoDefault(False)
        self.refund_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel_button = QPushButton(translate("ReturnDialog", "Cancel  (Esc)"))
        cancel_button.setAutoDefault(False)
        cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._lay_out(cancel_button)
        self.model.quantities_changed.connect(self._update_quote)
        self.model.refused.connect(self.message.show_error)
        self._destinations.buttonToggled.connect(lambda *_: self._update_quote())
        self.refund_button.clicked.connect(self.confirm)
        cancel_button.clicked.connect(self.reject)
        for widget in (self.receipt_field, self.table, self.reason_field):
            widget.installEventFilter(self)
        self._show_sale(None)
        self.receipt_field.setFocus()

    def _lay_out(self, cancel_button: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(translate("ReturnDialog", "Receipt"), self.receipt_field)
        destinations = QHBoxLayout()
        destinations.addWidget(self.original_button)
        destinations.addWidget(self.cash_button)
        destinations.addStretch(1)
        below = QFormLayout()
        below.addRow(translate("ReturnDialog", "Reason"), self.reason_field)
        below.addRow(translate("ReturnDialog", "Refund to"), destinations)
        below.addRow(translate("ReturnDialog", "Refund"), self.refund_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sale_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(
                translate(
                    "ReturnDialog",
                    "Up/Down: line    digits: how many    Space: all / none    + / -: one more / less    "
                    "Tab: reason\nF2: original tender    F3: cash    Enter: refund    Esc: cancel",
                )
            )
        )
        layout.addLayout(buttons)
        self.resize(760, 520)

    # -- finding the sale ----------------------------------------------------------------

    def find_sale(self) -> None:
        try:
            sale = self._returns.find_sale(self.receipt_field.text())
        except UserError as error:
            self.message.show_error(error.message)
            self.receipt_field.selectAll()
            self.receipt_field.setFocus()
            return
        self._show_sale(sale)
        self.receipt_field.clear()
        if sale.fully_returned:
            self.message.show_error(
                translate(
                    "ReturnDialog", "Everything on receipt {receipt} has already been returned."
                ).format(receipt=sale.receipt_no)
            )
            self.receipt_field.setFocus()
            return
        self.message.show_info(
            translate("ReturnDialog", "Choose what comes back: type a quantity, or Space for the whole line.")
        )
        self.table.setFocus()
        first = next(row for row, line in enumerate(sale.lines) if line.returnable > 0)
        self._select(first)

    def _show_sale(self, sale: ReturnableSale | None, *, keep_quantities: bool = False) -> None:
        self._sale = sale
        self._typed = ""
        self.model.set_sale(sale, keep_quantities=keep_quantities)
        enabled = sale is not None and not sale.fully_returned
        for widget in (self.table, self.reason_field, self.refund_button):
            widget.setEnabled(enabled)
        if sale is None:
            self.sale_label.setText("")
        else:
            who = f" · {sale.customer_name}" if sale.customer_name else ""
            paid = ", ".join(
                f"{method_word(t.method)} {format_money(t.paid)}" for t in sale.tenders if t.paid > 0
            )
            before = (
                translate("ReturnDialog", " · refunded before {amount}").format(
                    amount=format_money(sale.refunded)
                )
                if sale.refunded > 0
                else ""
            )
            self.sale_label.setText(
                translate(
                    "ReturnDialog",
                    "Receipt {receipt} · {time}{customer} · total {total} · paid {paid}{before}",
                ).format(
                    receipt=sale.receipt_no,
                    time=local_time_text(sale.paid_at),
                    customer=who,
                    total=format_money(sale.total),
                    paid=paid or format_money(sale.paid),
                    before=before,
                )
            )
        self._update_quote()

    # -- choosing what comes back --------------------------------------------------------

    def _select(self, row: int) -> None:
        select_row(self.table, row)
        self.table.setCurrentIndex(self.model.index(row, RETURN_COLUMN))

    def _current_row(self) -> int:
        return self.table.currentIndex().row()

    def _type_digit(self, digit: str) -> None:
        row = self._current_row()
        typed = (self._typed + digit)[-MAX_TYPED_DIGITS:]
        line = self.model.line_at(row)
        if line is not None and int(typed) > line.returnable and self._typed:
            typed = digit  # past what can come back: start again from this digit
        if self.model.set_quantity(row, int(typed)):
            self._typed = typed

    def _backspace(self) -> None:
        self._typed = self._typed[:-1]
        self.model.set_quantity(self._current_row(), int(self._typed or "0"))

    def _all_or_none(self) -> None:
        row = self._current_row()
        line = self.model.line_at(row)
        if line is None:
            return
        self._typed = ""
        everything = line.returnable
        self.model.set_quantity(row, 0 if self.model.quantity_at(row) == everything else everything)

    def _step(self, delta: int) -> None:
        row = self._current_row()
        self._typed = ""
        self.model.set_quantity(row, self.model.quantity_at(row) + delta)

    def destination(self) -> RefundDestination:
        return RefundDestination.CASH if self.cash_button.isChecked() else RefundDestination.ORIGINAL

    def _update_quote(self) -> None:
        sale = self._sale
        quantities = self.model.quantities()
        if sale is None or not quantities:
            self.model.set_refunds({})
            self.refund_label.setText("—")
            return
        try:
            quote = self._returns.quote(sale, quantities, self.destination())
        except UserError as error:
            self.refund_label.setText("—")
            self.message.show_error(error.message)
            return
        self.model.set_refunds({line.order_item_id: line.gross for line in quote.lines})
        self.refund_label.setText(f"{format_money(quote.paid_out)}   {_payouts_text(quote.payouts)}")
        if self.message.property("kind") == "error":
            self.message.show_info("")

    # -- refunding -----------------------------------------------------------------------

    def confirm(self) -> None:
        sale = self._sale
        if sale is None:
            self.find_sale()
            return
        try:
            self.receipt = self._returns.refund(
                sale.order_id, self.model.quantities(), self.reason_field.text(), self.destination()
            )
        except UserError as error:
            self.message.show_error(error.message)
            if error.field == "reason":
                self.reason_field.setFocus()
            else:
                self._reload()
            return
        self.accept()

    def _reload(self) -> None:
        """Show the sale as it is now (another register may have returned some of it)."""
        if self._sale is None:
            return
        row = max(self._current_row(), 0)
        text = self.message.text()
        try:
            sale = self._returns.sale(self._sale.order_id)
        except UserError:
            return
        self._show_sale(sale, keep_quantities=True)
        self.message.show_error(text)
        if sale.lines:
            self._select(min(row, len(sale.lines) - 1))

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Claim Enter, F2 and F3 before any shortcut of the sell screen can take them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in DIALOG_KEYS:
                event.accept()
                return True
            return False
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._table_key(event)
        return super().eventFilter(watched, event)

    def _table_key(self, event: QKeyEvent) -> bool:
        if self.table.state() == QAbstractItemView.State.EditingState:
            return False  # a cell opened by a double click takes its own keys
        key, text = event.key(), event.text()
        if text.isascii() and text.isdigit() and len(text) == 1:
            self._type_digit(text)
        elif key == Qt.Key.Key_Backspace:
            self._backspace()
        elif key == Qt.Key.Key_Space:
            self._all_or_none()
        elif key == Qt.Key.Key_Plus or text == "+":
            self._step(+1)
        elif key == Qt.Key.Key_Minus or text == "-":
            self._step(-1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._typed = ""
            row = self._current_row() + (-1 if key == Qt.Key.Key_Up else 1)
            self._select(max(0, min(self.model.rowCount() - 1, row)))
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The fields pass Enter, F2 and F3 up unhandled; Enter must never reach a default button.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.receipt_field or self._sale is None:
                self.find_sale()
            else:
                self.confirm()
        elif key == Qt.Key.Key_F2:
            self.original_button.setChecked(True)
        elif key == Qt.Key.Key_F3:
            self.cash_button.setChecked(True)
        else:
            super().keyPressEvent(event)


def method_word(method: TenderMethod) -> str:
    """A tender's method inside a sentence ("cash 10.00"); the stored value stays English."""
    words = {
        TenderMethod.CASH: translate("ReturnDialog", "cash"),
        TenderMethod.CARD: translate("ReturnDialog", "card"),
        TenderMethod.VOUCHER: translate("ReturnDialog", "voucher"),
    }
    return words.get(method, str(method))


def _payouts_text(payouts: tuple[Payout, ...]) -> str:
    if not payouts:
        return translate("ReturnDialog", "(nothing to pay out after cash rounding)")
    return "→ " + ", ".join(
        f"{method_word(p.method)} {format_money(p.amount)}" + (f" ({p.reference})" if p.reference else "")
        for p in payouts
    )
