"""Receiving supplier deliveries: many items at once in one transaction, in a constant number of
statements, journaled and linked to the delivery; refused deliveries write nothing, and a delivery
that fails in the database rolls back and leaves the Session usable.

Checked from outside with raw SQL on the file and with the engine's statement log.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from pos_app.controllers.deliveries import MAX_NOTE, MAX_REFERENCE, MAX_SUPPLIER
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.stock_levels import StockFilter

OFF_THE_JOURNAL = (
    "SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
    " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0)"
)
TEA = "4006381333931"


def snapshot(query) -> tuple:
    return (
        query("SELECT id, stock FROM items ORDER BY id"),
        query("SELECT * FROM stock_movements ORDER BY id"),
        query("SELECT * FROM deliveries ORDER BY id"),
    )


@pytest.fixture
def shop(make_item):
    return {
        "tea": make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="4"),
        "soap": make_item("Olive soap", "4.00", sku="SOAP", stock="5"),
        "pen": make_item("Blue pen", "1.00", sku="PEN", stock="0"),
    }


@pytest.fixture
def fifty(make_item) -> list[int]:
    return [make_item(f"Bulk item {n:02}", "1.00", sku=f"BULK-{n:02}", stock=str(n % 7)) for n in range(50)]


def test_a_fifty_line_delivery_adds_stock_and_journal_in_one_go(controllers, fifty, query):
    before = dict(query("SELECT id, stock FROM items"))
    # Codes and ids mixed, as a scanner and a picker would give them; the first item twice.
    lines = [(f"BULK-{n:02}" if n % 2 else item_id, n + 1) for n, item_id in enumerate(fifty)]
    lines.append(("BULK-00", 4))
    receipt = controllers.deliveries.receive_delivery(
        "Acme Wholesale", "DN-1001", lines, note="Pallet 1 of 1"
    )

    assert (receipt.item_count, receipt.units) == (50, sum(range(1, 51)) + 4)
    assert query("SELECT id, supplier, reference, note FROM deliveries") == [
        (receipt.delivery_id, "Acme Wholesale", "DN-1001", "Pallet 1 of 1")
    ]
    expected = {item_id: n + 1 + (4 if n == 0 else 0) for n, item_id in enumerate(fifty)}
    assert dict(query("SELECT id, stock FROM items")) == {i: before[i] + expected[i] for i in fifty}
    movements = query(
        "SELECT item_id, change, kind, delivery_id, reason FROM stock_movements"
        " WHERE kind = 'delivery' ORDER BY id"
    )
    # One movement per item (the repeated line summed), all linked to the delivery, in one transaction:
    assert movements == [(i, expected[i], "delivery", receipt.delivery_id, None) for i in fifty]
    assert len(set(query("SELECT created_at FROM stock_movements WHERE kind = 'delivery'"))) == 1
    assert query(OFF_THE_JOURNAL) == []
    assert controllers.stock_levels.journal_mismatches() == []


def test_statements_do_not_grow_with_the_lines(controllers, fifty, statement_log):
    def received(lines: int, reference: str) -> list[str]:
        with statement_log(controllers.engine) as statements:
            controllers.deliveries.receive_delivery(
                "Acme", reference, [(f"BULK-{n:02}", 2) for n in range(lines)]
            )
        return list(statements)

    few, many = received(3, "DN-1"), received(50, "DN-2")
    assert len(few) == len(many)
    # BEGIN IMMEDIATE, the code lookup, the repeat check, the delivery, then exactly one statement
    # for all the movements (an executemany) and one for all the stock (an UPDATE ... FROM).
    assert len(many) == 6, many
    assert [" ".join(s.split()[:3]) for s in many if not s.startswith("SELECT")] == [
        "BEGIN IMMEDIATE",
        "INSERT INTO deliveries",
        "INSERT INTO stock_movements",
        "UPDATE items SET",
    ]


def test_unknown_codes_are_named_and_nothing_is_received(controllers, shop, query):
    before = snapshot(query)
    with pytest.raises(NotFoundError) as refused:
        controllers.deliveries.receive_delivery(
            "Acme", "DN-7", [(TEA, 2), ("NOPE-1", 1), ("SOAP", 1), (999_999, 3)]
        )
    assert "line 2 (NOPE-1)" in refused.value.message
    assert "line 4 (item 999999)" in refused.value.message
    assert "Nothing was received" in refused.value.message
    assert snapshot(query) == before


@pytest.mark.parametrize(
    ("quantity", "said"),
    [
        (0, "at least 1"),
        (-3, "at least 1"),
        ("-3", "at least 1"),
        ("abc", "whole number"),
        ("1.5", "whole number"),
        ("+-5", "whole number"),
        ("--5", "whole number"),
        (True, "whole number"),
        ("", "whole number"),
        (10_000_000, "cannot be more"),
    ],
)
def test_bad_quantities_are_refused_and_nothing_is_received(controllers, shop, query, quantity, said):
    before = snapshot(query)
    with pytest.raises(UserError) as refused:
        controllers.deliveries.receive_delivery("Acme", "DN-8", [(TEA, 2), ("SOAP", quantity)])
    assert refused.value.message.startswith("Line 2 (SOAP)")
    assert said in refused.value.message
    assert snapshot(query) == before


@pytest.mark.parametrize(
    ("supplier", "reference", "note", "lines", "field"),
    [
        ("", "DN-9", "", [(TEA, 1)], "supplier"),
        ("   ", "DN-9", "", [(TEA, 1)], "supplier"),
        ("x" * (MAX_SUPPLIER + 1), "DN-9", "", [(TEA, 1)], "supplier"),
        ("Acme\x00", "DN-9", "", [(TEA, 1)], "supplier"),
        ("Acme", "R" * (MAX_REFERENCE + 1), "", [(TEA, 1)], "reference"),
        ("Acme", "DN-9", "n" * (MAX_NOTE + 1), [(TEA, 1)], "note"),
        ("Acme", "DN-9", "", [], "lines"),
        ("Acme", "DN-9", "", [("   ", 1)], "lines"),
        ("Acme", "DN-9", "", [("C" * 65, 1)], "lines"),
    ],
)
def test_bad_headers_and_lines_are_refused(controllers, shop, query, supplier, reference, note, lines, field):
    before = snapshot(query)
    with pytest.raises(UserError) as refused:
        controllers.deliveries.receive_delivery(supplier, reference, lines, note=note)
    assert refused.value.field == field
    assert snapshot(query) == before


def test_the_same_delivery_note_cannot_be_received_twice(controllers, shop, query):
    controllers.deliveries.receive_delivery("Acme", "DN-42", [(TEA, 6)])
    before = snapshot(query)
    with pytest.raises(ConflictError, match="DN-42 from ACME was already received"):
        controllers.deliveries.receive_delivery("ACME", "DN-42", [(TEA, 6)])
    assert snapshot(query) == before
    # Another supplier's DN-42, or a delivery without a note number, is another delivery.
    controllers.deliveries.receive_delivery("Bolt & Co", "DN-42", [(TEA, 1)])
    controllers.deliveries.receive_delivery("Acme", "", [(TEA, 1)])
    controllers.deliveries.receive_delivery("Acme", "", [(TEA, 1)])
    assert query("SELECT stock FROM items WHERE sku = 'TEA'") == [(4 + 6 + 1 + 1 + 1,)]


def test_a_delivery_failing_in_the_database_rolls_back_and_the_session_goes_on(
    controllers, shop, query, db_path
):
    # A rule the database enforces that the controller does not know about: no more than 50 pens.
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "CREATE TRIGGER test_pen_limit BEFORE UPDATE OF stock ON items"
            " WHEN new.sku = 'PEN' AND new.stock > 50"
            " BEGIN SELECT RAISE(ABORT, 'too many pens'); END"
        )
    before = snapshot(query)
    with pytest.raises(ConflictError, match="too many pens"):
        controllers.deliveries.receive_delivery("Acme", "DN-50", [(TEA, 10), ("PEN", 60)])
    assert snapshot(query) == before  # no delivery row, no movement, no stock for the tea either

    receipt = controllers.deliveries.receive_delivery("Acme", "DN-50", [(TEA, 10), ("PEN", 40)])
    assert query("SELECT sku, stock FROM items WHERE sku IN ('TEA', 'PEN') ORDER BY sku") == [
        ("PEN", 40),
        ("TEA", 14),
    ]
    assert controllers.stock_levels.levels(StockFilter(search="pen")).count() == 1
    assert query(OFF_THE_JOURNAL) == []
    assert controllers.deliveries.delivery_detail(receipt.delivery_id).supplier == "Acme"


def test_deliveries_list_detail_and_the_item_journal(controllers, shop, query):
    first = controllers.deliveries.receive_delivery("Acme", "DN-1", [(TEA, 6), ("SOAP", 2), (TEA, 1)])
    second = controllers.deliveries.receive_delivery("Bolt & Co", "", [("PEN", 10)], note="Left at the door")
    source = controllers.deliveries.deliveries()
    assert source.count() == 2
    rows = list(source.fetch(0, 10))
    assert [(r.id, r.supplier, r.reference, r.item_count, r.units) for r in rows] == [
        (second.delivery_id, "Bolt & Co", None, 1, 10),
        (first.delivery_id, "Acme", "DN-1", 2, 9),
    ]
    detail = controllers.deliveries.delivery_detail(first.delivery_id)
    assert (detail.supplier, detail.reference, detail.note) == ("Acme", "DN-1", None)
    assert [(line.sku, line.name, line.quantity) for line in detail.lines] == [
        ("TEA", "Green tea", 7),
        ("SOAP", "Olive soap", 2),
    ]
    assert controllers.deliveries.delivery_detail(second.delivery_id).note == "Left at the door"
    with pytest.raises(NotFoundError):
        controllers.deliveries.delivery_detail(999)

    [newest, *_] = controllers.stock.movements(shop["tea"])
    assert (newest.kind, newest.change, newest.delivery_id, newest.supplier, newest.delivery_reference) == (
        "delivery",
        7,
        first.delivery_id,
        "Acme",
        "DN-1",
    )


def test_find_item_by_scanned_code(controllers, shop):
    assert controllers.deliveries.find_item(f" {TEA} ").id == shop["tea"]
    assert controllers.deliveries.find_item("SOAP").id == shop["soap"]
    assert controllers.deliveries.find_item("NOPE") is None
    assert controllers.deliveries.find_item("") is None
    assert controllers.deliveries.find_item("x" * 300) is None


def test_a_received_delivery_is_announced(controllers, shop, qtbot):
    with qtbot.waitSignal(controllers.deliveries.delivery_received) as announced:
        receipt = controllers.deliveries.receive_delivery("Acme", "DN-3", [(TEA, 1)])
    assert announced.args == [receipt.delivery_id]
