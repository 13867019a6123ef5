"""A table model that shows any number of rows while holding only a few pages of them.

It asks its PageSource for the row count up front and for pages of plain rows as the
view paints them, keeps the most recently used pages and drops the rest. Filtering
and sorting happen in SQL behind the source, never in a proxy model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from pos_app.controllers.errors import UserError
from pos_app.controllers.paging import PageSource

RowRole = Qt.ItemDataRole.UserRole + 1  # data(index, RowRole) gives the whole row object

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One table column: its header and how to show a row in it.

    `title` may be a function giving the header (e.g. `lambda: translate("CatalogScreen", "Name")`):
    columns declared at module level are made before the translator is installed, so such a
    header is looked up each time the view asks for it.
    """

    title: str | Callable[[], str]
    text: Callable[[Any], str]
    align_right: bool = False

    def header(self) -> str:
        """The header as shown now."""
        return self.title() if callable(self.title) else self.title


class PagedTableModel(QAbstractTableModel):
    """Rows from a PageSource, fetched a page at a time and cached.

    Signals:
        load_failed(str): a page could not be read; the message is fit to show.
    """

    load_failed = Signal(str)

    def __init__(self, columns: Sequence[Column], page_size: int = 200, max_pages: int = 20):
        super().__init__()
        self._columns = tuple(columns)
        self._page_size = page_size
        self._max_pages = max_pages
        self._source: PageSource[Any] | None = None
        self._count = 0
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()

    def set_source(self, source: PageSource[Any]) -> None:
        """Show another result set (a new search); resets the view."""
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        try:
            self._count = source.count()
        except UserError as error:
            self._count = 0
            self.load_failed.emit(error.message)
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the current source after the data changed."""
        if self._source is not None:
            self.set_source(self._source)

    def row_at(self, row: int) -> Any | None:
        """The plain row object at `row`, fetching its page if needed."""
        if self._source is None or not 0 <= row < self._count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            try:
                page = self._source.fetch(number * self._page_size, self._page_size)
            except UserError as error:
                self.load_failed.emit(error.message)
                return None
            self._pages[number] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def cached_page_count(self) -> int:
        return len(self._pages)

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RowRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        return row if role == RowRole else column.text(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
