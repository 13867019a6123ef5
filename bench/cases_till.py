"""At the till: scan to line shown, the barcode lookup alone, and the checkout commit.

pos_app runs through its controllers (and, for the scan, the sell screen offscreen, as a
scanner's Enter reaches it); the raw variant does the same reads and writes with plain sqlite3
on the same file, autocommit connection, the app's pragmas (WAL, synchronous=FULL).
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.context import Context, milliseconds
from bench.report import CaseResult
from bench.shop_data import barcode, raw_connection
from bench.timing import interleaved
from pos_app.controllers.app import AppControllers
from pos_app.controllers.item_queries import lookup_code
from pos_app.db.engine import sqlite_url

LINES_PER_SALE = 10  # scans per sale before it is paid (untimed) and a new one begins
CHECKOUT_LINES = 5

LOOKUP_SQL = """
SELECT id, sku, barcode, name, price, stock, tax_rate, active,
       COALESCE((SELECT name FROM tax_rates WHERE percent = items.tax_rate), '')
FROM items WHERE barcode = ? OR sku = ?
ORDER BY CASE WHEN barcode = ? THEN 0 ELSE 1 END LIMIT 1
"""
NEW_DRAFT_SQL = """
INSERT INTO orders (status, created_at, subtotal, tax_total, total, cash_rounding, discount_total)
VALUES ('draft', ?, 0, 0, 0, 0, 0)
"""
ADD_LINE_SQL = """
INSERT INTO order_items (order_id, item_id, quantity, price_paid, list_price, tax_rate, tax_name,
                         line_discount, order_discount, net, tax, gross)
VALUES (?, ?, 1, ?, ?, ?, ?, 0, 0, ?, ?, ?)
"""
ADD_TO_TOTALS_SQL = """
UPDATE orders SET subtotal = subtotal + ?, tax_total = tax_total + ?, total = total + ?
WHERE id = ? AND status = 'draft'
"""


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _split(gross: int, rate: int) -> tuple[int, int]:
    """(net, tax) of a tax-inclusive price in minor units, rounding half up as the app does."""
    net = (2 * gross * 10000 + (10000 + rate)) // (2 * (10000 + rate))
    return net, gross - net


class _Items:
    """Item ids handed out in turn from a range, so that every sale's lines are distinct items."""

    def __init__(self, first: int, last: int) -> None:
        self._ids: Iterator[int] = itertools.cycle(range(first, last + 1))

    def next(self) -> int:
        return next(self._ids)


def _raw_scan(db: sqlite3.Connection, order_id: int, code: str) -> None:
    item = db.execute(LOOKUP_SQL, (code, code, code)).fetchone()
    item_id, price, rate, tax_name = item[0], item[4], item[6], item[8]
    net, tax = _split(price, rate)
    db.execute("BEGIN IMMEDIATE")
    db.execute(ADD_LINE_SQL, (order_id, item_id, price, price, rate, tax_name, net, tax, price))
    db.execute(ADD_TO_TOTALS_SQL, (net, tax, price, order_id))
    db.execute("COMMIT")


