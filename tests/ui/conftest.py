"""Widget-test fixtures: customers and paid sales made through the controllers, SQL peeks, a leak check,
and the few ways every screen test shows a screen and types into it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_customer

Rows = Callable[..., list[tuple[Any, ...]]]
AnyWidget = TypeVar("AnyWidget", bound=QWidget)


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


@pytest.fixture
def show_screen(qtbot: QtBot) -> Callable[[AnyWidget], AnyWidget]:
    """Show a screen as a window of its own and wait until it is on screen; pytest-qt closes it."""

    def show(widget: AnyWidget) -> AnyWidget:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show


@pytest.fixture
def search(qtbot: QtBot) -> Callable[[Any, str], None]:
    """Replace what a list screen's search field holds by typing `text` into it."""

    def type_search(screen: Any, text: str) -> None:
        screen.search_field.clear()
        qtbot.keyClicks(screen.search_field, text)

    return type_search


@pytest.fixture
def fill(qtbot: QtBot) -> Callable[..., None]:
    """Type into a form's fields, named as the dialog's attributes: `fill(dialog, price="1.00")`."""

    def retype(dialog: QDialog, **fields: str) -> None:
        for name, text in fields.items():
            field = getattr(dialog, name)
            if field.text():  # select all and delete, as a person would
                qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClick(field, Qt.Key.Key_Backspace)
            qtbot.keyClicks(field, text)

    return retype


@pytest.fixture
def save_and_wait_closed(qtbot: QtBot) -> Callable[[Any, Any], None]:
    """Press Enter in a list screen's open form (anywhere in it saves) and wait until it closed accepted."""

    def save(screen: Any, dialog: Any) -> None:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.dialog is None)
        assert dialog.result() == QDialog.DialogCode.Accepted

    return save
