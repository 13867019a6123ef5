"""The journal pane of the stock screen: one item's stock movements, newest first, page by page.

The journal only grows (an item sold daily gathers thousands of movements), so the model holds
the pages read so far and asks StockController for the next one, keyset-paged after the last
row, when the view scrolls to the bottom (Qt's canFetchMore / fetchMore).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from pos_app.controllers.errors import UserError
from pos_app.controllers.stock import StockController, StockMovementRow
from pos_app.ui.cart_model import minus
from pos_app.ui.local_time import local_time_text

AnyIndex = QModelIndex | QPersistentModelIndex

JOURNAL_COLUMNS = ("Date", "Kind", "Change", "Reason", "Receipt / delivery")
CHANGE_COLUMN = 2
PAGE_SIZE = 100


def change_text(change: int) -> str:
    """A signed change as people read it: "+12", or -3 with a typographic minus."""
    return f"+{change:,}" if change > 0 else minus(f"{-change:,}")


def source_text(movement: StockMovementRow) -> str:
    """What the movement came with: the sale's receipt, the refund, or the delivery."""
    if movement.receipt_no is not None:
        return f"Receipt {movement.receipt_no}"
    if movement.refund_id is not None:
        return f"Refund {movement.refund_id}"
    if movement.delivery_id is not None:
        parts = [part for part in (movement.supplier, movement.delivery_reference) if part]
        return "Delivery: " + " · ".join(parts)
    return ""


def _cell(movement: StockMovementRow, column: int) -> str:
    if column == 0:
        return local_time_text(movement.created_at)
    if column == 1:
        return movement.kind.capitalize()
    if column == CHANGE_COLUMN:
        return change_text(movement.change)
    if column == 3:
        return movement.reason or ""
    return source_text(movement)


class StockJournalModel(QAbstractTableModel):
    """Movements of one item, newest first, read a page at a time as the view scrolls.

    Signals:
        load_failed(str): a page could not be read; the message is fit to show.
    """

    load_failed = Signal(str)

    def __init__(self, stock: StockController, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._stock = stock
        self._page_size = page_size
        self._item_id: int | None = None
        self._rows: list[StockMovementRow] = []
        self._more = False

    def set_item(self, item_id: int | None) -> None:
        """Show another item's movements (None: none), starting again from the newest."""
        self.beginResetModel()
        self._item_id = item_id
        self._rows = []
        self._more = False
        if item_id is not None:
            self._rows = self._page(after=None)
            self._more = len(self._rows) == self._page_size
        self.endResetModel()

    def refresh(self) -> None:
        self.set_item(self._item_id)

    def movement_at(self, row: int) -> StockMovementRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _page(self, after: StockMovementRow | None) -> list[StockMovementRow]:
        if self._item_id is None:
            return []
        try:
            return self._stock.movements(self._item_id, after=after, limit=self._page_size)
        except UserError as error:
            self.load_failed.emit(error.message)
            return []

    # -- Qt overrides ----------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self._rows:
            return
        page = self._page(after=self._rows[-1])
        self._more = len(page) == self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(JOURNAL_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = index.column() == CHANGE_COLUMN
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return JOURNAL_COLUMNS[section] if 0 <= section < len(JOURNAL_COLUMNS) else None
        return None
