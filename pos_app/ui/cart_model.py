"""The sell screen's cart table: one row per line of the open sale, quantity editable in place.

The item cell also says what was done to the line's price: an override ("was 3.50") and the
line's own discount ("-10% staff", with a typographic minus); the sale discount is shown by the
totals beside the table.

It holds the latest CartView (plain rows) and turns each change into the narrowest
Qt notification — a changed cell, an appended row, a removed row — so the view keeps
its selection and scroll position while the cashier scans.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from pos_app.controllers.rows import CartLine, CartView
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money

AnyIndex = QModelIndex | QPersistentModelIndex
LineIdRole = Qt.ItemDataRole.UserRole + 1

COLUMN_COUNT = 4
QUANTITY_COLUMN = 1


def column_titles() -> tuple[str, ...]:
    """The headings, in the user's language (looked up when shown)."""
    return (
        translate("CartModel", "Item"),
        translate("CartModel", "Qty"),
        translate("CartModel", "Price"),
        translate("CartModel", "Total"),
    )


def minus(text: str) -> str:
    """`text` taken off: a typographic minus sign reads better than a hyphen next to figures."""
    return f"\N{MINUS SIGN}{text}"


def adjustments(line: CartLine) -> str:
    """What was done to a line's price, as the cart shows it: "was 3.50; -10% staff" (or "")."""
    notes = []
    if line.list_price is not None:
        notes.append(translate("CartModel", "was {price}").format(price=format_money(line.list_price)))
    if line.discount_text:
        notes.append(minus(line.discount_text))
    return "; ".join(notes)


def _cell(line: CartLine, column: int) -> str:
    if column == 0:
        notes = adjustments(line)
        return f"{line.name}   ({notes})" if notes else line.name
    if column == QUANTITY_COLUMN:
        return str(line.quantity)
    if column == 2:
        return format_money(line.unit_price)
    return format_money(line.line_total)


class CartModel(QAbstractTableModel):
    """Lines of the open sale.

    Signals:
        quantity_edited(int, str): the cashier typed a new quantity for a line (line id, text).
    """

    quantity_edited = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self._lines: tuple[CartLine, ...] = ()

    def set_cart(self, cart: CartView) -> None:
        old_ids = [line.line_id for line in self._lines]
        new_ids = [line.line_id for line in cart.lines]
        if old_ids == new_ids:
            changed = [r for r, (a, b) in enumerate(zip(self._lines, cart.lines, strict=True)) if a != b]
            self._lines = cart.lines
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        elif new_ids[:-1] == old_ids:
            row = len(old_ids)
            self.beginInsertRows(QModelIndex(), row, row)
            self._lines = cart.lines
            self.endInsertRows()
        elif len(new_ids) == len(old_ids) - 1 and set(new_ids) <= set(old_ids):
            row = next(i for i, line_id in enumerate(old_ids) if line_id not in new_ids)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._lines = cart.lines
            self.endRemoveRows()
            if self._lines[row:] != cart.lines[row:]:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, COLUMN_COUNT - 1))
        else:
            self.beginResetModel()
            self._lines = cart.lines
            self.endResetModel()

    def line_at(self, row: int) -> CartLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of_item(self, item_id: int) -> int | None:
        return next((r for r, line in enumerate(self._lines) if line.item_id == item_id), None)

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _cell(line, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if index.column() == 0 else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == LineIdRole:
            return line.line_id
        if role == Qt.ItemDataRole.ToolTipRole and line.list_price is not None:
            return translate("CartModel", "Catalog price {catalog}, charged {charged}: {reason}").format(
                catalog=format_money(line.list_price),
                charged=format_money(line.unit_price),
                reason=line.override_reason,
            )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != QUANTITY_COLUMN or not index.isValid():
            return False
        line = self._lines[index.row()]
        text = str(value)
        if text.strip() == str(line.quantity):
            return False
        # The controller decides; the cart is refreshed from it whether the edit succeeds or not.
        self.quantity_edited.emit(line.line_id, text)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == QUANTITY_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_titles()[section] if 0 <= section < COLUMN_COUNT else None
        return None
