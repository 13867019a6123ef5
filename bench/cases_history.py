"""The owner's side over the whole order history: a page at any depth, and the sales report by day.

History: a page of 100 read by HistoryPageSource (the history screen's source) right after the
page before it (scrolling), at depths from the top to the end, against the same keyset SQL in
sqlite3. Report: ReportsController.sales_by_day() over every order, against the very statement
it sends, captured from the engine and run with sqlite3 (the target is the overhead above SQL).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from bench.context import Context, milliseconds
from bench.report import CaseResult
from bench.shop_data import raw_connection
from bench.timing import interleaved
from pos_app.controllers.app import AppControllers
from pos_app.controllers.order_history import HistoryFilter
from pos_app.controllers.order_history_pages import HistoryPageSource
from pos_app.db.engine import sqlite_url

PAGE = 100
RAW_PAGE = """
SELECT o.id, o.receipt_no, o.created_at, o.paid_at, c.name, s.cashier, o.status,
       (SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE order_id = o.id), o.total,
       (SELECT COALESCE(SUM(total), 0) FROM refunds WHERE order_id = o.id)
FROM (SELECT id FROM orders WHERE created_at <= ? AND (created_at < ? OR id < ?)
      ORDER BY created_at DESC, id DESC LIMIT ?) AS page
JOIN orders o ON o.id = page.id
LEFT JOIN customers c ON c.id = o.customer_id
LEFT JOIN shifts s ON s.id = o.shift_id
ORDER BY o.created_at DESC, o.id DESC
"""


def history_cases(context: Context) -> list[CaseResult]:
    app = AppControllers(sqlite_url(context.reading_copy))
    try:
        return [_history_page(context, app), _report(context, app)]
    finally:
        app.close()


def _history_page(context: Context, app: AppControllers) -> CaseResult:
    source = HistoryPageSource(app.history, HistoryFilter(), page_size=PAGE)
    total = source.count()
    last_full = (total // PAGE - 1) * PAGE
    depths = sorted({PAGE, *(total * tenths // 10 // PAGE * PAGE for tenths in (1, 5, 9)), last_full})
    # The key each page is read after: the last row of the page before it (as when scrolling).
    keys = {}
    for depth in depths:
        key = source.fetch(depth - PAGE, PAGE)[-1].key
        keys[depth] = (key.created_at.isoformat(" ", "microseconds"), key.id)
    per_depth: dict[int, tuple[list[float], list[float]]] = {depth: ([], []) for depth in depths}
    db = raw_connection(context.reading_copy)
    try:
        for depth in depths:  # both variants must read the same orders
            stamp, key_id = keys[depth]
            expected = [row[0] for row in db.execute(RAW_PAGE, (stamp, stamp, key_id, PAGE))]
            assert [row.id for row in source.fetch(depth, PAGE)] == expected, depth

        def ours(number: int) -> float:
            depth = depths[number % len(depths)]
            started = time.perf_counter()
            rows = source.fetch(depth, PAGE)
            elapsed = time.perf_counter() - started
            assert len(rows) == PAGE
            if number >= 0:
                per_depth[depth][0].append(elapsed)
            return elapsed

        def raw(number: int) -> float:
            depth = depths[number % len(depths)]
            stamp, key_id = keys[depth]
            started = time.perf_counter()
            rows = db.execute(RAW_PAGE, (stamp, stamp, key_id, PAGE)).fetchall()
            elapsed = time.perf_counter() - started
            assert len(rows) == PAGE
            if number >= 0:
                per_depth[depth][1].append(elapsed)
            return elapsed

        rounds = max(context.size.quick_rounds, 10 * len(depths))
        interleaved(rounds, ours, raw, warmup=len(depths))
    finally:
        db.close()
    medians = {d: (statistics.median(o), statistics.median(r)) for d, (o, r) in per_depth.items()}
    worst = max(medians, key=lambda d: medians[d][0] / medians[d][1])
    ours_ms, raw_ms = milliseconds(medians[worst][0]), milliseconds(medians[worst][1])
    ratio = round(medians[worst][0] / medians[worst][1], 2)
    return CaseResult(
        "history_page",
        f"Order history page of 100 at any depth of {total:,} orders (HistoryPageSource.fetch)",
        "ms",
        ours_ms,
        raw_ms,
        ratio,
        "ratio ≤ 2 at every depth",
        ratio <= 2,
        rounds,
        {
            "figures_are": f"the worst depth ({worst:,})",
            **{
                f"at_{d}": f"{milliseconds(o)} vs {milliseconds(r)} ms ({o / r:.2f}x)"
                for d, (o, r) in medians.items()
            },
        },
    )


@contextmanager
def _captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """The statements (SQL text, parameters) `engine` sends to sqlite3 inside the block."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _report(context: Context, app: AppControllers) -> CaseResult:
    with _captured(app.engine) as sent:
        expected = app.reports.sales_by_day()
    selects = [(sql, params) for sql, params in sent if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    sql, params = max(selects, key=lambda sent_one: len(sent_one[0]))  # the report, not a permission read
    db = raw_connection(context.reading_copy)
    try:
        assert len(db.execute(sql, params).fetchall()) == len(expected)

        def ours(_round: int) -> float:
            started = time.perf_counter()
            days = app.reports.sales_by_day()
            elapsed = time.perf_counter() - started
            assert len(days) == len(expected)
            return elapsed

        def raw(_round: int) -> float:
            started = time.perf_counter()
            rows = db.execute(sql, params).fetchall()
            elapsed = time.perf_counter() - started
            assert len(rows) == len(expected)
            return elapsed

        rounds = context.size.slow_rounds
        samples = interleaved(rounds, ours, raw, warmup=1)
    finally:
        db.close()
    ours_ms, raw_ms = milliseconds(samples.ours_median), milliseconds(samples.raw_median)
    ratio = round(samples.ours_median / samples.raw_median, 2)
    return CaseResult(
        "sales_by_day",
        "Sales report by day over every order (ReportsController.sales_by_day)",
        "ms",
        ours_ms,
        raw_ms,
        ratio,
        "ratio ≤ 1.2",
        ratio <= 1.2,
        rounds,
        {"days": len(expected)},
    )
