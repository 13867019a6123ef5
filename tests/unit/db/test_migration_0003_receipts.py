"""Revision 0003 on a shop that already has sales: paid orders are numbered 1, 2, 3 … in the
order they were paid (drafts and voids get none), and a downgrade that would turn card
payments into cash is refused."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from alembic import command

from pos_app.db.engine import sqlite_url


def test_existing_paid_orders_are_numbered_in_paid_order(run_alembic, tmp_path):
    path = tmp_path / "shop.sqlite3"
    url = sqlite_url(path)
    run_alembic(url, command.upgrade, "0002")
    with closing(sqlite3.connect(path)) as shop:
        shop.executescript(
            """
            INSERT INTO orders (id, status, created_at, paid_at, subtotal, tax_total, total) VALUES
                (1, 'paid',  '2026-01-01 09:00', '2026-01-01 09:30', 0, 0, 100),
                (2, 'paid',  '2026-01-01 09:05', '2026-01-01 09:10', 0, 0, 200),
                (3, 'void',  '2026-01-01 09:20', NULL,               0, 0, 300),
                (4, 'paid',  '2026-01-01 10:00', '2026-01-01 10:01', 0, 0, 400),
                (5, 'draft', '2026-01-01 11:00', NULL,               0, 0, 500);
            """
        )
        shop.commit()
    run_alembic(url, command.upgrade, "0003")
    with closing(sqlite3.connect(path)) as shop:
        numbered = shop.execute("SELECT id, receipt_no FROM orders ORDER BY id").fetchall()
        assert numbered == [(1, 2), (2, 1), (3, None), (4, 3), (5, None)]
        with pytest.raises(sqlite3.IntegrityError, match="paid_has_receipt_no"):
            shop.execute("UPDATE orders SET status = 'paid' WHERE id = 5")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            shop.execute("UPDATE orders SET receipt_no = 1 WHERE id = 4")


def test_downgrade_with_card_payments_is_refused(run_alembic, tmp_path):
    path = tmp_path / "shop.sqlite3"
    url = sqlite_url(path)
    run_alembic(url, command.upgrade, "0003")
    with closing(sqlite3.connect(path)) as shop:
        shop.executescript(
            """
            INSERT INTO orders (id, status, created_at, paid_at, receipt_no, subtotal, tax_total, total)
                VALUES (1, 'paid', '2026-01-01', '2026-01-01', 1, 0, 0, 100);
            INSERT INTO payments (order_id, method, amount, tendered, change_given, created_at, reference)
                VALUES (1, 'card', 100, 100, 0, '2026-01-01', 'slip 7');
            """
        )
        shop.commit()
    with pytest.raises(RuntimeError, match="card or voucher payments exist"):
        run_alembic(url, command.downgrade, "0002")
    with closing(sqlite3.connect(path)) as shop:
        assert shop.execute("SELECT version_num FROM alembic_version").fetchall() == [("0003",)]
        assert shop.execute("SELECT method, reference FROM payments").fetchall() == [("card", "slip 7")]
