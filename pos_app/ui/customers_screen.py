"""The customers screen: a searchable list, add / edit / delete, and the selected customer's orders.

Deleting a customer takes their orders and order lines with it (ON DELETE CASCADE), so
the confirmation says how many orders go before anything is deleted.

Keys: typing filters; Up / Down in the search field move through the list; Enter (or a
double-click) edits; Ctrl+N or Insert adds; Delete deletes after confirmation; Ctrl+I imports
a CSV file through a preview (ui/import_dialog.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.customers import CustomerController
from pos_app.controllers.errors import UserError
from pos_app.controllers.imports import ImportController
from pos_app.controllers.paging import PageSource
from pos_app.controllers.rows import CustomerRow, OrderSummary
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_quantity
from pos_app.domain.money import format_money
from pos_app.ui.customer_dialog import CustomerDialog
from pos_app.ui.import_launcher import ImportLauncher
from pos_app.ui.local_time import local_time_text
from pos_app.ui.paged_model import Column
from pos_app.ui.record_list_screen import RecordListScreen
from pos_app.ui.search_table import make_result_table

AnyIndex = QModelIndex | QPersistentModelIndex


def customer_columns() -> tuple[Column, ...]:
    """The customer list's columns, their headings translated when the screen is built."""
    return (
        Column(translate("CustomersScreen", "Name"), lambda row: row.name),
        Column(translate("CustomersScreen", "Email"), lambda row: row.email or ""),
        Column(translate("CustomersScreen", "Phone"), lambda row: row.phone or ""),
        Column(
            translate("CustomersScreen", "Orders"),
            lambda row: format_quantity(row.order_count),
            align_right=True,
        ),
    )


def order_columns() -> tuple[str, ...]:
    """The order pane's headings, in the user's language (looked up when shown)."""
    return (
        translate("OrdersModel", "Date"),
        translate("OrdersModel", "Status"),
        translate("OrdersModel", "Lines"),
        translate("OrdersModel", "Total"),
    )


ORDER_COLUMN_COUNT = 4


def _status(status: str) -> str:
    return {
        "paid": translate("OrdersModel", "Paid"),
        "void": translate("OrdersModel", "Void"),
        "parked": translate("OrdersModel", "Parked"),
        "draft": translate("OrdersModel", "Draft"),
    }.get(status, status.capitalize())


def _order_cell(order: OrderSummary, column: int) -> str:
    if column == 0:
        return local_time_text(order.created_at)
    if column == 1:
        return _status(order.status)
    if column == 2:
        return format_quantity(order.line_count)
    return format_money(order.total)


def delete_question(customer: CustomerRow) -> str:
    """The confirmation text, spelling out what the cascade takes with the customer."""
    count = customer.order_count
    if count == 0:
        return translate("CustomersScreen", "Delete {name}? They have no orders.").format(name=customer.name)
    if count == 1:
        return translate(
            "CustomersScreen", "Delete {name}? Their 1 order and all its lines will be deleted too."
        ).format(name=customer.name)
    return translate(
        "CustomersScreen", "Delete {name}? Their {count} orders and all their lines will be deleted too."
    ).format(name=customer.name, count=format_quantity(count))


