"""Volume: an items import of 100k rows (and a CI-sized one), with its throughput printed.

Not a timed assertion (the machines are shared and noisy; the benchmark harness comes later):
the test prints rows/s for adding into an empty catalog and for updating every row, and checks
that everything landed, the search index included.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.services.csv_import import apply_plan, plan_items

HEADER = "sku,barcode,name,price,stock,tax_rate"


def catalog_file(path: Path, count: int, gtin, version: str = "") -> Path:
    lines = [HEADER] + [
        f"BULK-{n:06d},{gtin(n)},Bulk item {n}{version},{n % 500}.{(n + len(version)) % 100:02d},"
        f"{n % 90 + len(version)},{(0, 10, 20)[n % 3]}"
        for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def timed_import(app: AppControllers, path: Path) -> tuple[float, float, object]:
    started = time.perf_counter()
    plan = plan_items(app.uow, path)
    planned = time.perf_counter()
    report = apply_plan(app.uow, plan)
    return planned - started, time.perf_counter() - planned, report


@pytest.mark.parametrize("count", [5_000, 100_000], ids=["ci-5k", "100k"])
def test_items_import_throughput(
    controllers: AppControllers, tax_rate, db_path: Path, tmp_path: Path, gtin, count: int
) -> None:
    for percent in ("0", "10", "20"):
        tax_rate(percent)

    plan_s, apply_s, added = timed_import(controllers, catalog_file(tmp_path / "add.csv", count, gtin))
    total = plan_s + apply_s
    print(
        f"\n{count:,} items added: {count / total:,.0f} rows/s "
        f"(plan {plan_s:.2f} s, apply {apply_s:.2f} s, total {total:.2f} s)"
    )
    plan_s, apply_s, updated = timed_import(
        controllers, catalog_file(tmp_path / "upd.csv", count, gtin, " v2")
    )
    total = plan_s + apply_s
    print(
        f"{count:,} items updated: {count / total:,.0f} rows/s "
        f"(plan {plan_s:.2f} s, apply {apply_s:.2f} s, total {total:.2f} s)"
    )

    assert (added.added, updated.updated) == (count, count)  # type: ignore[attr-defined]
    with sqlite3.connect(db_path) as connection:
        (stored,) = connection.execute("SELECT count(*) FROM items WHERE name LIKE '% v2'").fetchone()
        (found,) = connection.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'v2'").fetchone()
        (old_names,) = connection.execute(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'bulk NOT v2'"
        ).fetchone()
        connection.execute("INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
        (off_the_journal,) = connection.execute(
            "SELECT count(*) FROM (SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
            " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0))"
        ).fetchone()
        triggers = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'items_fts_after_%'"
        ).fetchone()
    connection.close()
    assert (stored, found, old_names, off_the_journal, triggers) == (count, count, 0, 0, (3,))
