"""A staffed shop's till in a real window (Xvfb, xcb), fed by xdotool exactly as a barcode scanner feeds it.

The cashier types a PIN on the lock screen; the "scanner" sends barcodes, each followed by Return
(one twice, so its line goes to quantity 2), then a barcode the shop does not have: the window
must show the error (its red message appears in the window's own pixels, read back from the X
server) and nothing changes. F12 and Return pay the exact amount in cash. The test then reads the
database as any other program would: the order paid by that cashier, its lines and quantities,
one cash payment, the stock taken, one receipt number.

Run with `python -m pytest tests/e2e -m xvfb`. The app is started as a shop starts it, in its own
process: `python -m pos_app --db FILE` from this checkout, or the command in the environment
variable POS_APP_COMMAND, e.g. `POS_APP_COMMAND=/usr/bin/pos-app python -m pytest tests/e2e` to
drive the app installed from the .deb. HOME and the XDG folders are temporary. Skipped where
Xvfb or xdotool is missing, except in CI (CI=true), where a missing tool fails.
"""

from __future__ import annotations

import pytest
from xvfb_session import count_pixels, is_error_red, query  # type: ignore[import-not-found]

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_item

pytestmark = pytest.mark.xvfb

MILK = "4006381333931"
BREAD = "5901234123457"
COFFEE = "4000417025005"
NOT_IN_THE_SHOP = "4012345678901"
CASHIER_PIN = "4711"
# An error message is a line of red bold text: far more red pixels than stray anti-aliasing.
MESSAGE_PIXELS = 40


def test_a_scanner_sale_with_an_unknown_barcode_paid_in_exact_cash(x_session, launch_app, db_url, db_path):
    shop = AppControllers(db_url)
    try:
        shop.tax_rates.add_rate("Zero", "0")
        for sku, barcode, name, price in (
            ("M1", MILK, "Milk", "1.29"),
            ("B1", BREAD, "Bread", "3.50"),
            ("C1", COFFEE, "Coffee", "4.99"),
        ):
            shop.catalog.add_item(validate_item(sku=sku, barcode=barcode, name=name, price=price, stock="10"))
        shop.users.add_user("Olga", "owner", password="olga-secret-42")
        cashier = shop.users.add_user("Carl", "cashier", pin=CASHIER_PIN).id
    finally:
        shop.close()
    ids = {barcode: item_id for item_id, barcode in query(db_path, "SELECT id, barcode FROM items")}
    x = x_session
    app = launch_app(db_path)

    window = app.window(x, "^Point of sale")
    x.focus(window)
    x.type(CASHIER_PIN)  # the till starts locked: the PIN field has the focus
    x.key("Return")
    app.wait_for(
        lambda: app.query("SELECT last_login_at IS NOT NULL FROM users WHERE id = ?", cashier) == [(1,)],
        "the cashier's login",
    )

    for code in (MILK, BREAD, MILK, COFFEE):
        x.scan(code)
    cart = [(ids[MILK], 2), (ids[BREAD], 1), (ids[COFFEE], 1)]
    lines = "SELECT item_id, quantity FROM order_items ORDER BY id"
    app.wait_for(lambda: app.query(lines) == cart, "milk twice, bread and coffee in the cart")
    assert count_pixels(x.grab(window), is_error_red) < MESSAGE_PIXELS, "an error shown before any"

    x.scan(NOT_IN_THE_SHOP)
    app.wait_for(
        lambda: count_pixels(x.grab(window), is_error_red) >= MESSAGE_PIXELS,
        "the unknown barcode's message in the window",
    )
    assert app.query(lines) == cart
    assert app.query("SELECT status, receipt_no FROM orders") == [("draft", None)]

    x.key("F12")
    x.focus(app.window(x, "^Payment"))
    x.key("Return")  # nothing typed: exactly what is due, in cash
    app.wait_for(lambda: app.query("SELECT status FROM orders") == [("paid",)], "the sale to be paid")
    # No window manager hands focus back when the dialog closes: give it to the window.
    x.focus(window)
    x.key("ctrl+q")
    assert app.process.wait(timeout=20) == 0, app.stderr()

    total = 2 * 129 + 350 + 499
    assert app.query("SELECT status, total, cashier_id FROM orders") == [("paid", total, cashier)]
    assert app.query(lines) == cart
    assert app.query("SELECT method, amount, tendered, change_given FROM payments") == [
        ("cash", total, total, 0)
    ]
    assert app.query("SELECT count(*), count(receipt_no), count(DISTINCT receipt_no) FROM orders") == [
        (1, 1, 1)
    ]
    assert app.query("SELECT barcode, stock FROM items ORDER BY id") == [(MILK, 8), (BREAD, 9), (COFFEE, 9)]
    assert app.query(
        "SELECT item_id, change, kind FROM stock_movements WHERE order_id IS NOT NULL ORDER BY item_id"
    ) == [
        (ids[MILK], -2, "sale"),
        (ids[BREAD], -1, "sale"),
        (ids[COFFEE], -1, "sale"),
    ]
    assert "Traceback" not in app.stderr()
