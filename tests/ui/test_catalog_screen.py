"""The catalog screen and item form driven as a shop owner would, checked on screen and in the database."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from pos_app.controllers.app import AppControllers
from pos_app.controllers.catalog import ADJUSTMENT_REASON
from pos_app.ui.catalog_screen import CatalogScreen
from pos_app.ui.item_dialog import ItemDialog

pytestmark = pytest.mark.usefixtures("no_leaked_windows")

MILK = "4006381333931"
BREAD = "5901234123457"
ITEMS_SQL = "SELECT sku, barcode, name, price, stock, tax_rate, active FROM items ORDER BY id"


@pytest.fixture
def screen(qtbot, controllers, make_item, show_screen):
    make_item("Whole milk 1 L", "1.29", barcode=MILK, sku="DAI-1", stock="50", tax_rate="7")
    make_item("Sourdough bread", "3.50", barcode=BREAD, sku="BAK-1", stock="20", tax_rate="7")
    make_item("Dark chocolate 70%", "2.20", sku="SWE-1")
    make_item("Milk chocolate", "1.90", sku="SWE-2")
    widget = show_screen(CatalogScreen(controllers.catalog, controllers.tax_rates))
    widget.focus_search()
    qtbot.waitUntil(widget.search_field.hasFocus)  # shortcuts reach only the active window
    return widget


def column(screen: CatalogScreen, number: int) -> list[str]:
    model = screen.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def names(screen: CatalogScreen) -> list[str]:
    return column(screen, 2)


def open_add_dialog(qtbot, screen: CatalogScreen) -> ItemDialog:
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    qtbot.waitUntil(dialog.sku.hasFocus)  # the form opens ready to type
    assert not dialog.stock_reason.isVisible()  # a new item's stock is its opening stock
    return dialog


# -- searching -------------------------------------------------------------------------------


def test_search_as_you_type_narrows_the_table(qtbot, screen, search):
    assert names(screen) == ["Dark chocolate 70%", "Milk chocolate", "Sourdough bread", "Whole milk 1 L"]
    assert screen.status_label.text() == "4 items"

    qtbot.keyClicks(screen.search_field, "choc")  # a prefix of a word, not a whole word
    assert names(screen) == ["Dark chocolate 70%", "Milk chocolate"]
    assert screen.status_label.text() == "2 items matching “choc”"

    qtbot.keyClicks(screen.search_field, " mil")  # every word must match
    assert names(screen) == ["Milk chocolate"]
    assert screen.status_label.text() == "1 item matching “choc mil”"

    search(screen, "BAK")  # SKU prefix
    assert names(screen) == ["Sourdough bread"]
    search(screen, MILK[:7])  # barcode prefix
    assert names(screen) == ["Whole milk 1 L"]
    search(screen, "xyz")
    assert names(screen) == []
    assert screen.status_label.text() == "0 items matching “xyz”"
    assert not screen.edit_button.isEnabled()


def test_table_shows_formatted_columns(qtbot, screen, search):
    search(screen, "whole")
    model = screen.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["SKU", "Barcode", "Name", "Price", "Stock", "Tax %", "Active"]
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "DAI-1",
        MILK,
        "Whole milk 1 L",
        "1.29",
        "50",
        "7",
        "Yes",
    ]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) == right


def test_up_down_in_search_field_move_the_selection(qtbot, screen):
    qtbot.keyClicks(screen.search_field, "choc")
    assert screen.selected_item().name == "Dark chocolate 70%"
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Down)
    assert screen.selected_item().name == "Milk chocolate"
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Down)  # stays on the last row
    assert screen.selected_item().name == "Milk chocolate"
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Up)
    assert screen.selected_item().name == "Dark chocolate 70%"
    assert screen.search_field.hasFocus()


# -- adding and editing ----------------------------------------------------------------------


def test_add_item_through_the_dialog(qtbot, screen, db_rows, fill, save_and_wait_closed):
    dialog = open_add_dialog(qtbot, screen)
    fill(
        dialog,
        sku="EGG-6",
        barcode="96385074",
        name="Free-range eggs x6",
        price="2.99",
        stock="30",
    )
    assert dialog.tax_rate.currentText() == "Tax 7% — 7%"  # the rate most items use
    save_and_wait_closed(screen, dialog)

    assert "Free-range eggs x6" in names(screen)
    assert screen.selected_item().name == "Free-range eggs x6"  # the new item is selected
    assert screen.status_label.text() == "5 items"
    assert db_rows(ITEMS_SQL)[-1] == ("EGG-6", "96385074", "Free-range eggs x6", 299, 30, 700, 1)


@pytest.mark.parametrize("key", [(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_Insert,)])
def test_shortcuts_open_the_add_dialog_and_escape_cancels(qtbot, screen, db_rows, key, fill):
    before = db_rows(ITEMS_SQL)
    qtbot.keyClick(screen.search_field, *key)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    fill(dialog, sku="NEW-1", name="Never saved", price="1.00")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert db_rows(ITEMS_SQL) == before
    assert len(names(screen)) == 4


def test_edit_price_with_enter_on_the_selected_row(
    qtbot, screen, controllers, db_rows, fill, save_and_wait_closed
):
    qtbot.keyClicks(screen.search_field, "sourdough")
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    # The form shows the item as it is stored, in text that reads back the same.
    assert (dialog.sku.text(), dialog.barcode.text(), dialog.name.text()) == (
        "BAK-1",
        BREAD,
        "Sourdough bread",
    )
    assert (dialog.price.text(), dialog.stock.text(), dialog.tax_rate.currentText()) == (
        "3.50",
        "20",
        "Tax 7% — 7%",
    )
    assert dialog.active.isChecked()

    fill(dialog, price="3.75")
    save_and_wait_closed(screen, dialog)

    assert column(screen, 3) == ["3.75"]
    assert screen.selected_item().name == "Sourdough bread"
    assert db_rows("SELECT price FROM items WHERE sku = 'BAK-1'") == [(375,)]
    assert str(controllers.catalog.get_item(screen.selected_item().id).price) == "3.75"


def test_double_click_opens_the_edit_dialog(qtbot, screen, search):
    search(screen, "milk chocolate")
    rect = screen.table.visualRect(screen.model.index(0, 2))
    # A real double-click is a click and then a double-click event; the view checks both.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    assert screen.dialog.name.text() == "Milk chocolate"
    qtbot.keyClick(screen.dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_enter_on_the_table_opens_the_edit_dialog(qtbot, screen):
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    assert screen.dialog.name.text() == "Milk chocolate"
    qtbot.keyClick(screen.dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


# -- deactivating ----------------------------------------------------------------------------


def test_deactivate_hides_the_item_unless_show_inactive(qtbot, screen, db_rows, search):
    search(screen, "dark")
    assert screen.toggle_button.text() == "Deactivate"
    qtbot.mouseClick(screen.toggle_button, Qt.MouseButton.LeftButton)
    assert names(screen) == []
    assert db_rows("SELECT active FROM items WHERE sku = 'SWE-1'") == [(0,)]

    search(screen, "")
    assert "Dark chocolate 70%" not in names(screen)
    assert screen.status_label.text() == "3 items"

    qtbot.mouseClick(screen.show_inactive, Qt.MouseButton.LeftButton)
    assert screen.show_inactive.isChecked()
    assert names(screen)[0] == "Dark chocolate 70%"
    assert column(screen, 6)[0] == "No"
    assert screen.status_label.text() == "4 items"

    # Selected inactive item: the same button brings it back.
    assert screen.selected_item().name == "Dark chocolate 70%"
    assert screen.toggle_button.text() == "Reactivate"
    qtbot.mouseClick(screen.toggle_button, Qt.MouseButton.LeftButton)
    assert column(screen, 6)[0] == "Yes"
    assert screen.toggle_button.text() == "Deactivate"
    assert db_rows("SELECT active FROM items WHERE sku = 'SWE-1'") == [(1,)]


# -- refused input ---------------------------------------------------------------------------

VALID = {"sku": "NEW-1", "barcode": "", "name": "New thing", "price": "1.00", "stock": "5"}


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("price", "abc", "Price must be a number, like 4.99 (got 'abc')"),
        ("price", "-1.00", "Price cannot be negative"),
        ("price", "1.999", "Price can have at most 2 decimal places"),
        ("sku", "SWE-1", "SKU SWE-1 is already used by “Dark chocolate 70%”."),
        ("barcode", MILK, f"Barcode {MILK} is already used by “Whole milk 1 L”."),
        ("barcode", "4006381333932", "Barcode 4006381333932 has a wrong check digit (EAN/UPC)"),
        ("stock", "lots", "Stock must be a whole number (got 'lots')"),
        ("name", "", "Name is required"),
    ],
    ids=[
        "price-abc",
        "price-negative",
        "price-3-decimals",
        "dup-sku",
        "dup-barcode",
        "bad-ean",
        "stock",
        "no-name",
    ],
)
def test_bad_input_is_refused_with_a_visible_message(
    qtbot, screen, db_rows, field, typed, message, fill, save_and_wait_closed
):
    before = db_rows(ITEMS_SQL)
    dialog = open_add_dialog(qtbot, screen)
    fill(dialog, **{**VALID, field: typed})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert screen.dialog is dialog
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == message
    qtbot.waitUntil(getattr(dialog, field).hasFocus)
    assert db_rows(ITEMS_SQL) == before
    assert len(names(screen)) == 4

    # Fixing the field clears the message and the same dialog saves.
    fill(dialog, **{field: VALID[field]})
    assert not dialog.error_label.isVisible()
    save_and_wait_closed(screen, dialog)
    assert len(db_rows(ITEMS_SQL)) == len(before) + 1


def test_ten_thousand_character_name_is_refused_not_truncated(qtbot, screen, db_rows, fill):
    before = db_rows(ITEMS_SQL)
    dialog = open_add_dialog(qtbot, screen)
    fill(dialog, sku="LONG-1", price="1.00")
    QApplication.clipboard().setText("x" * 10_000)
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # paste
    assert len(dialog.name.text()) == 10_000
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.error_label.text() == "Name is too long (10000 characters, at most 200)"
    qtbot.waitUntil(dialog.name.hasFocus)
    assert db_rows(ITEMS_SQL) == before
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_edit_to_a_duplicate_sku_changes_nothing(qtbot, screen, db_rows, search, fill):
    before = db_rows(ITEMS_SQL)
    search(screen, "milk chocolate")
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    fill(dialog, sku="SWE-1", price="9.99")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "SKU SWE-1 is already used by “Dark chocolate 70%”."
    qtbot.waitUntil(dialog.sku.hasFocus)
    assert db_rows(ITEMS_SQL) == before
    assert column(screen, 3) == ["1.90"]
    qtbot.keyClick(dialog.sku, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_an_open_edit_form_keeps_a_sale_made_meanwhile_and_a_new_count_is_journaled(
    qtbot, screen, db_url, db_rows, search, fill, save_and_wait_closed
):
    search(screen, "whole milk")
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    assert dialog.stock.text() == "50"
    register = AppControllers(db_url)  # the till sells two while the owner edits the price
    try:
        register.sale.scan(MILK)
        register.sale.scan(MILK)
        register.sale.pay_cash()
    finally:
        register.close()
    fill(dialog, price="1.35")
    save_and_wait_closed(screen, dialog)
    assert db_rows("SELECT price, stock FROM items WHERE sku = 'DAI-1'") == [(135, 48)]

    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    assert dialog.stock.text() == "48"
    assert dialog.stock_reason.isVisible()
    fill(dialog, stock="45")  # counted on the shelf
    save_and_wait_closed(screen, dialog)
    assert column(screen, 4) == ["45"]

    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    fill(dialog, stock="44", stock_reason="  Broken   bottle ")
    save_and_wait_closed(screen, dialog)

    assert column(screen, 4) == ["44"]
    assert db_rows(
        "SELECT m.change, m.kind, m.reason FROM stock_movements m JOIN items i ON i.id = m.item_id"
        " WHERE i.sku = 'DAI-1' ORDER BY m.id"
    ) == [
        (50, "opening", "Stock entered with the new item"),
        (-2, "sale", None),
        (-3, "adjustment", ADJUSTMENT_REASON),
        (-1, "adjustment", "Broken bottle"),
    ]


def test_a_too_long_stock_reason_is_refused_in_the_form(qtbot, screen, db_rows, fill):
    before = db_rows(ITEMS_SQL)
    qtbot.keyClicks(screen.search_field, "sourdough")
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    fill(dialog, stock="3", stock_reason="x" * 201)
    qtbot.keyClick(dialog.stock, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "The stock reason is too long (201 characters, at most 200)."
    qtbot.waitUntil(dialog.stock_reason.hasFocus)
    assert db_rows(ITEMS_SQL) == before
    assert db_rows("SELECT count(*) FROM stock_movements WHERE kind = 'adjustment'") == [(0,)]
    qtbot.keyClick(dialog.stock_reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_load_failure_is_shown_in_the_status_label(qtbot, screen):
    # Stands in for a page read refused by a locked database (PagedTableModel reports UserErrors).
    screen.model.load_failed.emit("The database is busy: another program is writing to it.")
    assert screen.status_label.text() == "The database is busy: another program is writing to it."
    assert screen.status_label.property("kind") == "error"
    qtbot.keyClicks(screen.search_field, "m")  # the next good read replaces it
    assert screen.status_label.property("kind") == "info"


# -- a big catalog ---------------------------------------------------------------------------


def insert_items(db_path, count: int) -> None:
    now = datetime(2024, 1, 1).isoformat(" ")
    connection = sqlite3.connect(db_path)
    try:
        with connection:
            connection.executemany(
                "INSERT INTO items (sku, barcode, name, price, stock, tax_rate, active,"
                " created_at, updated_at) VALUES (?, NULL, ?, ?, ?, 700, 1, ?, ?)",
                [(f"BULK-{n:04d}", f"Bulk item {n:04d}", 100 + n, n, now, now) for n in range(count)],
            )
    finally:
        connection.close()


def test_a_thousand_items_page_in_and_pass_the_model_tester(
    qtbot, qtmodeltester, controllers, db_path, show_screen
):
    insert_items(db_path, 1_000)
    widget = show_screen(CatalogScreen(controllers.catalog, controllers.tax_rates))
    assert widget.status_label.text() == "1,000 items"
    assert widget.model.rowCount() == 1_000
    assert widget.model.index(999, 2).data() == "Bulk item 0999"
    assert widget.model.index(999, 3).data() == "10.99"
    assert widget.model.cached_page_count() <= 2  # the first page and the last, not all five

    qtmodeltester.check(widget.model)

    qtbot.keyClicks(widget.search_field, "0999")
    assert [widget.model.index(r, 0).data() for r in range(widget.model.rowCount())] == ["BULK-0999"]
