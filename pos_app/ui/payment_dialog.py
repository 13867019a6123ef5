"""Taking payment, by keyboard: cash, card, voucher, or several of them.

- Enter pays in cash: with nothing typed, exactly what is still due; a typed amount that covers
  it shows and hands back the change; a smaller one is kept as part of the payment.
- F2 adds a card payment, F3 a voucher: of the typed amount, or of everything still due.
  The optional reference (card slip, voucher number) goes with it.
- F4 takes back the last tender; Esc leaves without charging anything.

Nothing is written until the tenders cover the total: then the sale controller commits the
sale and every tender in one transaction. A refusal (a card above what is due, a busy
database) is shown here and changes nothing.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from pos_app.controllers.errors import UserError
from pos_app.controllers.rows import SaleReceipt
from pos_app.controllers.sale import SaleController
from pos_app.domain.cash import MAX_REFERENCE, Tender, TenderError, TenderMethod
from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO, MoneyError, format_money, parse_money

PAYMENT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4)


def method_name(method: TenderMethod) -> str:
    """A tender's method as the payment dialog lists it ("Cash"); the stored value stays English."""
    names = {
        TenderMethod.CASH: translate("PaymentDialog", "Cash"),
        TenderMethod.CARD: translate("PaymentDialog", "Card"),
        TenderMethod.VOUCHER: translate("PaymentDialog", "Voucher"),
    }
    return names[method]


