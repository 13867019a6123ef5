"""Shop settings: stored as text in the `settings` table, read back the same, and applied at once.

Every field survives a round trip through a real database file; bad values are refused when
the settings are built or saved, and a damaged stored value reads as its default.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.settings import (
    Paper,
    PrinterConnection,
    ReceiptOutput,
    ShopSettings,
    parse_host_port,
    parse_usb_ids,
)
from pos_app.domain.tax import TaxRounding

D = Decimal
EVERYTHING = ShopSettings(
    prices_include_tax=False,
    cash_increment=D("0.05"),
    tax_rounding=TaxRounding.PER_ORDER,
    shop_name="Café Müller",
    shop_address="1 Main St\nTown",
    shop_tax_id="DE1",
    receipt_footer="Bye\nSee you",
    receipt_output=ReceiptOutput.ESCPOS,
    printer_connection=PrinterConnection.USB,
    printer_usb="04b8:0202",
    printer_address="10.0.0.9:9101",
    printer_device="/dev/usb/lp1",
    printer_columns=42,
    paper=Paper.A4,
    print_after_sale=True,
    open_drawer_on_cash=True,
)


def test_every_setting_round_trips_through_the_database(db_url, query):
    first = AppControllers(db_url)
    try:
        assert first.settings == ShopSettings()
        first.shop_settings.save(EVERYTHING)
    finally:
        first.close()
    stored = dict(query("SELECT key, value FROM settings"))
    assert stored["receipt_output"] == "escpos"
    assert stored["printer_usb"] == "04b8:0202"
    assert stored["printer_columns"] == "42"
    assert stored["open_drawer_on_cash"] == "true"
    again = AppControllers(db_url)
    try:
        assert again.settings == EVERYTHING
    finally:
        again.close()


def test_save_applies_at_once_and_tells_the_screens(controllers, make_item, qtbot):
    make_item("Tea", "1.00", sku="TEA", tax_rate="10")
    controllers.sale.scan("TEA")
    assert controllers.sale.cart().total == D("1.00")
    with qtbot.waitSignal(controllers.shop_settings.changed) as signal:
        controllers.shop_settings.save(ShopSettings(prices_include_tax=False))
    assert signal.args == [ShopSettings(prices_include_tax=False)]
    controllers.sale.scan("TEA")  # the next edit prices with the new setting
    assert controllers.sale.cart().total == D("2.20")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"open_drawer_on_cash": True}, "cash drawer opens through an ESC/POS printer"),
        ({"receipt_output": ReceiptOutput.ESCPOS}, "network printer's address"),
        (
            {"receipt_output": ReceiptOutput.ESCPOS, "printer_connection": PrinterConnection.USB},
            "vendor:product",
        ),
        (
            {"receipt_output": ReceiptOutput.ESCPOS, "printer_connection": PrinterConnection.FILE},
            "device file",
        ),
    ],
)
def test_printer_settings_that_do_not_fit_together_are_not_saved(controllers, query, changes, message):
    with pytest.raises(UserError, match=message):
        controllers.shop_settings.save(ShopSettings(**changes))
    assert query("SELECT count(*) FROM settings") == [(0,)]
    assert controllers.settings == ShopSettings()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"printer_usb": "zz"}, "not vendor:product"),
        ({"printer_usb": "10000:1"}, "4 hexadecimal digits"),
        ({"printer_address": "printer:99999"}, "not a number from 1 to 65535"),
        ({"printer_address": "two words"}, "not a host name"),
        ({"printer_columns": 10}, "from 24 to 80"),
        ({"shop_name": "x" * 501}, "The shop name is longer than 500"),
        ({"receipt_output": "fax"}, "fax"),
        ({"cash_increment": D("0.02")}, "cash rounding"),
    ],
)
def test_bad_values_are_refused_when_built(changes, message):
    with pytest.raises(ValueError, match=message):
        ShopSettings(**changes)


def test_addresses_and_usb_ids():
    assert parse_usb_ids("04B8:0E15") == (0x04B8, 0x0E15)
    assert parse_host_port("printer.local") == ("printer.local", 9100)
    assert parse_host_port(" 192.168.1.20:9101 ") == ("192.168.1.20", 9101)
    assert parse_host_port("[fe80::1]:9100") == ("fe80::1", 9100)
    assert EVERYTHING.escpos_printer().location == "USB 04b8:0202"
    network = ShopSettings(receipt_output=ReceiptOutput.ESCPOS, printer_address="10.0.0.9")
    assert network.escpos_printer().location == "10.0.0.9:9100"


def test_a_damaged_stored_value_reads_as_its_default(db_url, db_path, query):
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        connection.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [("printer_columns", "many"), ("receipt_output", "fax"), ("shop_name", "Kept")],
        )
    connection.close()
    app = AppControllers(db_url)
    try:
        assert app.settings == ShopSettings(shop_name="Kept")
    finally:
        app.close()
