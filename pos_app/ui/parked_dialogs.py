"""Parking a sale under a label (F8) and picking a parked sale to resume (F7).

Both dialogs call the sale controller themselves, so a refusal (an empty label, a sale
another register already resumed, a busy database) is shown in place and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.errors import UserError
from pos_app.controllers.rows import ParkedSale
from pos_app.controllers.sale import SaleController
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money
from pos_app.domain.validation import MAX_LABEL
from pos_app.ui.form_dialog import FormDialog
from pos_app.ui.local_time import local_time_text
from pos_app.ui.status_label import StatusLabel


class ParkDialog(FormDialog):
    """Asks for a label ("Table 4", "Mrs Lee") and parks the open sale under it."""

    def __init__(self, sale: SaleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ParkDialog", "Park sale"))
        self._sale = sale
        # Longer than MAX_LABEL so an over-long label is refused with a message, not cut.
        self.label_field = self._line_edit(
            MAX_LABEL * 10, translate("ParkDialog", "Who or what is it for? e.g. Table 4")
        )
        self._fields["label"] = self.label_field
        self.save_button.setText(translate("ParkDialog", "Park"))
        form = QFormLayout()
        form.addRow(translate("ParkDialog", "Label"), self.label_field)
        self._lay_out(form, 420)
        self.label_field.setFocus()

    def _save(self) -> int:
        return self._sale.park(self.label_field.text())


class ParkedSalesDialog(QDialog):
    """Lists parked sales, oldest first; Enter resumes the selected one, Esc goes back."""

    def __init__(self, sale: SaleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ParkedSalesDialog", "Parked sales"))
        self._sale = sale
        self.resumed_order_id: int | None = None
        self._parked: list[ParkedSale] = []

        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _entry: self._resume())
        self.message = StatusLabel("")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.resume_button = buttons.addButton(
            translate("ParkedSalesDialog", "Resume"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._resume)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ParkedSalesDialog", "Up/Down to choose, Enter to resume:")))
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 380)
        self.reload()
        self.list.setFocus()

    def reload(self) -> None:
        try:
            self._parked = self._sale.parked_sales()
        except UserError as error:
            self._parked = []
            self.message.show_error(error.message)
        self.list.clear()
        for parked in self._parked:
            who = f" · {parked.customer_name}" if parked.customer_name else ""
            lines = (
                translate("ParkedSalesDialog", "1 line")
                if parked.line_count == 1
                else translate("ParkedSalesDialog", "{count} lines").format(count=parked.line_count)
            )
            self.list.addItem(
                QListWidgetItem(
                    f"{parked.label}{who}   ·   {local_time_text(parked.parked_at)}   ·   "
                    f"{lines}   ·   {format_money(parked.total)}"
                )
            )
        self.list.setCurrentRow(0)
        self.resume_button.setEnabled(bool(self._parked))
        if not self._parked:
            self.message.show_info(translate("ParkedSalesDialog", "No sales are parked."))

    def _resume(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._parked):
            return
        try:
            self._sale.resume_parked(self._parked[row].order_id)
        except UserError as error:
            self.message.show_error(error.message)
            self.reload()  # another register may have taken it: show what is still waiting
            return
        self.resumed_order_id = self._parked[row].order_id
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._resume()
            return
        super().keyPressEvent(event)
