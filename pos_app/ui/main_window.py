"""The main window: the sell screen, the catalog and the customer list as tabs (F1, F2, F3); Ctrl+Q quits.

The order history is a tab too (Ctrl+4).

Ctrl+, opens the shop's settings; Ctrl+P / Ctrl+R on the sell screen print and reprint receipts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from pos_app import __version__
from pos_app.controllers.app import AppControllers
from pos_app.controllers.order_history import HistoryController
from pos_app.ui.catalog_screen import CatalogScreen
from pos_app.ui.customers_screen import CustomersScreen
from pos_app.ui.history_screen import HistoryScreen
from pos_app.ui.receipt_actions import ReceiptActions
from pos_app.ui.sell_screen import SellScreen
from pos_app.ui.settings_dialog import SettingsLauncher


class MainWindow(QMainWindow):
    """Hosts every screen; the sell screen comes first and owns the focus at start."""

    def __init__(self, controllers: AppControllers, location: str) -> None:
        super().__init__()
        self.setWindowTitle(f"Point of sale {__version__}")  # Qt appends " — pos_app"
        self.sell = SellScreen(
            controllers.sale, controllers.customers, shifts=controllers.shifts, returns=controllers.returns
        )
        self.catalog = CatalogScreen(controllers.catalog, controllers.tax_rates)
        self.customers = CustomersScreen(controllers.customers)
        self.history = HistoryScreen(HistoryController(controllers.uow), self)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.sell, "Sell  (F1)")
        self.tabs.addTab(self.catalog, "Catalog  (F2)")
        self.tabs.addTab(self.customers, "Customers  (F3)")
        self.tabs.addTab(self.history, "History  (Ctrl+4)")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.receipts = ReceiptActions(
            self.sell, controllers.sale, controllers.receipts, controllers.shop_settings, controllers.returns
        )
        self.settings = SettingsLauncher(self, self.tabs, controllers)
        self.statusBar().addPermanentWidget(QLabel(f"Database: {location}"))

        # Spelled out: the platform's standard Quit key is unbound on some platforms (offscreen).
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        quit_shortcut.activated.connect(self.close)
        for key, index in ((Qt.Key.Key_F1, 0), (Qt.Key.Key_F2, 1), (Qt.Key.Key_F3, 2)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda index=index: self.tabs.setCurrentIndex(index))
        history_shortcut = QShortcut(QKeySequence("Ctrl+4"), self)
        history_shortcut.activated.connect(lambda: self.tabs.setCurrentWidget(self.history))
        self.resize(1100, 720)
        self.sell.focus_scan_field()

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.sell:
            self.sell.focus_scan_field()
        elif widget is self.catalog:
            self.catalog.focus_search()
        elif widget is self.customers:
            self.customers.focus_search()
        elif widget is self.history:
            self.history.focus_filters()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sell.focus_scan_field()
