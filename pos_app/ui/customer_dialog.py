"""The add / edit customer form: name, email, phone, saved through the customer controller.

Like the item form, it saves by itself so a refused save (bad input, an email another
customer already has, a busy database) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from pos_app.controllers.customers import CustomerController
from pos_app.controllers.rows import CustomerRow
from pos_app.domain.i18n import translate
from pos_app.domain.validation import MAX_EMAIL, MAX_NAME, MAX_PHONE, validate_customer
from pos_app.ui.form_dialog import FormDialog

# Above the validation limits, so the validator explains an over-long entry instead of
# the field silently cutting it.
NAME_FIELD_MAX = MAX_NAME * 100
EMAIL_FIELD_MAX = MAX_EMAIL * 4
PHONE_FIELD_MAX = MAX_PHONE * 4


class CustomerDialog(FormDialog):
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
        self.setWindowTitle(
            translate("CustomerDialog", "Add customer")
            if customer is None
            else translate("CustomerDialog", "Edit customer — {name}").format(name=customer.name)
        )

        self.name = self._line_edit(NAME_FIELD_MAX, translate("CustomerDialog", "First and last name"))
        self.email = self._line_edit(EMAIL_FIELD_MAX, translate("CustomerDialog", "Optional"))
        self.phone = self._line_edit(PHONE_FIELD_MAX, translate("CustomerDialog", "Optional"))
        self._fields = {"name": self.name, "email": self.email, "phone": self.phone}

        form = QFormLayout()
        form.addRow(translate("CustomerDialog", "&Name"), self.name)
        form.addRow(translate("CustomerDialog", "&Email"), self.email)
        form.addRow(translate("CustomerDialog", "&Phone"), self.phone)
        self._lay_out(form, width=440)

        if customer is not None:
            self.name.setText(customer.name)
            self.email.setText(customer.email or "")
            self.phone.setText(customer.phone or "")
        self.name.setFocus()

    def _save(self) -> int:
        draft = validate_customer(name=self.name.text(), email=self.email.text(), phone=self.phone.text())
        if self._customer is None:
            return self._customers.add_customer(draft)
        self._customers.update_customer(self._customer.id, draft)
        return self._customer.id
