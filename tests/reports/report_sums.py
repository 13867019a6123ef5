"""Report figures computed independently of pos_app: line-level raw SQL with sqlite3, summed per key
in Python (local dates by zoneinfo in the tests). Imported by the report tests as a plain module."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FIGURES = ("orders", "units", "gross_sales", "discounts", "refunds", "net_sales", "tax", "total_collected")


@dataclass(frozen=True)
class Event:
    """One sale or one return, summed from its own lines, payments and tenders (minor units)."""

    at: datetime  # aware UTC
    customer_id: int | None
    cashier: str
    figures: tuple[int, ...]  # in FIGURES order


def events(db_path: Path) -> list[Event]:
    """Every paid sale and every return of one, summed line by line with raw SQL."""
    with closing(sqlite3.connect(db_path)) as connection:
        sales = connection.execute(
            """
            SELECT o.paid_at, o.customer_id, s.cashier, l.units, l.gross, l.disc, l.net, l.tax,
                   COALESCE(p.amount, 0)
            FROM orders o
            JOIN shifts s ON s.id = o.shift_id
            JOIN (SELECT order_id, SUM(quantity) AS units,
                         SUM(gross + line_discount + order_discount) AS gross,
                         SUM(line_discount + order_discount) AS disc, SUM(gross) AS net, SUM(tax) AS tax
                  FROM order_items GROUP BY order_id) l ON l.order_id = o.id
            LEFT JOIN (SELECT order_id, SUM(amount) AS amount FROM payments GROUP BY order_id) p
                   ON p.order_id = o.id
            WHERE o.status = 'paid'
            """
        ).fetchall()
        returns = connection.execute(
            """
            SELECT r.created_at, o.customer_id, s.cashier, l.units, l.gross, l.tax, COALESCE(t.amount, 0)
            FROM refunds r
            JOIN orders o ON o.id = r.order_id
            JOIN shifts s ON s.id = r.shift_id
            JOIN (SELECT refund_id, SUM(quantity) AS units, SUM(gross) AS gross, SUM(tax) AS tax
                  FROM refund_lines GROUP BY refund_id) l ON l.refund_id = r.id
            LEFT JOIN (SELECT refund_id, SUM(amount) AS amount FROM refund_tenders GROUP BY refund_id) t
                   ON t.refund_id = r.id
            WHERE o.status = 'paid'
            """
        ).fetchall()
    found = [
        Event(_utc(at), customer, cashier, (1, units, gross, disc, 0, net, tax, paid))
        for at, customer, cashier, units, gross, disc, net, tax, paid in sales
    ]
    found += [
        Event(_utc(at), customer, cashier, (0, -units, 0, 0, gross, -gross, -tax, -paid))
        for at, customer, cashier, units, gross, tax, paid in returns
    ]
    return found


def _utc(stored: str) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def expected_by(db_path: Path, key: Callable[[Event], object]) -> dict[object, tuple[int, ...]]:
    """The figures per key, summed in Python over `events`."""
    sums: dict[object, list[int]] = defaultdict(lambda: [0] * len(FIGURES))
    for event in events(db_path):
        row = sums[key(event)]
        for index, value in enumerate(event.figures):
            row[index] += value
    return {k: tuple(v) for k, v in sums.items()}


def in_cents(figures: object) -> tuple[int, ...]:
    """A report's SalesFigures as integers (money in cents), in FIGURES order."""
    values = [getattr(figures, name) for name in FIGURES]
    return tuple(int(value * 100) if not isinstance(value, int) else value for value in values)
