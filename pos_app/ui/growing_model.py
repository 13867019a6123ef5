"""A table of a journal that only grows, read newest first a page at a time as the view scrolls.

The stock journal and the audit trail are read this way: the model keeps the pages read so far
and, when the view reaches the bottom (Qt's canFetchMore / fetchMore), asks for the next page,
keyset-paged after the last row. A subclass says how to read a page and how to show a cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from pos_app.controllers.errors import UserError

AnyIndex = QModelIndex | QPersistentModelIndex


class GrowingTableModel(QAbstractTableModel):
    """Rows read a page at a time, appended as the view scrolls.

    Signals:
        load_failed(str): a page could not be read; the message is fit to show.
    """

    load_failed = Signal(str)

    def __init__(self, columns: Sequence[str], page_size: int, right_aligned: frozenset[int] = frozenset()):
        super().__init__()
        self._columns = tuple(columns)
        self._page_size = page_size
        self._right_aligned = right_aligned
        self._rows: list[Any] = []
        self._more = False

    def _read_page(self, after: Any | None, limit: int) -> Sequence[Any]:
        """Up to `limit` rows after `after` (None: from the newest); may raise UserError."""
        raise NotImplementedError

    def _cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        """Read again from the newest row (after the subclass changed what it shows)."""
        self.beginResetModel()
        self._rows = list(self._page(after=None))
        self._more = len(self._rows) == self._page_size
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _page(self, after: Any | None) -> Sequence[Any]:
        try:
            return self._read_page(after, self._page_size)
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
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and self._right_aligned:
            right = index.column() in self._right_aligned
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section]
        return None
