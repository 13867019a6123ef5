"""The demo shop: a believable catalog and four weeks of sales that obey the till's own invariants."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from stdnum import ean

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.domain.money import from_minor
from pos_app.domain.pricing import LineInput, price_cart
from pos_app.domain.validation import validate_customer
from pos_app.services.demo import DemoReport, seed_demo


def query(db_path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql, params).fetchall()


def counts(db_path: Path) -> dict[str, int]:
    tables = ("items", "customers", "orders", "order_items", "payments")
    return {table: query(db_path, f"SELECT count(*) FROM {table}")[0][0] for table in tables}


@pytest.fixture
def db_url(db_path: Path) -> str:
    """A new shop: migrated, no shift open yet (the demo opens and closes its own)."""
    url = sqlite_url(db_path)
    upgrade_database(url)
    return url


@pytest.fixture
def seeded(controllers: AppControllers, db_path: Path) -> DemoReport:
    started = time.perf_counter()
    report = seed_demo(controllers.uow)
    print(f"\ndemo seed: {time.perf_counter() - started:.2f} s")
    assert report is not None
    return report


def test_report_matches_the_database(seeded: DemoReport, db_path: Path) -> None:
    assert counts(db_path) == {
        "items": seeded.items,
        "customers": seeded.customers,
        "orders": seeded.orders,
        "order_items": seeded.order_lines,
        "payments": seeded.payments,
    }
    (takings,) = query(db_path, "SELECT sum(total) FROM orders")[0]
    assert seeded.takings == from_minor(takings)
    assert seeded.summary().startswith(f"Demo shop added: {seeded.items} items, {seeded.customers} customers")


def test_catalog_has_200_items_with_valid_in_store_ean13(seeded: DemoReport, db_path: Path) -> None:
    rows = query(db_path, "SELECT sku, barcode, name, price, tax_rate, stock, active FROM items")
    assert len(rows) >= 200
    barcodes = [row[1] for row in rows]
    assert all(len(code) == 13 and code.startswith("200") and ean.validate(code) for code in barcodes)
    assert len(set(barcodes)) == len(rows)
    assert len({row[0] for row in rows}) == len(rows)
    assert {row[0].split("-")[0] for row in rows} >= {"DAI", "BAK", "FRU", "PAN", "SNA", "BEV", "HOU"}
    assert "Dark chocolate 70% 100 g" in {row[2] for row in rows}
    assert all(row[3] > 0 for row in rows)
    assert {row[4] for row in rows} == {0, 1000, 2000}  # 0 %, 10 %, 20 % in hundredths
    assert all(0 <= row[5] <= 200 for row in rows)
    assert all(row[6] for row in rows)


def test_customers_have_unique_emails(seeded: DemoReport, db_path: Path) -> None:
    rows = query(db_path, "SELECT name, email FROM customers")
    assert len(rows) >= 25
    emails = [email for _name, email in rows]
    assert None not in emails
    assert len(set(emails)) == len(emails)


def test_orders_are_paid_over_four_weeks_in_shop_hours(seeded: DemoReport, db_path: Path) -> None:
    rows = query(db_path, "SELECT status, created_at, paid_at, customer_id FROM orders")
    assert {row[0] for row in rows} == {"paid"}
    created = [datetime.fromisoformat(row[1]) for row in rows]
    paid = [datetime.fromisoformat(row[2]) for row in rows]
    assert all(p > c for c, p in zip(created, paid, strict=True))
    assert len({c.date() for c in created}) >= 21
    assert (max(created) - min(created)).days >= 21
    assert max(paid) < datetime.now(UTC).replace(tzinfo=None)
    local_hours = {c.replace(tzinfo=UTC).astimezone().hour for c in created}
    assert min(local_hours) >= 8
    assert max(local_hours) < 20
    per_day = [n for (n,) in query(db_path, "SELECT count(*) FROM orders GROUP BY date(created_at)")]
    assert sum(per_day) / len(per_day) >= 15
    with_customer = sum(1 for row in rows if row[3] is not None)
    assert 0 < with_customer < len(rows)


def test_order_totals_equal_the_sum_of_their_lines(seeded: DemoReport, db_path: Path) -> None:
    # Shelf prices include tax (the default setting): a line's gross is price x quantity.
    mismatched = query(
        db_path,
        """
        SELECT o.id FROM orders o
        LEFT JOIN (
            SELECT order_id, sum(price_paid * quantity) AS gross, count(*) AS lines
            FROM order_items GROUP BY order_id
        ) l ON l.order_id = o.id
        WHERE l.gross IS NULL OR o.total != l.gross OR o.subtotal + o.tax_total != o.total
            OR l.lines NOT BETWEEN 1 AND 6
        """,
    )
    assert mismatched == []


def test_order_tax_is_what_the_till_computes(seeded: DemoReport, db_path: Path) -> None:
    lines: dict[int, list[LineInput]] = {}
    for order_id, price, quantity, rate in query(
        db_path, "SELECT order_id, price_paid, quantity, tax_rate FROM order_items"
    ):
        lines.setdefault(order_id, []).append(LineInput(from_minor(price), quantity, from_minor(rate)))
    for order_id, subtotal, tax in query(db_path, "SELECT id, subtotal, tax_total FROM orders"):
        totals = price_cart(lines[order_id], prices_include_tax=True)
        assert (totals.subtotal, totals.tax) == (from_minor(subtotal), from_minor(tax))


def test_lines_carry_the_item_price_and_rate(seeded: DemoReport, db_path: Path) -> None:
    differing = query(
        db_path,
        """
        SELECT l.id FROM order_items l JOIN items i ON i.id = l.item_id
        WHERE l.price_paid != i.price OR l.tax_rate != i.tax_rate OR l.quantity < 1
        """,
    )
    assert differing == []
    # One line per item and order, as the till merges repeated scans.
    repeated = "SELECT 1 FROM order_items GROUP BY order_id, item_id HAVING count(*) > 1"
    assert query(db_path, repeated) == []


def test_every_order_has_one_cash_or_card_payment(seeded: DemoReport, db_path: Path) -> None:
    bad = query(
        db_path,
        """
        SELECT o.id FROM orders o LEFT JOIN payments p ON p.order_id = o.id
        GROUP BY o.id
        HAVING count(p.id) != 1 OR min(p.method) NOT IN ('cash', 'card') OR min(p.amount) != o.total
            OR min(p.tendered) < o.total OR min(p.tendered - p.change_given) != o.total
            OR min(p.created_at) != o.paid_at
            OR (min(p.method) = 'card' AND (min(p.change_given) != 0 OR min(p.reference) IS NULL))
        """,
    )
    assert bad == []
    methods = dict(query(db_path, "SELECT method, count(*) FROM payments GROUP BY method"))
    assert methods["cash"] > 0
    assert methods["card"] > 0


def test_every_day_is_a_closed_shift_whose_drawer_adds_up(seeded: DemoReport, db_path: Path) -> None:
    shifts = query(
        db_path,
        """
        SELECT s.id, s.opening_float, s.expected_cash, s.counted_cash,
               (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN orders o ON o.id = p.order_id
                WHERE o.shift_id = s.id AND p.method = 'cash')
        FROM shifts s WHERE s.closed_at IS NOT NULL
        """,
    )
    assert len(shifts) == seeded.days
    for _id, opening_float, expected, counted, cash_sales in shifts:
        assert expected == opening_float + cash_sales
        assert abs(counted - expected) <= 100
    assert query(db_path, "SELECT count(*) FROM orders WHERE shift_id IS NULL") == [(0,)]
    # Today's shift is left open so the demo till can sell straight away.
    assert query(db_path, "SELECT count(*) FROM shifts WHERE closed_at IS NULL") == [(1,)]


def test_tax_per_rate_adds_up_to_each_order(seeded: DemoReport, db_path: Path) -> None:
    bad = query(
        db_path,
        """
        SELECT o.id FROM orders o JOIN order_taxes t ON t.order_id = o.id
        GROUP BY o.id HAVING sum(t.tax) != o.tax_total OR sum(t.net) + sum(t.tax) != o.total
        """,
    )
    assert bad == []
    rates = query(db_path, "SELECT name FROM tax_rates ORDER BY percent")
    assert rates == [("Zero",), ("Reduced",), ("Standard",)]
    unpriced = "SELECT count(*) FROM order_items WHERE net + tax != gross OR tax_name = ''"
    assert query(db_path, unpriced) == [(0,)]
    (with_change,) = query(db_path, "SELECT count(*) FROM payments WHERE change_given > 0")[0]
    assert with_change > 0


def test_foreign_keys_hold(seeded: DemoReport, db_path: Path) -> None:
    assert query(db_path, "PRAGMA foreign_key_check") == []


def test_every_items_stock_is_the_sum_of_its_journal(seeded: DemoReport, db_path: Path) -> None:
    off_the_journal = (
        "SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
        " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0)"
    )
    assert query(db_path, off_the_journal) == []
    # A sale movement per paid line, dated when it was paid, and nothing else but openings.
    assert query(
        db_path,
        "SELECT count(*) FROM stock_movements m JOIN orders o ON o.id = m.order_id"
        " JOIN order_items l ON l.order_id = o.id AND l.item_id = m.item_id"
        " WHERE m.kind = 'sale' AND m.change = -l.quantity AND m.created_at = o.paid_at",
    ) == [(seeded.order_lines,)]
    assert query(db_path, "SELECT kind, count(*) FROM stock_movements GROUP BY kind ORDER BY kind") == [
        ("opening", seeded.items),
        ("sale", seeded.order_lines),
    ]
    # Each opening count is dated before the item's first sale.
    assert query(
        db_path,
        "SELECT count(*) FROM stock_movements s JOIN stock_movements o"
        " ON o.item_id = s.item_id AND o.kind = 'opening'"
        " WHERE s.kind = 'sale' AND s.created_at <= o.created_at",
    ) == [(0,)]


def test_seeded_shop_works_at_the_till(
    seeded: DemoReport, controllers: AppControllers, db_path: Path
) -> None:
    barcode, stock = query(db_path, "SELECT barcode, stock FROM items WHERE stock > 0 ORDER BY id LIMIT 1")[0]

    result = controllers.sale.scan(barcode)
    receipt = controllers.sale.pay_cash(Decimal("50.00"))

    assert result.added is not None
    assert receipt.total == result.added.price
    assert query(db_path, "SELECT stock FROM items WHERE barcode = ?", barcode) == [(stock - 1,)]
    assert [row.sku for row in controllers.catalog.items("whole milk").fetch(0, 5)] == ["DAI-0001"]


def test_second_call_adds_nothing(seeded: DemoReport, controllers: AppControllers, db_path: Path) -> None:
    before = counts(db_path)

    assert seed_demo(controllers.uow) is None

    assert counts(db_path) == before


def test_shop_with_an_item_is_left_alone(
    controllers: AppControllers, db_path: Path, make_item: Callable[..., int]
) -> None:
    make_item("My own item")

    assert seed_demo(controllers.uow) is None

    assert counts(db_path) == {"items": 1, "customers": 0, "orders": 0, "order_items": 0, "payments": 0}


def test_existing_customer_email_is_not_duplicated(controllers: AppControllers, db_path: Path) -> None:
    controllers.customers.add_customer(validate_customer(name="Anna", email="anna.schmidt@example.com"))

    report = seed_demo(controllers.uow)

    assert report is not None
    assert query(db_path, "SELECT count(*) FROM customers WHERE email = 'anna.schmidt@example.com'") == [(1,)]
    assert counts(db_path)["customers"] == report.customers + 1


def _seed_fresh(tmp_path: Path, name: str, seed: int) -> list[tuple[Any, ...]]:
    path = tmp_path / name
    url = sqlite_url(path)
    upgrade_database(url)
    app = AppControllers(url)
    try:
        assert seed_demo(app.uow, seed=seed) is not None
    finally:
        app.close()
    return query(path, "SELECT sku, barcode, name, price, stock FROM items ORDER BY id") + query(
        path, "SELECT item_id, quantity FROM order_items ORDER BY id"
    )


def test_same_seed_same_shop(tmp_path: Path) -> None:
    first = _seed_fresh(tmp_path, "a.sqlite3", 7)
    again = _seed_fresh(tmp_path, "b.sqlite3", 7)
    other = _seed_fresh(tmp_path, "c.sqlite3", 8)

    assert first == again
    assert first != other
