"""Migration 0009 on a shop with sales: users arrive empty, the sales and shifts get NULL links, the
closed-shift triggers stay; the downgrade removes the table and the links and keeps every sale."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from pos_app.db.engine import sqlite_url

OLD_SHOP = """
INSERT INTO items (id, sku, name, price, stock, tax_rate, active, created_at, updated_at)
    VALUES (1, 'TEA', 'Tea', 350, 9, 0, 1, '2026-01-01', '2026-01-01');
INSERT INTO shifts (id, register, cashier, opened_at, opening_float)
    VALUES (1, 'main', 'Ann', '2026-01-02 08:00', 0);
INSERT INTO orders (id, status, created_at, paid_at, receipt_no, shift_id, subtotal, tax_total, total)
    VALUES (1, 'paid', '2026-01-02 09:00', '2026-01-02 09:01', 1, 1, 350, 0, 350);
INSERT INTO order_items (order_id, item_id, quantity, price_paid, list_price, tax_rate, net, tax, gross)
    VALUES (1, 1, 1, 350, 350, 0, 350, 0, 350);
UPDATE shifts SET closed_at = '2026-01-02 18:00', expected_cash = 350, counted_cash = 350;
INSERT INTO shifts (id, register, cashier, opened_at, opening_float)
    VALUES (2, 'main', 'Ben', '2026-01-03 08:00', 0);
"""


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as shop:
        return shop.execute(sql).fetchall()


def triggers(path: Path) -> set[tuple[str, str]]:
    return set(rows(path, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def columns(path: Path, table: str) -> set[str]:
    return {name for _cid, name, *_ in rows(path, f"PRAGMA table_info({table})")}


@pytest.fixture
def shop_at_0008(run_alembic, tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    run_alembic(sqlite_url(path), command.upgrade, "0008")
    with closing(sqlite3.connect(path)) as shop:
        shop.executescript(OLD_SHOP)
        shop.commit()
    return path


def test_upgrade_and_downgrade_keep_the_sales_and_the_guards(run_alembic, shop_at_0008: Path) -> None:
    url = sqlite_url(shop_at_0008)
    guards = triggers(shop_at_0008)
    assert guards  # the closed-shift guards of 0004/0008 are there to keep

    run_alembic(url, command.upgrade, "0009")

    assert rows(shop_at_0008, "SELECT id, receipt_no, total, cashier_id FROM orders") == [(1, 1, 350, None)]
    assert rows(shop_at_0008, "SELECT id, cashier, user_id FROM shifts ORDER BY id") == [
        (1, "Ann", None),
        (2, "Ben", None),
    ]
    assert rows(shop_at_0008, "SELECT count(*) FROM users") == [(0,)]
    assert triggers(shop_at_0008) == guards  # untouched, text and all
    with closing(sqlite3.connect(shop_at_0008)) as shop:
        shop.execute("PRAGMA foreign_keys = ON")
        shop.execute(
            "INSERT INTO users (id, name, role, pin_hash, active, failed_attempts, created_at)"
            " VALUES (1, 'Ben', 'cashier', '$argon2id$x', 1, 0, '2026-01-03')"
        )
        shop.execute("UPDATE shifts SET user_id = 1 WHERE id = 2")
        shop.execute(
            "INSERT INTO orders (status, created_at, shift_id, subtotal, tax_total, total, cashier_id)"
            " VALUES ('draft', '2026-01-03 09:00', NULL, 0, 0, 0, 1)"
        )
        # A sale in the closed shift is still guarded, its cashier link included.
        with pytest.raises(sqlite3.IntegrityError, match="closed shift"):
            shop.execute("UPDATE orders SET cashier_id = 1 WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            shop.execute("UPDATE orders SET cashier_id = 99 WHERE id = 2")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            shop.execute("DELETE FROM users WHERE id = 1")
        shop.commit()

    run_alembic(url, command.downgrade, "0008")

    assert rows(shop_at_0008, "SELECT id, receipt_no, total FROM orders ORDER BY id") == [
        (1, 1, 350),
        (2, None, 0),
    ]
    assert rows(shop_at_0008, "SELECT id, cashier FROM shifts ORDER BY id") == [(1, "Ann"), (2, "Ben")]
    assert "cashier_id" not in columns(shop_at_0008, "orders")
    assert "user_id" not in columns(shop_at_0008, "shifts")
    assert "users" not in {name for (name,) in rows(shop_at_0008, "SELECT name FROM sqlite_master")}
    assert triggers(shop_at_0008) == guards
    assert rows(shop_at_0008, "PRAGMA foreign_key_check") == []

    run_alembic(url, command.upgrade, "0009")
    assert rows(shop_at_0008, "SELECT count(*) FROM users") == [(0,)]
    assert triggers(shop_at_0008) == guards
