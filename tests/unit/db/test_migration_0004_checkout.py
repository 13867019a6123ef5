"""A shop file at revision 0003 upgraded through 0004: lines get their amounts, paid sales their
tax per rate and a closed "Before shifts" shift, and that closed shift is then immutable."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command

import pos_app.db.migrate as migrate
from pos_app.db.engine import sqlite_url
from pos_app.domain.pricing import OrderLine, price_order
from pos_app.domain.tax import RoundingPolicy, TaxRate

OLD_SHOP = """
INSERT INTO items (id, sku, barcode, name, price, stock, tax_rate, active, created_at, updated_at)
    VALUES (1, 'TEA', NULL, 'Tea', 333, 9, 2000, 1, '2026-01-01', '2026-01-01'),
           (2, 'NEWS', NULL, 'Paper', 150, 9, 0, 1, '2026-01-01', '2026-01-01'),
           (3, 'JAM', NULL, 'Jam', 275, 9, 550, 1, '2026-01-01', '2026-01-01');
INSERT INTO orders (id, status, created_at, paid_at, receipt_no, subtotal, tax_total, total)
    VALUES (1, 'paid', '2026-01-02 09:00', '2026-01-02 09:01', 1, 0, 0, 1491),
           (2, 'paid', '2026-01-03 10:00', '2026-01-03 10:02', 2, 0, 0, 333),
           (3, 'draft', '2026-01-04 11:00', NULL, NULL, 0, 0, 275);
INSERT INTO order_items (order_id, item_id, quantity, price_paid, tax_rate)
    VALUES (1, 1, 3, 333, 2000), (1, 2, 1, 150, 0), (1, 3, 1, 275, 550),
           (2, 1, 1, 333, 2000), (3, 3, 1, 275, 550);
INSERT INTO payments (order_id, method, amount, tendered, change_given, reference, created_at)
    VALUES (1, 'card', 1000, 1000, 0, '4321', '2026-01-02 09:01'),
           (1, 'cash', 491, 500, 9, NULL, '2026-01-02 09:01'),
           (2, 'cash', 333, 333, 0, NULL, '2026-01-03 10:02');
