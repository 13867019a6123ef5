"""Opening the cash drawer without a sale (Ctrl+D on the sell screen): the reason is asked for,
the drawer opens through the ESC/POS printer, and the opening goes on the audit trail.

A cashier needs a manager's approval for it (the approval dialog appears when they press Open);
Esc leaves the drawer shut.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from pos_app.controllers.receipts import MAX_NO_SALE_REASON, ReceiptController
from pos_app.domain.i18n import translate
from pos_app.ui.form_dialog import FormDialog


class NoSaleDialog(FormDialog):
    """Asks why the drawer is opened, then opens it; Esc keeps it shut."""

    def __init__(self, receipts: ReceiptController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NoSaleDialog", "Open the drawer (no sale)"))
        self._receipts = receipts
        explanation = QLabel(
            translate("NoSaleDialog", "The drawer opens without a sale; the reason goes on the audit trail.")
        )
        explanation.setWordWrap(True)
        # Longer than allowed, so an over-long reason gets a message rather than being cut.
        self.reason_field = self._line_edit(
            MAX_NO_SALE_REASON * 5, translate("NoSaleDialog", "Why? e.g. change for the bank")
        )
        self._fields["reason"] = self.reason_field
        self.save_button.setText(translate("NoSaleDialog", "Open drawer"))
        form = QFormLayout()
        form.addRow(explanation)
        form.addRow(translate("NoSaleDialog", "&Reason"), self.reason_field)
        self._lay_out(form, 420)
        self.reason_field.setFocus()

    def _save(self) -> int:
        self._receipts.open_drawer_no_sale(self.reason_field.text())
        return 0
