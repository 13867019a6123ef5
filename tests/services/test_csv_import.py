"""CSV import of items and customers: good files land whole, any bad row is named and nothing is written.

Every failing case compares the database before and after, row by row: "nothing was
imported" is the promise the command line makes.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from stdnum import ean

import pos_app.services.import_files as import_files
from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_customer
from pos_app.services.csv_import import CsvImportError, ImportReport, import_customers, import_items

HEADER = "sku,barcode,name,price,stock,tax_rate"
# Valid EAN-13s with in-store prefixes, so they never collide with the ones tests compute.
MILK = "4006381333931"
BREAD = "5901234123457"
COFFEE = "9780201379624"


def gtin(serial: int, prefix: str = "299") -> str:
    first12 = f"{prefix}{serial:09d}"
    return first12 + ean.calc_check_digit(first12)


def write(tmp_path: Path, text: str, name: str = "import.csv", *, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def snapshot(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables an import may touch, read outside the app's Session."""
    with sqlite3.connect(db_path) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("items", "customers")
        }


def items_by_sku(db_path: Path) -> dict[str, tuple[Any, ...]]:
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT sku, barcode, name, price, stock, tax_rate, id FROM items")
        return {row[0]: row[1:] for row in rows}


@pytest.fixture(autouse=True)
def named_rates(tax_rate: Callable[..., None]) -> None:
    """The shop has named the rates the files use (a new database has none): 0, 10 and 20%."""
    for percent in ("0", "10", "20"):
        tax_rate(percent)


@pytest.fixture
def shop(controllers: AppControllers, make_item: Callable[..., int]) -> AppControllers:
    """A catalog with two items and a customer, so failures have something to leave alone."""
    make_item("Whole milk 1 L", "1.19", sku="MILK-1", barcode=MILK, stock="40", tax_rate="10")
    make_item("Rye bread", "2.29", sku="BREAD-1", barcode=BREAD, stock="12", tax_rate="10")
    controllers.customers.add_customer(
        validate_customer(name="Anna Schmidt", email="anna@example.com", phone="+1 555 0100")
    )
    return controllers


# -- good files -------------------------------------------------------------------------


@pytest.mark.parametrize("bom", [False, True], ids=["utf8", "utf8-bom"])
def test_items_are_added(controllers: AppControllers, db_path: Path, tmp_path: Path, bom: bool) -> None:
    path = write(
        tmp_path,
        f"{HEADER}\n"
        f"DAI-0001,{MILK},Whole milk 1 L,1.19,40,10\n"
        'SNA-0001,,Dark chocolate 70% 100 g,"1,99",,\n'
        f"COF-0001,{COFFEE},Café crème beans 1 kg,12.99,5,20%\n",
        bom=bom,
    )

    report = import_items(controllers.uow, path)

    assert report == ImportReport(added=3, updated=0, noun="item")
    assert report.summary() == "3 items added, 0 updated"
    rows = items_by_sku(db_path)
    assert rows["DAI-0001"][:5] == (MILK, "Whole milk 1 L", 119, 40, 1000)
    # Empty barcode is no barcode; empty stock and tax rate are 0; a decimal comma is a price.
    assert rows["SNA-0001"][:5] == (None, "Dark chocolate 70% 100 g", 199, 0, 0)
    assert rows["COF-0001"][:5] == (COFFEE, "Café crème beans 1 kg", 1299, 5, 2000)
    item = controllers.catalog.get_item(rows["COF-0001"][5])
    assert item.price == Decimal("12.99")
    assert item.tax_rate == Decimal("20.00")
    assert item.active


def test_header_is_free_in_order_case_and_spacing(controllers: AppControllers, db_path: Path, tmp_path: Path):
    path = write(tmp_path, " Price ;NAME; Tax rate ;Barcode;SKU\n0.99;Baguette;10;;BAK-1\n\n;;;;\n")

    report = import_items(controllers.uow, path)

    assert (report.added, report.updated) == (1, 0)
    assert items_by_sku(db_path)["BAK-1"][:5] == (None, "Baguette", 99, 0, 1000)


def test_trailing_unnamed_columns_from_a_spreadsheet_are_ignored(controllers: AppControllers, tmp_path: Path):
    path = write(tmp_path, "sku,barcode,name,price,,\r\nA-1,,Apple,0.50,,\r\nA-2,,Pear,0.60,,\r\n")

    assert import_items(controllers.uow, path).added == 2


