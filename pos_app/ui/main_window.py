"""The main window: every screen as a tab with its own key; Ctrl+Q quits.

The till's screens come first (F1 sell, F2 catalog, F3 customers); the owner's back office
follows on Ctrl+digit (Ctrl+4 order history, Ctrl+5 reports, Ctrl+6 stock), since the sell
screen uses F4 to F12. The File menu exports; the Shop menu purges old orders.
Ctrl+, opens the shop's settings; Ctrl+P / Ctrl+R on the sell screen print and reprint receipts.
When the shop has staff accounts the till starts locked (pos_app.ui.login_screen); Ctrl+L locks it.
Every screen but the sell screen is built when first shown or reached (pos_app.ui.lazy_tabs), so a
cold start pays only for the screen the cashier sees.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from pos_app import __version__
from pos_app.controllers.app import AppControllers
from pos_app.controllers.users import StaffMember
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission, Role, allowed, refusal_message
from pos_app.ui.approval_dialog import install_approval_prompt
from pos_app.ui.audit_launcher import AuditLauncher
from pos_app.ui.export_menu import ExportMenu
from pos_app.ui.lazy_tabs import LazyTab
from pos_app.ui.login_screen import IdleLock, LoginScreen
from pos_app.ui.purge_dialog import PurgeLauncher
from pos_app.ui.receipt_actions import ReceiptActions
from pos_app.ui.sell_screen import SellScreen
from pos_app.ui.settings_dialog import SettingsLauncher
from pos_app.ui.setup_wizard import SetupLauncher
from pos_app.ui.staff_screen import StaffLauncher

if TYPE_CHECKING:
    from pos_app.ui.catalog_screen import CatalogScreen
    from pos_app.ui.customers_screen import CustomersScreen
    from pos_app.ui.history_screen import HistoryScreen
    from pos_app.ui.reports_screen import ReportsScreen
    from pos_app.ui.stock_screen import StockScreen


class MainWindow(QMainWindow):
    """Hosts every screen; the sell screen comes first and owns the focus at start."""

    def __init__(self, controllers: AppControllers, location: str) -> None:
        super().__init__()
        self.setWindowTitle(
            translate("MainWindow", "Point of sale {version}").format(version=__version__)
        )  # Qt appends " — pos_app"
        self.sell = SellScreen(
            controllers.sale, controllers.customers, shifts=controllers.shifts, returns=controllers.returns
        )
        self.tabs = QTabWidget()
        self._focus_on_show: dict[QWidget, Callable[[], None]] = {}
        # Focus method names by lazy tab; the builders capture no `self`, so a closed window is
        # freed at once (a reference cycle would keep its app-wide event filters alive until a GC).
        self._lazy_focus: dict[LazyTab[Any], str] = {}
        # Spelled out: the platform's standard Quit key is unbound on some platforms (offscreen).
        self._quit_key = QShortcut(QKeySequence("Ctrl+Q"), self)
        self._quit_key.activated.connect(self.close)
        self._add_screen(self.sell, translate("MainWindow", "Sell"), "F1", self.sell.focus_scan_field)
        self._catalog_tab = self._add_lazy_screen(
            translate("MainWindow", "Catalog"), "F2", partial(_catalog_screen, controllers), "focus_search"
        )
        self._customers_tab = self._add_lazy_screen(
            translate("MainWindow", "Customers"),
            "F3",
            partial(_customers_screen, controllers),
            "focus_search",
        )
        self._history_tab = self._add_lazy_screen(
            translate("MainWindow", "History"),
            "Ctrl+4",
            partial(_history_screen, controllers),
            "focus_filters",
        )
        self._reports_tab = self._add_lazy_screen(
            translate("MainWindow", "Reports"),
            "Ctrl+5",
            partial(_reports_screen, controllers),
            "focus_chooser",
        )
        self._stock_tab = self._add_lazy_screen(
            translate("MainWindow", "Stock"), "Ctrl+6", partial(_stock_screen, controllers), "focus_search"
        )
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.receipts = ReceiptActions(
            self.sell, controllers.sale, controllers.receipts, controllers.shop_settings, controllers.returns
        )
        self.settings = SettingsLauncher(self, self.tabs, controllers)
        self.exports = ExportMenu(self, controllers)  # File → Export… (Alt+F)
        self.purge = PurgeLauncher(self, controllers)  # Shop ▸ Purge old orders…
        self.audit = AuditLauncher(self, controllers, self.purge.menu)  # Shop ▸ Audit trail…
        self.staff_accounts = StaffLauncher(self, controllers, self.purge.menu)  # Shop ▸ Staff accounts…
        # Shop ▸ Set up the shop and owner account… (no owner yet); the new owner is logged in.
        self.shop_setup = SetupLauncher(self, controllers, self.purge.menu)
        self.shop_setup.owner_logged_in.connect(lambda: self._lock_from_now_on(controllers))
        self.statusBar().addPermanentWidget(
            QLabel(translate("MainWindow", "Database: {location}").format(location=location))
        )
        self.login: LoginScreen | None = None
        self.idle_lock: IdleLock | None = None
        self.user_label = QLabel()
        if controllers.users.has_active_accounts():  # read once at start, by AppControllers
            self._set_up_lock(controllers)
        self.resize(1100, 720)
        self._focus_current()

    # The back-office screens, built on first use (see pos_app.ui.lazy_tabs).
    @property
    def catalog(self) -> CatalogScreen:
        return self._screen_of(self._catalog_tab)

    @property
    def customers(self) -> CustomersScreen:
        return self._screen_of(self._customers_tab)

    @property
    def history(self) -> HistoryScreen:
        return self._screen_of(self._history_tab)

    @property
    def reports(self) -> ReportsScreen:
        return self._screen_of(self._reports_tab)

    @property
    def stock(self) -> StockScreen:
        return self._screen_of(self._stock_tab)

    @property
    def locked(self) -> bool:
        return self.login is not None and self.pages.currentWidget() is self.login

    def _set_up_lock(self, controllers: AppControllers) -> None:
        """Only in a shop with active staff accounts: the lock screen, Ctrl+L and the idle lock."""
        staff = controllers.staff
        install_approval_prompt(staff, self)  # a manager approves on the spot what a cashier may not do
        self.login = LoginScreen(staff)
        self.pages.addWidget(self.login)
        self.statusBar().addWidget(self.user_label)
        self.idle_lock = IdleLock(staff, controllers.shop_settings, self)
        self._lock_key = QShortcut(QKeySequence("Ctrl+L"), self)
        self._lock_key.activated.connect(staff.logout)
        staff.logged_in.connect(self._unlock)
        staff.logged_out.connect(self._lock)
        if staff.current is None:
            self._lock()
        else:
            self._unlock(staff.current)

    def _lock_from_now_on(self, controllers: AppControllers) -> None:
        """After Shop ▸ Set up…: the shop has an owner now, so the till locks as a staffed shop's does."""
        if self.login is None:
            self._set_up_lock(controllers)

    def _lock(self) -> None:
        assert self.login is not None
        self.user_label.setText(translate("MainWindow", "Locked"))
        self.menuBar().setEnabled(False)
        self.tabs.setEnabled(False)  # no screen key (F12, F10…) reaches a hidden screen
        self._enable_window_keys(False)  # nor a window key (F1…, Ctrl+, for the settings)
        self.pages.setCurrentWidget(self.login)
        self.login.reset()

    def _unlock(self, member: StaffMember) -> None:
        self.user_label.setText(
            translate("MainWindow", "Logged in: {name} ({role})").format(
                name=member.name, role=role_name(member.role)
            )
        )
        self.menuBar().setEnabled(True)
        self.tabs.setEnabled(True)
        # The reports controller refuses a cashier anyway; the tab says so before they try.
        reports = self._reports_tab.index()  # without building the screen
        self.tabs.setTabEnabled(reports, allowed(member.role, Permission.REPORTS))
        self.tabs.setTabToolTip(
            reports, "" if self.tabs.isTabEnabled(reports) else refusal_message(Permission.REPORTS)
        )
        self._enable_window_keys(True)
        self.pages.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.sell)
        self.sell.focus_scan_field()

    def _enable_window_keys(self, on: bool) -> None:
        """Every key the window itself answers, but Ctrl+Q and Ctrl+L, works only while unlocked."""
        for shortcut in self.findChildren(QShortcut):
            if shortcut.parent() is self and shortcut not in (self._quit_key, self._lock_key):
                shortcut.setEnabled(on)

    def _focus_current(self) -> None:
        if self.login is not None and self.locked:
            self.login.focus_entry()
        else:
            self.sell.focus_scan_field()

    def _add_screen(self, screen: QWidget, title: str, key: str, focus: Callable[[], None]) -> None:
        """A tab labelled with its key, the key that shows it, and where the focus goes then."""
        self.tabs.addTab(screen, _tab_label(title, key))
        self._focus_on_show[screen] = focus
        QShortcut(QKeySequence(key), self).activated.connect(lambda: self._show_screen(screen))

    def _add_lazy_screen(
        self, title: str, key: str, build: Callable[[], ScreenT], focus: str
    ) -> LazyTab[ScreenT]:
        """A tab like _add_screen's whose screen is built the first time it is shown or reached;
        `focus` names the screen's method that puts the focus where its work starts."""
        tab = LazyTab(self.tabs, _tab_label(title, key), build)
        self._lazy_focus[tab] = focus
        QShortcut(QKeySequence(key), self).activated.connect(lambda: self._show_lazy_screen(tab))
        return tab

    def _screen_of(self, tab: LazyTab[ScreenT]) -> ScreenT:
        screen = tab.screen()
        if screen not in self._focus_on_show:
            self._focus_on_show[screen] = getattr(screen, self._lazy_focus[tab])
        return screen

    def _show_lazy_screen(self, tab: LazyTab[ScreenT]) -> None:
        if self.tabs.isTabEnabled(tab.index()):
            self._show_screen(self._screen_of(tab))
        else:
            self.statusBar().showMessage(self.tabs.tabToolTip(tab.index()), 5000)

    def _show_screen(self, screen: QWidget) -> None:
        index = self.tabs.indexOf(screen)
        if self.tabs.isTabEnabled(index):
            self.tabs.setCurrentWidget(screen)
        else:
            self.statusBar().showMessage(self.tabs.tabToolTip(index), 5000)

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for tab in self._lazy_focus:
            if widget is tab.placeholder:  # a click on a tab not built yet: build it now
                widget = self._screen_of(tab)
        focus = self._focus_on_show.get(widget) if widget is not None else None
        if focus is not None:
            focus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_current()