class OrdersModel(QAbstractTableModel):
    """One customer's orders (at most a few hundred, read at once), newest first."""

    def __init__(self) -> None:
        super().__init__()
        self._orders: tuple[OrderSummary, ...] = ()

    def set_orders(self, orders: Sequence[OrderSummary]) -> None:
        self.beginResetModel()
        self._orders = tuple(orders)
        self.endResetModel()

    def order_at(self, row: int) -> OrderSummary | None:
        return self._orders[row] if 0 <= row < len(self._orders) else None

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ORDER_COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._orders):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _order_cell(self._orders[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if index.column() >= 2 else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return order_columns()[section] if 0 <= section < ORDER_COLUMN_COUNT else None
        return None


class CustomersScreen(RecordListScreen):
    """Customer list and order history bound to the CustomerController."""

    def __init__(
        self,
        customers: CustomerController,
        parent: QWidget | None = None,
        *,
        imports: ImportController | None = None,
    ) -> None:
        super().__init__(
            customer_columns(),
            search_name="customerSearch",
            search_placeholder=translate("CustomersScreen", "Search by name, email or phone"),
            table_name="customerTable",
            status_name="customerStatus",
            parent=parent,
        )
        self._customers = customers
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.orders_model = OrdersModel()
        self.orders_table = make_result_table(self.orders_model)
        self.orders_table.setObjectName("customerOrders")
        orders_header = self.orders_table.horizontalHeader()
        orders_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # At most a few hundred rows in memory: measuring them is cheap, and dates must not wrap.
        orders_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.orders_label = QLabel(translate("CustomersScreen", "Orders"))

        self.add_button = QPushButton(translate("CustomersScreen", "Add  (Ctrl+N)"))
        self.edit_button = QPushButton(translate("CustomersScreen", "Edit  (Enter)"))
        self.delete_button = QPushButton(translate("CustomersScreen", "Delete  (Del)"))
        self.importer = ImportLauncher(self, imports, "customers") if imports is not None else None
        if imports is not None:
            imports.customers_imported.connect(self._on_records_changed)

        self._build_layout()
        self._connect()
        self._reload()

    # -- layout and wiring ---------------------------------------------------------------

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        if self.importer is not None:
            buttons.addWidget(self.importer.button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.orders_label)
        right_layout.addWidget(self.orders_table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self._customers.customers_changed.connect(self._on_records_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selection_changed())
        self.add_button.clicked.connect(self.add_customer)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self._connect_list(add=self.add_customer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete only on the table: in the search field it deletes text.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # -- public --------------------------------------------------------------------------

    def selected_customer(self) -> CustomerRow | None:
        return self._selected_row()

    def add_customer(self) -> None:
        self._open_form(None)

    def delete_selected(self) -> None:
        selected = self.selected_customer()
        if selected is None or self.dialog is not None:
            return
        try:
            # Re-read so the question counts the orders as they are now, not as listed.
            customer = self._customers.get_customer(selected.id)
        except UserError as error:
            self._reload()  # the customer may be gone; show what is there, then say why
            self.status_label.show_error(error.message)
            return
        if not self._confirm(delete_question(customer)):
            return
        try:
            deleted_orders = self._customers.delete_customer(customer.id)
        except UserError as error:
            self.status_label.show_error(error.message)
            return
        if deleted_orders == 1:
            done = translate("CustomersScreen", "Deleted {name} and 1 order.").format(name=customer.name)
        else:
            done = translate("CustomersScreen", "Deleted {name} and {count} orders.").format(
                name=customer.name, count=format_quantity(deleted_orders)
            )
        self.status_label.show_info(done)

    # -- dialogs -------------------------------------------------------------------------

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            translate("CustomersScreen", "Delete customer"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _make_form(self, row: CustomerRow | None) -> CustomerDialog:
        return self._make_customer_dialog(row)

    def _make_customer_dialog(self, customer: CustomerRow | None) -> CustomerDialog:
        return CustomerDialog(self._customers, customer, self)

    # -- the list and the order pane -----------------------------------------------------

    def _source(self) -> PageSource[Any]:
        return self._customers.customers(self.search_field.text())

    def _after_reload(self) -> None:
        self._on_selection_changed()
        self._update_status()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        self._show_list_status(
            translate("CustomersScreen", "{count} customer").format(count=format_quantity(count))
            if count == 1
            else translate("CustomersScreen", "{count} customers").format(count=format_quantity(count))
        )

    def _on_selection_changed(self) -> None:
        customer = self.selected_customer()
        self.edit_button.setEnabled(customer is not None)
        self.delete_button.setEnabled(customer is not None)
        if customer is None:
            self.orders_label.setText(translate("CustomersScreen", "Orders"))
            self.orders_model.set_orders([])
            return
        try:
            orders = self._customers.orders_of(customer.id)
        except UserError as error:
            self.status_label.show_error(error.message)
            orders = []
        self.orders_label.setText(translate("CustomersScreen", "Orders of {name}").format(name=customer.name))
        self.orders_model.set_orders(orders)