def test_existing_sku_updates_that_item(shop: AppControllers, db_path: Path, tmp_path: Path) -> None:
    before = items_by_sku(db_path)
    path = write(
        tmp_path,
        f"{HEADER}\n"
        f"MILK-1,{MILK},Whole milk 1 L,1.29,55,10\n"  # price and stock change
        f"NEW-1,{gtin(1)},Oat drink 1 L,1.89,10,10\n",
    )

    report = import_items(shop.uow, path)

    assert report.summary() == "1 item added, 1 updated"
    after = items_by_sku(db_path)
    assert after["MILK-1"][:5] == (MILK, "Whole milk 1 L", 129, 55, 1000)
    assert after["MILK-1"][5] == before["MILK-1"][5]  # same row, not a new one
    assert after["BREAD-1"] == before["BREAD-1"]
    assert shop.catalog.get_item(before["MILK-1"][5]).price == Decimal("1.29")


def test_reimporting_the_same_file_reports_unchanged(shop: AppControllers, tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nMILK-1,{MILK},Whole milk 1 L,1.19,40,10\nX-1,,Extra,1.00,1,0\n")
    import_items(shop.uow, path)

    report = import_items(shop.uow, path)

    assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert report.summary() == "0 items added, 0 updated, 2 unchanged"


def test_update_without_stock_column_keeps_stock_and_rate(shop: AppControllers, db_path: Path, tmp_path):
    path = write(tmp_path, f"sku,barcode,name,price\nMILK-1,{MILK},Whole milk 1 L,1.35\n")

    assert import_items(shop.uow, path).updated == 1

    assert items_by_sku(db_path)["MILK-1"][:5] == (MILK, "Whole milk 1 L", 135, 40, 1000)


def test_items_in_the_file_may_swap_barcodes(shop: AppControllers, db_path: Path, tmp_path: Path) -> None:
    path = write(
        tmp_path, f"{HEADER}\nMILK-1,{BREAD},Whole milk 1 L,1.19,40,10\nBREAD-1,{MILK},Rye bread,2.29,12,10\n"
    )

    assert import_items(shop.uow, path).updated == 2

    rows = items_by_sku(db_path)
    assert (rows["MILK-1"][0], rows["BREAD-1"][0]) == (BREAD, MILK)


def test_imported_items_are_found_by_search_and_scan(controllers: AppControllers, tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nTEA-1,{gtin(7)},Earl Grey tea 50 bags,2.49,10,10\n")
    import_items(controllers.uow, path)

    assert [row.sku for row in controllers.catalog.items("earl grey").fetch(0, 10)] == ["TEA-1"]
    result = controllers.sale.scan(gtin(7))
    assert result.added is not None
    assert result.added.sku == "TEA-1"


def test_multiline_quoted_value_keeps_line_numbers_right(controllers: AppControllers, tmp_path: Path) -> None:
    path = write(tmp_path, f'{HEADER}\nA-1,,"Two\nline name",1.00,,\nA-2,,Bad,abc,,\n')

    with pytest.raises(CsvImportError) as caught:
        import_items(controllers.uow, path)

    # The bad row starts on line 4 of the file (header 1, A-1 spans lines 2 and 3).
    assert caught.value.line == 4


# -- bad rows: the line, the reason, and nothing written --------------------------------

GOOD_ROWS = f"{HEADER}\nOK-1,{gtin(1)},Good one,1.00,1,10\nOK-2,{gtin(2)},Good two,2.00,2,10\n"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("BAD-1,,Milk,abc,1,10", "price must be a number, like 4.99 (got 'abc')"),
        ("BAD-1,,Milk,-1.00,1,10", "price cannot be negative"),
        ("BAD-1,,Milk,1.999,1,10", "price can have at most 2 decimal places"),
        ("BAD-1,,Milk,,1,10", "price is required"),
        ("BAD-1,4006381333932,Milk,1.00,1,10", "barcode 4006381333932 has a wrong check digit (EAN/UPC)"),
        (
            "BAD-1,12345,Milk,1.00,1,10",
            "a numeric barcode must be EAN-8, UPC-A, EAN-13 or GTIN-14 (got 5 digits)",
        ),
        ("BAD-1,," + "x" * 10_000 + ",1.00,1,10", "name is too long (10000 characters, at most 200)"),
        ("BAD-1,,,1.00,1,10", "name is required"),
        (",,Milk,1.00,1,10", "SKU is required"),
        ("BAD 1,,Milk,1.00,1,10", "SKU may contain letters, digits and punctuation, no spaces"),
        ("BAD-1,,Milk,1.00,-3,10", "stock cannot be less than 0"),
        ("BAD-1,,Milk,1.00,lots,10", "stock must be a whole number (got 'lots')"),
        ("BAD-1,,Milk,1.00,1,150", "tax rate must be between 0 and 100 percent"),
        ("BAD-1,,Milk,1.00,1,ten", "tax rate must be a percentage, like 20 (got 'ten')"),
        ("BAD-1,,Milk,1.00,1,7", "no tax rate of 7%: add it under Tax rates first"),
        ("OK-1,,Milk again,1.00,1,10", "SKU OK-1 appears twice in the file (first on line 2)"),
        (f"BAD-1,{gtin(2)},Milk,1.00,1,10", f"barcode {gtin(2)} appears twice in the file (first on line 3)"),
        (f"BAD-1,{MILK},Milk,1.00,1,10", f"barcode {MILK} is already used by SKU MILK-1 “Whole milk 1 L”"),
        ("BAD-1,,Milk,1.00,1,10,extra", "expected 6 fields as in the header, found 7 (a value containing"),
        ("BAD-1,,Milk,1.00", "expected 6 fields as in the header, found 4"),
        ('BAD-1,,"Milk"y,1.00,1,10', "the row cannot be read as CSV"),
    ],
    ids=[
        "non-numeric-price",
        "negative-price",
        "three-decimals",
        "empty-price",
        "ean-check-digit",
        "short-numeric-barcode",
        "10000-char-name",
        "empty-name",
        "empty-sku",
        "sku-with-space",
        "negative-stock",
        "text-stock",
        "tax-rate-too-high",
        "tax-rate-text",
        "tax-rate-not-named",
        "duplicate-sku-in-file",
        "duplicate-barcode-in-file",
        "barcode-of-existing-item",
        "too-many-fields",
        "too-few-fields",
        "bad-quoting",
    ],
)
def test_bad_row_names_its_line_and_writes_nothing(
    shop: AppControllers, db_path: Path, tmp_path: Path, row: str, reason: str
) -> None:
    path = write(tmp_path, f"{GOOD_ROWS}{row}\nOK-3,,Good three,3.00,3,10\n")
    before = snapshot(db_path)

    with pytest.raises(CsvImportError) as caught:
        import_items(shop.uow, path)

    error = caught.value
    assert error.line == 4
    assert error.reason.startswith(reason)
    assert str(error) == f"line 4: {error.reason}"
    assert snapshot(db_path) == before


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (b"", None, "the file is empty"),
        (b"\xef\xbb\xbf\r\n  \r\n", None, "the file is empty"),
        (HEADER.encode() + b"\n", None, "the file has a header but no rows"),
        (HEADER.encode() + b"\n,,,,,\n\n", None, "the file has a header but no rows"),
        (b"sku,barcode,name\nA-1,,Apple\n", None, "the header lacks the column 'price'"),
        (
            b"sku,barcode,name,price,colour\nA-1,,Apple,1.00,red\n",
            None,
            "unknown column 'colour' in the header",
        ),
        (b"sku,barcode,name,price,Price\n", None, "the header names the column 'Price' twice"),
        (b"A-1,,Apple,1.00\n", None, "the first line must be a header naming the columns"),
        (
            # 0x81 means nothing in Windows-1252 either (0xE8 would read as è: see tests/imports).
            HEADER.encode() + b"\nA-1,,Apple,1.00,1,10\nA-2,,Cr\x81me,1.00,1,10\n",
            3,
            "the file is neither UTF-8 nor Windows-1252 text (byte 0x81 cannot be read)",
        ),
        (HEADER.encode() + b'\nA-1,,"Apple,1.00,1,10\n', 2, "the row cannot be read as CSV"),
        (
            HEADER.encode() + b"\nA-1,,Apple,1.00,1,10\nA-2,,Ap\x00ple,1.00,1,10\n",
            3,
            "the file contains a NUL",
        ),
        (b"sku,barcode,name,price,\nA-1,,Apple,1.00,oops\n", 2, "value 'oops' is in a column without a name"),
    ],
    ids=[
        "empty-file",
        "only-blank-lines",
        "header-only",
        "header-and-blank-rows",
        "missing-required-column",
        "unknown-column",
        "duplicate-column",
        "no-header",
        "neither-utf8-nor-cp1252",
        "unterminated-quote",
        "nul-byte",
        "value-in-unnamed-column",
    ],
)
def test_bad_file_is_refused_whole(
    shop: AppControllers, db_path: Path, tmp_path: Path, content: bytes, line: int | None, reason: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = snapshot(db_path)

    with pytest.raises(CsvImportError) as caught:
        import_items(shop.uow, path)

    error = caught.value
    assert error.line == line
    assert error.reason.startswith(reason)
    assert str(error) == (error.reason if line is None else f"line {line}: {error.reason}")
    assert snapshot(db_path) == before


def test_missing_file_is_a_clear_error(controllers: AppControllers, tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match=r"cannot read the file \(No such file or directory\)"):
        import_items(controllers.uow, tmp_path / "nowhere.csv")


def test_folder_instead_of_file_is_a_clear_error(controllers: AppControllers, tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="cannot read the file"):
        import_items(controllers.uow, tmp_path)


def test_oversized_file_is_refused_before_reading(
    controllers: AppControllers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_files, "MAX_FILE_BYTES", 1024 * 1024)
    path = write(tmp_path, HEADER + "\n" + "A-1,,Apple,1.00,1,10\n" * 60_000)

    with pytest.raises(CsvImportError, match=r"the file is too large \(1\.2 MB, at most 1 MB\); split it"):
        import_items(controllers.uow, path)


def test_field_beyond_the_csv_limit_is_a_clear_error(controllers: AppControllers, tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nA-1,,{'x' * 200_000},1.00,1,10\n")

    with pytest.raises(CsvImportError) as caught:
        import_items(controllers.uow, path)

    assert caught.value.line == 2
    assert "field larger than field limit" in caught.value.reason


def test_session_stays_usable_after_a_refused_import(shop: AppControllers, db_path: Path, tmp_path: Path):
    clash = write(tmp_path, f"{HEADER}\nNEW-1,,Fine,1.00,1,10\nNEW-2,{BREAD},Clash,1.00,1,10\n", "clash.csv")
    with pytest.raises(CsvImportError, match="line 3: barcode"):
        import_items(shop.uow, clash)

    good = write(tmp_path, f"{HEADER}\nNEW-1,,Fine,1.00,1,10\n", "good.csv")
    assert import_items(shop.uow, good).added == 1
    assert "NEW-1" in items_by_sku(db_path)


# -- volume -----------------------------------------------------------------------------


def test_import_of_100k_items(controllers: AppControllers, db_path: Path, tmp_path: Path) -> None:
    count = 100_000
    lines = [HEADER] + [
        f"BULK-{n:06d},{gtin(n)},Bulk item {n},{n % 500}.{n % 100:02d},{n % 90},{(0, 10, 20)[n % 3]}"
        for n in range(count)
    ]
    path = write(tmp_path, "\n".join(lines) + "\n", "big.csv")

    started = time.perf_counter()
    report = import_items(controllers.uow, path)
    added_in = time.perf_counter() - started
    started = time.perf_counter()
    again = import_items(controllers.uow, path)
    compared_in = time.perf_counter() - started
    print(
        f"\n100k import: {count / added_in:,.0f} rows/s added ({added_in:.2f} s), "
        f"{count / compared_in:,.0f} rows/s re-imported unchanged ({compared_in:.2f} s)"
    )

    assert (report.added, report.updated) == (count, 0)
    assert (again.added, again.updated, again.unchanged) == (0, 0, count)
    with sqlite3.connect(db_path) as connection:
        stored, total_price = connection.execute("SELECT count(*), sum(price) FROM items").fetchone()
        # The search index is filled in one statement (its insert trigger bypassed): every item is in it.
        (fts,) = connection.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'bulk'").fetchone()
        # Each item with stock opened its journal, and nothing more was written on the re-import.
        openings, opened = connection.execute(
            "SELECT count(*), sum(change) FROM stock_movements WHERE kind = 'opening'"
        ).fetchone()
        (off_the_journal,) = connection.execute(
            "SELECT count(*) FROM (SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
            " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0))"
        ).fetchone()
    assert stored == count
    assert total_price == sum((n % 500) * 100 + n % 100 for n in range(count))
    assert fts == count
    assert (openings, opened) == (sum(1 for n in range(count) if n % 90), sum(n % 90 for n in range(count)))
    assert off_the_journal == 0


# -- customers --------------------------------------------------------------------------


def customers(db_path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute("SELECT name, email, phone FROM customers ORDER BY id").fetchall()


def test_customers_are_added_and_updated_by_email(shop: AppControllers, db_path: Path, tmp_path: Path):
    path = write(
        tmp_path,
        "Email,Name,Phone\n"
        "ANNA@example.com,Anna Schmidt-Weber,+1 555 0199\n"  # existing, matched case-insensitively
        "ben@example.com,Ben Carter,\n"
        ",Walk-in regular,\n"
        ",Walk-in regular,\n",  # no email: nothing to recognise them by, so two customers
        bom=True,
    )

    report = import_customers(shop.uow, path)

    assert report.summary() == "3 customers added, 1 updated"
    assert customers(db_path) == [
        ("Anna Schmidt-Weber", "anna@example.com", "+1 555 0199"),
        ("Ben Carter", "ben@example.com", None),
        ("Walk-in regular", None, None),
        ("Walk-in regular", None, None),
    ]


def test_customer_update_without_phone_column_keeps_phone(shop: AppControllers, db_path: Path, tmp_path):
    path = write(tmp_path, "name,email\nAnna S.,anna@example.com\n")

    assert import_customers(shop.uow, path).updated == 1

    assert customers(db_path) == [("Anna S.", "anna@example.com", "+1 555 0100")]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Ben,BEN@example.com,", "email ben@example.com appears twice in the file (first on line 2)"),
        ("Ben,not-an-email,", "'not-an-email' is not an email address"),
        ("Ben,ben2@example.com,call me", "phone may contain digits, spaces and + ( ) - . /"),
        (",ben2@example.com,", "name is required"),
        ("Ben,ben2@example.com", "expected 3 fields as in the header, found 2"),
    ],
    ids=["duplicate-email", "bad-email", "bad-phone", "no-name", "wrong-field-count"],
)
def test_bad_customer_row_writes_nothing(
    shop: AppControllers, db_path: Path, tmp_path: Path, row: str, reason: str
) -> None:
    path = write(tmp_path, f"name,email,phone\nBen Carter,ben@example.com,\n{row}\n")
    before = snapshot(db_path)

    with pytest.raises(CsvImportError) as caught:
        import_customers(shop.uow, path)

    assert (caught.value.line, caught.value.reason) == (3, reason)
    assert snapshot(db_path) == before


def test_customer_file_with_item_columns_is_refused(controllers: AppControllers, tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nA-1,,Apple,1.00,1,10\n")

    with pytest.raises(CsvImportError, match="unknown column 'sku', 'barcode', 'price', 'stock', 'tax_rate'"):
        import_customers(controllers.uow, path)


def test_a_rate_nobody_named_is_refused_even_for_a_file_without_a_tax_rate_column(
    controllers: AppControllers, db_path: Path, tmp_path: Path
) -> None:
    with controllers.uow.write() as session:  # as if the owner had deleted the zero rate
        session.execute(text("DELETE FROM tax_rates WHERE percent = 0"))
    before = snapshot(db_path)
    path = write(tmp_path, "sku,barcode,name,price\nA-1,,Apple,0.50\n")

    with pytest.raises(CsvImportError) as caught:
        import_items(controllers.uow, path)

    assert str(caught.value) == "line 2: no tax rate of 0%: add it under Tax rates first"
    assert snapshot(db_path) == before


def test_an_updated_item_keeps_its_rate_when_the_file_has_no_tax_rate_column(
    shop: AppControllers, db_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path, f"sku,barcode,name,price\nMILK-1,{MILK},Whole milk 1 L,1.25\n")

    assert import_items(shop.uow, path).updated == 1
    assert items_by_sku(db_path)["MILK-1"][:5] == (MILK, "Whole milk 1 L", 125, 40, 1000)
