"""Checkout on the real main window: a split payment, and Pay pressed twice in every way a
cashier (or a crash, or a second register) can manage — one sale, one set of payments, stock
taken once."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.controllers.app import AppControllers
from pos_app.controllers.settings import ShopSettings
from pos_app.ui.main_window import MainWindow
from pos_app.ui.payment_dialog import PaymentDialog

TEA, JAM = "4006381333931", "5901234123457"


@pytest.fixture
def shop(make_item):
    make_item("Green tea", "3.20", barcode=TEA, stock="10")
    make_item("Apricot jam", "2.75", barcode=JAM, stock="10")


def open_window(qtbot, controllers: AppControllers, db_path) -> MainWindow:
    main = MainWindow(controllers, str(db_path))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


@pytest.fixture
def window(qtbot, controllers, shop, db_path):
    return open_window(qtbot, controllers, db_path)


def press(qtbot, window: MainWindow, text: str = "", key=Qt.Key.Key_Return) -> None:
    """Type into whatever has focus, the open dialog first, as the cashier's keyboard does."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, key)


def open_payment(qtbot, window: MainWindow) -> PaymentDialog:
    press(qtbot, window, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(window.sell.dialog, PaymentDialog))
    dialog = window.sell.dialog
    assert isinstance(dialog, PaymentDialog)
    qtbot.waitUntil(lambda: dialog.tendered.hasFocus())
    return dialog


def rows(db_path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql).fetchall()


def test_split_payment_card_voucher_and_cash_with_change(qtbot, window, db_path):
    for code in (TEA, JAM, TEA):
        press(qtbot, window, code)
    assert window.sell.total_label.text() == "9.15"
    dialog = open_payment(qtbot, window)
    press(qtbot, window, "5", Qt.Key.Key_F2)  # card 5.00
    press(qtbot, window, "2", Qt.Key.Key_F3)  # voucher 2.00
    assert dialog.due_label.text() == "2.15"
    press(qtbot, window, "5")  # cash 5.00: 2.85 change
    qtbot.waitUntil(lambda: window.sell.dialog is None)

    assert "change 2.85" in window.sell.last_sale_label.text()
    assert window.sell.cart_model.rowCount() == 0
    assert window.focusWidget() is window.sell.scan_field
    assert rows(db_path, "SELECT status, receipt_no, total FROM orders") == [("paid", 1, 915)]
    assert rows(db_path, "SELECT method, amount, tendered, change_given FROM payments ORDER BY id") == [
        ("card", 500, 500, 0),
        ("voucher", 200, 200, 0),
        ("cash", 215, 500, 285),
    ]
    assert rows(db_path, "SELECT stock FROM items ORDER BY id") == [(8,), (9,)]


def test_enter_pressed_twice_and_f12_again_record_one_sale(qtbot, window, db_path):
    press(qtbot, window, TEA)
    dialog = open_payment(qtbot, window)
    # Two Enters in the same instant: the first pays exact cash and closes the dialog, the
    # second lands on the empty scan field.
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
    press(qtbot, window)
    qtbot.waitUntil(lambda: window.sell.dialog is None)
    window.activateWindow()  # offscreen has no window manager to hand activation back
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, "", Qt.Key.Key_F12)  # and Pay once more, for good measure
    assert window.sell.dialog is None
    assert "Nothing to pay" in window.sell.message.text()

    assert rows(db_path, "SELECT status, total FROM orders") == [("paid", 320)]
    assert rows(db_path, "SELECT count(*), sum(amount) FROM payments") == [(1, 320)]
    assert rows(db_path, "SELECT stock FROM items ORDER BY id") == [(9,), (10,)]