ScreenT = TypeVar("ScreenT", bound=QWidget)


def _tab_label(title: str, key: str) -> str:
    """A tab's title with the key that shows it: "Sell  (F1)"."""
    return f"{title}  ({key})"


def role_name(role: str) -> str:
    """A staff role as the user reads it; the stored values (cashier, manager, owner) stay English."""
    names = {
        Role.CASHIER: translate("MainWindow", "cashier"),
        Role.MANAGER: translate("MainWindow", "manager"),
        Role.OWNER: translate("MainWindow", "owner"),
    }
    try:
        return names[Role(role)]
    except ValueError:  # a role this version does not know: shown as stored
        return role


# The lazy screens' builders: each imports its module only when the screen is first needed.
def _catalog_screen(controllers: AppControllers) -> CatalogScreen:
    from pos_app.ui.catalog_screen import CatalogScreen

    return CatalogScreen(controllers.catalog, controllers.tax_rates, imports=controllers.imports)


def _customers_screen(controllers: AppControllers) -> CustomersScreen:
    from pos_app.ui.customers_screen import CustomersScreen

    return CustomersScreen(controllers.customers, imports=controllers.imports)


def _history_screen(controllers: AppControllers) -> HistoryScreen:
    from pos_app.ui.history_screen import HistoryScreen

    return HistoryScreen(controllers.history)  # the tab it is put in becomes its parent


def _reports_screen(controllers: AppControllers) -> ReportsScreen:
    from pos_app.ui.reports_screen import ReportsScreen

    return ReportsScreen(controllers.reports)


def _stock_screen(controllers: AppControllers) -> StockScreen:
    from pos_app.ui.stock_screen import StockScreen

    return StockScreen(controllers.stock_levels, controllers.stock, controllers.deliveries)
