"""The purge tests' shop: months of history, made by the real code, then aged.

`old_shop` seeds the demo shop (four weeks of closed shifts with returns, discounts, voids,
cash movements and counts), moves all of it AGE_DAYS back with raw SQL (the closed-shift
guards are dropped for that one statement and put back exactly as they were), adds an
abandoned draft and an abandoned parked sale from long ago, then through the controllers rings
up today's sales, returns part of an old sale today and leaves a sale open on the till.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.domain.refund_payouts import RefundDestination
from pos_app.domain.validation import validate_item
from pos_app.services.demo import seed_demo

# The demo's four weeks end yesterday; aged by this, they run from AGE_DAYS + 28 to AGE_DAYS + 1 days ago.
AGE_DAYS = 80
# Orders of those four weeks before this many days ago go with CUTOFF; the rest stays.
CUTOFF_DAYS = 95
ANCIENT_DAYS = 400

TIMESTAMPS = {
    "orders": ("created_at", "paid_at", "parked_at"),
    "payments": ("created_at",),
    "refunds": ("created_at",),
    "cash_movements": ("created_at",),
    "stock_movements": ("created_at",),
    "items": ("created_at", "updated_at"),
}


def run_sql(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """One statement on a connection of its own: what is really stored."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, params).fetchall()


def age_history(path: Path, days: int) -> None:
    """Move every recorded time (except the open shift's) `days` back, guards lifted for it alone."""
    with closing(sqlite3.connect(path)) as connection:
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        with connection:
            for name, _sql in triggers:
                connection.execute(f"DROP TRIGGER {name}")
            shift = f"'-{days} days'"
            for table, columns in TIMESTAMPS.items():
                sets = ", ".join(f"{column} = datetime({column}, {shift})" for column in columns)
                connection.execute(f"UPDATE {table} SET {sets}")
            connection.execute(
                f"UPDATE shifts SET opened_at = datetime(opened_at, {shift}), "
                f"closed_at = datetime(closed_at, {shift}) WHERE closed_at IS NOT NULL"
            )
            for _name, sql in triggers:
                connection.execute(sql)
        after = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    assert sorted(after) == sorted(triggers)


def add_abandoned(path: Path, days: int, statuses: tuple[str, ...] = ("draft", "parked")) -> list[int]:
    """A draft and a parked sale (one line each) left `days` ago; their ids."""
    with closing(sqlite3.connect(path)) as connection, connection:
        item_id, price = connection.execute("SELECT id, price FROM items ORDER BY id LIMIT 1").fetchone()
        ids = []
        for status in statuses:
            label = "Back after lunch" if status == "parked" else None
            cursor = connection.execute(
                "INSERT INTO orders (status, created_at, park_label, parked_at, subtotal, tax_total, total)"
                " VALUES (?, datetime('now', ?), ?, CASE WHEN ? IS NULL THEN NULL"
                " ELSE datetime('now', ?) END, ?, 0, ?)",
                (status, f"-{days} days", label, label, f"-{days} days", price, price),
            )
            connection.execute(
                "INSERT INTO order_items (order_id, item_id, quantity, price_paid, list_price, tax_rate,"
                " net, tax, gross) VALUES (?, ?, 1, ?, ?, 0, ?, 0, ?)",
                (cursor.lastrowid, item_id, price, price, price, price),
            )
            ids.append(int(cursor.lastrowid or 0))
    return ids


@dataclass(frozen=True)
class OldShop:
    """The aged demo shop and what the fixture did to it today."""

    path: Path
    url: str
    cutoff: date
    returned_old_order: int  # an order before the cut-off, partly returned today: it stays
    paid_late_order: int  # a draft from before the cut-off, resumed and paid today: it stays
    abandoned_draft: int
    abandoned_parked: int
    old_void: int
    today_orders: tuple[int, ...]


def build_old_shop(path: Path, *, age_days: int = AGE_DAYS, today_sales: int = 3) -> OldShop:
    url = sqlite_url(path)
    upgrade_database(url)
    app = AppControllers(url)
    try:
        assert seed_demo(app.uow, settings=app.settings) is not None
    finally:
        app.close()
    age_history(path, age_days)
    # A sale started long ago and left open: the till resumes it on start and it is paid today.
    [paid_late] = add_abandoned(path, ANCIENT_DAYS, ("draft",))
    cutoff = date.today() - timedelta(days=CUTOFF_DAYS)
    app = AppControllers(url)
    try:
        item_id = app.catalog.add_item(
            validate_item(
                sku="TODAY-1", barcode="", name="Fresh bread", price="2.50", stock="50", tax_rate="0"
            )
        )
        sku = run_sql(path, "SELECT sku FROM items WHERE id = ?", item_id)[0][0]
        today_orders = []
        for _ in range(today_sales):
            app.sale.scan(sku)
            today_orders.append(app.sale.pay_cash().order_id)
        # A sale from before the cut-off, brought back today: it and its return stay.
        receipt_no, order_id = run_sql(
            path,
            "SELECT receipt_no, id FROM orders WHERE status = 'paid' AND created_at < datetime('now', ?)"
            " AND id NOT IN (SELECT order_id FROM refunds) ORDER BY id LIMIT 1",
            f"-{CUTOFF_DAYS + 3} days",
        )[0]
        sale = app.returns.find_sale(str(receipt_no))
        app.returns.refund(
            order_id, {sale.lines[0].order_item_id: 1}, "Found at the back", RefundDestination.CASH
        )
        app.sale.scan(sku)  # left open on the till
    finally:
        app.close()
    draft, parked, voided = add_abandoned(path, ANCIENT_DAYS, ("draft", "parked", "void"))
    app = AppControllers(url)  # resumes the sale left open today, the newest draft
    try:
        today_orders.append(app.sale.pay_cash().order_id)
        app.sale.scan(sku)  # the sale open on the till now: the newest draft and order, it stays
    finally:
        app.close()
    assert paid_late in today_orders
    return OldShop(
        path=path,
        url=url,
        cutoff=cutoff,
        returned_old_order=order_id,
        paid_late_order=paid_late,
        abandoned_draft=draft,
        abandoned_parked=parked,
        old_void=voided,
        today_orders=tuple(today_orders),
    )
