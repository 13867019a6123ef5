"""Fixtures of the import tests: CSV files written as shops' spreadsheets write them, and SQL peeks."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from stdnum import ean

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_customer

MILK = "4006381333931"
BREAD = "5901234123457"


def make_gtin(serial: int, prefix: str = "299") -> str:
    first12 = f"{prefix}{serial:09d}"
    return first12 + ean.calc_check_digit(first12)


@pytest.fixture
def gtin() -> Callable[[int], str]:
    """`gtin(n)`: a valid EAN-13 with an in-store prefix, different for every n."""
    return make_gtin


@pytest.fixture
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a top-level window showing (as tests/ui's fixture of that name)."""
    yield
    QApplication.processEvents()
    leaked = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    for widget in leaked:
        widget.close()
    assert not leaked, f"top-level windows left open: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def csv_file(tmp_path: Path) -> Callable[..., Path]:
    """`csv_file(text, encoding="utf-8", bom=False, name=...)` writes the text as those bytes."""

    def write(text: str, *, encoding: str = "utf-8", bom: bool = False, name: str = "import.csv") -> Path:
        path = tmp_path / name
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
        return path

    return write


@pytest.fixture
def sql(db_path: Path) -> Callable[..., list[tuple[Any, ...]]]:
    """One SELECT on the database file through a connection of its own: what is really stored."""

    def rows(statement: str, *params: object) -> list[tuple[Any, ...]]:
        connection = sqlite3.connect(db_path)
        try:
            return connection.execute(statement, params).fetchall()
        finally:
            connection.close()

    return rows


@pytest.fixture
def shop(
    controllers: AppControllers, make_item: Callable[..., int], tax_rate: Callable[..., None]
) -> AppControllers:
    """Rates 0, 10 and 20% named; two items and a customer on file."""
    for percent in ("0", "10", "20"):
        tax_rate(percent)
    make_item("Whole milk 1 L", "1.19", sku="MILK-1", barcode=MILK, stock="40", tax_rate="10")
    make_item("Rye bread", "2.29", sku="BREAD-1", barcode=BREAD, stock="12", tax_rate="10")
    controllers.customers.add_customer(validate_customer(name="Anna Schmidt", email="anna@example.com"))
    return controllers


Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]


@pytest.fixture
def snapshot(db_path: Path) -> Snapshot:
    """`snapshot()`: every row an import may touch, and the triggers on items (the search index's)."""

    def take() -> dict[str, list[tuple[Any, ...]]]:
        connection = sqlite3.connect(db_path)
        try:
            tables = {
                table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("items", "customers", "stock_movements")
            }
            tables["triggers"] = connection.execute(
                "SELECT name, sql FROM sqlite_master"
                " WHERE type = 'trigger' AND tbl_name = 'items' ORDER BY name"
            ).fetchall()
            return tables
        finally:
            connection.close()

    return take
