"""Taking cash: Enter with nothing typed takes exact cash; a typed amount shows the change; Enter completes.

The dialog calls the sale controller to complete the sale, so a refused payment
(an amount short of the total, a locked database) is shown here and changes nothing.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_app.controllers.errors import UserError
from pos_app.controllers.rows import SaleReceipt
from pos_app.controllers.sale import SaleController
from pos_app.domain.money import MoneyError, format_money, parse_money


class PaymentDialog(QDialog):
    """Cash payment for the open sale; `receipt` is set once the sale is committed."""

    def __init__(self, sale: SaleController, total: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Payment — cash")
        self._sale = sale
        self._total = total
        self.receipt: SaleReceipt | None = None

        self.total_label = QLabel(format_money(total))
        self.total_label.setObjectName("paymentTotal")
        self.tendered = QLineEdit()
        self.tendered.setPlaceholderText("Enter = exact cash")
        self.tendered.setMaxLength(32)
        self.tendered.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.change_label = QLabel(format_money(Decimal("0.00")))
        self.change_label.setObjectName("paymentChange")
        self.message = QLabel("")
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Total", self.total_label)
        form.addRow("Cash tendered", self.tendered)
        form.addRow("Change", self.change_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(QLabel("Enter: complete sale    Esc: back to the sale"))

        self.tendered.textChanged.connect(self._on_tendered_changed)
        self.tendered.returnPressed.connect(self._on_complete)
        self.tendered.setFocus()

    def _on_tendered_changed(self, text: str) -> None:
        self.message.clear()
        if not text.strip():
            self.change_label.setText(format_money(Decimal("0.00")))
            return
        try:
            amount = parse_money(text, field="Cash tendered")
        except MoneyError as error:
            self.change_label.setText("—")
            self.message.setText(str(error))
            return
        if amount < self._total:
            self.change_label.setText("—")
            self.message.setText(f"Short by {format_money(self._total - amount)}")
        else:
            self.change_label.setText(format_money(amount - self._total))

    def _on_complete(self) -> None:
        text = self.tendered.text()
        try:
            tendered = parse_money(text, field="Cash tendered") if text.strip() else None
            self.receipt = self._sale.pay_cash(tendered)
        except MoneyError as error:
            self._refuse(str(error))
            return
        except UserError as error:
            self._refuse(error.message)
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.message.setText(message)
        self.tendered.selectAll()
        self.tendered.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter inside the amount field is handled by returnPressed; elsewhere it must not
        # trigger a default button and complete the sale by accident.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_complete()
            return
        super().keyPressEvent(event)
