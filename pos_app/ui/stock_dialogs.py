"""The stock screen's two small forms: an item's reorder point (Ctrl+O) and a stock correction (Ctrl+J).

Both save through StockLevelController and behave as every form does (ui/form_dialog.py): Enter
saves from any field, a refusal is shown under the fields with the cursor put where the fix
goes, and nothing is written until the controller accepts the whole input.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from pos_app.controllers.stock_journal import MAX_REASON
from pos_app.controllers.stock_levels import StockLevelController, StockLevelRow
from pos_app.domain.i18n import translate
from pos_app.ui.form_dialog import FormDialog

NUMBER_FIELD_MAX = 40  # longer than any valid figure, so a wrong one is refused with a message


def _item_heading(item: StockLevelRow) -> str:
    """The item's name in bold and its SKU, as the dialogs head their form."""
    return translate("StockDialogs", "<b>{name}</b>  ({sku})").format(
        name=_escaped(item.name), sku=_escaped(item.sku)
    )


def _on_hand(row: StockLevelRow) -> str:
    point = translate("StockDialogs", "none") if row.reorder_point is None else f"{row.reorder_point:,}"
    return translate("StockDialogs", "On hand: {stock}    Reorder point: {point}").format(
        stock=f"{row.stock:,}", point=point
    )


class ReorderPointDialog(FormDialog):
    """Sets (or, left blank, clears) the reorder point of one item."""

    def __init__(
        self, levels: StockLevelController, item: StockLevelRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReorderPointDialog", "Reorder point"))
        self._levels = levels
        self._item = item
        self.stored: int | None = item.reorder_point
        self.point_field = self._line_edit(
            NUMBER_FIELD_MAX, translate("ReorderPointDialog", "Blank: not tracked")
        )
        if item.reorder_point is not None:
            self.point_field.setText(str(item.reorder_point))
        self.point_field.selectAll()
        self._fields["reorder_point"] = self.point_field
        form = QFormLayout()
        form.addRow(QLabel(_item_heading(item)))
        form.addRow(QLabel(_on_hand(item)))
        form.addRow(translate("ReorderPointDialog", "Reorder &point"), self.point_field)
        form.addRow(
            QLabel(translate("ReorderPointDialog", "Stock at or below this shows under “Low stock only”."))
        )
        self._lay_out(form, 420)
        self.point_field.setFocus()

    def _save(self) -> int:
        self.stored = self._levels.set_reorder_point(self._item.id, self.point_field.text())
        return self._item.id


class AdjustStockDialog(FormDialog):
    """Corrects one item's stock to a count ("12") or by a change ("+5", "-3"), with a reason."""

    def __init__(
        self, levels: StockLevelController, item: StockLevelRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AdjustStockDialog", "Adjust stock"))
        self._levels = levels
        self._item = item
        self.new_stock: int | None = None
        self.quantity_field = self._line_edit(
            NUMBER_FIELD_MAX, translate("AdjustStockDialog", "Counted, like 12; or a change, like +5 or -3")
        )
        self.reason_field = self._line_edit(
            MAX_REASON * 2, translate("AdjustStockDialog", "Why: shelf count, breakage, theft…")
        )
        self._fields["quantity"] = self.quantity_field
        self._fields["reason"] = self.reason_field
        form = QFormLayout()
        form.addRow(QLabel(_item_heading(item)))
        form.addRow(QLabel(_on_hand(item)))
        form.addRow(translate("AdjustStockDialog", "&Count or change"), self.quantity_field)
        form.addRow(translate("AdjustStockDialog", "&Reason"), self.reason_field)
        self._lay_out(form, 460)
        self.quantity_field.setFocus()

    def _save(self) -> int:
        self.new_stock = self._levels.adjust(
            self._item.id, self.quantity_field.text(), self.reason_field.text()
        )
        return self._item.id


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
