"""The stock list, reorder points and adjustments, checked against SQL run on the file from outside.

The list's filters and sorting are compared with the same question asked in plain SQL; every
write is checked in the database, and so is "stock on hand is the sum of the journal".
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from pos_app.controllers.errors import NotFoundError, UserError
from pos_app.controllers.stock_levels import StockFilter, StockLevelRow, StockSort

OFF_THE_JOURNAL = (
    "SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
    " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0)"
)


@pytest.fixture
def shop(controllers, make_item):
    items = {
        "tea": make_item("Green tea", "2.50", sku="TEA", barcode="4006381333931", stock="4"),
        "jasmine": make_item("Jasmine tea", "3.10", sku="JAS", stock="12"),
        "soap": make_item("Olive soap", "4.00", sku="SOAP", stock="5"),
        "pen": make_item("Blue pen", "1.00", sku="PEN", stock="0"),
        "ink": make_item("Ink refill", "2.00", sku="INK", stock="30"),
    }
    levels = controllers.stock_levels
    levels.set_reorder_point(items["tea"], "5")  # 4 on hand: one short
    levels.set_reorder_point(items["soap"], "5")  # 5 on hand: at the reorder point, low
    levels.set_reorder_point(items["jasmine"], "3")  # 12 on hand: fine
    levels.set_reorder_point(items["pen"], "10")  # 0 on hand: ten short
    levels.adjust(items["pen"], "-2", "Two sold before they were entered")  # -2: twelve short
    return items


def listed(controllers, **wanted) -> list[StockLevelRow]:
    source = controllers.stock_levels.levels(StockFilter(**wanted))
    rows = list(source.fetch(0, 1000))
    assert source.count() == len(rows)
    return rows


def names(rows) -> list[str]:
    return [row.name for row in rows]


def test_low_stock_only_lists_items_at_or_below_their_reorder_point(controllers, shop, query):
    expected = query(
        "SELECT name FROM items WHERE reorder_point IS NOT NULL AND stock <= reorder_point ORDER BY name"
    )
    assert names(listed(controllers, low_only=True)) == [name for (name,) in expected]
    assert names(listed(controllers, low_only=True)) == ["Blue pen", "Green tea", "Olive soap"]
    by_name = {row.name: row for row in listed(controllers)}
    assert (by_name["Blue pen"].stock, by_name["Blue pen"].reorder_point, by_name["Blue pen"].shortfall) == (
        -2,
        10,
        12,
    )
    assert by_name["Olive soap"].shortfall == 0  # at the reorder point: low, nothing short yet
    assert by_name["Jasmine tea"].shortfall is None  # above it
    assert by_name["Ink refill"].reorder_point is None  # not tracked
    assert by_name["Ink refill"].shortfall is None


def test_rows_carry_codes_and_the_last_movement_date(controllers, shop, query):
    rows = listed(controllers)
    expected = query(
        "SELECT i.id, i.sku, i.barcode, i.stock, i.reorder_point, MAX(m.created_at) FROM items i"
        " LEFT JOIN stock_movements m ON m.item_id = i.id GROUP BY i.id ORDER BY i.name"
    )
    assert [
        (r.id, r.sku, r.barcode, r.stock, r.reorder_point, r.last_movement and r.last_movement.isoformat(" "))
        for r in rows
    ] == [(*row[:5], row[5] and row[5][:26]) for row in expected]
    pen = next(r for r in rows if r.sku == "PEN")
    assert pen.last_movement is not None  # its adjustment
    assert controllers.stock_levels.level(shop["pen"]) == pen


def test_search_negative_and_combined_filters(controllers, shop, query):
    assert names(listed(controllers, search="tea")) == ["Green tea", "Jasmine tea"]
    assert names(listed(controllers, search="4006381333931")) == ["Green tea"]  # a scanned barcode
    assert names(listed(controllers, search="te low")) == []  # every word must match
    negative = [name for (name,) in query("SELECT name FROM items WHERE stock < 0 ORDER BY name")]
    assert names(listed(controllers, negative_only=True)) == negative == ["Blue pen"]
    assert names(listed(controllers, search="tea", low_only=True)) == ["Green tea"]
    assert names(listed(controllers, search="tea", negative_only=True)) == []


def test_sorting_by_stock_and_by_shortfall(controllers, shop, query):
    by_stock = query("SELECT name FROM items ORDER BY stock, name")
    assert names(listed(controllers, sort=StockSort.STOCK)) == [n for (n,) in by_stock]
    by_shortfall = query(
        "SELECT name FROM items ORDER BY reorder_point - stock IS NULL, reorder_point - stock DESC, name"
    )
    assert names(listed(controllers, sort=StockSort.SHORTFALL)) == [n for (n,) in by_shortfall]
    assert names(listed(controllers, sort=StockSort.SHORTFALL))[:3] == ["Blue pen", "Green tea", "Olive soap"]


def test_pages_follow_each_other(controllers, shop):
    source = controllers.stock_levels.levels(StockFilter(sort=StockSort.STOCK))
    whole = list(source.fetch(0, 100))
    assert list(source.fetch(0, 2)) + list(source.fetch(2, 2)) + list(source.fetch(4, 2)) == whole


def test_inactive_items_are_not_listed(controllers, shop):
    controllers.catalog.set_active(shop["pen"], False)
    assert "Blue pen" not in names(listed(controllers))
    assert names(listed(controllers, low_only=True)) == ["Green tea", "Olive soap"]


def test_reorder_point_set_cleared_and_refused(controllers, shop, query):
    levels = controllers.stock_levels
    assert levels.set_reorder_point(shop["ink"], "  25 ") == 25
    assert query("SELECT reorder_point FROM items WHERE id = ?", shop["ink"]) == [(25,)]
    assert levels.set_reorder_point(shop["ink"], "") is None  # blank: not tracked
    assert query("SELECT reorder_point FROM items WHERE id = ?", shop["ink"]) == [(None,)]
    levels.set_reorder_point(shop["ink"], "7")
    for bad in ("-1", "1.5", "abc", "5 boxes", "١٢", "99999999999"):
        with pytest.raises(UserError) as refused:
            levels.set_reorder_point(shop["ink"], bad)
        assert "reorder point" in refused.value.message
        assert refused.value.field == "reorder_point"
    assert query("SELECT reorder_point FROM items WHERE id = ?", shop["ink"]) == [(7,)]
    with pytest.raises(NotFoundError):
        levels.set_reorder_point(999_999, "3")


def test_adjust_to_a_count_or_by_a_change_with_a_reason(controllers, shop, query):
    levels = controllers.stock_levels
    controllers.sale.scan("TEA")
    controllers.sale.pay_cash()  # a sale meanwhile: the count is taken against 3, not 4
    assert levels.adjust(shop["tea"], "10", "  Shelf   counted ") == 10
    assert levels.adjust(shop["tea"], "+5", "Found a box in the back") == 15
    assert levels.adjust(shop["tea"], "-1", "Broken") == 14
    assert query("SELECT stock FROM items WHERE id = ?", shop["tea"]) == [(14,)]
    assert query(
        "SELECT change, kind, reason FROM stock_movements"
        " WHERE item_id = ? AND kind = 'adjustment' ORDER BY id",
        shop["tea"],
    ) == [
        (7, "adjustment", "Shelf counted"),
        (5, "adjustment", "Found a box in the back"),
        (-1, "adjustment", "Broken"),
    ]
    assert query(OFF_THE_JOURNAL) == []
    assert controllers.stock_levels.journal_mismatches() == []


@pytest.mark.parametrize(
    ("typed", "reason", "field"),
    [
        ("10", "", "reason"),
        ("10", "   ", "reason"),
        ("10", "x" * 201, "reason"),
        ("10", "bad\x07bell", "reason"),
        ("", "Count", "quantity"),
        ("ten", "Count", "quantity"),
        ("1.5", "Count", "quantity"),
        ("+0", "Count", "quantity"),
        ("-0", "Count", "quantity"),
        ("4", "Count", "quantity"),  # already 4 on hand
        ("99999999999", "Count", "quantity"),
    ],
)
def test_refused_adjustments_change_nothing(controllers, shop, query, typed, reason, field):
    before = query("SELECT id, stock FROM items ORDER BY id"), query("SELECT COUNT(*) FROM stock_movements")
    with pytest.raises(UserError) as refused:
        controllers.stock_levels.adjust(shop["tea"], typed, reason)
    assert refused.value.field == field
    assert refused.value.message
    assert (
        query("SELECT id, stock FROM items ORDER BY id"),
        query("SELECT COUNT(*) FROM stock_movements"),
    ) == before


def test_adjusting_a_missing_item_is_refused(controllers, shop):
    with pytest.raises(NotFoundError):
        controllers.stock_levels.adjust(999_999, "+1", "Found")


def test_journal_mismatches_names_an_item_off_its_journal(controllers, shop, db_path):
    assert controllers.stock_levels.journal_mismatches() == []
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE items SET stock = stock + 3 WHERE id = ?", (shop["soap"],))
    [mismatch] = controllers.stock_levels.journal_mismatches()
    assert (mismatch.item_id, mismatch.sku, mismatch.stock, mismatch.journal_total) == (
        shop["soap"],
        "SOAP",
        8,
        5,
    )


def test_changes_are_announced(controllers, shop, qtbot):
    with qtbot.waitSignal(controllers.stock_levels.stock_changed) as reorder:
        controllers.stock_levels.set_reorder_point(shop["ink"], "4")
    with qtbot.waitSignal(controllers.stock_levels.stock_changed) as adjusted:
        controllers.stock_levels.adjust(shop["ink"], "+1", "Found")
    assert reorder.args == adjusted.args == [shop["ink"]]
