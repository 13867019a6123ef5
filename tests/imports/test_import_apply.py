"""Applying a plan: one transaction, re-checked against the database, all or nothing.

"Nothing written" is checked on every table an import touches and on the search index's
triggers, read through a connection of its own; the search index itself is checked with
FTS5's integrity-check, which compares it with the items table.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

import pos_app.services.import_items as import_items
from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.domain.validation import validate_customer, validate_item
from pos_app.services.csv_import import (
    ImportConflictError,
    apply_plan,
    plan_customers,
    plan_items,
)
from pos_app.services.csv_import import (
    import_items as import_items_file,
)

MILK = "4006381333931"
HEADER = "sku,barcode,name,price,stock,tax_rate\n"


def search(app: AppControllers, words: str) -> list[str]:
    """SKUs the catalog's search-as-you-type finds (FTS5), as the catalog screen lists them."""
    source = app.catalog.items(words)
    return [row.sku for row in source.fetch(0, 100)]


def index_is_consistent(db_path: Path) -> bool:
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


@pytest.fixture
def other_till(db_url: str):
    """A second program on the same database file, as another register would be."""
    app = AppControllers(db_url)
    yield app
    app.close()


def test_apply_writes_the_plan_and_search_finds_it(shop: AppControllers, db_path: Path, csv_file, gtin, sql):
    path = csv_file(
        HEADER
        + f"ZEB-1,{gtin(1)},Zebra crossing cookies,2.50,7,20\nMILK-1,{MILK},Whole milk 1 L,1.25,38,10\n"
    )
    plan = plan_items(shop.uow, path)

    report = apply_plan(shop.uow, plan)

    assert report.summary() == "1 item added, 1 updated"
    assert sql("SELECT sku, price, stock, tax_rate, active FROM items ORDER BY id") == [
        ("MILK-1", 125, 38, 1000, 1),
        ("BREAD-1", 229, 12, 1000, 1),
        ("ZEB-1", 250, 7, 2000, 1),
    ]
    # The literal timestamps of the bulk insert are stored exactly as bound ones are.
    (stamp,) = sql("SELECT created_at FROM items WHERE sku = 'ZEB-1'")[0]
    (bound,) = sql("SELECT created_at FROM items WHERE sku = 'MILK-1'")[0]
    assert len(stamp) == len(bound) == len("2026-01-01 00:00:00.000000")
    assert sql(
        "SELECT kind, change FROM stock_movements m JOIN items i ON i.id = m.item_id WHERE i.sku != 'BREAD-1'"
        " ORDER BY m.id"
    ) == [("opening", 40), ("adjustment", -2), ("opening", 7)]
    assert search(shop, "zebra cook") == ["ZEB-1"]
    assert search(shop, gtin(1)) == ["ZEB-1"]
    assert index_is_consistent(db_path)
    assert [
        name
        for (name,) in sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'items_fts%' ORDER BY name"
        )
    ] == ["items_fts_after_delete", "items_fts_after_insert", "items_fts_after_update"]


@pytest.mark.parametrize("catalog_size", [2, 60], ids=["index-rebuilt", "update-trigger"])
def test_renamed_items_are_found_by_their_new_names_only(
    shop: AppControllers, db_path: Path, csv_file, make_item, catalog_size: int
):
    for n in range(catalog_size - 2):
        make_item(f"Filler {n}", "1.00", sku=f"FILL-{n}", tax_rate="10")
    # One renamed item: more than a twentieth of 2 items rebuilds the index, not of 60.
    path = csv_file(HEADER + f"MILK-1,{MILK},Oat drink barista,1.19,40,10\n")

    apply_plan(shop.uow, plan_items(shop.uow, path))

    assert search(shop, "oat barista") == ["MILK-1"]
    assert search(shop, "whole milk") == []
    assert index_is_consistent(db_path)


def test_sku_added_meanwhile_is_a_conflict(
    shop: AppControllers, other_till: AppControllers, csv_file, snapshot
):
    plan = plan_items(shop.uow, csv_file(HEADER + "NEW-1,,New thing,1.00,1,10\nNEW-2,,Other,1.00,1,10\n"))
    other_till.catalog.add_item(
        validate_item(sku="NEW-2", barcode="", name="Made at the till", price="3.00", tax_rate="10")
    )
    before = snapshot()

    with pytest.raises(ImportConflictError) as caught:
        apply_plan(shop.uow, plan)

    assert str(caught.value) == (
        "the catalog changed since the preview"
        " (line 3: SKU NEW-2 was added to the catalog (“Made at the till”)); preview the file again"
    )
    assert snapshot() == before


def test_barcode_taken_meanwhile_is_a_conflict(
    shop: AppControllers, other_till: AppControllers, csv_file, gtin, snapshot
):
    plan = plan_items(shop.uow, csv_file(HEADER + f"NEW-1,{gtin(5)},New thing,1.00,1,10\n"))
    other_till.catalog.add_item(
        validate_item(sku="TILL-1", barcode=gtin(5), name="Scanned in", price="3.00", tax_rate="10")
    )
    before = snapshot()

    with pytest.raises(ImportConflictError, match=rf"line 2: barcode {gtin(5)} was given to SKU TILL-1"):
        apply_plan(shop.uow, plan)

    assert snapshot() == before


