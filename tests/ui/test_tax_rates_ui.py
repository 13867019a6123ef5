"""Named tax rates from the catalog screen by keyboard (Ctrl+T), and the item form picking its rate from
them; checked on screen and in the database."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.ui.catalog_screen import CatalogScreen
from pos_app.ui.item_dialog import ItemDialog
from pos_app.ui.tax_rates_dialog import TaxRatesDialog

pytestmark = pytest.mark.usefixtures("no_leaked_windows")

RATES_SQL = "SELECT name, percent FROM tax_rates ORDER BY percent"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def screen(qtbot, controllers, show_screen):
    widget = show_screen(CatalogScreen(controllers.catalog, controllers.tax_rates))
    widget.focus_search()
    qtbot.waitUntil(widget.search_field.hasFocus)  # shortcuts reach only the active window
    return widget


def focused(screen: CatalogScreen):
    modal = QApplication.activeModalWidget()
    return modal.focusWidget() if modal is not None else screen.focusWidget()


def press(qtbot, screen, text: str = "", key: Qt.Key | None = Qt.Key.Key_Return, modifier=None):
    target = focused(screen)
    if text:
        qtbot.keyClicks(target, text)
    if key is not None:
        qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)


def open_rates(qtbot, screen: CatalogScreen) -> TaxRatesDialog:
    screen.activateWindow()  # offscreen Qt has no window manager to do it after a dialog closed
    qtbot.waitUntil(screen.isActiveWindow)
    press(qtbot, screen, key=Qt.Key.Key_T, modifier=CTRL)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, TaxRatesDialog))
    return screen.dialog


def entries(dialog: TaxRatesDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def close(qtbot, screen: CatalogScreen) -> None:
    press(qtbot, screen, key=Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_a_new_shop_adds_its_rates_by_keyboard(qtbot, screen, db_rows):
    assert screen.tax_rates_button.text() == "Tax rates…  (Ctrl+T)"
    dialog = open_rates(qtbot, screen)
    assert dialog.message.text() == (
        "No tax rates yet. Type a name and a percent (e.g. Standard and 20) and press Enter."
    )
    assert dialog.focusWidget() is dialog.name

    press(qtbot, screen, "Standard", Qt.Key.Key_Tab)
    press(qtbot, screen, "20")
    assert dialog.message.text() == "Added Standard — 20%."
    press(qtbot, screen, key=Qt.Key.Key_N, modifier=CTRL)
    assert dialog.focusWidget() is dialog.name
    assert (dialog.name.text(), dialog.percent.text()) == ("", "")
    press(qtbot, screen, "Reduced", Qt.Key.Key_Tab)
    press(qtbot, screen, "5,5")

    assert entries(dialog) == ["Reduced — 5.5%   (0 items)", "Standard — 20%   (0 items)"]
    assert db_rows(RATES_SQL) == [("Reduced", 550), ("Standard", 2000)]
    assert screen.dialog is dialog  # Ctrl+N stayed in the dialog: no item form opened
    close(qtbot, screen)


@pytest.mark.parametrize(
    ("name", "percent", "message", "field"),
    [
        (
            "Other",
            "20",
            "Standard already has 20%: items refer to a rate by its percent, so each percent has one name.",
            "percent",
        ),
        ("Other", "120", "Tax rate must be between 0 and 100 percent", "percent"),
        ("standard", "19", "There is already a tax rate named Standard.", "name"),
        ("", "19", "A tax rate needs a name", "name"),
    ],
)
def test_a_refused_rate_changes_nothing(qtbot, screen, controllers, db_rows, name, percent, message, field):
    controllers.tax_rates.add_rate("Standard", "20")
    dialog = open_rates(qtbot, screen)
    press(qtbot, screen, key=Qt.Key.Key_N, modifier=CTRL)
    press(qtbot, screen, name, Qt.Key.Key_Tab)
    press(qtbot, screen, percent)
    assert dialog.message.text() == message
    assert dialog.message.property("kind") == "error"
    assert dialog.focusWidget() is getattr(dialog, field)
    assert db_rows(RATES_SQL) == [("Standard", 2000)]
    close(qtbot, screen)


def test_re_rating_moves_the_items_and_the_catalog_shows_it(qtbot, screen, make_item, db_rows):
    make_item("Tea", sku="TEA", tax_rate="19")
    make_item("Soap", sku="SOAP", tax_rate="19")
    make_item("Bread", sku="BREAD", tax_rate="7")
    dialog = open_rates(qtbot, screen)
    assert entries(dialog) == ["Tax 7% — 7%   (1 item)", "Tax 19% — 19%   (2 items)"]
    assert dialog.focusWidget() is dialog.list
    press(qtbot, screen, key=Qt.Key.Key_Down)
    assert (dialog.name.text(), dialog.percent.text()) == ("Tax 19%", "19")

    qtbot.keyClick(dialog.name, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.name, "Standard")
    qtbot.keyClick(dialog.percent, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.percent, "20")
    qtbot.keyClick(dialog.percent, Qt.Key.Key_Return)

    assert dialog.message.text() == "Saved; 2 items moved to Standard — 20%."
    assert entries(dialog) == ["Tax 7% — 7%   (1 item)", "Standard — 20%   (2 items)"]
    assert db_rows("SELECT sku, tax_rate FROM items ORDER BY id") == [
        ("TEA", 2000),
        ("SOAP", 2000),
        ("BREAD", 700),
    ]
    close(qtbot, screen)
    tax_column = [screen.model.index(r, 5).data() for r in range(screen.model.rowCount())]
    assert tax_column == ["7", "20", "20"]  # Bread, Soap, Tea by name


def test_delete_refuses_a_rate_in_use_and_removes_an_unused_one(
    qtbot, screen, controllers, make_item, db_rows
):
    make_item("Tea", tax_rate="20")
    controllers.tax_rates.add_rate("Zero", "0")
    dialog = open_rates(qtbot, screen)
    press(qtbot, screen, key=Qt.Key.Key_Down)  # Tax 20%, in use
    press(qtbot, screen, key=Qt.Key.Key_Delete)
    assert dialog.message.text() == "1 item uses Tax 20% (20%): move them to another rate before deleting it."
    press(qtbot, screen, key=Qt.Key.Key_Up)
    press(qtbot, screen, key=Qt.Key.Key_Delete)
    assert dialog.message.text() == "Deleted Zero — 0%."
    assert entries(dialog) == ["Tax 20% — 20%   (1 item)"]
    assert db_rows(RATES_SQL) == [("Tax 20%", 2000)]
    close(qtbot, screen)


def open_add_item(qtbot, screen: CatalogScreen) -> ItemDialog:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    press(qtbot, screen, key=Qt.Key.Key_N, modifier=CTRL)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    return screen.dialog


def test_the_item_form_picks_a_named_rate(qtbot, screen, controllers, make_item, fill, db_rows):
    controllers.tax_rates.add_rate("Reduced", "7")
    make_item("Tea", sku="TEA", tax_rate="20")  # names "Tax 20%"
    dialog = open_add_item(qtbot, screen)
    assert [dialog.tax_rate.itemText(i) for i in range(dialog.tax_rate.count())] == [
        "Reduced — 7%",
        "Tax 20% — 20%",
    ]
    assert dialog.tax_rate.currentText() == "Tax 20% — 20%"  # the one most items use
    fill(dialog, sku="BREAD", name="Bread", price="3.50")
    qtbot.keyClicks(dialog.tax_rate, "Red")  # a closed combo box selects by typed name
    assert dialog.tax_rate.currentText() == "Reduced — 7%"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT sku, tax_rate FROM items ORDER BY id") == [("TEA", 2000), ("BREAD", 700)]


def test_without_named_rates_the_item_form_says_where_to_add_them(qtbot, screen, fill, db_rows):
    dialog = open_add_item(qtbot, screen)
    assert dialog.tax_rate.count() == 0
    fill(dialog, sku="BREAD", name="Bread", price="3.50")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.error_label.text() == (
        "Choose a tax rate; if the list is empty, add the shop's rates first (Tax rates…, Ctrl+T)"
    )
    assert db_rows("SELECT count(*) FROM items") == [(0,)]
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


def test_an_item_at_a_percent_nobody_named_must_be_given_a_named_rate(
    qtbot, screen, controllers, db_path, db_rows, search
):
    controllers.tax_rates.add_rate("Standard", "20")
    with sqlite3.connect(db_path) as connection:  # as a hand-edited database might hold
        connection.execute(
            "INSERT INTO items (sku, name, price, stock, tax_rate, active, created_at, updated_at)"
            " VALUES ('ODD', 'Odd item', 100, 1, 750, 1, '2024-01-01', '2024-01-01')"
        )
    connection.close()
    search(screen, "odd")
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog))
    dialog = screen.dialog
    assert dialog.tax_rate.currentText() == "7.5% (no named rate)"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "No tax rate of 7.5%: add it under Tax rates first"
    qtbot.keyClicks(dialog.tax_rate, "Sta")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT tax_rate FROM items WHERE sku = 'ODD'") == [(2000,)]
