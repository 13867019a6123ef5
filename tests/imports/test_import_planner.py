"""Planning an import: the dry run reads, maps and checks the whole file and writes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.services.csv_import import CsvImportError, plan_customers, plan_items
from pos_app.services.import_mapping import IGNORE, UNMAPPED
from pos_app.services.import_plan import MAX_LISTED_ERRORS, RowError

MILK = "4006381333931"  # the shop fixture's items
BREAD = "5901234123457"


def test_aliases_are_mapped_and_nothing_is_written(shop: AppControllers, csv_file, gtin, snapshot) -> None:
    before = snapshot()
    path = csv_file(
        "Item code;EAN;Description;Unit price;Qty;VAT\n"
        f"TEA-1;{gtin(1)};Green tea;3,49;12;20\n"
        f"MILK-1;{MILK};Whole milk 1 L;1.25;40;10\n"
    )

    plan = plan_items(shop.uow, path)

    assert (plan.encoding, plan.delimiter_name) == ("UTF-8", "semicolon")
    assert plan.mapping == ("sku", "barcode", "name", "price", "stock", "tax_rate")
    assert plan.problems == []
    assert [(row.line, row.key) for row in plan.adds] == [(2, "TEA-1")]
    assert plan.adds[0].payload.price == Decimal("3.49")
    assert [(row.line, row.key, [c.text() for c in row.changes]) for row in plan.updates] == [
        (3, "MILK-1", ["price 1.19 → 1.25"])
    ]
    assert snapshot() == before


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Barcode,GTIN", ("barcode", "barcode")),
        ("Price,Unit price", ("price", "price")),
        ("Name,Description", ("name", "name")),
        ("Qty,Stock", ("stock", "stock")),
        ("UPC,Product,Retail price,Quantity", ("barcode", "name", "price", "stock")),
        ("  SKU , tax-rate", ("sku", "tax_rate")),
        ("Colour,", (UNMAPPED, IGNORE)),
    ],
)
def test_header_names_are_guessed(header: str, expected: tuple[str, ...]) -> None:
    from pos_app.services.import_mapping import ITEM_FIELDS, guess_mapping

    assert guess_mapping([name.strip() for name in header.split(",")], ITEM_FIELDS) == expected


def test_two_columns_for_one_field_need_a_choice(shop: AppControllers, csv_file) -> None:
    path = csv_file("sku,barcode,name,Price,Unit price\nA-1,,Apple,1.00,0.90\n")

    plan = plan_items(shop.uow, path)
    assert plan.problems == ["the columns 'Price' and 'Unit price' both give the price"]
    assert not plan.can_apply

    chosen = plan_items(shop.uow, path, {4: IGNORE})
    assert chosen.problems == []
    assert chosen.adds[0].payload.price == Decimal("1.00")


def test_unknown_column_is_listed_until_mapped_to_ignore(shop: AppControllers, csv_file) -> None:
    path = csv_file("sku,barcode,name,price,colour\nA-1,,Apple,1.00,red\n")

    plan = plan_items(shop.uow, path)
    assert plan.mapping[4] == UNMAPPED
    assert plan.problems[0].startswith("unknown column 'colour' in the header")
    assert (plan.adds, plan.errors) == ([], [])

    ignored = plan_items(shop.uow, path, {4: IGNORE})
    assert ignored.problems == []
    assert [row.key for row in ignored.adds] == ["A-1"]
    assert ignored.can_apply


def test_a_column_can_be_mapped_by_hand(shop: AppControllers, csv_file) -> None:
    path = csv_file("Artikel,Bezeichnung,Preis,EAN\nA-1,Apfel,1.00,\n")

    plan = plan_items(shop.uow, path)
    assert plan.problems[0].startswith("unknown column 'Artikel', 'Bezeichnung', 'Preis'")

    mapped = plan_items(shop.uow, path, {0: "sku", 1: "name", 2: "price"})
    assert mapped.problems == []
    assert [(row.key, row.name) for row in mapped.adds] == [("A-1", "Apfel")]

    half = plan_items(shop.uow, path, {0: "sku", 1: "name", 2: IGNORE})
    assert half.problems == ["no column is chosen for 'price'"]


def test_every_bad_row_is_listed_with_its_line(shop: AppControllers, csv_file, snapshot) -> None:
    before = snapshot()
    path = csv_file(
        "sku,barcode,name,price,stock,tax_rate\n"
        "OK-1,,Good,1.00,1,10\n"
        "BAD-1,,Bad price,abc,1,10\n"
        "OK-2,,Good too,2.00,2,10\n"
        f"BAD-2,{BREAD},Barcode taken,1.00,1,10\n"
        "BAD-3,,Rate nobody named,1.00,1,7\n"
        "OK-1,,Twice,1.00,1,10\n"
        "BAD-4,,Short row\n"
        "MILK-1,,Whole milk 1 L,1.19,40,10\n"
    )

    plan = plan_items(shop.uow, path)

    assert plan.errors == [
        RowError(3, "price must be a number, like 4.99 (got 'abc')", "BAD-1", "Bad price"),
        RowError(
            5, "barcode 5901234123457 is already used by SKU BREAD-1 “Rye bread”", "BAD-2", "Barcode taken"
        ),
        RowError(6, "no tax rate of 7%: add it under Tax rates first", "BAD-3", "Rate nobody named"),
        RowError(7, "SKU OK-1 appears twice in the file (first on line 2)", "OK-1", "Twice"),
        RowError(8, "expected 6 fields as in the header, found 3", "BAD-4"),
    ]
    assert [row.key for row in plan.adds] == ["OK-1", "OK-2"]
    assert [(row.key, [c.text() for c in row.changes]) for row in plan.updates] == [
        ("MILK-1", ["barcode 4006381333931 → none"])
    ]
    assert plan.summary() == "2 to add, 1 to update, 5 with errors"
    assert not plan.can_apply
    assert snapshot() == before


def test_errors_are_counted_beyond_the_listed_ones(shop: AppControllers, csv_file) -> None:
    rows = "".join(f"BAD-{n},,Item {n},free,1,10\n" for n in range(MAX_LISTED_ERRORS + 5))
    plan = plan_items(shop.uow, csv_file("sku,barcode,name,price,stock,tax_rate\n" + rows))

    assert plan.error_count == MAX_LISTED_ERRORS + 5
    assert len(plan.errors) == MAX_LISTED_ERRORS
    assert plan.errors[0].line == 2


def test_windows_1252_file_is_read_as_such(shop: AppControllers, csv_file) -> None:
    path = csv_file(
        "sku,barcode,name,price\n"
        "CF-1,,Crème fraîche 200 g,1.49\n"
        "EU-1,,Geschenkgutschein 10 €,10.00\n"
        "MU-1,,Müsli,3.20\n",
        encoding="cp1252",
    )
    data = path.read_bytes()
    assert {b"\xe8", b"\x80", b"\xfc"} <= {data[i : i + 1] for i in range(len(data))}  # è, €, ü

    plan = plan_items(shop.uow, path)

    assert plan.encoding == "Windows-1252"
    assert [row.name for row in plan.adds] == ["Crème fraîche 200 g", "Geschenkgutschein 10 €", "Müsli"]


@pytest.mark.parametrize(("bom", "encoding"), [(False, "UTF-8"), (True, "UTF-8 with BOM")])
def test_utf8_with_or_without_bom(shop: AppControllers, csv_file, bom: bool, encoding: str) -> None:
    path = csv_file("name\temail\nZoë Müller\tzoe@example.com\n", bom=bom)

    plan = plan_customers(shop.uow, path)

    assert (plan.encoding, plan.delimiter_name) == (encoding, "tab")
    assert [(row.key, row.name) for row in plan.adds] == [("zoe@example.com", "Zoë Müller")]


def test_bom_followed_by_bytes_that_are_not_utf8_is_refused(shop: AppControllers, csv_file, tmp_path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(b"\xef\xbb\xbfname,email\nCr\xe8me,c@example.com\n")

    with pytest.raises(CsvImportError) as caught:
        plan_customers(shop.uow, path)

    assert caught.value.line == 2
    assert caught.value.reason.startswith("the file is marked as UTF-8 but is not (byte 0xE8")


def test_customer_plan_names_updates_and_errors(shop: AppControllers, csv_file) -> None:
    path = csv_file(
        "E-mail,Full name,Mobile\n"
        "ANNA@example.com,Anna Schmidt,+1 555 0100\n"
        "ben@example.com,Ben Carter,\n"
        "ben@example.com,Ben again,\n"
        "not-an-email,Carl,\n"
    )

    plan = plan_customers(shop.uow, path)

    assert plan.mapping == ("email", "name", "phone")
    assert [(row.key, [c.text() for c in row.changes]) for row in plan.updates] == [
        ("anna@example.com", ["phone none → +1 555 0100"])
    ]
    assert [row.key for row in plan.adds] == ["ben@example.com"]
    assert [(error.line, error.reason) for error in plan.errors] == [
        (4, "email ben@example.com appears twice in the file (first on line 3)"),
        (5, "'not-an-email' is not an email address"),
    ]


def test_preview_rows_come_a_page_at_a_time_errors_first(shop: AppControllers, csv_file) -> None:
    rows = "".join(f"NEW-{n},,Item {n},1.00,1,10\n" for n in range(450))
    path = csv_file("sku,barcode,name,price,stock,tax_rate\nMILK-1,,Milk,1.19,40,10\nBAD,,x,x,1,10\n" + rows)
    plan = plan_items(shop.uow, path)

    assert (plan.row_count(), plan.row_count("add"), plan.row_count("update"), plan.row_count("error")) == (
        452,
        450,
        1,
        1,
    )
    first = plan.preview_rows(None, 0, 3)
    assert [(row.status, row.line) for row in first] == [("error", 3), ("update", 2), ("add", 4)]
    assert first[2].detail == "price 1.00, stock 1, tax rate 10%"
    last = plan.preview_rows("add", 400, 200)
    assert [row.key for row in last] == [f"NEW-{n}" for n in range(400, 450)]
