"""The catalog screen: find items as you type, add and edit them, take them off sale.

Search runs in SQL (FTS5 prefix match) on every keystroke and feeds a paged model,
so the table stays instant over any catalog size. Items are deactivated, never
deleted: past sales refer to them.

Keys: typing filters; Up / Down in the search field move through the results;
Enter (or a double-click) edits the selected item; Ctrl+N or Insert adds one; Ctrl+T opens
the shop's named tax rates (an item's rate is picked from them); Ctrl+I imports a CSV file
through a preview (ui/import_dialog.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.catalog import CatalogController
from pos_app.controllers.errors import UserError
from pos_app.controllers.imports import ImportController
from pos_app.controllers.paging import PageSource
from pos_app.controllers.rows import ItemRow
from pos_app.controllers.tax_rates import TaxRateController
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_quantity
from pos_app.domain.money import format_money
from pos_app.ui.import_launcher import ImportLauncher
from pos_app.ui.item_dialog import ItemDialog, plain_percent
from pos_app.ui.paged_model import Column
from pos_app.ui.record_list_screen import RecordListScreen
from pos_app.ui.tax_rates_dialog import TaxRatesDialog


def catalog_columns() -> tuple[Column, ...]:
    """The table's columns, headings and Yes/No translated when the screen is built."""
    yes, no = translate("CatalogScreen", "Yes"), translate("CatalogScreen", "No")
    return (
        Column(translate("CatalogScreen", "SKU"), lambda row: row.sku),
        Column(translate("CatalogScreen", "Barcode"), lambda row: row.barcode or ""),
        Column(translate("CatalogScreen", "Name"), lambda row: row.name),
        Column(translate("CatalogScreen", "Price"), lambda row: format_money(row.price), align_right=True),
        Column(translate("CatalogScreen", "Stock"), lambda row: format_quantity(row.stock), align_right=True),
        Column(
            translate("CatalogScreen", "Tax %"), lambda row: plain_percent(row.tax_rate), align_right=True
        ),
        Column(translate("CatalogScreen", "Active"), lambda row: yes if row.active else no),
    )


BARCODE_COLUMN = 1
NAME_COLUMN = 2


class CatalogScreen(RecordListScreen):
    """Searchable item table bound to the CatalogController."""

    def __init__(
        self,
        catalog: CatalogController,
        tax_rates: TaxRateController,
        parent: QWidget | None = None,
        *,
        imports: ImportController | None = None,
    ) -> None:
        super().__init__(
            catalog_columns(),
            search_name="catalogSearch",
            search_placeholder=translate("CatalogScreen", "Search by name, SKU or barcode"),
            table_name="catalogTable",
            status_name="catalogStatus",
            parent=parent,
        )
        self._catalog = catalog
        self._tax_rates = tax_rates
        self.show_inactive = QCheckBox(translate("CatalogScreen", "Show inactive"))

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Widths from sample text, not ResizeToContents: that would read up to 1,000 rows
        # (five pages) on every search just to measure them.
        digits = self.table.fontMetrics().horizontalAdvance("0" * 14)
        self.table.setColumnWidth(BARCODE_COLUMN, digits + 16)

        self.add_button = QPushButton(translate("CatalogScreen", "Add  (Ctrl+N)"))
        self.edit_button = QPushButton(translate("CatalogScreen", "Edit  (Enter)"))
        self.toggle_button = QPushButton(translate("CatalogScreen", "Deactivate"))
        self.tax_rates_button = QPushButton(translate("CatalogScreen", "Tax rates…  (Ctrl+T)"))
        self.importer = ImportLauncher(self, imports, "items") if imports is not None else None
        if imports is not None:
            imports.items_imported.connect(self._on_records_changed)

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
        buttons.addWidget(self.tax_rates_button)
        if self.importer is not None:
            buttons.addWidget(self.importer.button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self._catalog.items_changed.connect(self._on_records_changed)
        self.show_inactive.toggled.connect(self._on_search_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.tax_rates_button.clicked.connect(self.open_tax_rates)
        self._tax_rates.rates_changed.connect(self._on_records_changed)  # items may have moved
        self._connect_list(add=self.add_item)
        shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.open_tax_rates)

    # -- public --------------------------------------------------------------------------

    def selected_item(self) -> ItemRow | None:
        return self._selected_row()

    def add_item(self) -> None:
        self._open_form(None)

    def open_tax_rates(self) -> None:
        if self.dialog is not None:
            return
        dialog = TaxRatesDialog(self._tax_rates, self)

        def finished(_code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self.table.setFocus()

        # Kept in `dialog` like the item form: one dialog at a time, and tests drive it.
        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    def toggle_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        try:
            self._catalog.set_active(item.id, not item.active)
        except UserError as error:
            self._reload()  # the item may be gone; show what is there, then say why
            self.status_label.show_error(error.message)

    # -- the list and its form -----------------------------------------------------------

    def _source(self) -> PageSource[Any]:
        return self._catalog.items(self.search_field.text(), include_inactive=self.show_inactive.isChecked())

    def _make_form(self, row: ItemRow | None) -> ItemDialog:
        return self._make_item_dialog(row)

    def _make_item_dialog(self, item: ItemRow | None) -> ItemDialog:
        try:
            rates = self._tax_rates.rates()
        except UserError as error:
            rates = []  # the form still opens; saving says what is wrong
            self.status_label.show_error(error.message)
        return ItemDialog(self._catalog, item, self, rates=rates)

    def _after_reload(self) -> None:
        self._update_status()
        self._update_buttons()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        text = (
            translate("CatalogScreen", "{count} item").format(count=format_quantity(count))
            if count == 1
            else translate("CatalogScreen", "{count} items").format(count=format_quantity(count))
        )
        if self.search_field.text().strip():
            text += translate("CatalogScreen", " matching “{text}”").format(
                text=self.search_field.text().strip()
            )
        self._show_list_status(text)

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.edit_button.setEnabled(item is not None)
        self.toggle_button.setEnabled(item is not None)
        self.toggle_button.setText(
            translate("CatalogScreen", "Reactivate")
            if item is not None and not item.active
            else translate("CatalogScreen", "Deactivate")
        )