"""


@pytest.fixture
def upgraded(run_alembic, tmp_path: Path) -> Path:
    path = tmp_path / "old-shop.sqlite3"
    run_alembic(sqlite_url(path), command.upgrade, "0003")
    with closing(sqlite3.connect(path)) as old:
        old.executescript(OLD_SHOP)
        old.commit()
    result = migrate.upgrade_database(sqlite_url(path))
    assert (result.before, result.after) == ("0003", migrate.head_revision())
    assert result.backup is not None
    return path


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as shop:
        return shop.execute(sql).fetchall()


def test_lines_get_the_amounts_the_till_charged(upgraded: Path) -> None:
    lines = rows(
        upgraded,
        "SELECT id, quantity, price_paid, list_price, tax_rate, tax_name, net, tax, gross"
        " FROM order_items ORDER BY id",
    )
    for _id, quantity, price, list_price, rate, name, net, tax, gross in lines:
        percent = Decimal(rate) / 100
        expected = price_order(
            [OrderLine(Decimal(price) / 100, quantity, TaxRate(name, percent))],
            prices_include_tax=True,
            rounding=RoundingPolicy(),
        ).lines[0]
        assert (Decimal(net) / 100, Decimal(tax) / 100, Decimal(gross) / 100) == (
            expected.net,
            expected.tax,
            expected.gross,
        )
        assert list_price == price
    assert rows(upgraded, "SELECT name, percent FROM tax_rates ORDER BY percent") == [
        ("Tax 0%", 0),
        ("Tax 5.5%", 550),
        ("Tax 20%", 2000),
    ]


def test_paid_sales_get_tax_per_rate_and_the_closed_before_shifts_shift(upgraded: Path) -> None:
    taxes = rows(upgraded, "SELECT order_id, tax_name, net, tax FROM order_taxes ORDER BY order_id, tax_rate")
    # 3 x 3.33 = 9.99 at 20 %: net 8.33, tax 1.66; 2.75 at 5.5 %: net 2.61, tax 0.14.
    assert taxes == [
        (1, "Tax 0%", 150, 0),
        (1, "Tax 5.5%", 261, 14),
        (1, "Tax 20%", 833, 166),
        (2, "Tax 20%", 278, 55),
    ]
    assert rows(
        upgraded,
        "SELECT cashier, opening_float, opened_at, closed_at, expected_cash, counted_cash FROM shifts",
    ) == [("Before shifts", 0, "2026-01-02 09:01", "2026-01-03 10:02", 491 + 333, 491 + 333)]
    assert rows(upgraded, "SELECT id, shift_id FROM orders ORDER BY id") == [(1, 1), (2, 1), (3, None)]
    assert rows(upgraded, "PRAGMA foreign_key_check") == []


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE orders SET total = 1 WHERE id = 1",
        "DELETE FROM orders WHERE id = 2",
        "DELETE FROM payments WHERE order_id = 1",
        "UPDATE order_items SET quantity = 9 WHERE order_id = 1",
        "INSERT INTO order_items (order_id, item_id, quantity, price_paid, list_price)"
        " VALUES (1, 2, 1, 1, 1)",
        "DELETE FROM order_taxes",
        "UPDATE shifts SET counted_cash = 0",
        "DELETE FROM shifts",
        "INSERT INTO cash_movements (shift_id, kind, amount, reason, created_at)"
        " VALUES (1, 'paid_out', 100, 'x', '2026-01-05')",
        "UPDATE orders SET status = 'paid', receipt_no = 3, paid_at = '2026-01-05', shift_id = 1"
        " WHERE id = 3",
    ],
)
def test_the_closed_shift_and_its_sales_cannot_change(upgraded: Path, change: str) -> None:
    with closing(sqlite3.connect(upgraded)) as shop:
        before = shop.execute("SELECT sum(total) FROM orders").fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="closed shift"):
            shop.execute(change)
        assert shop.execute("SELECT sum(total) FROM orders").fetchone() == before


def test_the_open_draft_stays_editable(upgraded: Path) -> None:
    with closing(sqlite3.connect(upgraded)) as shop:
        shop.execute("UPDATE order_items SET quantity = 2 WHERE order_id = 3")
        shop.execute("DELETE FROM orders WHERE id = 3")
        shop.commit()
    assert rows(upgraded, "SELECT count(*) FROM orders") == [(2,)]


def test_downgrade_is_refused_once_a_discount_exists(run_alembic, upgraded: Path) -> None:
    with closing(sqlite3.connect(upgraded)) as shop:
        shop.execute(
            "UPDATE order_items SET discount_kind = 'percent', discount_value = 1000,"
            " discount_reason = 'staff' WHERE order_id = 3"
        )
        shop.commit()
    run_alembic(sqlite_url(upgraded), command.downgrade, "0004")
    with pytest.raises(RuntimeError, match="returns or discounts exist"):
        run_alembic(sqlite_url(upgraded), command.downgrade, "0003")
    assert rows(upgraded, "SELECT version_num FROM alembic_version") == [("0004",)]


def test_downgrade_without_discounts_gives_back_the_0003_schema(run_alembic, upgraded: Path) -> None:
    run_alembic(sqlite_url(upgraded), command.downgrade, "0003")
    tables = {name for (name,) in rows(upgraded, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not tables & {"shifts", "order_taxes", "refunds", "tax_rates", "settings"}
    assert rows(upgraded, "SELECT id, status, total FROM orders ORDER BY id") == [
        (1, "paid", 1491),
        (2, "paid", 333),
        (3, "draft", 275),
    ]
    assert rows(upgraded, "SELECT count(*) FROM order_items") == [(5,)]
