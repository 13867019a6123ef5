"""The order history screen (Ctrl+4): every order, newest first, filters, and the selected order's detail.

The filter bar holds From / To dates (the shop's local dates, YYYY-MM-DD), a customer (name,
email, phone, or #id), the statuses, a receipt number (typed or scanned), an amount range and
the cashier. Enter in any field applies the filters at once; typing applies them after a short
pause; Escape clears them. Bad input says what is wrong under the bar and leaves the list as it
was. The table reads pages of orders on demand (see history_model.py), so it opens and scrolls
to the oldest order at once at any size. Moving through the table with Up / Down shows each
order's lines, payments, taxes and returns in the detail pane.
"""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.errors import UserError
from pos_app.controllers.order_history import HistoryController, HistoryFilter, parse_history_filter
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_quantity
from pos_app.ui.history_detail import OrderDetailView
from pos_app.ui.history_model import HistoryTableModel, status_text
from pos_app.ui.row_selection import select_row
from pos_app.ui.search_table import SEARCH_FIELD_MAX, make_result_table
from pos_app.ui.status_label import StatusLabel

APPLY_DELAY_MS = 400  # typing pauses this long before the filters apply by themselves
STATUSES = ("paid", "void", "parked", "draft")
# The widest text each table column usually shows (the customer column takes the space left).
COLUMN_SAMPLES = (
    "Receipt0",
    "2026-11-24 23:59",
    "2026-11-24 23:59",
    "Customer name",
    "Cashier name",
    "Parked",
    "Items0",
    "10,000.00",
    "Refunded",
)


def _line_edit(name: str, placeholder: str, width: int | None = None) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    field.setMaxLength(SEARCH_FIELD_MAX)
    field.setClearButtonEnabled(True)
    if width is not None:
        field.setMaximumWidth(width)
    return field


