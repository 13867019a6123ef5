"""The stock screen (Ctrl+6): stock on hand per item, its journal, reorder points, adjustments, deliveries.

Keyboard contract:
- typing in the search field filters the list (name, SKU or barcode); Up / Down move through it;
- Alt+L "Low stock only" (at or below the reorder point), Alt+N "Negative stock only", Alt+S sort
  by name, by stock on hand (lowest first) or by shortfall (largest first);
- Ctrl+O sets the selected item's reorder point (blank: not tracked), Ctrl+J adjusts its stock to
  a count or by a change with a reason, Ctrl+D receives a supplier delivery (ui/delivery_dialog);
- the pane below the list shows the selected item's movements, newest first, read page by page
  as it is scrolled.
Filtering, sorting and paging all happen in SQL (controllers/stock_levels.py). The list is read
again when the screen is shown (sales move stock) and after every change made here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.deliveries import DeliveryController
from pos_app.controllers.stock import StockController
from pos_app.controllers.stock_levels import StockFilter, StockLevelController, StockLevelRow, StockSort
from pos_app.domain.i18n import translate
from pos_app.ui.delivery_dialog import DeliveryDialog
from pos_app.ui.local_time import local_time_text
from pos_app.ui.paged_model import Column, PagedTableModel
from pos_app.ui.row_selection import move_selection, selection_kept
from pos_app.ui.search_table import make_result_table, make_search_field
from pos_app.ui.status_label import StatusLabel
from pos_app.ui.stock_dialogs import AdjustStockDialog, ReorderPointDialog
from pos_app.ui.stock_journal_model import StockJournalModel


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def stock_columns() -> tuple[Column, ...]:
    """The stock list's columns, their headings translated when the screen is made."""
    return (
        Column(translate("StockScreen", "SKU"), lambda row: row.sku),
        Column(translate("StockScreen", "Barcode"), lambda row: row.barcode or ""),
        Column(translate("StockScreen", "Name"), lambda row: row.name),
        Column(translate("StockScreen", "On hand"), lambda row: f"{row.stock:,}", align_right=True),
        Column(
            translate("StockScreen", "Reorder point"),
            lambda row: _number(row.reorder_point),
            align_right=True,
        ),
        Column(translate("StockScreen", "Shortfall"), lambda row: _number(row.shortfall), align_right=True),
        Column(
            translate("StockScreen", "Last movement"),
            lambda row: local_time_text(row.last_movement) if row.last_movement else "",
        ),
    )


SORTS = (StockSort.NAME, StockSort.STOCK, StockSort.SHORTFALL)  # in the order of the "Sort by" box


def sort_names() -> tuple[str, ...]:
    """The "Sort by" choices, in the order of SORTS."""
    return (
        translate("StockScreen", "Name"),
        translate("StockScreen", "On hand, lowest first"),
        translate("StockScreen", "Shortfall, largest first"),
    )


