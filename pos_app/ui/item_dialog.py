"""The add / edit item form: text in, one validated save through the catalog controller.

The dialog saves by itself (like the payment dialog) so a refused save — bad input,
a duplicate SKU or barcode, a busy database — is shown right here, next to the field,
with the dialog still open and nothing changed.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.catalog import CatalogController
from pos_app.controllers.errors import UserError
from pos_app.controllers.rows import ItemRow
from pos_app.domain.validation import MAX_BARCODE, MAX_NAME, MAX_SKU, ValidationError, validate_item

# Field caps sit well above the validation limits on purpose: a silently truncated
# paste would save something the person never typed. The validator names the limit instead.
NAME_FIELD_MAX = MAX_NAME * 100
CODE_FIELD_MAX = max(MAX_SKU, MAX_BARCODE) * 4
NUMBER_FIELD_MAX = 40

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"


def plain_percent(rate: Decimal) -> str:
    """A tax rate as a person would type it: 7, 7.5, 19.25 (never 7.00 or 2E+1)."""
    return format(rate.normalize(), "f")


class ItemDialog(QDialog):
    """Adds an item (`item=None`) or edits `item`; `saved_id` is set once the save committed."""

    def __init__(
        self, catalog: CatalogController, item: ItemRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._item = item
        self.saved_id: int | None = None
        self.setWindowTitle("Add item" if item is None else f"Edit item — {item.sku}")

        self.sku = self._line_edit(CODE_FIELD_MAX, "e.g. DAI-001")
        self.barcode = self._line_edit(CODE_FIELD_MAX, "EAN-13, EAN-8 or UPC-A; empty if none")
        self.name = self._line_edit(NAME_FIELD_MAX, "Name on the receipt")
        self.price = self._line_edit(NUMBER_FIELD_MAX, "e.g. 4.99")
        self.stock = self._line_edit(NUMBER_FIELD_MAX, "0")
        self.tax_rate = self._line_edit(NUMBER_FIELD_MAX, "e.g. 7 or 19")
        self.active = QCheckBox("Active (sold at the till and found by search)")
        self.active.setChecked(True)
        self._fields: dict[str, QWidget] = {
            "sku": self.sku,
            "barcode": self.barcode,
            "name": self.name,
            "price": self.price,
            "stock": self.stock,
            "tax_rate": self.tax_rate,
            "active": self.active,
        }

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
        form.addRow("&SKU", self.sku)
        form.addRow("&Barcode", self.barcode)
        form.addRow("&Name", self.name)
        form.addRow("&Price", self.price)
        form.addRow("S&tock", self.stock)
        form.addRow("Ta&x rate %", self.tax_rate)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

        if item is not None:
            self._fill(item)
        self.sku.setFocus()

    def _line_edit(self, max_length: int, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(max_length)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(self._clear_error)
        return field

    def _fill(self, item: ItemRow) -> None:
        self.sku.setText(item.sku)
        self.barcode.setText(item.barcode or "")
        self.name.setText(item.name)
        # No thousands separators: the form must read back exactly what it shows.
        self.price.setText(f"{item.price:.2f}")
        self.stock.setText(str(item.stock))
        self.tax_rate.setText(plain_percent(item.tax_rate))
        self.active.setChecked(item.active)

    def _on_save(self) -> None:
        try:
            draft = validate_item(
                sku=self.sku.text(),
                barcode=self.barcode.text(),
                name=self.name.text(),
                price=self.price.text(),
                stock=self.stock.text(),
                tax_rate=self.tax_rate.text(),
                active=self.active.isChecked(),
            )
            if self._item is None:
                self.saved_id = self._catalog.add_item(draft)
            else:
                self._catalog.update_item(self._item.id, draft)
                self.saved_id = self._item.id
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
            if isinstance(widget, QLineEdit):
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
