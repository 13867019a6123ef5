"""The Reports tab's table: a Qt model over one finished report (a `ReportTable` of plain cells).

A report is a few hundred aggregated rows at most (days of a year, items of a shop), computed by
one SQL statement, so the model simply holds them; there is no paging and no sorting here: the
SQL orders the rows. Money shows with thousands separators and two decimals, right-aligned.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pos_app.controllers.report_rows import Cell, ReportTable
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money

AnyIndex = QModelIndex | QPersistentModelIndex


def column_title(name: str) -> str:
    """ "gross_sales" -> "Gross sales": the column names of the exports, as a person reads them.

    The exports keep the names themselves (a file format); the screen and the PDF show them in
    the user's language. A column this table does not know yet is shown as its name reads.
    """
    titles = {
        "period": translate("ReportColumns", "Period"),
        "hour": translate("ReportColumns", "Hour"),
        "orders": translate("ReportColumns", "Orders"),
        "units": translate("ReportColumns", "Units"),
        "gross_sales": translate("ReportColumns", "Gross sales"),
        "discounts": translate("ReportColumns", "Discounts"),
        "refunds": translate("ReportColumns", "Refunds"),
        "net_sales": translate("ReportColumns", "Net sales"),
        "tax": translate("ReportColumns", "Tax"),
        "total_collected": translate("ReportColumns", "Total collected"),
        "sku": translate("ReportColumns", "Sku"),
        "name": translate("ReportColumns", "Name"),
        "units_sold": translate("ReportColumns", "Units sold"),
        "units_returned": translate("ReportColumns", "Units returned"),
        "customer_id": translate("ReportColumns", "Customer id"),
        "customer": translate("ReportColumns", "Customer"),
        "cashier": translate("ReportColumns", "Cashier"),
        "method": translate("ReportColumns", "Method"),
        "payments": translate("ReportColumns", "Payments"),
        "amount": translate("ReportColumns", "Amount"),
        "refunded": translate("ReportColumns", "Refunded"),
        "net": translate("ReportColumns", "Net"),
    }
    return titles.get(name) or name.replace("_", " ").capitalize()


def display_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return format_money(cell)
    return str(cell)


class ReportTableModel(QAbstractTableModel):
    """Rows and columns of the report last run; `show_table` replaces them."""

    def __init__(self) -> None:
        super().__init__()
        self.report: ReportTable | None = None

    def show_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.report = table
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.report is None else len(self.report.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.report is None or not index.isValid() or not 0 <= index.row() < len(self.report.rows):
            return None
        if not 0 <= index.column() < len(self.report.columns):
            return None
        cell = self.report.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(cell, int | Decimal)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.report is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.report.columns):
            return column_title(self.report.columns[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.report.rows):
            return str(section + 1)
        return None
