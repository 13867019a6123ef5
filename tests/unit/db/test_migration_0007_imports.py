"""Migration 0007 on a shop with sales: import_ref and order_imports arrive empty, the sales and the
closed-shift triggers stay; the downgrade removes both and keeps every sale."""

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
"""


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as shop:
        return shop.execute(sql).fetchall()


def triggers(path: Path) -> set[str]:
    return {name for (name,) in rows(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}


@pytest.fixture
def shop_at_0006(run_alembic, tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    run_alembic(sqlite_url(path), command.upgrade, "0006")
    with closing(sqlite3.connect(path)) as shop:
        shop.executescript(OLD_SHOP)
        shop.commit()
    return path


def test_upgrade_and_downgrade_keep_the_sales(run_alembic, shop_at_0006: Path) -> None:
    url = sqlite_url(shop_at_0006)
    guards = triggers(shop_at_0006)

    run_alembic(url, command.upgrade, "0007")

    assert rows(shop_at_0006, "SELECT id, receipt_no, total, import_ref FROM orders") == [(1, 1, 350, None)]
    assert rows(shop_at_0006, "SELECT count(*) FROM order_imports") == [(0,)]
    assert triggers(shop_at_0006) == guards
    with closing(sqlite3.connect(shop_at_0006)) as shop:
        shop.execute(
            "INSERT INTO orders (status, created_at, subtotal, tax_total, total, import_ref)"
            " VALUES ('void', '2026-01-03', 0, 0, 0, 'X-1')"
        )
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            shop.execute(
                "INSERT INTO orders (status, created_at, subtotal, tax_total, total, import_ref)"
                " VALUES ('void', '2026-01-03', 0, 0, 0, 'X-1')"
            )
        shop.execute(
            "INSERT INTO order_imports (file_name, imported_at, shift_id, order_count, line_count,"
            " skipped_count) VALUES ('old.csv', '2026-01-04', 1, 1, 1, 0)"
        )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            shop.execute(
                "INSERT INTO order_imports (file_name, imported_at, shift_id, order_count, line_count,"
                " skipped_count) VALUES ('none.csv', '2026-01-04', 1, 0, 0, 0)"
            )
        # The sale in the closed shift is still guarded.
        with pytest.raises(sqlite3.IntegrityError, match="closed shift"):
            shop.execute("UPDATE orders SET total = 1 WHERE id = 1")
        shop.commit()

    run_alembic(url, command.downgrade, "0006")

    assert rows(shop_at_0006, "SELECT id, receipt_no, total FROM orders ORDER BY id") == [
        (1, 1, 350),
        (2, None, 0),
    ]
    columns = {name for _cid, name, *_ in rows(shop_at_0006, "PRAGMA table_info(orders)")}
    assert "import_ref" not in columns
    assert "order_imports" not in {name for (name,) in rows(shop_at_0006, "SELECT name FROM sqlite_master")}
    assert triggers(shop_at_0006) == guards
    assert rows(shop_at_0006, "PRAGMA foreign_key_check") == []
