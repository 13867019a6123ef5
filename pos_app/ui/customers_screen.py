"""The customers screen: a searchable list, add / edit / delete, and the selected customer's orders.

Deleting a customer takes their orders and order lines with it (ON DELETE CASCADE), so
the confirmation says how many orders go before anything is deleted.

Keys: typing filters; Up / Down in the search field move through the list; Enter (or a
double-click) edits; Ctrl+N or Insert adds; Delete deletes after confirmation.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.customers import CustomerController
from pos_app.controllers.errors import UserError
from pos_app.controllers.rows import CustomerRow, OrderSummary
from pos_app.domain.money import format_money
from pos_app.ui.customer_dialog import CustomerDialog
from pos_app.ui.item_dialog import ERROR_STYLE
from pos_app.ui.paged_model import Column, PagedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

SEARCH_FIELD_MAX = 200
RESELECT_SCAN_LIMIT = 1000

CUSTOMER_COLUMNS = (
    Column("Name", lambda row: row.name),
    Column("Email", lambda row: row.email or ""),
    Column("Phone", lambda row: row.phone or ""),
    Column("Orders", lambda row: f"{row.order_count:,}", align_right=True),
)

ORDER_COLUMNS = ("Date", "Status", "Lines", "Total")


def local_time_text(utc_naive: datetime) -> str:
    """A stored timestamp (naive UTC) as the shop's local wall-clock time."""
    return utc_naive.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _order_cell(order: OrderSummary, column: int) -> str:
    if column == 0:
        return local_time_text(order.created_at)
    if column == 1:
        return order.status.capitalize()
    if column == 2:
        return f"{order.line_count:,}"
    return format_money(order.total)


def delete_question(customer: CustomerRow) -> str:
    """The confirmation text, spelling out what the cascade takes with the customer."""
    count = customer.order_count
    if count == 0:
        return f"Delete {customer.name}? They have no orders."
    if count == 1:
        return f"Delete {customer.name}? Their 1 order and all its lines will be deleted too."
    return f"Delete {customer.name}? Their {count:,} orders and all their lines will be deleted too."


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
        return 0 if parent.isValid() else len(ORDER_COLUMNS)

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
            return ORDER_COLUMNS[section] if 0 <= section < len(ORDER_COLUMNS) else None
        return None