def test_item_edited_meanwhile_is_a_conflict(
    shop: AppControllers, other_till: AppControllers, csv_file, snapshot
):
    plan = plan_items(shop.uow, csv_file(HEADER + f"MILK-1,{MILK},Whole milk 1 L,1.25,40,10\n"))
    milk = other_till.catalog.items("MILK-1").fetch(0, 1)[0]
    other_till.catalog.update_item(
        milk.id,
        validate_item(
            sku="MILK-1", barcode=MILK, name="Whole milk 1 L", price="1.39", stock="40", tax_rate="10"
        ),
    )
    before = snapshot()

    with pytest.raises(ImportConflictError, match="line 2: item MILK-1 was changed or removed"):
        apply_plan(shop.uow, plan)

    assert snapshot() == before


def test_customer_added_meanwhile_is_a_conflict(
    shop: AppControllers, other_till: AppControllers, csv_file, snapshot
):
    plan = plan_customers(shop.uow, csv_file("name,email\nBen Carter,ben@example.com\n"))
    other_till.customers.add_customer(validate_customer(name="Ben C.", email="ben@example.com"))
    before = snapshot()

    with pytest.raises(
        ImportConflictError, match=r"line 2: a customer with the email ben@example\.com was added"
    ):
        apply_plan(shop.uow, plan)

    assert snapshot() == before


def test_plan_with_errors_is_refused(shop: AppControllers, csv_file, snapshot):
    plan = plan_items(shop.uow, csv_file(HEADER + "OK-1,,Fine,1.00,1,10\nBAD-1,,Bad,abc,1,10\n"))
    before = snapshot()

    with pytest.raises(Exception, match="line 3: price must be a number"):
        apply_plan(shop.uow, plan)

    assert snapshot() == before


def test_failure_mid_apply_rolls_back_everything_and_the_session_stays_usable(
    shop: AppControllers,
    other_till: AppControllers,
    db_path: Path,
    csv_file,
    gtin,
    snapshot,
    monkeypatch: pytest.MonkeyPatch,
):
    """A real UNIQUE violation after the updates ran and the insert trigger was dropped."""
    rows = "".join(f"NEW-{n},{gtin(n)},New {n},1.00,1,10\n" for n in range(50))
    plan = plan_items(shop.uow, csv_file(HEADER + f"MILK-1,{MILK},Whole milk 1 L,1.25,40,10\n" + rows))
    other_till.catalog.add_item(
        validate_item(sku="NEW-49", barcode="", name="Clash", price="1.00", tax_rate="10")
    )
    # Without the re-check, the clash reaches the database in the middle of the writes.
    monkeypatch.setattr(import_items, "_check_unchanged_since_plan", lambda *_args: None)
    before = snapshot()

    with pytest.raises(UserError):
        apply_plan(shop.uow, plan)

    assert snapshot() == before  # the updated price, the new rows and the dropped trigger: all undone
    assert index_is_consistent(db_path)
    monkeypatch.undo()
    report = import_items_file(
        shop.uow, csv_file(HEADER + "LATER-1,,Imported later,1.00,1,10\n", name="b.csv")
    )
    assert report.added == 1
    assert search(shop, "imported later") == ["LATER-1"]
    with shop.uow.read() as session:
        assert session.scalar(text("SELECT price FROM items WHERE sku = 'MILK-1'")) == 119
    assert Decimal("1.19") == shop.catalog.items("MILK-1").fetch(0, 1)[0].price


@pytest.mark.parametrize("with_stock", [False, True], ids=["price-list", "stock-count"])
def test_stock_moved_meanwhile_conflicts_only_for_a_file_that_sets_stock(
    shop: AppControllers, other_till: AppControllers, csv_file, sql, with_stock: bool
):
    row = f"MILK-1,{MILK},Whole milk 1 L,1.25" + (",40" if with_stock else "")
    plan = plan_items(
        shop.uow,
        csv_file(
            ("sku,barcode,name,price,stock\n" if with_stock else "sku,barcode,name,price\n") + row + "\n"
        ),
    )
    milk = other_till.catalog.items("MILK-1").fetch(0, 1)[0]
    # Two sold at another till while the preview was open.
    other_till.catalog.update_item(
        milk.id,
        validate_item(
            sku="MILK-1", barcode=MILK, name="Whole milk 1 L", price="1.19", stock="38", tax_rate="10"
        ),
    )

    if with_stock:
        with pytest.raises(ImportConflictError, match="item MILK-1 was changed or removed"):
            apply_plan(shop.uow, plan)
        assert sql("SELECT price, stock FROM items WHERE sku = 'MILK-1'") == [(119, 38)]
    else:
        assert apply_plan(shop.uow, plan).updated == 1
        assert sql("SELECT price, stock FROM items WHERE sku = 'MILK-1'") == [(125, 38)]