class HistoryScreen(QWidget):
    """Filter bar, paged order table and detail pane over a HistoryController."""

    def __init__(self, history: HistoryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self.last_apply_seconds: float | None = None  # how long the last filter took to count (timings)

        self.date_from = _line_edit("historyFrom", translate("HistoryScreen", "From YYYY-MM-DD"), 130)
        self.date_to = _line_edit("historyTo", translate("HistoryScreen", "To YYYY-MM-DD"), 130)
        self.customer = _line_edit(
            "historyCustomer", translate("HistoryScreen", "Customer: name, email, phone or #id")
        )
        self.status_boxes: dict[str, QCheckBox] = {}
        for status in STATUSES:
            box = QCheckBox(status_text(status))
            box.setObjectName(f"historyStatus_{status}")
            self.status_boxes[status] = box
        self.receipt = _line_edit("historyReceipt", translate("HistoryScreen", "Receipt no."), 130)
        self.amount_min = _line_edit("historyAmountMin", translate("HistoryScreen", "Min amount"), 100)
        self.amount_max = _line_edit("historyAmountMax", translate("HistoryScreen", "Max amount"), 100)
        self.cashier = QComboBox()
        self.cashier.setObjectName("historyCashier")
        self.cashier.setMinimumWidth(160)
        self.cashier.setEditable(True)
        self.cashier.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        cashier_field = self.cashier.lineEdit()
        assert cashier_field is not None  # an editable combo box has one
        self.cashier_field = cashier_field
        cashier_field.setPlaceholderText(translate("HistoryScreen", "Any cashier"))
        cashier_field.setMaxLength(SEARCH_FIELD_MAX)
        self.clear_button = QPushButton(translate("HistoryScreen", "Clear  (Esc)"))

        self.model = HistoryTableModel(history)
        self.table = make_result_table(self.model)
        self.table.setObjectName("historyTable")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fixed widths from the text they hold: measuring a million rows' contents is not an option.
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Uniform row heights: the view never asks a million rows for their size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.detail = OrderDetailView()
        self.detail.setObjectName("historyDetail")
        self.status_label = StatusLabel()
        self.status_label.setObjectName("historyStatus")

        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(APPLY_DELAY_MS)
        self._loaded = False
        self._load_error: str | None = None

        self._build_layout()
        self._connect()

    # -- layout and wiring ---------------------------------------------------------------

    def _build_layout(self) -> None:
        upper = QHBoxLayout()
        upper.addWidget(QLabel(translate("HistoryScreen", "Dates")))
        upper.addWidget(self.date_from)
        upper.addWidget(self.date_to)
        upper.addWidget(self.customer, 1)
        upper.addWidget(self.cashier)
        lower = QHBoxLayout()
        lower.addWidget(QLabel(translate("HistoryScreen", "Status")))
        for box in self.status_boxes.values():
            lower.addWidget(box)
        lower.addWidget(self.receipt)
        lower.addWidget(self.amount_min)
        lower.addWidget(self.amount_max)
        lower.addStretch(1)
        lower.addWidget(self.clear_button)
        bar = QVBoxLayout()
        bar.addLayout(upper)
        bar.addLayout(lower)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        # Tab goes through the filters in reading order, then the table, then the detail.
        chain: list[QWidget] = [self.date_from, self.date_to, self.customer, self.cashier]
        chain += list(self.status_boxes.values())
        chain += [self.receipt, self.amount_min, self.amount_max, self.clear_button, self.table, self.detail]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _text_fields(self) -> list[QLineEdit]:
        return [
            self.date_from,
            self.date_to,
            self.customer,
            self.receipt,
            self.amount_min,
            self.amount_max,
            self.cashier_field,
        ]

    def _connect(self) -> None:
        for field in self._text_fields():
            field.textEdited.connect(lambda _text: self._apply_timer.start())
            field.returnPressed.connect(self.apply_filters)
        self.cashier.activated.connect(lambda _index: self.apply_filters())
        for box in self.status_boxes.values():
            box.toggled.connect(lambda _checked: self._apply_timer.start())
        self._apply_timer.timeout.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_filters)
        self.model.load_failed.connect(self._on_load_failed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(lambda: self.detail.show_detail(None))

    # -- public --------------------------------------------------------------------------

    def focus_filters(self) -> None:
        self.date_from.setFocus(Qt.FocusReason.OtherFocusReason)

    def typed_filter(self) -> HistoryFilter:
        """The filter the fields say now; raises UserError for what cannot be read."""
        return parse_history_filter(
            date_from=self.date_from.text(),
            date_to=self.date_to.text(),
            customer=self.customer.text(),
            statuses=[status for status, box in self.status_boxes.items() if box.isChecked()],
            receipt=self.receipt.text(),
            amount_min=self.amount_min.text(),
            amount_max=self.amount_max.text(),
            cashier=self.cashier.currentText(),
        )

    def apply_filters(self) -> None:
        """Show the orders the filter fields pick; bad input: a message, and the list stays as it was."""
        self._apply_timer.stop()
        try:
            wanted = self.typed_filter()
        except UserError as error:
            self.status_label.show_error(error.message)
            return
        self._show(wanted)

    def clear_filters(self) -> None:
        """Empty every filter field and show all orders."""
        self._apply_timer.stop()
        for field in self._text_fields():
            field.clear()
        for box in self.status_boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._show(HistoryFilter())

    def selected_order_id(self) -> int | None:
        order = self.model.order_at(self.table.currentIndex().row())
        return None if order is None else order.id

    # -- loading -------------------------------------------------------------------------

    def _show(self, wanted: HistoryFilter) -> None:
        self._load_error = None
        started = time.perf_counter()
        self.model.show(wanted)
        self.last_apply_seconds = time.perf_counter() - started
        self._loaded = True
        self._after_load()

    def _after_load(self) -> None:
        count = self.model.rowCount()
        if self._load_error is not None:
            return  # the status line already says why nothing shows
        if count == 0:
            self.status_label.show_info(translate("HistoryScreen", "No orders match these filters."))
        else:
            self.status_label.show_info(
                translate("HistoryScreen", "{count} order").format(count=format_quantity(count))
                if count == 1
                else translate("HistoryScreen", "{count} orders").format(count=format_quantity(count))
            )
            select_row(self.table, 0)

    def _reload_cashiers(self) -> None:
        try:
            names = self._history.cashiers()
        except UserError as error:
            self.status_label.show_error(error.message)
            return
        typed = self.cashier.currentText()
        self.cashier.blockSignals(True)
        self.cashier.clear()
        self.cashier.addItem("")
        self.cashier.addItems(names)
        self.cashier.setEditText(typed)
        self.cashier.blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_cashiers()
        if not self._loaded:
            self._show(HistoryFilter())
            return
        # Sales made since the list was read: count again, keeping the filter the list shows.
        current = self.model.current_filter
        if current is not None:
            try:
                changed = self._history.count(current) != self.model.rowCount()
            except UserError as error:
                self.status_label.show_error(error.message)
                return
            if changed:
                self._show(current)

    def _on_load_failed(self, message: str) -> None:
        self._load_error = message
        self.status_label.show_error(message)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order = self.model.order_at(current.row()) if current.isValid() else None
        if order is None:
            self.detail.show_detail(None)
            return
        try:
            self.detail.show_detail(self._history.detail(order.id))
        except UserError as error:
            self.detail.show_detail(None)
            self.status_label.show_error(error.message)
