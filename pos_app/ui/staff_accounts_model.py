"""The Staff accounts screen's table: one row per account, as plain rows from StaffAdminController.

It holds `AccountRow`s only (no hashes, no ORM objects) and is reloaded whole after each change:
a shop has a handful of accounts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pos_app.controllers.staff_admin import PIN_LOGIN, AccountRow
from pos_app.ui.local_time import local_time_text

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS = ("Name", "Role", "Logs in with", "Status")


def status_text(row: AccountRow) -> str:
    """ "Active", "Deactivated" or "Locked until <local time>" (wrong passwords)."""
    if not row.active:
        return "Deactivated"
    if row.locked_until is not None:
        return f"Locked until {local_time_text(row.locked_until)}"
    return "Active"


class StaffAccountsModel(QAbstractTableModel):
    """Staff accounts, in the controller's order (active first, then by name)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AccountRow] = []

    def set_rows(self, rows: list[AccountRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AccountRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: int) -> int:
        """The table row showing account `user_id`, or -1."""
        return next((number for number, row in enumerate(self._rows) if row.id == user_id), -1)

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.name
        if column == 1:
            return row.role.value.capitalize()
        if column == 2:
            return "PIN" if row.login == PIN_LOGIN else "Password"
        return status_text(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None
