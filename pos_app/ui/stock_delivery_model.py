"""The lines of a delivery being scanned in: one row per item, its quantity editable in place.

Nothing is written until the whole delivery is received (DeliveryController.receive_delivery);
until then the lines are plain data here. A quantity typed into the cell is checked at once
(a whole number from 1 up) and a wrong one is refused with a message, the old one kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from pos_app.domain.i18n import translate
from pos_app.domain.validation import MAX_QUANTITY

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMN_COUNT = 3
QUANTITY_COLUMN = 2


@dataclass(slots=True)
class DeliveryLine:
    item_id: int
    sku: str
    name: str
    quantity: int


def quantity_problem(text: str) -> str | None:
    """Why `text` is not a quantity for a delivery line, or None when it is one."""
    stripped = text.strip()
    if not re.fullmatch(r"\d+", stripped, re.ASCII):
        return translate(
            "StockDeliveryModel", "A quantity is a whole number from 1 up (got {text}): it was not changed."
        ).format(text=repr(stripped[:20]))
    if int(stripped) < 1:
        return translate("StockDeliveryModel", "A quantity must be at least 1: Delete removes the line.")
    if int(stripped) > MAX_QUANTITY:
        return translate(
            "StockDeliveryModel", "A quantity cannot be more than {maximum}: it was not changed."
        ).format(maximum=f"{MAX_QUANTITY:,}")
    return None


class DeliveryLinesModel(QAbstractTableModel):
    """The scanned lines, in the order first scanned.

    Signals:
        refused(str): a quantity typed into a cell was not accepted; the message says why.
    """

    refused = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[DeliveryLine] = []

    @property
    def lines(self) -> tuple[DeliveryLine, ...]:
        return tuple(self._lines)

    def line_at(self, row: int) -> DeliveryLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def units(self) -> int:
        return sum(line.quantity for line in self._lines)

    def add(self, item_id: int, sku: str, name: str) -> int:
        """One more of the item: a new line of 1, or the existing line bumped. Returns its row."""
        for row, line in enumerate(self._lines):
            if line.item_id == item_id:
                self.change_quantity(row, +1)  # at the maximum it says so through `refused`
                return row
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(DeliveryLine(item_id, sku, name, 1))
        self.endInsertRows()
        return row

    def change_quantity(self, row: int, step: int) -> bool:
        """Add `step` to a line's quantity, within 1 and MAX_QUANTITY; False (and `refused`) if not."""
        line = self.line_at(row)
        if line is None:
            return False
        wanted = line.quantity + step
        if wanted < 1:
            self.refused.emit(
                translate(
                    "DeliveryLinesModel", "{item}: the quantity is 1 already. Delete removes the line."
                ).format(item=line.name)
            )
            return False
        if wanted > MAX_QUANTITY:
            self.refused.emit(
                translate("DeliveryLinesModel", "{item}: a quantity cannot be more than {maximum}.").format(
                    item=line.name, maximum=f"{MAX_QUANTITY:,}"
                )
            )
            return False
        line.quantity = wanted
        self._changed(row)
        return True

    def remove(self, row: int) -> DeliveryLine | None:
        line = self.line_at(row)
        if line is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()
        return line

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

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
            return (line.sku, line.name, str(line.quantity))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = index.column() == QUANTITY_COLUMN
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != QUANTITY_COLUMN:
            return False
        line = self.line_at(index.row())
        if line is None:
            return False
        text = str(value)
        problem = quantity_problem(text)
        if problem is not None:
            self.refused.emit(
                translate("DeliveryLinesModel", "{item}: {problem}").format(item=line.name, problem=problem)
            )
            return False
        line.quantity = int(text.strip())
        self._changed(index.row())
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
            titles = (
                translate("DeliveryLinesModel", "SKU"),
                translate("DeliveryLinesModel", "Item"),
                translate("DeliveryLinesModel", "Qty"),
            )
            return titles[section] if 0 <= section < COLUMN_COUNT else None
        return None
