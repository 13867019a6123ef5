"""Parked sales: set aside with a label, survive a restart, never count as sales, and can be
resumed by exactly one register."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError, UserError
from pos_app.domain.validation import validate_customer

TEA = "4006381333931"
SOAP = "96385074"


@pytest.fixture
def shop(make_item):
    make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10")
    make_item("Soap", "4.00", sku="SOAP", barcode=SOAP, stock="10")


def rows(db_path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql, params).fetchall()


def test_park_keeps_the_lines_and_starts_a_new_sale(controllers, shop, db_path):
    sale = controllers.sale
    sale.scan(TEA)
    sale.scan(TEA)
    ann = controllers.customers.add_customer(validate_customer(name="Ann Lee"))
    sale.set_customer(ann)
    order_id = sale.cart().order_id

    sale.park("  Mrs   Lee ")

    assert sale.cart().is_empty
    assert sale.cart().order_id is None
    assert rows(db_path, "SELECT status, park_label, total FROM orders") == [("parked", "Mrs Lee", 500)]
    parked = sale.parked_sales()
    assert [(p.order_id, p.label, p.line_count, p.total, p.customer_name) for p in parked] == [
        (order_id, "Mrs Lee", 1, Decimal("5.00"), "Ann Lee")
    ]
    assert rows(db_path, "SELECT stock FROM items WHERE sku = 'TEA'") == [(10,)]  # not sold
    assert rows(db_path, "SELECT count(*) FROM payments") == [(0,)]


def test_parked_sale_survives_restart_and_is_not_reopened_as_the_open_sale(controllers, shop, db_url):
    controllers.sale.scan(SOAP)
    controllers.sale.park("Table 4")
    controllers.close()

    restarted = AppControllers(db_url)
    try:
        assert restarted.sale.cart().is_empty  # resume() opens drafts only
        assert [p.label for p in restarted.sale.parked_sales()] == ["Table 4"]
        restarted.sale.resume_parked(restarted.sale.parked_sales()[0].order_id)
        cart = restarted.sale.cart()
        assert [(line.name, line.quantity) for line in cart.lines] == [("Soap", 1)]
        receipt = restarted.sale.pay_cash()
        assert receipt.total == Decimal("4.00")
        assert restarted.sale.parked_sales() == []
    finally:
        restarted.close()


def test_resume_replaces_an_empty_draft_and_refuses_over_a_sale_with_lines(controllers, shop, db_path):
    sale = controllers.sale
    sale.scan(TEA)
    sale.park("First")
    first = sale.parked_sales()[0].order_id

    sale.scan(SOAP)
    with pytest.raises(UserError, match="Finish, park or void the open sale"):
        sale.resume_parked(first)
    assert rows(db_path, "SELECT status FROM orders ORDER BY id") == [("parked",), ("draft",)]

    sale.remove_line(sale.cart().lines[0].line_id)  # now an empty draft
    sale.resume_parked(first)
    assert [line.name for line in sale.cart().lines] == ["Green tea"]
    # The empty draft is gone rather than left to be reopened as a phantom sale.
    assert rows(db_path, "SELECT id, status FROM orders") == [(first, "draft")]


def test_only_one_register_can_resume_a_parked_sale(controllers, shop, db_url, db_path):
    controllers.sale.scan(TEA)
    controllers.sale.park("Shared")
    order_id = controllers.sale.parked_sales()[0].order_id
    other = AppControllers(db_url)
    try:
        controllers.sale.resume_parked(order_id)
        with pytest.raises(ConflictError, match="no longer waiting"):
            other.sale.resume_parked(order_id)
        assert other.sale.cart().is_empty
    finally:
        other.close()
    assert rows(db_path, "SELECT status FROM orders") == [("draft",)]


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("", "Type a label"),
        ("   ", "Type a label"),
        ("x" * 101, "too long"),
        ("bad\x07", "control characters"),
    ],
)
def test_bad_labels_change_nothing(controllers, shop, db_path, label, message):
    controllers.sale.scan(TEA)
    with pytest.raises(UserError, match=message):
        controllers.sale.park(label)
    assert rows(db_path, "SELECT status, park_label FROM orders") == [("draft", None)]
    assert not controllers.sale.cart().is_empty


def test_parking_an_empty_sale_is_refused(controllers, shop):
    with pytest.raises(UserError, match="Nothing to park"):
        controllers.sale.park("Nobody")


def test_a_parked_sale_cannot_exist_without_a_label(controllers, shop, db_path):
    controllers.sale.scan(TEA)
    with sqlite3.connect(db_path) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE orders SET status = 'parked'")
