"""Paying with several tenders and numbering receipts: only cash is overpaid, every tender is a
row, a refused payment changes nothing, and receipt numbers run 1, 2, 3 … without gaps."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest

import pos_app.db.engine as engine_module
from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import StorageError, UserError
from pos_app.controllers.settings import ShopSettings
from pos_app.domain.cash import Tender, TenderMethod

D = Decimal
TEA = "4006381333931"
SOAP = "96385074"
CASH, CARD, VOUCHER = TenderMethod.CASH, TenderMethod.CARD, TenderMethod.VOUCHER


@pytest.fixture
def shop(make_item):
    make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10")
    make_item("Soap", "4.00", sku="SOAP", barcode=SOAP, stock="10")


def rows(db_path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(sql).fetchall()


def test_split_payment_card_voucher_and_cash_with_change(controllers, shop, db_path):
    sale = controllers.sale
    sale.scan(TEA)
    sale.scan(SOAP)  # total 6.50
    receipt = sale.pay(
        [Tender(CARD, D("3.00"), "auth 4411"), Tender(VOUCHER, D("1.00"), "GV-17"), Tender(CASH, D("5.00"))]
    )
    assert receipt.receipt_no == 1
    assert receipt.change == D("2.50")
    assert [(t.method, t.applied, t.reference) for t in receipt.tenders] == [
        ("card", D("3.00"), "auth 4411"),
        ("voucher", D("1.00"), "GV-17"),
        ("cash", D("2.50"), None),
    ]
    assert rows(
        db_path, "SELECT method, amount, tendered, change_given, reference FROM payments ORDER BY id"
    ) == [
        ("card", 300, 300, 0, "auth 4411"),
        ("voucher", 100, 100, 0, "GV-17"),
        ("cash", 250, 500, 250, None),
    ]
    assert rows(db_path, "SELECT status, receipt_no, total FROM orders") == [("paid", 1, 650)]


@pytest.mark.parametrize(
    ("tenders", "message"),
    [
        ([Tender(CARD, D("7.00"))], "only cash may be overpaid"),
        ([Tender(CARD, D("3.00")), Tender(CASH, D("1.00"))], "still due"),
        ([Tender(VOUCHER, D("1.00"))], "still due"),
        ([], "still due"),
    ],
)
def test_refused_tenders_change_nothing(controllers, shop, db_path, tenders, message):
    controllers.sale.scan(TEA)
    controllers.sale.scan(SOAP)
    with pytest.raises(UserError, match=message):
        controllers.sale.pay(tenders)
    assert rows(db_path, "SELECT status, receipt_no FROM orders") == [("draft", None)]
    assert rows(db_path, "SELECT count(*) FROM payments") == [(0,)]
    assert rows(db_path, "SELECT stock FROM items ORDER BY id") == [(10,), (10,)]
    assert controllers.sale.pay([Tender(CARD, D("6.50"))]).receipt_no == 1


def test_receipt_numbers_have_no_gaps_even_after_a_failed_payment(db_url, db_path, shop, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    app = AppControllers(db_url)
    try:
        app.sale.scan(TEA)
        assert app.sale.pay_cash().receipt_no == 1
        app.sale.scan(SOAP)
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other_program:
            other_program.execute("BEGIN IMMEDIATE")
            with pytest.raises(StorageError):
                app.sale.pay_cash()
            other_program.execute("ROLLBACK")
        assert app.sale.pay_cash().receipt_no == 2
        app.sale.scan(TEA)
        app.sale.cancel_sale("customer left")  # a voided sale takes no number
        app.sale.scan(TEA)
        assert app.sale.pay([Tender(CARD, D("2.50"))]).receipt_no == 3
    finally:
        app.close()
    assert rows(db_path, "SELECT receipt_no FROM orders WHERE status = 'paid' ORDER BY paid_at") == [
        (1,),
        (2,),
        (3,),
    ]


def test_two_registers_number_their_sales_one_after_the_other(db_url, db_path, shop):
    first, second = AppControllers(db_url), AppControllers(db_url)
    try:
        first.sale.scan(TEA)
        second.sale.scan(SOAP)
        numbers = [second.sale.pay_cash().receipt_no, first.sale.pay_cash().receipt_no]
    finally:
        first.close()
        second.close()
    assert numbers == [1, 2]


def test_cash_rounding_to_five_cents_is_recorded(open_cash_rounding_app, db_path):
    app = open_cash_rounding_app
    app.sale.scan(TEA)
    app.sale.set_quantity(app.sale.cart().lines[0].line_id, 3)  # 7.50
    app.sale.scan("CHEAP")  # + 0.99 = 8.49
    receipt = app.sale.pay_cash(D("10.00"))
    # 8.49 due in cash rounds to 8.50: 1.50 change, +0.01 recorded as cash rounding.
    assert receipt.change == D("1.50")
    assert receipt.cash_rounding == D("0.01")
    assert rows(db_path, "SELECT total, cash_rounding FROM orders") == [(849, 1)]
    assert rows(db_path, "SELECT amount, tendered, change_given FROM payments") == [(850, 1000, 150)]


@pytest.fixture
def open_cash_rounding_app(db_url, shop, make_item):
    make_item("Mints", "0.99", sku="CHEAP")
    app = AppControllers(db_url, ShopSettings(cash_increment=D("0.05")))
    yield app
    app.close()


def test_card_reference_is_checked(controllers, shop):
    controllers.sale.scan(TEA)
    with pytest.raises(ValueError, match="printable"):
        Tender(CARD, D("2.50"), "x" * 65)
