"""The Return dialog's table: the lines of a past sale and how many of each come back.

It holds the sale (plain rows), the quantity chosen per line and the refund quoted for each
line; the "Return" column is editable. A quantity outside 0 … still returnable is refused with
a message (signal `refused`) and changes nothing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from pos_app.controllers.return_rows import ReturnableLine, ReturnableSale
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMN_COUNT = 7
RETURN_COLUMN = 5
REFUND_COLUMN = 6


def column_titles() -> tuple[str, ...]:
    """The table's headers, in the user's language (read when shown, not at import)."""
    return (
        translate("ReturnLinesModel", "Item"),
        translate("ReturnLinesModel", "Sold"),
        translate("ReturnLinesModel", "Returned"),
        translate("ReturnLinesModel", "Can return"),
        translate("ReturnLinesModel", "Price"),
        translate("ReturnLinesModel", "Return"),
        translate("ReturnLinesModel", "Refund"),
    )


class ReturnLinesModel(QAbstractTableModel):
    """Lines of the sale being returned.

    Signals:
        quantities_changed(): the quantity to return changed on some line.
        refused(str): a quantity was refused; the text says why.
    """

    quantities_changed = Signal()
    refused = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._lines: tuple[ReturnableLine, ...] = ()
        self._quantities: dict[int, int] = {}
        self._refunds: dict[int, Decimal] = {}
        self._bold = QFont()  # made here: a QFont needs the application to exist
        self._bold.setBold(True)

    def set_sale(self, sale: ReturnableSale | None, keep_quantities: bool = False) -> None:
        """Show `sale`; with `keep_quantities`, quantities that still fit are kept (after a reload)."""
        self.beginResetModel()
        previous = self._quantities if keep_quantities else {}
        self._lines = sale.lines if sale is not None else ()
        self._quantities = {
            line.order_item_id: min(previous.get(line.order_item_id, 0), line.returnable)
            for line in self._lines
        }
        self._refunds = {}
        self.endResetModel()

    def quantities(self) -> dict[int, int]:
        """{order_item_id: units} of the lines with something to return."""
        return {line_id: units for line_id, units in self._quantities.items() if units > 0}

    def line_at(self, row: int) -> ReturnableLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def quantity_at(self, row: int) -> int:
        line = self.line_at(row)
        return 0 if line is None else self._quantities.get(line.order_item_id, 0)

    def set_quantity(self, row: int, quantity: int) -> bool:
        """Set the units of line `row` to return; False (and `refused`) when out of range."""
        line = self.line_at(row)
        if line is None:
            return False
        if quantity < 0:
            self.refused.emit(translate("ReturnLinesModel", "A quantity cannot be negative."))
            return False
        if quantity > line.returnable:
            if line.returnable == 0:
                self.refused.emit(
                    translate("ReturnLinesModel", "{item}: all {count} have already been returned.").format(
                        item=line.name, count=line.sold
                    )
                )
            else:
                self.refused.emit(
                    translate("ReturnLinesModel", "{item}: at most {count} can be returned.").format(
                        item=line.name, count=line.returnable
                    )
                )
            return False
        if self._quantities.get(line.order_item_id, 0) != quantity:
            self._quantities[line.order_item_id] = quantity
            self.dataChanged.emit(self.index(row, RETURN_COLUMN), self.index(row, RETURN_COLUMN))
            self.quantities_changed.emit()
        return True

    def set_refunds(self, refunds: dict[int, Decimal]) -> None:
        """The refund quoted per line (order_item_id -> gross), shown in the last column."""
        if refunds != self._refunds:
            self._refunds = dict(refunds)
            if self._lines:
                self.dataChanged.emit(
                    self.index(0, REFUND_COLUMN), self.index(len(self._lines) - 1, REFUND_COLUMN)
                )

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
            return self._cell(line, index.column())
        if role == Qt.ItemDataRole.FontRole and index.column() == RETURN_COLUMN:
            return self._bold  # the one column the cashier fills in
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if index.column() == 0 else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, line: ReturnableLine, column: int) -> str:
        if column == 0:
            return line.name
        if column == 1:
            return str(line.sold)
        if column == 2:
            return str(line.returned)
        if column == 3:
            return str(line.returnable)
        if column == 4:
            return format_money(line.unit_price)
        if column == RETURN_COLUMN:
            return str(self._quantities.get(line.order_item_id, 0))
        refund = self._refunds.get(line.order_item_id)
        return "" if refund is None else format_money(refund)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != RETURN_COLUMN:
            return False
        text = str(value).strip()
        if not text.isascii() or not text.isdigit():
            self.refused.emit(
                translate("ReturnLinesModel", "Type a whole number of units to return (got {text}).").format(
                    text=repr(text[:20])
                )
            )
            return False
        return self.set_quantity(index.row(), int(text))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self.line_at(index.row())
        if index.column() == RETURN_COLUMN and line is not None and line.returnable > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return None