def till_cases(context: Context) -> list[CaseResult]:
    from pos_app.ui.sell_screen import SellScreen  # widgets only once the QApplication exists

    path = context.fresh_copy("till")
    app = AppControllers(sqlite_url(path))
    db = raw_connection(path)
    half = context.size.items // 2
    ours_items, raw_items = _Items(1, half), _Items(half + 1, context.size.items)
    rounds = context.size.quick_rounds
    results = []
    try:
        # -- scan to line shown ------------------------------------------------------------
        screen = SellScreen(app.sale, app.customers, shifts=app.shifts)
        screen.show()
        field = screen.scan_field
        scans = {"ours": 0, "raw": 0}
        raw_order = [0]

        def ours_scan(_round: int) -> float:
            if scans["ours"] % LINES_PER_SALE == 0 and app.sale.cart().lines:
                app.sale.pay_cash()
            field.setText(barcode(ours_items.next()))
            started = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_Return)
            elapsed = time.perf_counter() - started
            scans["ours"] += 1
            shown = screen.cart_model.rowCount()
            assert shown == (scans["ours"] - 1) % LINES_PER_SALE + 1, (shown, screen.message.text())
            return elapsed

        def raw_scan(_round: int) -> float:
            if scans["raw"] % LINES_PER_SALE == 0:
                raw_order[0] = db.execute(NEW_DRAFT_SQL, (_now(),)).lastrowid or 0
            code = barcode(raw_items.next())
            started = time.perf_counter()
            _raw_scan(db, raw_order[0], code)
            elapsed = time.perf_counter() - started
            scans["raw"] += 1
            return elapsed

        samples = interleaved(rounds, ours_scan, raw_scan, warmup=3)
        if app.sale.cart().lines:
            app.sale.pay_cash()
        # The data-layer cases below measure the controllers alone, as raw measures sqlite3 alone:
        # the sell screen goes, so its slots no longer repaint the cart inside their timings.
        screen.close()
        screen.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        ours_ms, raw_ms = milliseconds(samples.ours_median), milliseconds(samples.raw_median)
        results.append(
            CaseResult(
                "scan_to_line_shown",
                "Scan → line shown (lookup, line committed, cart model updated)",
                "ms",
                ours_ms,
                raw_ms,
                round(ours_ms / raw_ms, 2),
                "median < 3 ms",
                ours_ms < 3,
                rounds,
                samples.tails_ms(),
            )
        )

        # -- barcode lookup in the data layer ----------------------------------------------
        def ours_lookup(_round: int) -> float:
            code = barcode(ours_items.next())
            started = time.perf_counter()
            # As the scan runs it: one SELECT, no BEGIN/COMMIT around it on SQLite.
            with app.uow.single_statement() as connection:
                found = lookup_code(connection, code)
            elapsed = time.perf_counter() - started
            assert found is not None
            return elapsed

        def raw_lookup(_round: int) -> float:
            code = barcode(raw_items.next())
            started = time.perf_counter()
            found = db.execute(LOOKUP_SQL, (code, code, code)).fetchone()
            elapsed = time.perf_counter() - started
            assert found is not None
            return elapsed

        samples = interleaved(rounds * 3, ours_lookup, raw_lookup, warmup=10)
        ours_ms, raw_ms = milliseconds(samples.ours_median), milliseconds(samples.raw_median)
        ratio = round(ours_ms / raw_ms, 2)
        results.append(
            CaseResult(
                "barcode_lookup",
                "Barcode lookup (item_queries.lookup_code, no transaction)",
                "ms",
                ours_ms,
                raw_ms,
                ratio,
                "ratio ≤ 5",
                ratio <= 5,
                rounds * 3,
            )
        )

        # -- checkout commit ---------------------------------------------------------------
        def ours_checkout(_round: int) -> float:
            for _ in range(CHECKOUT_LINES):
                with app.uow.single_statement() as connection:
                    item = lookup_code(connection, barcode(ours_items.next()))
                assert item is not None
                app.sale.add_item(item)
            started = time.perf_counter()
            app.sale.pay_cash()
            return time.perf_counter() - started

        def raw_checkout(_round: int) -> float:
            order_id = db.execute(NEW_DRAFT_SQL, (_now(),)).lastrowid or 0
            for _ in range(CHECKOUT_LINES):
                _raw_scan(db, order_id, barcode(raw_items.next()))
            started = time.perf_counter()
            _raw_pay(db, order_id)
            return time.perf_counter() - started

        samples = interleaved(rounds, ours_checkout, raw_checkout, warmup=2)
        ours_ms, raw_ms = milliseconds(samples.ours_median), milliseconds(samples.raw_median)
        ratio = round(ours_ms / raw_ms, 2)
        results.append(
            CaseResult(
                "checkout_commit",
                "Checkout commit: 5 lines, payment, stock, synchronous=FULL (SaleController.pay_cash)",
                "ms",
                ours_ms,
                raw_ms,
                ratio,
                "ratio ≤ 3",
                ratio <= 3,
                rounds,
                samples.tails_ms(),
            )
        )
    finally:
        db.close()
        app.close()
    return results


def _raw_pay(db: sqlite3.Connection, order_id: int) -> None:
    """What SaleController.pay does for an exact-cash sale, in one sqlite3 transaction."""
    paid_at = _now()
    db.execute("BEGIN IMMEDIATE")
    lines = db.execute(
        "SELECT item_id, quantity, tax_name, tax_rate, net, tax, gross FROM order_items WHERE order_id = ?",
        (order_id,),
    ).fetchall()
    net = sum(line[4] for line in lines)
    tax = sum(line[5] for line in lines)
    total = sum(line[6] for line in lines)
    db.execute(
        "UPDATE orders SET subtotal = ?, tax_total = ?, total = ?, discount_total = 0"
        " WHERE id = ? AND status = 'draft'",
        (net, tax, total, order_id),
    )
    shift_id = db.execute("SELECT id FROM shifts WHERE closed_at IS NULL LIMIT 1").fetchone()[0]
    receipt_no = db.execute("SELECT COALESCE(MAX(receipt_no), 0) + 1 FROM orders").fetchone()[0]
    db.execute(
        "UPDATE orders SET status = 'paid', paid_at = ?, receipt_no = ?, cash_rounding = 0, shift_id = ?"
        " WHERE id = ? AND status = 'draft'",
        (paid_at, receipt_no, shift_id, order_id),
    )
    db.executemany("UPDATE items SET stock = stock - ? WHERE id = ?", [(line[1], line[0]) for line in lines])
    db.execute(
        "INSERT INTO stock_movements (item_id, change, kind, order_id, created_at)"
        " SELECT item_id, -quantity, 'sale', order_id, ? FROM order_items WHERE order_id = ?",
        (paid_at, order_id),
    )
    db.execute(
        "INSERT INTO payments (order_id, method, amount, tendered, change_given, created_at)"
        " VALUES (?, 'cash', ?, ?, 0, ?)",
        (order_id, total, total, paid_at),
    )
    per_rate: dict[tuple[str, int], list[int]] = {}
    for line in lines:
        sums = per_rate.setdefault((line[2], line[3]), [0, 0])
        sums[0] += line[4]
        sums[1] += line[5]
    db.executemany(
        "INSERT INTO order_taxes (order_id, tax_name, tax_rate, net, tax) VALUES (?, ?, ?, ?, ?)",
        [(order_id, name, rate, sums[0], sums[1]) for (name, rate), sums in per_rate.items()],
    )
    db.execute("COMMIT")
