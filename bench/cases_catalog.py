"""The back office's catalog: search-as-you-type over the items, and a CSV import of items.

Search: each keystroke of words typed letter by letter (one-letter prefixes included) is one
page of 50 from CatalogController.items(text), against the same FTS5 prefix query, filter,
order and limit in sqlite3. Import: plan + apply of an items CSV into an empty shop, against
sqlite3 reading the same CSV and `executemany`-ing the rows (the schema's search-index trigger
fires for both) and their opening stock movements, one transaction each.
"""

from __future__ import annotations

import csv
import statistics
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from stdnum import ean

from bench.context import Context, milliseconds
from bench.report import CaseResult
from bench.shop_data import raw_connection
from bench.timing import interleaved
from pos_app.controllers.app import AppControllers
from pos_app.controllers.item_queries import fts_query
from pos_app.db.engine import sqlite_url
from pos_app.services.csv_import import apply_plan, plan_items

PAGE = 50
TYPED = ("coffee", "smoked salmon", "b", "organic tea", "h", "w", "crisps", "12 pack", "zen", "m")
SEARCH_SQL = """
SELECT id, sku, barcode, name, price, stock, tax_rate, active,
       COALESCE((SELECT name FROM tax_rates WHERE percent = items.tax_rate), '')
FROM items
WHERE id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?) AND active = 1
ORDER BY name, id LIMIT ? OFFSET 0
"""
STAMP = "2026-01-01 00:00:00.000000"
INSERT_ITEM_SQL = """
INSERT INTO items (sku, barcode, name, price, stock, tax_rate, active, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
"""
OPENINGS_SQL = """
INSERT INTO stock_movements (item_id, change, kind, reason, created_at)
SELECT id, stock, 'opening', 'Imported', created_at FROM items WHERE stock != 0
"""


def keystrokes() -> list[str]:
    """What the search field holds after each key: "c", "co", "cof", ... for every text typed."""
    return [text[:end] for text in TYPED for end in range(1, len(text) + 1) if not text[:end].endswith(" ")]


def catalog_cases(context: Context) -> list[CaseResult]:
    return [_search(context), _import(context)]


def _search(context: Context) -> CaseResult:
    app = AppControllers(sqlite_url(context.reading_copy))
    db = raw_connection(context.reading_copy)
    texts = keystrokes()
    per_text: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    try:

        def ours(number: int) -> float:
            text = texts[number % len(texts)]
            started = time.perf_counter()
            rows = app.catalog.items(text).fetch(0, PAGE)
            elapsed = time.perf_counter() - started
            assert rows, text
            if number >= 0:
                per_text[text][0].append(elapsed)
            return elapsed

        def raw(number: int) -> float:
            text = texts[number % len(texts)]
            started = time.perf_counter()
            rows = db.execute(SEARCH_SQL, (fts_query(text), PAGE)).fetchall()
            elapsed = time.perf_counter() - started
            assert rows, text
            if number >= 0:
                per_text[text][1].append(elapsed)
            return elapsed

        rounds = 10 * len(texts)  # ten samples of every keystroke
        samples = interleaved(rounds, ours, raw, warmup=len(texts))
    finally:
        db.close()
        app.close()
    medians = {text: (statistics.median(o), statistics.median(r)) for text, (o, r) in per_text.items()}
    worst_text = max(medians, key=lambda text: medians[text][0])
    worst_ratio_text = max(medians, key=lambda text: medians[text][0] / medians[text][1])
    one_letter = [medians[text][0] for text in medians if len(text) == 1]
    ours_ms, raw_ms = milliseconds(samples.ours_median), milliseconds(samples.raw_median)
    ratio = round(ours_ms / raw_ms, 2)
    slowest_ms = milliseconds(medians[worst_text][0])
    return CaseResult(
        "search_as_you_type",
        "Search-as-you-type, first 50 (CatalogController.items(text).fetch)",
        "ms",
        ours_ms,
        raw_ms,
        ratio,
        "ratio ≤ 2 and < 5 ms per keystroke",
        ratio <= 2 and slowest_ms < 5,
        rounds,
        {
            "keystrokes": len(texts),
            "raw_is": "the same FTS5 prefix query, filter, ORDER BY name and LIMIT 50",
            "slowest_keystroke": f"'{worst_text}' {slowest_ms} ms"
            f" (raw {milliseconds(medians[worst_text][1])})",
            "one_letter_slowest_ms": milliseconds(max(one_letter)),
            "worst_ratio_keystroke": f"'{worst_ratio_text}' "
            f"{medians[worst_ratio_text][0] / medians[worst_ratio_text][1]:.2f}",
        },
    )


def _gtin(n: int) -> str:
    base = f"20{n:010d}"
    return base + ean.calc_check_digit(base)


def write_items_csv(path: Path, count: int) -> None:
    """The CSV bench/items_import_floor.py imports: sku, barcode, name, price, stock, tax rate."""
    path.write_text(
        "sku,barcode,name,price,stock,tax_rate\n"
        + "".join(
            f"BULK-{n:06d},{_gtin(n)},Bulk item {n},{n % 500}.{n % 100:02d},{n % 90},{(0, 10, 20)[n % 3]}\n"
            for n in range(count)
        ),
        encoding="utf-8",
    )


def _import(context: Context) -> CaseResult:
    count = context.size.import_rows
    csv_file = context.folder / "items.csv"
    write_items_csv(csv_file, count)
    target = context.folder / "import.sqlite3"

    def ours(_round: int) -> float:
        app = AppControllers(sqlite_url(context.files.copy_empty(target)))
        try:
            started = time.perf_counter()
            report = apply_plan(app.uow, plan_items(app.uow, csv_file))
            elapsed = time.perf_counter() - started
        finally:
            app.close()
        assert report.added == count, report
        return elapsed

    def raw(_round: int) -> float:
        db = raw_connection(context.files.copy_empty(target))
        try:
            started = time.perf_counter()
            with csv_file.open(newline="", encoding="utf-8") as handle:
                reader = csv.reader(handle)
                next(reader)
                rows = [
                    (sku, code, name, int(Decimal(price) * 100), int(stock), int(rate) * 100, STAMP, STAMP)
                    for sku, code, name, price, stock, rate in reader
                ]
            db.execute("BEGIN IMMEDIATE")
            db.executemany(INSERT_ITEM_SQL, rows)
            db.execute(OPENINGS_SQL)
            db.execute("COMMIT")
            elapsed = time.perf_counter() - started
            assert db.execute("SELECT COUNT(*) FROM items").fetchone()[0] == count
        finally:
            db.close()
        return elapsed

    rounds = context.size.slow_rounds
    samples = interleaved(rounds, ours, raw, warmup=0)
    ours_rate, raw_rate = count / samples.ours_median, count / samples.raw_median
    ratio = round(ours_rate / raw_rate, 2)
    return CaseResult(
        "items_import",
        f"Items import, {count:,} rows (plan_items + apply_plan)",
        "rows/s",
        round(ours_rate),
        round(raw_rate),
        ratio,
        "≥ 0.5 of raw throughput",
        ratio >= 0.5,
        rounds,
        {
            "ours_s": round(samples.ours_median, 3),
            "raw_s": round(samples.raw_median, 3),
            "ratio_is": "raw time / ours time",
        },
    )
