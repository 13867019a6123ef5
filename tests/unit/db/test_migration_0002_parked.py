"""A shop file written by revision 0001 upgraded to head (0002 rebuilds orders, 0003 numbers
receipts): every order, line and payment survives, with a verified backup taken first."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from alembic import command

import pos_app.db.migrate as migrate
from pos_app.db.engine import sqlite_url


def test_0001_shop_upgrades_to_0002_keeping_every_row(run_alembic, tmp_path):
    path = tmp_path / "old-shop.sqlite3"
    url = sqlite_url(path)
    run_alembic(url, command.upgrade, "0001")
    with closing(sqlite3.connect(path)) as old:
        old.executescript(
            """
            INSERT INTO items (id, sku, barcode, name, price, stock, tax_rate, active, created_at, updated_at)
                VALUES (1, 'TEA', '4006381333931', 'Tea', 250, 9, 2000, 1, '2026-01-01', '2026-01-01');
            INSERT INTO orders (id, status, created_at, paid_at, subtotal, tax_total, total)
                VALUES (1, 'paid', '2026-01-02', '2026-01-02', 417, 83, 500),
                       (2, 'draft', '2026-01-03', NULL, 208, 42, 250);
            INSERT INTO order_items (order_id, item_id, quantity, price_paid, tax_rate)
                VALUES (1, 1, 2, 250, 2000), (2, 1, 1, 250, 2000);
            INSERT INTO payments (order_id, method, amount, tendered, change_given, created_at)
                VALUES (1, 'cash', 500, 1000, 500, '2026-01-02');
            """
        )
        old.commit()

    result = migrate.upgrade_database(url)

    assert (result.before, result.after) == ("0001", migrate.head_revision())
    assert result.backup is not None
    with closing(sqlite3.connect(path)) as new:
        orders = new.execute("SELECT id, status, total, park_label, receipt_no FROM orders ORDER BY id")
        # 0003 numbers the paid sale; the draft gets its number only when paid.
        assert orders.fetchall() == [(1, "paid", 500, None, 1), (2, "draft", 250, None, None)]
        assert new.execute("SELECT order_id, quantity FROM order_items ORDER BY id").fetchall() == [
            (1, 2),
            (2, 1),
        ]
        assert new.execute("SELECT order_id, tendered FROM payments").fetchall() == [(1, 1000)]
        assert new.execute("PRAGMA foreign_key_check").fetchall() == []
        indexes = {row[0] for row in new.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'orders'")}
        assert {"ix_orders_created_at", "ix_orders_customer_id", "ix_orders_status_created_at"} <= indexes


def test_downgrade_turns_parked_sales_back_into_drafts(run_alembic, tmp_path):
    path = tmp_path / "shop.sqlite3"
    url = sqlite_url(path)
    run_alembic(url, command.upgrade, "0002")
    with closing(sqlite3.connect(path)) as shop:
        shop.execute(
            "INSERT INTO orders (status, created_at, subtotal, tax_total, total, park_label, parked_at)"
            " VALUES ('parked', '2026-01-03', 0, 0, 0, 'Table 4', '2026-01-03')"
        )
        shop.commit()
    run_alembic(url, command.downgrade, "0001")
    with closing(sqlite3.connect(path)) as shop:
        assert shop.execute("SELECT status FROM orders").fetchall() == [("draft",)]
