"""The application's controllers around one engine and one long-lived Session."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from pos_app.controllers.audit_browse import AuditController
from pos_app.controllers.catalog import CatalogController
from pos_app.controllers.customers import CustomerController
from pos_app.controllers.deliveries import DeliveryController
from pos_app.controllers.exports import ExportController
from pos_app.controllers.imports import ImportController
from pos_app.controllers.order_history import HistoryController
from pos_app.controllers.purge import PurgeController
from pos_app.controllers.receipts import ReceiptController
from pos_app.controllers.reports import ReportsController
from pos_app.controllers.returns import ReturnsController
from pos_app.controllers.sale import SaleController
from pos_app.controllers.settings import SettingsController, ShopSettings
from pos_app.controllers.shifts import ShiftController
from pos_app.controllers.shop_setup import ShopSetupController
from pos_app.controllers.staff import StaffController
from pos_app.controllers.staff_admin import StaffAdminController
from pos_app.controllers.stock import StockController
from pos_app.controllers.stock_levels import StockLevelController
from pos_app.controllers.tax_rates import TaxRateController
from pos_app.controllers.transactions import UnitOfWork
from pos_app.controllers.users import UserController
from pos_app.controllers.wal_checkpoints import WalCheckpoints
from pos_app.db.engine import create_app_engine, sqlite_file


class AppControllers:
    """Owns the engine, the Session and every controller; `close()` releases the database."""

    def __init__(self, url: str, settings: ShopSettings | None = None) -> None:
        """`settings`, when given, are saved first (scripts and tests); otherwise the stored ones apply."""
        self.url = url
        self.engine = create_app_engine(url)
        self.session = sessionmaker(bind=self.engine, expire_on_commit=False)()
        self.uow = UnitOfWork(self.session)
        # WAL checkpoints off the cashier's commits; the GUI starts its idle timer.
        self.wal = WalCheckpoints(self.engine, sqlite_file(url))
        # Staff accounts and the person logged in (pos_app.controllers.users, .staff) first: the
        # other controllers check with `staff` what the person may do, and record who did it.
        self.users = UserController(self.uow)
        self.staff = StaffController(self.users)
        self.users.has_active_accounts()  # read now, so no action pays for it later
        staff = self.staff
        if settings is not None:
            # Scripts and tests open a shop with given settings: stored as the command line
            # would, without a permission check.
            SettingsController(self.uow).save(settings)
        self.shop_settings = SettingsController(self.uow, staff=staff)
        self.staff_admin = StaffAdminController(self.uow, self.users, self.staff)  # the owner's staff screen
        self.setup = ShopSetupController(self.uow, self.shop_settings, self.users, staff=staff)  # first run
        self.sale = SaleController(
            self.uow, lambda: self.shop_settings.current, current_user_id=self._current_user_id, staff=staff
        )
        self.shifts = ShiftController(
            self.uow, current_user_id=self._current_user_id, current_user_name=self._current_user_name
        )
        self.catalog = CatalogController(self.uow, staff=staff)
        self.customers = CustomerController(self.uow)
        self.receipts = ReceiptController(self.uow, lambda: self.shop_settings.current, staff=staff)
        self.tax_rates = TaxRateController(self.uow, staff=staff)
        self.returns = ReturnsController(self.uow, lambda: self.shop_settings.current, staff=staff)
        self.stock = StockController(self.uow)
        self.stock_levels = StockLevelController(self.uow, staff=staff)
        self.deliveries = DeliveryController(self.uow, staff=staff)
        self.imports = ImportController(self.uow, self.engine, staff=staff)
        self.exports = ExportController(self.engine, staff)
        # The owner's back office.
        self.history = HistoryController(self.uow)
        self.reports = ReportsController(self.uow, staff=staff)
        self.audit = AuditController(self.uow)
        self.purge = PurgeController(self.uow, staff=staff)
        # A sale in progress picks up a renamed customer the next time it is shown.
        self.sale.resume()

    def _current_user_id(self) -> int | None:
        """The logged-in person's account id (None while locked or in a shop without accounts)."""
        current = self.staff.current
        return current.id if current is not None else None

    def _current_user_name(self) -> str | None:
        current = self.staff.current
        return current.name if current is not None else None

    @property
    def settings(self) -> ShopSettings:
        """The settings in force now."""
        return self.shop_settings.current

    def close(self) -> None:
        self.imports.wait()  # a file still being planned holds a connection of its own
        self.session.close()
        self.uow.close()
        self.wal.close()
        self.engine.dispose()