class CustomersScreen(QWidget):
    """Customer list and order history bound to the CustomerController."""

    def __init__(self, customers: CustomerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        self._load_error: str | None = None
        self.dialog: QDialog | None = None  # the open add / edit dialog, if any (tests drive it)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("customerSearch")
        self.search_field.setPlaceholderText("Search by name, email or phone")
        self.search_field.setMaxLength(SEARCH_FIELD_MAX)
        self.search_field.setClearButtonEnabled(True)

        self.model = PagedTableModel(CUSTOMER_COLUMNS)
        self.table = self._table(self.model)
        self.table.setObjectName("customerTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.orders_model = OrdersModel()
        self.orders_table = self._table(self.orders_model)
        self.orders_table.setObjectName("customerOrders")
        orders_header = self.orders_table.horizontalHeader()
        orders_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # At most a few hundred rows in memory: measuring them is cheap, and dates must not wrap.
        orders_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.orders_label = QLabel("Orders")

        self.add_button = QPushButton("Add  (Ctrl+N)")
        self.edit_button = QPushButton("Edit  (Enter)")
        self.delete_button = QPushButton("Delete  (Del)")
        self.status_label = QLabel("")
        self.status_label.setObjectName("customerStatus")

        self._build_layout()
        self._connect()
        self._reload()

    @staticmethod
    def _table(model: QAbstractTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        return table

    # -- layout and wiring ---------------------------------------------------------------

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
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
        self._customers.customers_changed.connect(self._on_customers_changed)
        self.model.load_failed.connect(self._on_load_failed)
        self.search_field.textChanged.connect(lambda _text: self._reload(keep_selection=False))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selection_changed())
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.add_button.clicked.connect(self.add_customer)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.search_field.installEventFilter(self)
        self.table.installEventFilter(self)
        for sequence in (QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_customer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Not `activated`: some styles emit it on a single click.
            self.edit_selected()
            return True
        if watched is self.table and key == Qt.Key.Key_Delete:
            self.delete_selected()
            return True
        if watched is self.search_field and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_selection(-1 if key == Qt.Key.Key_Up else +1)
            return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A sale for a customer changes their order count without customers_changed.
        self._reload()

    # -- public --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def selected_customer(self) -> CustomerRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def add_customer(self) -> None:
        self._open_customer_dialog(None)

    def edit_selected(self) -> None:
        self._edit_row(self.table.currentIndex().row())

    def delete_selected(self) -> None:
        selected = self.selected_customer()
        if selected is None or self.dialog is not None:
            return
        try:
            # Re-read so the question counts the orders as they are now, not as listed.
            customer = self._customers.get_customer(selected.id)
        except UserError as error:
            self._reload()  # the customer may be gone; show what is there, then say why
            self._show_error(error.message)
            return
        if not self._confirm(delete_question(customer)):
            return
        try:
            deleted_orders = self._customers.delete_customer(customer.id)
        except UserError as error:
            self._show_error(error.message)
            return
        orders = "1 order" if deleted_orders == 1 else f"{deleted_orders:,} orders"
        self._show_info(f"Deleted {customer.name} and {orders}.")

    # -- dialogs -------------------------------------------------------------------------

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            "Delete customer",
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _edit_row(self, row: int) -> None:
        customer = self.model.row_at(row)
        if customer is not None:
            self._open_customer_dialog(customer)

    def _make_customer_dialog(self, customer: CustomerRow | None) -> CustomerDialog:
        return CustomerDialog(self._customers, customer, self)

    def _open_customer_dialog(self, customer: CustomerRow | None) -> None:
        if self.dialog is not None:
            return
        dialog = self._make_customer_dialog(customer)

        def finished(code: int) -> None:
            self.dialog = None
            saved_id = dialog.saved_id
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and saved_id is not None:
                self._select_customer(saved_id)
            self.table.setFocus()

        # open() rather than exec(): no nested event loop, and tests can drive the dialog.
        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    # -- reacting to changes -------------------------------------------------------------

    def _on_customers_changed(self) -> None:
        if self.isVisible():
            self._reload()
        # A hidden screen re-reads when it is shown again (showEvent).

    def _on_load_failed(self, message: str) -> None:
        self._load_error = message
        self._show_error(message)

    def _on_selection_changed(self) -> None:
        customer = self.selected_customer()
        self.edit_button.setEnabled(customer is not None)
        self.delete_button.setEnabled(customer is not None)
        if customer is None:
            self.orders_label.setText("Orders")
            self.orders_model.set_orders([])
            return
        try:
            orders = self._customers.orders_of(customer.id)
        except UserError as error:
            self._show_error(error.message)
            orders = []
        self.orders_label.setText(f"Orders of {customer.name}")
        self.orders_model.set_orders(orders)

    def _reload(self, *, keep_selection: bool = True) -> None:
        previous = self.selected_customer() if keep_selection else None
        previous_row = self.table.currentIndex().row() if keep_selection else 0
        self._load_error = None
        self.model.set_source(self._customers.customers(self.search_field.text()))
        if previous is None or not self._select_customer(previous.id, hint_row=previous_row):
            self._select_row(min(max(previous_row, 0), self.model.rowCount() - 1))
        self._on_selection_changed()
        self._update_status()

    # -- helpers -------------------------------------------------------------------------

    def _select_customer(self, customer_id: int, hint_row: int = -1) -> bool:
        """Select the row showing `customer_id` if it is in the result; False when it is not."""
        candidate = self.model.row_at(hint_row) if hint_row >= 0 else None
        if candidate is not None and candidate.id == customer_id:
            self._select_row(hint_row)
            return True
        for row in range(min(self.model.rowCount(), RESELECT_SCAN_LIMIT)):
            found = self.model.row_at(row)
            if found is not None and found.id == customer_id:
                self._select_row(row)
                return True
        return False

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            current = self.table.currentIndex().row()
            self._select_row(max(0, min(rows - 1, current + step)))

    def _update_status(self) -> None:
        if self._load_error is not None:
            self._show_error(self._load_error)
            return
        count = self.model.rowCount()
        self._show_info(f"{count:,} customer" if count == 1 else f"{count:,} customers")

    def _show_info(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setProperty("kind", "info")
        self.status_label.setText(text)

    def _show_error(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setProperty("kind", "error")
        self.status_label.setText(text)
