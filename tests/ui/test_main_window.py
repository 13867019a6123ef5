"""The keyboard contract end to end on the real main window, then what the database holds.

A cashier's whole shift in miniature: scans, a rescan, a quantity change, a deleted line,
exact cash, cash with change, and a crash in the middle of a sale.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.controllers.app import AppControllers
from pos_app.ui.main_window import MainWindow
from pos_app.ui.payment_dialog import PaymentDialog

CODES = {"milk": "4006381333931", "bread": "5901234123457", "eggs": "96385074"}


@pytest.fixture
def shop(make_item):
    make_item("Whole milk 1 L", "1.29", barcode=CODES["milk"], stock="50", tax_rate="7")
    make_item("Sourdough bread", "3.50", barcode=CODES["bread"], stock="20", tax_rate="7")
    make_item("Free-range eggs x6", "2.99", barcode=CODES["eggs"], stock="30", tax_rate="7")


@pytest.fixture
def window(qtbot, controllers, shop, db_path):
    main = MainWindow(controllers, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)  # shortcuts (F1 to F3, F12) need the active window
    return main


def type_into_focus(qtbot, window: MainWindow, text: str, key=Qt.Key.Key_Return) -> None:
    """Send keys to whatever has focus, as a keyboard-wedge scanner does (an open dialog first)."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, key)


def query(db_path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql).fetchall()


def test_whole_sale_by_keyboard(qtbot, window, db_path):
    sell = window.sell
    assert window.focusWidget() is sell.scan_field

    for name in ("milk", "bread", "eggs", "milk"):
        type_into_focus(qtbot, window, CODES[name])
    assert [sell.cart_model.index(r, 1).data() for r in range(3)] == ["2", "1", "1"]

    # The last scan selected the milk line; '+' twice makes it 4.
    type_into_focus(qtbot, window, "", Qt.Key.Key_Plus)
    type_into_focus(qtbot, window, "", Qt.Key.Key_Plus)
    # Down to bread, Delete removes it.
    type_into_focus(qtbot, window, "", Qt.Key.Key_Down)
    type_into_focus(qtbot, window, "", Qt.Key.Key_Delete)
    assert [sell.cart_model.index(r, 0).data() for r in range(sell.cart_model.rowCount())] == [
        "Whole milk 1 L",
        "Free-range eggs x6",
    ]
    assert sell.total_label.text() == "8.15"  # 4 x 1.29 + 2.99

    type_into_focus(qtbot, window, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(sell.dialog, PaymentDialog))
    type_into_focus(qtbot, window, "")  # Enter with nothing typed: exact cash
    qtbot.waitUntil(lambda: sell.dialog is None)
    assert window.focusWidget() is sell.scan_field

    # Second sale, with change.
    type_into_focus(qtbot, window, CODES["bread"])
    type_into_focus(qtbot, window, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(sell.dialog, PaymentDialog))
    type_into_focus(qtbot, window, "20")
    qtbot.waitUntil(lambda: sell.dialog is None)
    assert "change 16.50" in sell.last_sale_label.text()

    assert query(db_path, "SELECT id, status, total FROM orders ORDER BY id") == [
        (1, "paid", 815),
        (2, "paid", 350),
    ]
    assert query(db_path, "SELECT order_id, item_id, quantity, price_paid FROM order_items ORDER BY id") == [
        (1, 1, 4, 129),
        (1, 3, 1, 299),
        (2, 2, 1, 350),
    ]
    assert query(db_path, "SELECT order_id, amount, tendered, change_given FROM payments ORDER BY id") == [
        (1, 815, 815, 0),
        (2, 350, 2000, 1650),
    ]
    assert query(db_path, "SELECT barcode, stock FROM items ORDER BY id") == [
        (CODES["milk"], 46),
        (CODES["bread"], 19),
        (CODES["eggs"], 29),
    ]


def test_unknown_barcode_in_window_changes_nothing(qtbot, window, db_path):
    type_into_focus(qtbot, window, "4006381333948")
    assert "Unknown barcode" in window.sell.message.text()
    assert query(db_path, "SELECT count(*) FROM orders") == [(0,)]


def test_crash_mid_sale_resumes_every_line(qtbot, db_url, db_path, shop, controllers):
    first = MainWindow(controllers, str(db_path))
    qtbot.addWidget(first)
    first.show()
    for name in ("milk", "eggs"):
        type_into_focus(qtbot, first, CODES[name])
    # No close, no commit call: a second process opening the same file sees both lines.
    survivor = AppControllers(db_url)
    try:
        second = MainWindow(survivor, str(db_path))
        qtbot.addWidget(second)
        assert second.sell.cart_model.rowCount() == 2
        assert second.sell.total_label.text() == "4.28"
    finally:
        survivor.close()


def test_function_keys_switch_screens(qtbot, window):
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F2)
    assert window.tabs.currentWidget() is window.catalog
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F3)
    assert window.tabs.currentWidget() is window.customers
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F1)
    assert window.tabs.currentWidget() is window.sell
    assert window.focusWidget() is window.sell.scan_field
