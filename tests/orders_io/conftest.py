"""Fixtures for the sales-history import and the CSV exports: a small shop, CSV files, table checksums."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_customer

HEADER = "order_ref,created_at,customer_email,sku,quantity,unit_price\n"


@pytest.fixture
def shop(controllers: AppControllers, make_item: Callable[..., int]) -> AppControllers:
    """A shop with a Standard 20% and a Zero 0% rate, three items and one customer."""
    controllers.tax_rates.add_rate("Standard", "20")
    controllers.tax_rates.add_rate("Zero", "0")
    make_item("Tea", "3.50", sku="TEA", tax_rate="20", stock="10")
    make_item("Jam", "2.75", sku="JAM", tax_rate="20", stock="5")
    make_item("Paper", "1.50", sku="NEWS", tax_rate="0", stock="7")
    controllers.customers.add_customer(validate_customer(name="Ann Smith", email="ann@example.com"))
    return controllers


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """`write_csv("rows...", name=, encoding=)`: a file with the orders header (unless header=False)."""

    def write(body: str, *, name: str = "orders.csv", encoding: str = "utf-8", header: bool = True) -> Path:
        path = tmp_path / name
        path.write_bytes(((HEADER if header else "") + body).encode(encoding))
        return path

    return write


def table_checksums(db_path: Path) -> dict[str, tuple[int, str]]:
    """Every table's row count and a digest of all its rows: any change to any table shows."""
    with closing(sqlite3.connect(db_path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        sums = {}
        for table in tables:
            # Sorted here: some FTS shadow tables have no rowid to order by.
            rows = sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"')))
            sums[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return sums


@pytest.fixture
def query(db_path: Path) -> Callable[..., list[tuple[Any, ...]]]:
    """Run one SQL statement on a fresh sqlite3 connection to the test's file: what is really stored."""

    def run(sql: str, *params: object) -> list[tuple[Any, ...]]:
        with closing(sqlite3.connect(db_path)) as connection:
            return connection.execute(sql, params).fetchall()

    return run


@pytest.fixture
def checksums(db_path: Path) -> Callable[[], dict[str, tuple[int, str]]]:
    return lambda: table_checksums(db_path)


@pytest.fixture
def local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """`local_time("Europe/Paris")` sets the process's local time zone (the shop's clock) for the test."""

    def set_zone(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()