def test_pay_after_a_crash_does_not_charge_the_sale_again(qtbot, shop, db_url, db_path):
    first = AppControllers(db_url)
    window = open_window(qtbot, first, db_path)
    press(qtbot, window, TEA)
    press(qtbot, window, JAM)
    open_payment(qtbot, window)
    press(qtbot, window, "10")
    qtbot.waitUntil(lambda: window.sell.dialog is None)
    # The till dies before anything else happens; it is started again on the same file.
    window.hide()
    restarted = AppControllers(db_url)
    try:
        again = open_window(qtbot, restarted, db_path)
        assert again.sell.cart_model.rowCount() == 0  # the paid sale is not resumed as open
        press(qtbot, again, "", Qt.Key.Key_F12)
        assert "Nothing to pay" in again.sell.message.text()
        again.close()
    finally:
        restarted.close()
        first.close()
    assert rows(db_path, "SELECT status, receipt_no, total FROM orders") == [("paid", 1, 595)]
    assert rows(db_path, "SELECT count(*) FROM payments") == [(1,)]


def test_second_register_paying_the_same_sale_is_refused(qtbot, shop, db_url, db_path):
    counter_a = AppControllers(db_url)
    window_a = open_window(qtbot, counter_a, db_path)
    press(qtbot, window_a, TEA)
    # Register B starts on the same file and resumes the same open sale.
    counter_b = AppControllers(db_url)
    try:
        window_b = open_window(qtbot, counter_b, db_path)
        assert window_b.sell.cart_model.rowCount() == 1
        dialog_b = open_payment(qtbot, window_b)

        window_a.activateWindow()
        qtbot.waitUntil(window_a.isActiveWindow)
        open_payment(qtbot, window_a)
        press(qtbot, window_a)  # A takes exact cash
        qtbot.waitUntil(lambda: window_a.sell.dialog is None)

        window_b.activateWindow()
        qtbot.waitUntil(window_b.isActiveWindow)
        qtbot.keyClick(dialog_b.tendered, Qt.Key.Key_Return)  # B presses Pay on the same sale
        assert "not charged again" in dialog_b.message.text()
        qtbot.keyClick(dialog_b.tendered, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window_b.sell.dialog is None)
        assert window_b.sell.cart_model.rowCount() == 0  # B starts a new sale
        window_b.close()
        window_a.close()
    finally:
        counter_b.close()
        counter_a.close()
    assert rows(db_path, "SELECT status, total FROM orders") == [("paid", 320)]
    assert rows(db_path, "SELECT count(*) FROM payments") == [(1,)]
    assert rows(db_path, "SELECT stock FROM items ORDER BY id") == [(9,), (10,)]


def test_exact_cash_with_cash_rounding_to_five_cents(qtbot, make_item, db_url, db_path):
    make_item("Pencil", "1.38", barcode=TEA, stock="10")
    rounding_shop = AppControllers(db_url, ShopSettings(cash_increment=Decimal("0.05")))
    try:
        window = open_window(qtbot, rounding_shop, db_path)
        press(qtbot, window, TEA)
        dialog = open_payment(qtbot, window)
        assert dialog.due_label.text() == "1.38  (in cash 1.40)"
        qtbot.keyClicks(dialog.tendered, "2")
        assert dialog.change_label.text() == "0.60"
        dialog.tendered.clear()
        press(qtbot, window)  # Enter with nothing typed: exact cash, rounded
        qtbot.waitUntil(lambda: window.sell.dialog is None)
        window.activateWindow()  # offscreen has no window manager to hand activation back
        qtbot.waitUntil(window.isActiveWindow)

        press(qtbot, window, TEA)
        dialog = open_payment(qtbot, window)
        press(qtbot, window, "1", Qt.Key.Key_F2)  # card 1.00: 0.38 left, 0.40 in cash
        assert dialog.due_label.text() == "0.38  (in cash 0.40)"
        press(qtbot, window)
        qtbot.waitUntil(lambda: window.sell.dialog is None)
        window.close()
    finally:
        rounding_shop.close()
    assert rows(db_path, "SELECT total, cash_rounding FROM orders ORDER BY id") == [(138, 2), (138, 2)]
    assert rows(db_path, "SELECT order_id, method, amount, tendered FROM payments ORDER BY id") == [
        (1, "cash", 140, 140),
        (2, "card", 100, 100),
        (2, "cash", 40, 40),
    ]
