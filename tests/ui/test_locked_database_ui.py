"""What the cashier sees when another program holds the database's write lock: a clear message,
nothing changed, and the same keys work again once the lock is gone."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import Qt

import pos_app.db.engine as engine_module
from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_item
from pos_app.ui.payment_dialog import PaymentDialog
from pos_app.ui.sell_screen import SellScreen

TEA = "4006381333931"


@pytest.fixture
def screen(qtbot, db_url, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # before the engine exists
    app = AppControllers(db_url)
    app.tax_rates.add_rate("Zero", "0")
    app.catalog.add_item(validate_item(sku="TEA", barcode=TEA, name="Green tea", price="2.50", stock="10"))
    widget = SellScreen(app.sale, app.customers)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    app.close()


def scan(qtbot, screen: SellScreen, code: str) -> None:
    qtbot.keyClicks(screen.scan_field, code)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)


def count(db_path, table: str) -> int:
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_scan_and_pay_while_another_program_writes(qtbot, screen, db_path):
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other_program:
        other_program.execute("BEGIN IMMEDIATE")
        scan(qtbot, screen, TEA)
        assert "database is busy" in screen.message.text()
        assert "Nothing was changed" in screen.message.text()
        assert screen.cart_model.rowCount() == 0
        other_program.execute("ROLLBACK")
    assert count(db_path, "orders") == 0

    scan(qtbot, screen, TEA)  # the code stayed selected: the rescan replaces it
    assert screen.cart_model.rowCount() == 1

    with closing(sqlite3.connect(db_path, isolation_level=None)) as other_program:
        other_program.execute("BEGIN IMMEDIATE")
        qtbot.keyClick(screen.scan_field, Qt.Key.Key_F12)
        dialog = screen.dialog
        assert isinstance(dialog, PaymentDialog)
        qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
        assert "database is busy" in dialog.message.text()
        assert dialog.isVisible()
        other_program.execute("ROLLBACK")
    assert count(db_path, "payments") == 0

    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert count(db_path, "payments") == 1
