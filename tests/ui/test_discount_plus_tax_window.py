"""Discount plus tax on the real main window, as a cashier rings it up: items at two named rates, a line
discount, a price override and a sale discount, then exact cash; what the screen showed, and what the
orders, order_items, order_taxes and payments rows hold, adding up to the total to the cent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.ui.discount_dialogs import DiscountDialog, PriceOverrideDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.payment_dialog import PaymentDialog

COFFEE = "4006381333931"
BREAD = "5901234123457"
TEA = "96385074"
M = "\N{MINUS SIGN}"


@pytest.fixture
def window(qtbot, controllers, make_item, db_path):
    controllers.tax_rates.add_rate("Standard", "20")
    controllers.tax_rates.add_rate("Reduced", "7")
    make_item("Coffee beans", "4.80", sku="COF", barcode=COFFEE, tax_rate="20")
    make_item("Rye bread", "3.50", sku="RYE", barcode=BREAD, tax_rate="7")
    make_item("Green tea", "2.50", sku="TEA", barcode=TEA, tax_rate="20")
    main = MainWindow(controllers, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)  # shortcuts need the active window
    return main


def keys(qtbot, window: MainWindow, text: str = "", key=Qt.Key.Key_Return, modifier=None) -> None:
    """Type into whatever has the focus (an open dialog first), as a cashier's keyboard does."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)


def open_dialog(qtbot, window: MainWindow, key: Qt.Key, kind: type):
    # Offscreen Qt has no window manager to give the window back its activation after a dialog.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys(qtbot, window, key=key)
    qtbot.waitUntil(lambda: isinstance(window.sell.dialog, kind))
    dialog = window.sell.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def wait_closed(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.sell.dialog is None)


def test_discount_plus_tax_by_keyboard(qtbot, window, db_rows):
    sell = window.sell
    for code in (COFFEE, COFFEE, BREAD, TEA):
        keys(qtbot, window, code)

    # Line discount on the coffee: Up twice from the tea line, F5, value, Tab, reason, Enter.
    keys(qtbot, window, key=Qt.Key.Key_Up)
    keys(qtbot, window, key=Qt.Key.Key_Up)
    open_dialog(qtbot, window, Qt.Key.Key_F5, DiscountDialog)
    keys(qtbot, window, "10%", Qt.Key.Key_Tab)
    keys(qtbot, window, "staff")
    wait_closed(qtbot, window)

    # Price override on the bread.
    keys(qtbot, window, key=Qt.Key.Key_Down)
    open_dialog(qtbot, window, Qt.Key.Key_F6, PriceOverrideDialog)
    keys(qtbot, window, "2.99", Qt.Key.Key_Tab)
    keys(qtbot, window, "price match")
    wait_closed(qtbot, window)

    # A discount on the whole sale: F5, Alt+S.
    dialog = open_dialog(qtbot, window, Qt.Key.Key_F5, DiscountDialog)
    keys(qtbot, window, key=Qt.Key.Key_S, modifier=Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.sale_choice.isChecked)
    keys(qtbot, window, "2.00", Qt.Key.Key_Tab)
    keys(qtbot, window, "loyalty")
    wait_closed(qtbot, window)

    model = sell.cart_model
    assert [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())] == [
        [f"Coffee beans   ({M}10% staff)", "2", "4.80", "7.42"],
        ["Rye bread   (was 3.50)", "1", "2.99", "2.57"],
        ["Green tea", "1", "2.50", "2.14"],
    ]
    assert sell.sale_discount_label.text() == f"Sale discount: {M}2.00 loyalty"
    shown = [sell.discount_label, sell.subtotal_label, sell.tax_label, sell.total_label]
    assert [label.text() for label in shown] == [f"{M}2.96", "10.36", "1.77", "12.13"]

    open_dialog(qtbot, window, Qt.Key.Key_F12, PaymentDialog)
    keys(qtbot, window)  # Enter: exact cash
    wait_closed(qtbot, window)
    assert "Receipt 1 paid 12.13" in sell.last_sale_label.text()

    assert db_rows(
        "SELECT status, receipt_no, discount_kind, discount_value, discount_reason, discount_total,"
        " subtotal, tax_total, total FROM orders"
    ) == [("paid", 1, "amount", 200, "loyalty", 296, 1036, 177, 1213)]
    assert db_rows(
        "SELECT quantity, price_paid, list_price, override_reason, tax_name, tax_rate, discount_kind,"
        " discount_value, discount_reason, line_discount, order_discount, net, tax, gross"
        " FROM order_items ORDER BY id"
    ) == [
        (2, 480, 480, None, "Standard", 2000, "percent", 1000, "staff", 96, 122, 618, 124, 742),
        (1, 299, 350, "price match", "Reduced", 700, None, None, None, 0, 42, 240, 17, 257),
        (1, 250, 250, None, "Standard", 2000, None, None, None, 0, 36, 178, 36, 214),
    ]
    assert db_rows("SELECT tax_name, tax_rate, net, tax FROM order_taxes ORDER BY tax_rate") == [
        ("Reduced", 700, 240, 17),
        ("Standard", 2000, 796, 160),
    ]
    assert db_rows("SELECT method, amount, tendered, change_given FROM payments") == [("cash", 1213, 1213, 0)]

    # Everything adds up to the cent: lines, discounts, tax per rate and the payment.
    [(subtotal, tax, total, discounts)] = db_rows(
        "SELECT subtotal, tax_total, total, discount_total FROM orders"
    )
    lines = db_rows(
        "SELECT net, tax, gross, line_discount + order_discount, list_price * quantity FROM order_items"
    )
    assert sum(r[0] for r in lines) == subtotal
    assert sum(r[1] for r in lines) == tax
    assert sum(r[2] for r in lines) == total == subtotal + tax
    assert sum(r[3] for r in lines) == discounts
    override_cut = 350 - 299
    assert sum(r[4] for r in lines) - override_cut - discounts == total
    [(rate_net, rate_tax)] = db_rows("SELECT sum(net), sum(tax) FROM order_taxes")
    assert (rate_net, rate_tax) == (subtotal, tax)
    assert db_rows("SELECT sum(amount) FROM payments") == [(total,)]