class StockScreen(QWidget):
    """Stock list and journal bound to the stock controllers."""

    def __init__(
        self,
        levels: StockLevelController,
        stock: StockController,
        deliveries: DeliveryController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._levels = levels
        self._deliveries = deliveries
        self._load_error: str | None = None
        self.dialog: QDialog | None = None  # the open dialog, if any (tests drive it)

        self.search_field = make_search_field(
            "stockSearch", translate("StockScreen", "Search by name, SKU or barcode")
        )
        self.low_only = QCheckBox(translate("StockScreen", "&Low stock only"))
        self.low_only.setObjectName("lowStockOnly")
        self.negative_only = QCheckBox(translate("StockScreen", "&Negative stock only"))
        self.sort_box = QComboBox()
        for text in sort_names():
            self.sort_box.addItem(text)
        self.sort_label = QLabel(translate("StockScreen", "&Sort by"))
        self.sort_label.setBuddy(self.sort_box)

        self.model = PagedTableModel(stock_columns())
        self.table = make_result_table(self.model)
        self.table.setObjectName("stockTable")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: measuring contents would read every page of the list.
        for column, width in ((0, 90), (1, 120), (3, 70), (4, 95), (5, 70), (6, 125)):
            header.resizeSection(column, width)

        self.journal_model = StockJournalModel(stock)
        self.journal_table = make_result_table(self.journal_model)
        self.journal_table.setObjectName("stockJournal")
        self.journal_table.setWordWrap(False)
        journal_header = self.journal_table.horizontalHeader()
        journal_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 90), (2, 70), (4, 260)):
            journal_header.resizeSection(column, width)
        self.journal_label = QLabel(translate("StockScreen", "Movements"))

        self.reorder_button = QPushButton(translate("StockScreen", "Set reorder point…  (Ctrl+O)"))
        self.adjust_button = QPushButton(translate("StockScreen", "Adjust stock…  (Ctrl+J)"))
        self.delivery_button = QPushButton(translate("StockScreen", "Receive delivery…  (Ctrl+D)"))
        self.status_label = StatusLabel()
        self.status_label.setObjectName("stockStatus")
        self.status_label.setWordWrap(True)

        self._build_layout()
        self._connect()
        # Nothing is read until the tab is first shown (showEvent): start-up stays one screen's work.
        self._on_selection_changed()

    # -- layout and wiring ---------------------------------------------------------------

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_field, 1)
        filters.addWidget(self.low_only)
        filters.addWidget(self.negative_only)
        filters.addWidget(self.sort_label)
        filters.addWidget(self.sort_box)

        buttons = QHBoxLayout()
        buttons.addWidget(self.reorder_button)
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.delivery_button)
        buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.journal_label)
        right_layout.addWidget(self.journal_table, 1)

        # The journal below the list: both tables get the window's whole width.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.model.load_failed.connect(self._on_load_failed)
        self.journal_model.load_failed.connect(self._on_load_failed)
        self.search_field.textChanged.connect(lambda _text: self._reload(keep_selection=False))
        self.low_only.toggled.connect(lambda _on: self._reload(keep_selection=False))
        self.negative_only.toggled.connect(lambda _on: self._reload(keep_selection=False))
        self.sort_box.currentIndexChanged.connect(lambda _index: self._reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selection_changed())
        self.search_field.installEventFilter(self)
        self.reorder_button.clicked.connect(self.open_reorder_point)
        self.adjust_button.clicked.connect(self.open_adjustment)
        self.delivery_button.clicked.connect(self.open_delivery)
        self._levels.stock_changed.connect(self._on_stock_changed)
        self._deliveries.delivery_received.connect(self._on_stock_changed)
        for key, slot in (
            ("Ctrl+O", self.open_reorder_point),
            ("Ctrl+J", self.open_adjustment),
            ("Ctrl+D", self.open_delivery),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- Qt overrides ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            move_selection(self.table, -1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Sales and returns move stock without a change notice: re-read on show (a count and a page).
        self._reload()

    # -- public --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def current_filter(self) -> StockFilter:
        return StockFilter(
            search=self.search_field.text(),
            low_only=self.low_only.isChecked(),
            negative_only=self.negative_only.isChecked(),
            sort=SORTS[max(self.sort_box.currentIndex(), 0)],
        )

    def selected_item(self) -> StockLevelRow | None:
        row: StockLevelRow | None = self.model.row_at(self.table.currentIndex().row())
        return row

    def open_reorder_point(self) -> None:
        item = self._item_for(
            translate(
                "StockScreen", "Select an item (Up / Down) to set its reorder point, then press Ctrl+O."
            )
        )
        if item is not None:
            dialog = ReorderPointDialog(self._levels, item, self)
            self._open_dialog(dialog, lambda: self._reorder_point_saved(item, dialog))

    def open_adjustment(self) -> None:
        item = self._item_for(
            translate("StockScreen", "Select an item (Up / Down) to adjust its stock, then press Ctrl+J.")
        )
        if item is not None:
            dialog = AdjustStockDialog(self._levels, item, self)
            self._open_dialog(dialog, lambda: self._adjusted(item, dialog))

    def open_delivery(self) -> None:
        if self.dialog is not None:
            return
        dialog = DeliveryDialog(self._deliveries, self)
        self._open_dialog(dialog, lambda: self._delivery_received(dialog))

    # -- dialogs -------------------------------------------------------------------------

    def _item_for(self, no_selection: str) -> StockLevelRow | None:
        """The selected item, or None (saying `no_selection` when nothing is selected)."""
        if self.dialog is not None:
            return None
        item = self.selected_item()
        if item is None:
            self.status_label.show_error(no_selection)
        return item

    def _open_dialog(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        def finished(code: int) -> None:
            self.dialog = None
            if code == QDialog.DialogCode.Accepted:
                accepted()
            dialog.deleteLater()
            self.search_field.setFocus()

        # open() rather than exec(): no nested event loop, and tests can drive the dialog.
        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    def _reorder_point_saved(self, item: StockLevelRow, dialog: ReorderPointDialog) -> None:
        if dialog.stored is None:
            text = translate("StockScreen", "Reorder point of {item} cleared: not tracked.").format(
                item=item.name
            )
        else:
            text = translate("StockScreen", "Reorder point of {item} set to {point}.").format(
                item=item.name, point=f"{dialog.stored:,}"
            )
        self.status_label.show_info(text)

    def _adjusted(self, item: StockLevelRow, dialog: AdjustStockDialog) -> None:
        self.status_label.show_info(
            translate("StockScreen", "Stock of {item} is now {stock}.").format(
                item=item.name, stock=_number(dialog.new_stock)
            )
        )

    def _delivery_received(self, dialog: DeliveryDialog) -> None:
        receipt = dialog.receipt
        if receipt is None:
            return
        if receipt.item_count == 1:
            items = translate("StockScreen", "1 item")
        else:
            items = translate("StockScreen", "{count} items").format(count=f"{receipt.item_count:,}")
        if receipt.units == 1:
            units = translate("StockScreen", "1 unit")
        else:
            units = translate("StockScreen", "{count} units").format(count=f"{receipt.units:,}")
        self.status_label.show_info(
            translate("StockScreen", "Delivery received: {items}, {units}.").format(items=items, units=units)
        )

    # -- the list and the journal ---------------------------------------------------------

    def _on_stock_changed(self, *_what: object) -> None:
        if self.isVisible():
            self._reload()

    def _on_load_failed(self, message: str) -> None:
        self._load_error = message
        self.status_label.show_error(message)

    def _reload(self, *, keep_selection: bool = True) -> None:
        with selection_kept(self.table, self.model, keep=keep_selection):
            self._load_error = None
            self.model.set_source(self._levels.levels(self.current_filter()))
        self._on_selection_changed()
        if self._load_error is None:
            count = self.model.rowCount()
            if count == 1:
                self.status_label.show_info(translate("StockScreen", "1 item"))
            else:
                self.status_label.show_info(
                    translate("StockScreen", "{count} items").format(count=f"{count:,}")
                )

    def _on_selection_changed(self) -> None:
        item = self.selected_item()
        self.reorder_button.setEnabled(item is not None)
        self.adjust_button.setEnabled(item is not None)
        if item is None:
            self.journal_label.setText(translate("StockScreen", "Movements"))
        else:
            self.journal_label.setText(translate("StockScreen", "Movements of {item}").format(item=item.name))
        self.journal_model.set_item(None if item is None else item.id)
