"""Bad text where a cashier or owner types it: SQL metacharacters and unusual Unicode are stored and
found literally; NUL and other control characters are refused; empty text changes nothing.

Part of the bad-input catalogue (docs/bad-input.md).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.sale import ScanStatus
from pos_app.domain.validation import ValidationError, validate_customer, validate_item
from pos_app.services.csv_import import import_customers, import_items

INJECTION = "'; DROP TABLE items; --"
SQL_TEXTS = [
    INJECTION,
    'Robert"); DELETE FROM orders; --',
    "100% pure",
    "snake_case",
    "back\\slash",
    "a' OR '1'='1",
]
UNICODE_NAMES = [
    "Tea 🍵 with emoji ☕",
    "שוקולד מריר",  # Hebrew, right to left
    "قهوة عربية",  # Arabic
    "Ελληνικός καφές",
    "抹茶ラテ",
    "Z\u0308ebra cro\u0301issant",  # combining marks: stored composed (NFC)
    "Family 👨‍👩‍👧 pack",  # zero-width joiners inside an emoji
]


def rows(db_path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db_path)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def search(controllers: AppControllers, text: str) -> list[str]:
    source = controllers.catalog.items(text)
    return [row.name for row in source.fetch(0, 100)]


@pytest.mark.parametrize("name", SQL_TEXTS)
def test_sql_metacharacters_in_an_item_name_are_stored_found_and_sold_literally(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path, name: str
) -> None:
    make_item("Plain bread", "1.00", sku="BREAD")
    item_id = make_item(name, "2.50", sku="ODD-1")

    assert rows(db_path, "SELECT name FROM items WHERE id = ?", item_id) == [(name,)]
    assert search(controllers, name) == [name]
    assert controllers.sale.scan("ODD-1").status is ScanStatus.ADDED
    assert [line.name for line in controllers.sale.cart().lines] == [name]
    assert controllers.sale.pay_cash().receipt_no == 1
    assert rows(db_path, "SELECT count(*) FROM items") == [(2,)]
    assert rows(db_path, "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize("sku", ["'--", "%", "_", "A%B", "X'Y", "50%_OFF", "a\\b"])
def test_sql_and_like_metacharacters_in_a_sku_scan_only_that_item(
    controllers: AppControllers, make_item: Callable[..., int], sku: str
) -> None:
    make_item("Other", "1.00", sku="ABC")
    make_item("Odd code", "1.00", sku=sku)

    result = controllers.sale.scan(sku)

    assert result.status is ScanStatus.ADDED
    assert result.added is not None
    assert result.added.sku == sku
    assert controllers.sale.scan("%%").status is ScanStatus.NOT_FOUND  # no wildcard: nothing is "%%"


@pytest.mark.parametrize("typed", ["%", "_", "'", "%_%", "*", '"', "\\"])
def test_wildcards_alone_filter_nothing_in_the_catalog_and_add_nothing_at_the_till(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path, typed: str
) -> None:
    make_item("Green tea", "1.00", sku="TEA")
    make_item("Soap", "1.00", sku="SOAP")

    # Punctuation is not a word: the list is not filtered, exactly as with an empty search field.
    assert sorted(search(controllers, typed)) == ["Green tea", "Soap"]
    assert controllers.sale.scan(typed).status is ScanStatus.NOT_FOUND
    assert rows(db_path, "SELECT count(*) FROM orders") == [(0,)]


def test_percent_and_underscore_in_a_customer_search_are_literal(controllers: AppControllers) -> None:
    people = (("Ann 100% Smith", "a@example.com"), ("Bob_Jones", "b@example.com"), ("Cy", "c@x.org"))
    for name, email in people:
        controllers.customers.add_customer(validate_customer(name=name, email=email))

    def found(text: str) -> list[str]:
        return sorted(row.name for row in controllers.customers.customers(text).fetch(0, 100))

    assert found("%") == ["Ann 100% Smith"]
    assert found("_") == ["Bob_Jones"]
    assert found(INJECTION) == []
    assert len(found("")) == 3


@pytest.mark.parametrize("name", UNICODE_NAMES)
def test_unicode_names_are_stored_composed_shown_and_found(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path, name: str
) -> None:
    stored = unicodedata.normalize("NFC", name)
    make_item(name, "3.00", sku="UNI-1")

    assert rows(db_path, "SELECT name FROM items") == [(stored,)]
    controllers.sale.scan("UNI-1")
    assert [line.name for line in controllers.sale.cart().lines] == [stored]
    first_word = stored.split()[0]
    assert search(controllers, first_word) == [stored]
    # Typed decomposed (as some keyboards and pastes give it), the word is still found.
    assert search(controllers, unicodedata.normalize("NFD", first_word)) == [stored]


def test_a_decomposed_accent_finds_the_precomposed_name(
    controllers: AppControllers, make_item: Callable[..., int]
) -> None:
    make_item("Éclair au café", "2.00", sku="ECL")
    make_item("Eclipse glasses", "9.00", sku="ECP")

    assert search(controllers, "e\u0301clair") == ["Éclair au café"]
    assert search(controllers, "cafe\u0301") == ["Éclair au café"]


@pytest.mark.parametrize("name", ["Tea\x00bag", "Bell\x07", "Esc\x1b[31mred", "Del\x7f"], ids=repr)
def test_control_characters_in_an_item_or_customer_name_are_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="Name contains control characters"):
        validate_item(sku="C-1", barcode="", name=name, price="1.00", stock="1", tax_rate="0")
    with pytest.raises(ValidationError, match="Name contains control characters"):
        validate_customer(name=name, email="")


def test_a_nul_byte_at_the_till_adds_nothing(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path
) -> None:
    make_item("Green tea", "1.00", sku="TEA")

    for typed in ("\x00", "\x00\x00\x00", "\x00%\x00"):
        assert controllers.sale.scan(typed).status is ScanStatus.NOT_FOUND
    assert rows(db_path, "SELECT count(*) FROM orders") == [(0,)]
    # Inside text a NUL separates words like a space: "TEA<NUL>" is the search "TEA", one match.
    assert controllers.sale.scan("TEA\x00").status is ScanStatus.ADDED
    assert rows(db_path, "SELECT count(*) FROM order_items") == [(1,)]


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_empty_text_changes_nothing(
    controllers: AppControllers, make_item: Callable[..., int], db_path: Path, typed: str
) -> None:
    make_item("Green tea", "1.00", sku="TEA")
    before = rows(db_path, "SELECT * FROM items"), rows(db_path, "SELECT count(*) FROM orders")

    assert controllers.sale.scan(typed).status is ScanStatus.EMPTY
    with pytest.raises(ValidationError, match="Name is required"):
        validate_item(sku="E-1", barcode="", name=typed, price="1.00", stock="1", tax_rate="0")
    with pytest.raises(ValidationError, match="SKU is required"):
        validate_item(sku=typed, barcode="", name="Thing", price="1.00", stock="1", tax_rate="0")
    with pytest.raises(UserError):
        controllers.sale.park(typed)  # no label, and nothing to park
    with pytest.raises(UserError, match="Nothing to pay"):
        controllers.sale.pay([])
    assert (rows(db_path, "SELECT * FROM items"), rows(db_path, "SELECT count(*) FROM orders")) == before


def test_sql_metacharacters_and_unicode_in_csv_cells_are_imported_literally(
    controllers: AppControllers, tax_rate: Callable[..., None], db_path: Path, tmp_path: Path
) -> None:
    tax_rate("0")
    items = tmp_path / "items.csv"
    items.write_text(
        "sku,barcode,name,price,stock,tax_rate\n"
        f'X\'1,,"{INJECTION}",1.00,1,0\n'
        "X%2,,50% off_today,2.00,1,0\n"
        "X-3,,抹茶 🍵 Z\u0308,3.00,1,0\n",
        encoding="utf-8",
    )
    customers = tmp_path / "customers.csv"
    customers.write_text('name,email,phone\n"Robert""); DROP TABLE customers; --",bobby@example.com,\n')

    assert import_items(controllers.uow, items).summary().startswith("3 items added")
    import_customers(controllers.uow, customers)

    assert rows(db_path, "SELECT sku, name FROM items ORDER BY id") == [
        ("X'1", INJECTION),
        ("X%2", "50% off_today"),
        ("X-3", unicodedata.normalize("NFC", "抹茶 🍵 Z\u0308")),
    ]
    assert rows(db_path, "SELECT name FROM customers") == [('Robert"); DROP TABLE customers; --',)]
