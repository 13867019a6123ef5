"""The catalog screen: find items as you type, add and edit them, take them off sale.

Search runs in SQL (FTS5 prefix match) on every keystroke and feeds a paged model,
so the table stays instant over any catalog size. Items are deactivated, never
deleted: past sales refer to them.

Keys: typing filters; Up / Down in the search field move through the results;
Enter (or a double-click) edits the selected item; Ctrl+N or Insert adds one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.catalog import CatalogController
from pos_app.controllers.errors import UserError
from pos_app.controllers.rows import ItemRow
from pos_app.domain.money import format_money
from pos_app.ui.item_dialog import ERROR_STYLE, ItemDialog, plain_percent
from pos_app.ui.paged_model import Column, PagedTableModel

SEARCH_FIELD_MAX = 200
# How far down a refreshed result we look for the item that was selected before; beyond
# that the selection stays on the same row number rather than paging through the table.
RESELECT_SCAN_LIMIT = 1000

CATALOG_COLUMNS = (
    Column("SKU", lambda row: row.sku),
    Column("Barcode", lambda row: row.barcode or ""),
    Column("Name", lambda row: row.name),
    Column("Price", lambda row: format_money(row.price), align_right=True),
    Column("Stock", lambda row: f"{row.stock:,}", align_right=True),
    Column("Tax %", lambda row: plain_percent(row.tax_rate), align_right=True),
    Column("Active", lambda row: "Yes" if row.active else "No"),
)
BARCODE_COLUMN = 1
NAME_COLUMN = 2


class CatalogScreen(QWidget):
    """Searchable item table bound to the CatalogController."""

    def __init__(self, catalog: CatalogController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._load_error: str | None = None
        self.dialog: QDialog | None = None  # the open add / edit dialog, if any (tests drive it)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("catalogSearch")
        self.search_field.setPlaceholderText("Search by name, SKU or barcode")
        self.search_field.setMaxLength(SEARCH_FIELD_MAX)
        self.search_field.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox("Show inactive")

        self.model = PagedTableModel(CATALOG_COLUMNS)
        self.table = QTableView()
        self.table.setObjectName("catalogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Widths from sample text, not ResizeToContents: that would read up to 1,000 rows
        # (five pages) on every search just to measure them.
        digits = self.table.fontMetrics().horizontalAdvance("0" * 14)
        self.table.setColumnWidth(BARCODE_COLUMN, digits + 16)

        self.add_button = QPushButton("Add  (Ctrl+N)")
        self.edit_button = QPushButton("Edit  (Enter)")
        self.toggle_button = QPushButton("Deactivate")
        self.status_label = QLabel("")
        self.status_label.setObjectName("catalogStatus")

        self._build_layout()
        self._connect()
        self._reload()

    # -- layout and wiring ---------------------------------------------------------------

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.show_inactive)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self._catalog.items_changed.connect(self._on_items_changed)
        self.model.load_failed.connect(self._on_load_failed)
        self.search_field.textChanged.connect(self._on_search_changed)
        self.show_inactive.toggled.connect(self._on_search_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.search_field.installEventFilter(self)
        self.table.installEventFilter(self)
        for sequence in (QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Handled here rather than through `activated`, which some styles emit on a
            # single click: one stray click must not open the edit form.
            self.edit_selected()
            return True
        if watched is self.search_field and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_selection(-1 if key == Qt.Key.Key_Up else +1)
            return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Sales change stock without an items_changed notice; re-reading on show is one
        # count and one page, and keeps what the tab shows true.
        self._reload()

    # -- public --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def selected_item(self) -> ItemRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def add_item(self) -> None:
        self._open_item_dialog(None)

    def edit_selected(self) -> None:
        self._edit_row(self.table.currentIndex().row())

    def toggle_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        try:
            self._catalog.set_active(item.id, not item.active)
        except UserError as error:
            self._reload()  # the item may be gone; show what is there, then say why
            self._show_error(error.message)

    # -- dialogs -------------------------------------------------------------------------

    def _edit_row(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is not None:
            self._open_item_dialog(item)

    def _make_item_dialog(self, item: ItemRow | None) -> ItemDialog:
        return ItemDialog(self._catalog, item, self)

    def _open_item_dialog(self, item: ItemRow | None) -> None:
        if self.dialog is not None:
            return
        dialog = self._make_item_dialog(item)

        def finished(code: int) -> None:
            self.dialog = None
            saved_id = dialog.saved_id
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and saved_id is not None:
                self._select_item(saved_id)
            self.table.setFocus()

        # open() rather than exec(): no nested event loop, and tests can drive the dialog.
        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    # -- reacting to changes -------------------------------------------------------------

    def _on_search_changed(self) -> None:
        # No debounce: an FTS5 prefix count plus one page costs about a millisecond.
        self._reload(keep_selection=False)

    def _on_items_changed(self, _item_id: int) -> None:
        if self.isVisible():
            self._reload()
        # A hidden screen re-reads when it is shown again (showEvent).

    def _on_load_failed(self, message: str) -> None:
        self._load_error = message
        self._show_error(message)

    def _reload(self, *, keep_selection: bool = True) -> None:
        previous = self.selected_item() if keep_selection else None
        previous_row = self.table.currentIndex().row() if keep_selection else 0
        self._load_error = None
        self.model.set_source(
            self._catalog.items(self.search_field.text(), include_inactive=self.show_inactive.isChecked())
        )
        if previous is None or not self._select_item(previous.id, hint_row=previous_row):
            self._select_row(min(max(previous_row, 0), self.model.rowCount() - 1))
        self._update_status()
        self._update_buttons()

    # -- helpers -------------------------------------------------------------------------

    def _select_item(self, item_id: int, hint_row: int = -1) -> bool:
        """Select the row showing `item_id` if it is in the result; False when it is not."""
        candidate = self.model.row_at(hint_row) if hint_row >= 0 else None
        if candidate is not None and candidate.id == item_id:
            self._select_row(hint_row)
            return True
        for row in range(min(self.model.rowCount(), RESELECT_SCAN_LIMIT)):
            found = self.model.row_at(row)
            if found is not None and found.id == item_id:
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
        text = f"{count:,} item" if count == 1 else f"{count:,} items"
        if self.search_field.text().strip():
            text += f" matching “{self.search_field.text().strip()}”"
        self.status_label.setStyleSheet("")
        self.status_label.setProperty("kind", "info")
        self.status_label.setText(text)

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.edit_button.setEnabled(item is not None)
        self.toggle_button.setEnabled(item is not None)
        self.toggle_button.setText("Reactivate" if item is not None and not item.active else "Deactivate")

    def _show_error(self, text: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setProperty("kind", "error")
        self.status_label.setText(text)
