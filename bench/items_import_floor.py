"""How fast can a 100k-item CSV import be? pos_app's import against the floors under it.

The back-office issue asks for 100,000 rows/s through the ORM bulk insert path. This script
measures, in the same run and on the same schema (interleaved rounds, medians):

- pos_app's whole items import: read, map, validate and plan the file, then write it in one
  transaction (ORM bulk insert, search index, stock journal, commit) - `plan_items` + `apply_plan`;
- the ORM bulk insert alone (`session.execute(insert(Item), rows)` of rows already validated,
  shared columns as SQL literals as pos_app does; no search index, no journal, no commit);
- the FTS5 search index for those rows alone (one INSERT ... SELECT);
- raw sqlite3 `executemany` of the same rows without the search index, and with the per-row
  search-index trigger the schema has (what any plain insert into this schema pays).

Run from the repository root: python bench/items_import_floor.py [--rows N] [--rounds R]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import DateTime, insert, literal_column, text, true
from sqlalchemy.orm import Session
from stdnum import ean

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import create_app_engine, sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.db.models import Item
from pos_app.services.csv_import import apply_plan, plan_items

STAMP = "2026-01-01 00:00:00.000000"


def gtin(n: int) -> str:
    base = f"20{n:010d}"
    return base + ean.calc_check_digit(base)


def fresh_database(folder: Path, name: str) -> Path:
    path = folder / f"{name}.sqlite3"
    for old in folder.glob(f"{name}.sqlite3*"):
        old.unlink()
    upgrade_database(sqlite_url(path))
    return path


def whole_import(folder: Path, csv_file: Path) -> float:
    path = fresh_database(folder, "ours")
    app = AppControllers(sqlite_url(path))
    try:
        for name, percent in (("Zero", "0"), ("Reduced", "10"), ("Standard", "20")):
            app.tax_rates.add_rate(name, percent)
        started = time.perf_counter()
        apply_plan(app.uow, plan_items(app.uow, csv_file))
        return time.perf_counter() - started
    finally:
        app.close()


def orm_insert_and_index(folder: Path, rows: list[dict[str, object]]) -> tuple[float, float]:
    engine = create_app_engine(sqlite_url(fresh_database(folder, "orm")))
    try:
        with Session(engine) as session:
            session.execute(text("DROP TRIGGER items_fts_after_insert"))
            stamp = literal_column(f"'{STAMP}'", DateTime)
            started = time.perf_counter()
            session.execute(insert(Item).values(active=true(), created_at=stamp, updated_at=stamp), rows)
            inserted = time.perf_counter()
            session.execute(
                text(
                    "INSERT INTO items_fts(rowid, name, sku, barcode)"
                    " SELECT id, name, sku, barcode FROM items"
                )
            )
            indexed = time.perf_counter()
            session.rollback()
        return inserted - started, indexed - inserted
    finally:
        engine.dispose()


def raw_executemany(folder: Path, rows: list[dict[str, object]], *, with_trigger: bool) -> float:
    connection = sqlite3.connect(fresh_database(folder, "raw"), isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        if not with_trigger:
            connection.execute("DROP TRIGGER items_fts_after_insert")
        values = [
            (r["sku"], r["barcode"], r["name"], r["price_minor"], r["stock"], 2000, 1, STAMP, STAMP)
            for r in rows
        ]
        started = time.perf_counter()
        connection.executemany(
            "INSERT INTO items (sku, barcode, name, price, stock, tax_rate, active, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        elapsed = time.perf_counter() - started
        connection.execute("ROLLBACK")
        return elapsed
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    count = args.rows
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        csv_file = folder / "items.csv"
        csv_file.write_text(
            "sku,barcode,name,price,stock,tax_rate\n"
            + "".join(
                f"BULK-{n:06d},{gtin(n)},Bulk item {n},{n % 500}.{n % 100:02d},"
                f"{n % 90},{(0, 10, 20)[n % 3]}\n"
                for n in range(count)
            ),
            encoding="utf-8",
        )
        orm_rows: list[dict[str, object]] = [
            {
                "sku": f"BULK-{n:06d}",
                "barcode": gtin(n),
                "name": f"Bulk item {n}",
                "price": Decimal(f"{n % 500}.{n % 100:02d}"),
                "stock": n % 90,
                "tax_rate": Decimal(20),
            }
            for n in range(count)
        ]
        raw_rows = [{**row, "price_minor": int(row["price"] * 100)} for row in orm_rows]  # type: ignore[operator]
        samples: dict[str, list[float]] = {
            label: []
            for label in (
                "pos_app whole import (plan + apply)",
                "ORM bulk insert alone",
                "FTS5 index of the new rows",
                "raw executemany, no search index",
                "raw executemany, per-row search trigger",
            )
        }
        for _ in range(args.rounds):  # interleaved: every variant once per round
            samples["pos_app whole import (plan + apply)"].append(whole_import(folder, csv_file))
            insert_s, index_s = orm_insert_and_index(folder, orm_rows)
            samples["ORM bulk insert alone"].append(insert_s)
            samples["FTS5 index of the new rows"].append(index_s)
            samples["raw executemany, no search index"].append(
                raw_executemany(folder, raw_rows, with_trigger=False)
            )
            samples["raw executemany, per-row search trigger"].append(
                raw_executemany(folder, raw_rows, with_trigger=True)
            )
        print(f"{count:,} items, median of {args.rounds} interleaved rounds")
        for label, times in samples.items():
            median = statistics.median(times)
            print(f"  {label:<42} {median:7.3f} s  {count / median:>10,.0f} rows/s")


if __name__ == "__main__":
    main()
