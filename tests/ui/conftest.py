"""Widget-test fixtures: customers and paid sales made through the controllers, SQL peeks, a leak check."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_customer

Rows = Callable[..., list[tuple[Any, ...]]]


@pytest.fixture
def db_rows(db_path: Path) -> Rows:
    """Run one SELECT on the database file with a connection of its own: what is really stored."""

    def rows(sql: str, *params: object) -> list[tuple[Any, ...]]:
        connection = sqlite3.connect(db_path)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    return rows


@pytest.fixture
def make_customer(controllers: AppControllers) -> Callable[..., int]:
    """Add a customer through the controller, fields given as text as the form would."""

    def make(name: str, email: str = "", phone: str = "") -> int:
        return controllers.customers.add_customer(validate_customer(name=name, email=email, phone=phone))

    return make


@pytest.fixture
def paid_sale(controllers: AppControllers) -> Callable[..., int]:
    """Ring up and pay (exact cash) a sale of the given codes for a customer; returns the order id."""

    def sell(customer_id: int | None, *codes: str) -> int:
        for code in codes:
            controllers.sale.scan(code)
        controllers.sale.set_customer(customer_id)
        return controllers.sale.pay_cash().order_id

    return sell


@pytest.fixture
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a top-level window showing after pytest-qt closed its widgets."""
    yield
    # pytest-qt closes the widgets given to qtbot.addWidget before fixtures are torn down.
    QApplication.processEvents()
    leaked = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    for widget in leaked:
        widget.close()
    assert not leaked, f"top-level windows left open: {[type(w).__name__ for w in leaked]}"
