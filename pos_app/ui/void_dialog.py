"""Voiding the open sale (Ctrl+Delete): the cashier says why, and the sale is kept on record as void.

A reason is required, as on any till where a void is something a manager reviews; the
reason is stored with the order. Esc keeps the sale as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from pos_app.controllers.sale import SaleController
from pos_app.domain.discounts import MAX_REASON
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money
from pos_app.ui.form_dialog import FormDialog


class VoidDialog(FormDialog):
    """Asks why the sale is voided, then voids it; Esc leaves the sale untouched."""

    def __init__(self, sale: SaleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VoidDialog", "Void sale"))
        self._sale = sale
        cart = sale.cart()
        lines = sum(line.quantity for line in cart.lines)
        if lines == 1:
            question = translate(
                "VoidDialog", "Void this sale of 1 item, {total}? Its lines are kept on record as void."
            )
        else:
            question = translate(
                "VoidDialog",
                "Void this sale of {count} items, {total}? Its lines are kept on record as void.",
            )
        self.summary = QLabel(question.format(count=lines, total=format_money(cart.total)))
        self.summary.setWordWrap(True)
        # Longer than MAX_REASON so an over-long reason is refused with a message, not cut.
        self.reason_field = self._line_edit(
            MAX_REASON * 10, translate("VoidDialog", "Why? e.g. customer changed their mind")
        )
        self._fields["reason"] = self.reason_field
        self.save_button.setText(translate("VoidDialog", "Void sale"))
        form = QFormLayout()
        form.addRow(self.summary)
        form.addRow(translate("VoidDialog", "Reason"), self.reason_field)
        self._lay_out(form, 440)
        self.reason_field.setFocus()

    def _save(self) -> int:
        order_id = self._sale.cart().order_id or 0
        self._sale.cancel_sale(self.reason_field.text())
        return order_id
