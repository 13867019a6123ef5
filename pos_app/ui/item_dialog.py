"""The add / edit item form: text in, one validated save through the catalog controller.

The dialog saves by itself (like the payment dialog) so a refused save — bad input,
a duplicate SKU or barcode, a busy database — is shown right here, next to the field,
with the dialog still open and nothing changed.

The tax rate is picked from the shop's named rates (Up / Down, or type the name's first
letters); a new item starts on the rate most items use. An item kept at a percent nobody
named (a database edited by hand) shows that percent, and saving it says to name it first.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from pos_app.controllers.catalog import CatalogController
from pos_app.controllers.rows import ItemRow
from pos_app.controllers.tax_rates import TaxRateRow
from pos_app.domain.i18n import translate
from pos_app.domain.validation import MAX_BARCODE, MAX_NAME, MAX_SKU, ValidationError, validate_item
from pos_app.ui.form_dialog import FormDialog

# Field caps sit well above the validation limits on purpose: a silently truncated
# paste would save something the person never typed. The validator names the limit instead.
NAME_FIELD_MAX = MAX_NAME * 100
CODE_FIELD_MAX = max(MAX_SKU, MAX_BARCODE) * 4
NUMBER_FIELD_MAX = 40


def no_rates_message() -> str:
    """Why an item without a tax rate cannot be saved (translated when shown, not at import)."""
    return translate(
        "ItemDialog",
        "Choose a tax rate; if the list is empty, add the shop's rates first (Tax rates…, Ctrl+T)",
    )


def plain_percent(rate: Decimal) -> str:
    """A tax rate as a person would type it: 7, 7.5, 19.25 (never 7.00 or 2E+1)."""
    return format(rate.normalize(), "f")


class ItemDialog(FormDialog):
    """Adds an item (`item=None`) or edits `item`; `saved_id` is set once the save committed."""

    def __init__(
        self,
        catalog: CatalogController,
        item: ItemRow | None = None,
        parent: QWidget | None = None,
        *,
        rates: Sequence[TaxRateRow] = (),
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._item = item
        self.setWindowTitle(
            translate("ItemDialog", "Add item")
            if item is None
            else translate("ItemDialog", "Edit item — {sku}").format(sku=item.sku)
        )

        self.sku = self._line_edit(CODE_FIELD_MAX, translate("ItemDialog", "e.g. DAI-001"))
        self.barcode = self._line_edit(
            CODE_FIELD_MAX, translate("ItemDialog", "EAN-13, EAN-8 or UPC-A; empty if none")
        )
        self.name = self._line_edit(NAME_FIELD_MAX, translate("ItemDialog", "Name on the receipt"))
        self.price = self._line_edit(NUMBER_FIELD_MAX, translate("ItemDialog", "e.g. 4.99"))
        self.stock = self._line_edit(NUMBER_FIELD_MAX, "0")
        self.stock_reason = self._line_edit(
            NAME_FIELD_MAX, translate("ItemDialog", "Why the count changed, e.g. breakage (optional)")
        )
        self.tax_rate = QComboBox()
        self.tax_rate.setPlaceholderText(
            translate("ItemDialog", "No tax rates yet: add them with Tax rates… (Ctrl+T)")
        )
        # Each entry's data is the percent as text: Qt compares text data by value, a Decimal by identity.
        for rate in rates:
            self.tax_rate.addItem(rate.label, plain_percent(rate.percent))
        if rates:  # the rate most items use: usually the standard one
            busiest = max(rates, key=lambda rate: (rate.item_count, rate.percent))
            self.tax_rate.setCurrentIndex(self.tax_rate.findData(plain_percent(busiest.percent)))
        self.tax_rate.currentIndexChanged.connect(self._clear_error)
        self.active = QCheckBox(translate("ItemDialog", "Active (sold at the till and found by search)"))
        self.active.setChecked(True)
        self._fields = {
            "sku": self.sku,
            "barcode": self.barcode,
            "name": self.name,
            "price": self.price,
            "stock": self.stock,
            "stock_reason": self.stock_reason,
            "tax_rate": self.tax_rate,
            "active": self.active,
        }

        form = QFormLayout()
        form.addRow(translate("ItemDialog", "&SKU"), self.sku)
        form.addRow(translate("ItemDialog", "&Barcode"), self.barcode)
        form.addRow(translate("ItemDialog", "&Name"), self.name)
        form.addRow(translate("ItemDialog", "&Price"), self.price)
        form.addRow(translate("ItemDialog", "S&tock"), self.stock)
        form.addRow(translate("ItemDialog", "Stock r&eason"), self.stock_reason)
        # Only an edit corrects a count; a new item's stock is simply its opening stock.
        form.setRowVisible(self.stock_reason, item is not None)
        form.addRow(translate("ItemDialog", "Ta&x rate"), self.tax_rate)
        form.addRow("", self.active)
        self._lay_out(form, width=480)

        if item is not None:
            self._fill(item)
        self.sku.setFocus()

    def _fill(self, item: ItemRow) -> None:
        self.sku.setText(item.sku)
        self.barcode.setText(item.barcode or "")
        self.name.setText(item.name)
        # No thousands separators: the form must read back exactly what it shows.
        self.price.setText(f"{item.price:.2f}")
        self.stock.setText(str(item.stock))
        index = self.tax_rate.findData(plain_percent(item.tax_rate))
        if index < 0:
            self.tax_rate.addItem(
                translate("ItemDialog", "{percent}% (no named rate)").format(
                    percent=plain_percent(item.tax_rate)
                ),
                plain_percent(item.tax_rate),
            )
            index = self.tax_rate.count() - 1
        self.tax_rate.setCurrentIndex(index)
        self.active.setChecked(item.active)

    def _save(self) -> int:
        percent = self.tax_rate.currentData()
        if not isinstance(percent, str):
            raise ValidationError("tax_rate", no_rates_message())
        draft = validate_item(
            sku=self.sku.text(),
            barcode=self.barcode.text(),
            name=self.name.text(),
            price=self.price.text(),
            stock=self.stock.text(),
            tax_rate=percent,
            active=self.active.isChecked(),
        )
        if self._item is None:
            return self._catalog.add_item(draft)
        # Stock left as shown keeps what was sold meanwhile; a changed figure is a new count.
        self._catalog.update_item(
            self._item.id, draft, stock_seen=self._item.stock, stock_reason=self.stock_reason.text()
        )
        return self._item.id
