"""The application's controllers around one engine and one long-lived Session."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from pos_app.controllers.catalog import CatalogController
from pos_app.controllers.customers import CustomerController
from pos_app.controllers.sale import SaleController
from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.engine import create_app_engine


class AppControllers:
    """Owns the engine, the Session and every controller; `close()` releases the database."""

    def __init__(self, url: str, settings: ShopSettings | None = None) -> None:
        self.url = url
        self.settings = settings or ShopSettings()
        self.engine = create_app_engine(url)
        self.session = sessionmaker(bind=self.engine, expire_on_commit=False)()
        self.uow = UnitOfWork(self.session)
        self.sale = SaleController(self.uow, self.settings)
        self.catalog = CatalogController(self.uow)
        self.customers = CustomerController(self.uow)
        # A sale in progress picks up a renamed customer the next time it is shown.
        self.sale.resume()

    def close(self) -> None:
        self.session.close()
        self.engine.dispose()
