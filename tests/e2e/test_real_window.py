"""A brand-new shop in a real window on a real X server (Xvfb, the xcb platform), driven by xdotool.

xdotool types into whatever window has focus, exactly as a keyboard-wedge scanner does, so this
proves the keyboard contract outside pytest-qt's synthetic events: the first-run setup wizard,
then a sale paid with a typed cash amount. tests/e2e/test_real_window_scanner.py covers a staffed
shop's till (PIN login, an unknown barcode, exact cash).

Run with `python -m pytest tests/e2e -m xvfb`. The app is started as a shop starts it, in its own
process: `python -m pos_app --db FILE` from this checkout, or the command in the environment
variable POS_APP_COMMAND, e.g. `POS_APP_COMMAND=/usr/bin/pos-app python -m pytest tests/e2e` to
drive the app installed from the .deb. Skipped where Xvfb or xdotool is missing, except in CI
(CI=true), where .ci/run installs them and a missing tool fails.
"""

from __future__ import annotations

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_item

pytestmark = pytest.mark.xvfb

MILK = "4006381333931"
BREAD = "5901234123457"
OWNER_PASSWORD = "olga-secret-42"


def test_setup_wizard_then_a_sale_by_keyboard_in_a_real_window(x_session, launch_app, db_url, db_path):
    shop = AppControllers(db_url)
    try:
        shop.tax_rates.add_rate("Zero", "0")
        for sku, barcode, name, price in (("M1", MILK, "Milk", "1.29"), ("B1", BREAD, "Bread", "3.50")):
            shop.catalog.add_item(validate_item(sku=sku, barcode=barcode, name=name, price=price, stock="10"))
    finally:
        shop.close()
    x = x_session
    app = launch_app(db_path)

    # A shop with no account and no sale yet: the first-run wizard comes first, and the same
    # keyboard sets it up (the shop's Zero rate is kept, so Enter passes the tax page).
    x.focus(app.window(x, "^Set up your shop"))
    x.type("Corner Shop")
    for _ in range(3):  # shop name, the suggested currency, the tax rates
        x.key("Return")
    for text in ("Olga", OWNER_PASSWORD):
        x.type(text)
        x.key("Tab")
    x.type(OWNER_PASSWORD)  # repeated
    x.key("Return", "Return")  # Next, then Finish on the summary
    app.wait_for(
        lambda: app.query("SELECT name, role FROM users") == [("Olga", "owner")], "the owner account"
    )

    window = app.window(x, "^Point of sale")
    x.focus(window)
    for code in (MILK, BREAD, MILK):
        x.scan(code)
    app.wait_for(
        lambda: app.query("SELECT sum(quantity) FROM order_items") == [(3,)], "three items in the cart"
    )
    x.key("F12")
    x.focus(app.window(x, "^Payment"))
    x.type("10")
    x.key("Return")
    app.wait_for(lambda: app.query("SELECT status FROM orders") == [("paid",)], "the sale to be paid")
    # No window manager hands focus back when the dialog closes: give it to the window.
    x.focus(window)
    x.key("ctrl+q")
    assert app.process.wait(timeout=20) == 0, app.stderr()

    assert app.query("SELECT cashier_id FROM orders") == app.query("SELECT id FROM users")
    assert app.query("SELECT total FROM orders") == [(608,)]
    assert app.query("SELECT method, amount, tendered, change_given FROM payments") == [
        ("cash", 608, 1000, 392)
    ]
    assert app.query("SELECT barcode, stock FROM items ORDER BY id") == [(MILK, 8), (BREAD, 9)]
    assert "Traceback" not in app.stderr()
