"""The table of lines a cashier or stock clerk builds by scanning (the sale's cart, a delivery).

Whole rows are selected one at a time, the quantity cell is edited by double-click or F2 (never
by typing straight into the table: typed digits belong to the scan field), and rows carry no
numbers, since the lines are named by their item.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def make_line_table(model: QAbstractItemModel, object_name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    view.verticalHeader().setVisible(False)
    return view
