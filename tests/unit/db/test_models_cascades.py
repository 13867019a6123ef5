"""Guards what deleting does on the real migrated file: delete-orphan lines, ON DELETE CASCADE through
unloaded orders and customers (which needs foreign_keys=ON), RESTRICT on sold items, and money columns
that store exact integers."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from pos_app.db.engine import create_app_engine
from pos_app.db.models import Customer, Item, Order, OrderItem, OrderStatus, Payment, Shift
from pos_app.domain.money import MoneyError
from pos_app.domain.pricing import LineInput, price_cart


@pytest.fixture
def engine(db_url):
    engine = create_app_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def new_session(engine):
    return sessionmaker(bind=engine, expire_on_commit=False)


@pytest.fixture
def shop(new_session) -> dict[str, int]:
    """A customer with one paid order (three lines, one payment), and a walk-in order with one line."""
    with new_session() as session:
        items = [Item(sku=f"S{n}", name=f"Item {n}", price=Decimal("1.50"), stock=10) for n in range(3)]
        customer = Customer(name="Ann")
        shift = session.scalars(select(Shift)).one()  # the shift the db_url fixture opened
        order = Order(
            customer=customer, status=OrderStatus.PAID.value, receipt_no=1, total=Decimal("4.50"), shift=shift
        )
        order.items = [OrderItem(item=item, quantity=1, price_paid=item.price) for item in items]
        order.payments = [
            Payment(amount=Decimal("4.50"), tendered=Decimal("5.00"), change_given=Decimal("0.50"))
        ]
        other = Order(items=[OrderItem(item=items[0], quantity=2, price_paid=Decimal("1.50"))])
        session.add_all([order, other])
        session.commit()
        return {"customer": customer.id, "order": order.id, "other": other.id}


def test_popping_a_line_deletes_its_row_with_one_delete(new_session, shop, query, statement_log, engine):
    with new_session() as session:
        order = session.get(Order, shop["order"])
        assert len(order.items) == 3
        popped_id = order.items[0].id
        with statement_log(engine) as statements:
            order.items.pop(0)
            session.commit()
    deletes = statements.starting("DELETE")
    assert deletes == ["DELETE FROM order_items WHERE order_items.id = ?"]
    assert query("SELECT count(*) FROM order_items WHERE id = ?", popped_id) == [(0,)]
    assert query("SELECT count(*) FROM order_items WHERE order_id = ?", shop["order"]) == [(2,)]


def test_deleting_an_order_with_unloaded_lines_cascades_in_the_database(
    new_session, shop, query, statement_log, engine
):
    with new_session() as session:
        order = session.get(Order, shop["order"])
        assert "items" not in order.__dict__
        assert "payments" not in order.__dict__
        with statement_log(engine) as statements:
            session.delete(order)
            session.commit()
    # passive_deletes: no SELECT of the children, a single DELETE; SQLite removes the rest.
    assert statements.selects() == []
    assert statements.starting("DELETE") == ["DELETE FROM orders WHERE orders.id = ?"]
    assert query("SELECT count(*) FROM order_items WHERE order_id = ?", shop["order"]) == [(0,)]
    assert query("SELECT count(*) FROM payments") == [(0,)]
    # The other order, the customer and the catalog are untouched.
    assert query("SELECT count(*) FROM order_items WHERE order_id = ?", shop["other"]) == [(1,)]
    assert query("SELECT count(*) FROM items") == [(3,)]
    assert query("SELECT count(*) FROM customers") == [(1,)]


def test_deleting_a_customer_removes_their_orders_lines_and_payments(new_session, shop, query):
    with new_session() as session:
        session.delete(session.get(Customer, shop["customer"]))
        session.commit()
    assert query("SELECT id FROM orders") == [(shop["other"],)]
    assert query("SELECT order_id FROM order_items") == [(shop["other"],)]
    assert query("SELECT count(*) FROM payments") == [(0,)]
    assert query("SELECT count(*) FROM items") == [(3,)]


def test_without_foreign_keys_the_cascade_would_not_happen(db_path, shop):
    # The control for the two tests above: a connection without PRAGMA foreign_keys leaves orphans.
    with closing(sqlite3.connect(db_path)) as plain:
        plain.execute("DELETE FROM orders WHERE id = ?", (shop["order"],))
        assert (
            plain.execute("SELECT count(*) FROM order_items WHERE order_id = ?", (shop["order"],)).fetchone()[
                0
            ]
            == 3
        )
        plain.rollback()


def test_sold_item_cannot_be_deleted(new_session, shop, query):
    with new_session() as session:
        item_id = session.scalars(
            select(OrderItem.item_id).where(OrderItem.order_id == shop["order"])
        ).first()
        session.delete(session.get(Item, item_id))
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            session.commit()
    assert query("SELECT count(*) FROM items WHERE id = ?", item_id) == [(1,)]


def test_moving_a_line_to_another_order(new_session, shop, query):
    with new_session() as session:
        line = session.scalars(select(OrderItem).where(OrderItem.order_id == shop["order"])).first()
        line.order = session.get(Order, shop["other"])
        session.commit()
        line_id = line.id
    assert query("SELECT order_id FROM order_items WHERE id = ?", line_id) == [(shop["other"],)]


def test_large_amounts_are_stored_and_read_back_exactly(new_session, query):
    price, quantity, rate = Decimal("99999999.99"), 99_999, Decimal("7.7")
    totals = price_cart([LineInput(price, quantity, rate)] * 999, prices_include_tax=False)
    assert totals.total == Decimal("10759122406624086.99")
    with new_session() as session:
        item = Item(sku="BIG", name="Big", price=price, stock=0, tax_rate=rate)
        order = Order(subtotal=totals.subtotal, tax_total=totals.tax, total=totals.total)
        order.items = [
            OrderItem(item=item, quantity=quantity, price_paid=price, tax_rate=rate) for _ in range(999)
        ]
        session.add(order)
        session.commit()
        order_id = order.id
    assert query("SELECT total, typeof(total) FROM orders") == [(1075912240662408699, "integer")]
    assert query("SELECT sum(price_paid * quantity) FROM order_items") == [(998990009900100999,)]
    assert query("SELECT DISTINCT price_paid, tax_rate FROM order_items") == [(9999999999, 770)]
    with new_session() as session:
        stored = session.get(Order, order_id)
        assert (stored.subtotal, stored.tax_total, stored.total) == (
            totals.subtotal,
            totals.tax,
            totals.total,
        )
        assert str(stored.total) == "10759122406624086.99"
        assert stored.items[0].tax_rate == Decimal("7.70")
    # The control: through REAL (what Numeric becomes on SQLite) the cents are gone.
    with closing(sqlite3.connect(":memory:")) as plain:
        real = plain.execute("SELECT CAST(? AS REAL)", (str(totals.total),)).fetchone()[0]
    assert f"{real:.2f}" != str(totals.total)


def test_money_column_refuses_sub_cent_amounts(new_session, query):
    with new_session() as session:
        session.add(Item(sku="X", name="X", price=Decimal("1.005"), stock=0))
        with pytest.raises(StatementError) as caught:
            session.commit()
        assert isinstance(caught.value.orig, MoneyError)
    assert query("SELECT count(*) FROM items") == [(0,)]


def test_database_checks_refuse_bad_rows(new_session):
    with new_session() as session:
        session.add(Item(sku="NEG", name="Negative", price=Decimal("-1.00"), stock=0))
        with pytest.raises(IntegrityError, match="price_not_negative"):
            session.commit()
        session.rollback()
        session.add(Order(status="open"))
        with pytest.raises(IntegrityError, match="status_known"):
            session.commit()


def test_delete_without_loading_does_not_select(engine, shop, statement_log):
    # Counting guard for the lazy path above: listing statements must not miss SELECTs.
    with Session(engine) as session, statement_log(engine) as statements:
        session.get(Order, shop["order"]).items  # noqa: B018 - the lazy load is the point
    assert len(statements.selects()) == 2