class PaymentDialog(QDialog):
    """Payment for the open sale; `receipt` is set once the sale is committed."""

    def __init__(self, sale: SaleController, total: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PaymentDialog", "Payment"))
        self._sale = sale
        self._total = total
        self._tenders: list[Tender] = []
        self.receipt: SaleReceipt | None = None

        self.total_label = QLabel(format_money(total))
        self.total_label.setObjectName("paymentTotal")
        self.due_label = QLabel()
        self.tenders_list = QListWidget()
        self.tenders_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tenders_list.setMaximumHeight(90)
        self.tendered = QLineEdit()
        self.tendered.setPlaceholderText(translate("PaymentDialog", "Enter = exact cash"))
        self.tendered.setMaxLength(32)
        self.tendered.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(
            translate("PaymentDialog", "card slip or voucher number (optional)")
        )
        self.reference.setMaxLength(MAX_REFERENCE * 2)  # longer is refused with a message, not cut
        self.change_label = QLabel(format_money(ZERO))
        self.change_label.setObjectName("paymentChange")
        self.message = QLabel("")
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("PaymentDialog", "Total"), self.total_label)
        form.addRow(translate("PaymentDialog", "Paid so far"), self.tenders_list)
        form.addRow(translate("PaymentDialog", "Still due"), self.due_label)
        form.addRow(translate("PaymentDialog", "Amount"), self.tendered)
        form.addRow(translate("PaymentDialog", "Reference"), self.reference)
        form.addRow(translate("PaymentDialog", "Change"), self.change_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(
                translate(
                    "PaymentDialog",
                    "Enter: cash    F2: card    F3: voucher    F4: undo last    Esc: back to the sale",
                )
            )
        )

        self._show_due()
        self.tendered.textChanged.connect(self._on_tendered_changed)
        for field in (self.tendered, self.reference):
            field.installEventFilter(self)
        self.tendered.setFocus()

    # -- reading what was typed ------------------------------------------------------------

    def still_due(self) -> Decimal:
        """What is left to pay: to the cent by card or voucher, cash-rounded once cash is given."""
        remaining = self._total - self._paid_by(cash=False)
        cash = self._paid_by(cash=True)
        if cash == 0:
            return max(remaining, ZERO)
        return max(self._sale.cash_due(remaining) - cash, ZERO)

    def cash_due(self) -> Decimal:
        """What is left to pay in cash, after the shop's cash rounding (0.05, say)."""
        remaining = self._total - self._paid_by(cash=False)
        return max(self._sale.cash_due(remaining) - self._paid_by(cash=True), ZERO)

    def _paid_by(self, *, cash: bool) -> Decimal:
        return sum(
            (t.amount for t in self._tenders if (t.method is TenderMethod.CASH) == cash),
            ZERO,
        )

    def _typed_amount(self) -> Decimal | None:
        text = self.tendered.text()
        return parse_money(text, field=translate("PaymentDialog", "Amount")) if text.strip() else None

    def _on_tendered_changed(self, text: str) -> None:
        self.message.clear()
        due = self.cash_due()  # typing an amount and pressing Enter pays it in cash
        if not text.strip():
            self.change_label.setText(format_money(ZERO))
            return
        try:
            amount = parse_money(text, field=translate("PaymentDialog", "Amount"))
        except MoneyError as error:
            self.change_label.setText("—")
            self.message.setText(str(error))
            return
        if amount < due:
            self.change_label.setText("—")
            self.message.setText(
                translate("PaymentDialog", "Short by {amount}").format(amount=format_money(due - amount))
            )
        else:
            self.change_label.setText(format_money(amount - due))

    # -- tenders -------------------------------------------------------------------------

    def _add(self, method: TenderMethod) -> None:
        """Add a tender of the typed amount (or of all that is due); complete once covered."""
        try:
            typed = self._typed_amount()
        except MoneyError as error:
            self._refuse(str(error))
            return
        due = self.still_due()
        if typed is None and due == 0:
            self._complete()  # covered already: a retry after a refused commit
            return
        if method is TenderMethod.CASH:
            due = self.cash_due()
        amount = due if typed is None else typed
        if amount <= 0:
            self._refuse(translate("PaymentDialog", "Type an amount to pay."))
            return
        if method is not TenderMethod.CASH and amount > due:
            too_much = (
                translate(
                    "PaymentDialog",
                    "A card payment of {amount} is more than the {due} still due; only cash may be overpaid.",
                )
                if method is TenderMethod.CARD
                else translate(
                    "PaymentDialog",
                    "A voucher payment of {amount} is more than the {due} still due; "
                    "only cash may be overpaid.",
                )
            )
            self._refuse(too_much.format(amount=format_money(amount), due=format_money(due)))
            return
        try:
            reference = self.reference.text() if method is not TenderMethod.CASH else None
            tender = Tender(method, amount, reference)
        except TenderError as error:
            self._refuse(error.message)
            return
        self._tenders.append(tender)
        self._show_tenders()
        self.tendered.clear()
        self.reference.clear()
        if self.still_due() == 0:
            self._complete()

    def undo_last_tender(self) -> None:
        if self._tenders:
            self._tenders.pop()
            self._show_tenders()
            self.message.clear()

    def tenders(self) -> list[Tender]:
        return list(self._tenders)

    def _show_tenders(self) -> None:
        self.tenders_list.clear()
        for tender in self._tenders:
            reference = f"  ({tender.reference})" if tender.reference else ""
            self.tenders_list.addItem(
                f"{method_name(tender.method)}  {format_money(tender.amount)}{reference}"
            )
        self._show_due()

    def _show_due(self) -> None:
        due, in_cash = self.still_due(), self.cash_due()
        self.due_label.setText(
            format_money(due)
            if in_cash == due
            else translate("PaymentDialog", "{due}  (in cash {cash})").format(
                due=format_money(due), cash=format_money(in_cash)
            )
        )

    def _complete(self) -> None:
        try:
            self.receipt = self._sale.pay(self._tenders)
        except UserError as error:
            self._refuse(error.message)
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.message.setText(message)
        self.tendered.selectAll()
        self.tendered.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Claim the payment keys before any shortcut of the sell screen (F4 picks a customer
        # there) can take them; they then arrive here as ordinary key presses.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in PAYMENT_KEYS
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Handled here rather than by shortcuts: the line edits pass these keys up unhandled,
        # and Enter must never fall through to a default button.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._add(TenderMethod.CASH)
        elif key == Qt.Key.Key_F2:
            self._add(TenderMethod.CARD)
        elif key == Qt.Key.Key_F3:
            self._add(TenderMethod.VOUCHER)
        elif key == Qt.Key.Key_F4:
            self.undo_last_tender()
        else:
            super().keyPressEvent(event)
