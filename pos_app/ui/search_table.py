"""The search field and the read-only result table that every searchable list is made of.

The catalog, the customer list (with its order pane) and the customer picker build the
same two widgets: a field with the same length cap, and a table that shows rows for
looking and picking, one whole row at a time, never for editing in place.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView

SEARCH_FIELD_MAX = 200


def make_search_field(object_name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(object_name)
    field.setPlaceholderText(placeholder)
    field.setMaxLength(SEARCH_FIELD_MAX)
    field.setClearButtonEnabled(True)
    return field


def make_result_table(model: QAbstractItemModel) -> QTableView:
    """A table over `model` that selects single whole rows and edits nothing."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table
