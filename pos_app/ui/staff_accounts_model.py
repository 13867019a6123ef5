"""The Staff accounts screen's table: one row per account, as plain rows from StaffAdminController.

It holds `AccountRow`s only (no hashes, no ORM objects) and is reloaded whole after each change:
a shop has a handful of accounts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pos_app.controllers.staff_admin import PIN_LOGIN, AccountRow
from pos_app.domain.i18n import translate
from pos_app.ui.local_time import local_time_text
from pos_app.ui.staff_forms import role_name

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMN_COUNT = 4


def column_titles() -> tuple[str, ...]:
    """The table's headings, translated when shown."""
    return (
        translate("StaffAccountsModel", "Name"),
        translate("StaffAccountsModel", "Role"),
        translate("StaffAccountsModel", "Logs in with"),
        translate("StaffAccountsModel", "Status"),
    )


def status_text(row: AccountRow) -> str:
    """ "Active", "Deactivated" or "Locked until <local time>" (wrong passwords)."""
    if not row.active:
        return translate("StaffAccountsModel", "Deactivated")
    if row.locked_until is not None:
        return translate("StaffAccountsModel", "Locked until {time}").format(
            time=local_time_text(row.locked_until)
        )
    return translate("StaffAccountsModel", "Active")


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
        return 0 if parent.isValid() else COLUMN_COUNT

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
            return role_name(row.role)
        if column == 2:
            return (
                translate("StaffAccountsModel", "PIN")
                if row.login == PIN_LOGIN
                else translate("StaffAccountsModel", "Password")
            )
        return status_text(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_titles()[section] if 0 <= section < COLUMN_COUNT else None
        return None
