"""The add / edit customer form: name, email, phone, saved through the customer controller.

Like the item form, it saves by itself so a refused save (bad input, an email another
customer already has, a busy database) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.customers import CustomerController
from pos_app.controllers.errors import UserError
from pos_app.controllers.rows import CustomerRow
from pos_app.domain.validation import MAX_EMAIL, MAX_NAME, MAX_PHONE, ValidationError, validate_customer
from pos_app.ui.item_dialog import ERROR_STYLE

# Above the validation limits, so the validator explains an over-long entry instead of
# the field silently cutting it.
NAME_FIELD_MAX = MAX_NAME * 100
EMAIL_FIELD_MAX = MAX_EMAIL * 4
PHONE_FIELD_MAX = MAX_PHONE * 4


class CustomerDialog(QDialog):
    """Adds a customer (`customer=None`) or edits one; `saved_id` is set once the save committed."""

    def __init__(
        self,
        customers: CustomerController,
        customer: CustomerRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._customer = customer
        self.saved_id: int | None = None
        self.setWindowTitle("Add customer" if customer is None else f"Edit customer — {customer.name}")

        self.name = self._line_edit(NAME_FIELD_MAX, "First and last name")
        self.email = self._line_edit(EMAIL_FIELD_MAX, "Optional")
        self.phone = self._line_edit(PHONE_FIELD_MAX, "Optional")
        self._fields = {"name": self.name, "email": self.email, "phone": self.phone}

        self.error_label = QLabel("")
        self.error_label.setObjectName("errorMessage")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("&Email", self.email)
        form.addRow("&Phone", self.phone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

        if customer is not None:
            self.name.setText(customer.name)
            self.email.setText(customer.email or "")
            self.phone.setText(customer.phone or "")
        self.name.setFocus()

    def _line_edit(self, max_length: int, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(max_length)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(self._clear_error)
        return field

    def _on_save(self) -> None:
        try:
            draft = validate_customer(name=self.name.text(), email=self.email.text(), phone=self.phone.text())
            if self._customer is None:
                self.saved_id = self._customers.add_customer(draft)
            else:
                self._customers.update_customer(self._customer.id, draft)
                self.saved_id = self._customer.id
        except (ValidationError, UserError) as error:
            self.show_error(error.message, error.field)
            return
        self.accept()

    def show_error(self, message: str, field: str | None = None) -> None:
        """Show why the save was refused and put the cursor where the fix goes."""
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter saves from any field. QDialog's own default-button lookup is not relied on:
        # once the Save button has had the focus and lost it, Qt leaves no default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_save()
            return
        super().keyPressEvent(event)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.setVisible(False)
