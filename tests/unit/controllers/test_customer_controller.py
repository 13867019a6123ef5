"""Guards customers: unique emails reported on the email field, edits, search pages with order counts,
a customer's orders, and deletion that cascades to their orders (never while a sale is open)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.controllers.errors import ConflictError, NotFoundError
from pos_app.domain.validation import validate_customer


@pytest.fixture
def customers(controllers):
    return controllers.customers


def _add(customers, name, email="", phone=""):
    return customers.add_customer(validate_customer(name=name, email=email, phone=phone))


def test_add_customer(customers, query):
    changed = []
    customers.customers_changed.connect(lambda: changed.append(1))
    ann = _add(customers, "Ann Lee", "Ann@Example.com", "+44 20 7946 0958")
    assert changed == [1]
    assert query("SELECT id, name, email, phone FROM customers") == [
        (ann, "Ann Lee", "ann@example.com", "+44 20 7946 0958")
    ]
    row = customers.get_customer(ann)
    assert (row.name, row.email, row.order_count) == ("Ann Lee", "ann@example.com", 0)


def test_duplicate_email_is_a_conflict_on_the_email_field(customers, query):
    _add(customers, "Ann", "ann@example.com")
    with pytest.raises(ConflictError, match="already the email of Ann") as caught:
        _add(customers, "Other Ann", "ANN@example.com")
    assert caught.value.field == "email"
    assert query("SELECT count(*) FROM customers") == [(1,)]
    # Customers without email do not collide.
    _add(customers, "Bob")
    _add(customers, "Cid")
    assert query("SELECT count(*) FROM customers WHERE email IS NULL") == [(2,)]


def test_update_customer(customers, query):
    ann = _add(customers, "Ann", "ann@example.com")
    bob = _add(customers, "Bob", "bob@example.com")
    customers.update_customer(ann, validate_customer(name="Ann Lee", email="ann@example.com", phone="123"))
    assert query("SELECT name, email, phone FROM customers WHERE id = ?", ann) == [
        ("Ann Lee", "ann@example.com", "123")
    ]
    with pytest.raises(ConflictError) as caught:
        customers.update_customer(bob, validate_customer(name="Bob", email="ann@example.com"))
    assert caught.value.field == "email"
    assert query("SELECT email FROM customers WHERE id = ?", bob) == [("bob@example.com",)]
    with pytest.raises(NotFoundError):
        customers.update_customer(999, validate_customer(name="X"))
    with pytest.raises(NotFoundError):
        customers.get_customer(999)


def _paid_sale(controllers, customer_id, *codes):
    controllers.sale.set_customer(customer_id)
    for code in codes:
        controllers.sale.scan(code)
    return controllers.sale.pay_cash().order_id


@pytest.fixture
def with_orders(controllers, make_item):
    make_item("Tea", "2.50", sku="TEA")
    make_item("Soap", "4.00", sku="SOAP")
    ann = _add(controllers.customers, "Ann")
    bob = _add(controllers.customers, "Bob")
    orders = [
        _paid_sale(controllers, ann, "TEA"),
        _paid_sale(controllers, ann, "TEA", "SOAP"),
        _paid_sale(controllers, bob, "SOAP"),
    ]
    return {"ann": ann, "bob": bob, "orders": orders}


def test_orders_of_a_customer_newest_first(customers, with_orders):
    summaries = customers.orders_of(with_orders["ann"])
    first, second, _ = with_orders["orders"]
    assert [(s.id, s.status, s.line_count, s.total) for s in summaries] == [
        (second, "paid", 2, Decimal("6.50")),
        (first, "paid", 1, Decimal("2.50")),
    ]
    assert customers.orders_of(with_orders["ann"], limit=1)[0].id == second
    assert customers.orders_of(999) == []


def test_delete_customer_returns_order_count_and_cascades(customers, with_orders, query):
    ann_orders = with_orders["orders"][:2]
    deleted = customers.delete_customer(with_orders["ann"])
    assert deleted == 2
    assert query("SELECT name FROM customers") == [("Bob",)]
    assert query("SELECT id FROM orders") == [(with_orders["orders"][2],)]
    placeholders = ",".join("?" * len(ann_orders))
    assert query(f"SELECT count(*) FROM order_items WHERE order_id IN ({placeholders})", *ann_orders) == [
        (0,)
    ]
    assert query(f"SELECT count(*) FROM payments WHERE order_id IN ({placeholders})", *ann_orders) == [(0,)]
    assert query("SELECT count(*) FROM order_items") == [(1,)]
    assert query("SELECT count(*) FROM items") == [(2,)]
    with pytest.raises(NotFoundError):
        customers.delete_customer(with_orders["ann"])


def test_customer_without_orders_deletes_with_zero(customers, query):
    cid = _add(customers, "Zoe")
    assert customers.delete_customer(cid) == 0
    assert query("SELECT count(*) FROM customers") == [(0,)]


def test_customer_on_an_open_sale_cannot_be_deleted(controllers, with_orders, query):
    controllers.sale.set_customer(with_orders["bob"])
    controllers.sale.scan("TEA")
    with pytest.raises(ConflictError, match="sale in progress"):
        controllers.customers.delete_customer(with_orders["bob"])
    assert query("SELECT count(*) FROM customers WHERE id = ?", with_orders["bob"]) == [(1,)]
    assert query("SELECT count(*) FROM orders WHERE customer_id = ?", with_orders["bob"]) == [(2,)]
    controllers.sale.pay_cash()
    assert controllers.customers.delete_customer(with_orders["bob"]) == 2


def test_customer_search_pages_and_counts(customers, with_orders):
    _add(customers, "Carla Diaz", "carla@shop.example", "0171 555")
    _add(customers, "100% Cotton Ltd", "", "")

    def names(search=""):
        source = customers.customers(search)
        rows = source.fetch(0, 50)
        assert source.count() == len(rows)
        return [row.name for row in rows]

    assert names() == ["100% Cotton Ltd", "Ann", "Bob", "Carla Diaz"]
    assert names("aN") == ["Ann"]  # case-insensitive substring
    assert names("shop.example") == ["Carla Diaz"]
    assert names("0171") == ["Carla Diaz"]
    assert names("carla diaz") == ["Carla Diaz"]
    assert names("carla bob") == []  # every word must match
    assert names("%") == ["100% Cotton Ltd"]  # a literal percent sign, not a wildcard
    assert names("_") == []
    rows = {row.name: row.order_count for row in customers.customers().fetch(0, 50)}
    assert rows == {"100% Cotton Ltd": 0, "Ann": 2, "Bob": 1, "Carla Diaz": 0}
    assert [row.name for row in customers.customers().fetch(1, 2)] == ["Ann", "Bob"]


def test_customer_with_sales_in_a_closed_shift_is_not_deleted(controllers, with_orders, query):
    controllers.shifts.close_shift({})
    with pytest.raises(ConflictError, match="Ann has 2 sales in closed shifts"):
        controllers.customers.delete_customer(with_orders["ann"])
    assert query("SELECT count(*) FROM orders WHERE customer_id = ?", with_orders["ann"]) == [(2,)]
    assert query("SELECT count(*) FROM customers") == [(2,)]
    # A customer whose sales are all in the open shift can still go, as before.
    controllers.shifts.open_shift("Sam", "0")
    cid = _add(controllers.customers, "Cy")
    _paid_sale(controllers, cid, "TEA")
    assert controllers.customers.delete_customer(cid) == 1
