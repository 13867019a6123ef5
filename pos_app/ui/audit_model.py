"""The table of the audit trail screen: events matching the owner's filter, newest first, page by page.

The trail only grows, so the model keeps the pages read so far and asks AuditController for the
next one, keyset-paged after the last row, when the view scrolls to the bottom (Qt's
canFetchMore / fetchMore).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from pos_app.controllers.audit_browse import AuditController
from pos_app.controllers.audit_rows import AuditFilter, AuditRow
from pos_app.controllers.errors import UserError
from pos_app.ui.local_time import local_time_text

AnyIndex = QModelIndex | QPersistentModelIndex

AUDIT_COLUMNS = ("#", "Time", "Event", "Who", "Subject", "Details")
PAGE_SIZE = 200
SHORT_DETAILS = 120


def event_label(event: str) -> str:
    return event.replace("_", " ").capitalize()


def short_details(details: str) -> str:
    """The details on one line: `key: value` pairs, cut to fit a cell."""
    try:
        parsed = json.loads(details)
    except ValueError:
        return details[:SHORT_DETAILS]
    if not isinstance(parsed, dict):
        return details[:SHORT_DETAILS]
    text = "; ".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in parsed.items())
    return text if len(text) <= SHORT_DETAILS else text[: SHORT_DETAILS - 1] + "…"


def _cell(row: AuditRow, column: int) -> str:
    if column == 0:
        return str(row.id)
    if column == 1:
        return local_time_text(row.created_at)
    if column == 2:
        return event_label(row.event)
    if column == 3:
        return row.actor if row.approver is None else f"{row.actor} (approved by {row.approver})"
    if column == 4:
        return row.subject
    return short_details(row.details)


class AuditModel(QAbstractTableModel):
    """Audit events matching a filter, newest first, read a page at a time as the view scrolls.

    Signals:
        load_failed(str): a page could not be read; the message is fit to show.
    """

    load_failed = Signal(str)

    def __init__(self, audit: AuditController, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._audit = audit
        self._page_size = page_size
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._more = False

    def set_filter(self, wanted: AuditFilter) -> None:
        """Show the events matching `wanted`, starting again from the newest."""
        self.beginResetModel()
        self._filter = wanted
        self._rows = self._page(after=None)
        self._more = len(self._rows) == self._page_size
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def event_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _page(self, after: AuditRow | None) -> list[AuditRow]:
        try:
            return self._audit.page(self._filter, None if after is None else after.id, self._page_size)
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
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AUDIT_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cell(self._rows[index.row()], index.column())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(AUDIT_COLUMNS):
            return AUDIT_COLUMNS[section]
        return None
