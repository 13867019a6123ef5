"""The stock screen driven as a stock clerk would, on the real main window: Ctrl+6, a delivery scanned
in with Ctrl+D and received with Ctrl+Enter, a reorder point and the low-stock list, an adjustment;
then what the screen shows and what the database holds. Every Qt model passes Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.controllers.stock_levels import StockFilter
from pos_app.ui.delivery_dialog import DeliveryDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.stock_dialogs import AdjustStockDialog, ReorderPointDialog
from pos_app.ui.stock_journal_model import StockJournalModel
from pos_app.ui.stock_screen import StockScreen

CODES = {"milk": "4006381333931", "bread": "5901234123457", "eggs": "96385074"}
CONTROL = Qt.KeyboardModifier.ControlModifier
OFF_THE_JOURNAL = (
    "SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
    " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0)"
)


@pytest.fixture
def shop(make_item):
    return {
        "milk": make_item("Whole milk 1 L", "1.29", sku="MILK", barcode=CODES["milk"], stock="5"),
        "bread": make_item("Sourdough bread", "3.50", sku="BREAD", barcode=CODES["bread"], stock="2"),
        "eggs": make_item("Free-range eggs x6", "2.99", sku="EGGS", barcode=CODES["eggs"], stock="30"),
    }


@pytest.fixture
def window(qtbot, controllers, shop, db_path, no_leaked_windows):
    main = MainWindow(controllers, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)  # window shortcuts need the active window
    return main


def focused(window):
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    assert target is not None
    return target


def type_keys(qtbot, window, text: str = "", key=None, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type into whatever has the focus, as a person or a keyboard-wedge scanner does."""
    if QApplication.activeModalWidget() is None and not window.isActiveWindow():
        # A window manager gives the window back its activation when a dialog closes; offscreen
        # Qt does not, and window shortcuts (Ctrl+6, Alt+L) work only in the active window.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    if text:
        qtbot.keyClicks(focused(window), text)
    if key is not None:
        qtbot.keyClick(focused(window), key, modifier)


def shown_rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def stock_tab(qtbot, window) -> StockScreen:
    type_keys(qtbot, window, "", Qt.Key.Key_6, CONTROL)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.stock)
    assert focused(window) is window.stock.search_field
    return window.stock


def select_item(qtbot, window, screen: StockScreen, text: str) -> None:
    screen.search_field.clear()
    type_keys(qtbot, window, text)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.selected_item() is not None


def test_a_delivery_scanned_in_and_received_by_keyboard(qtbot, window, db_rows, shop):
    screen = stock_tab(qtbot, window)
    assert [row[2] for row in shown_rows(screen.model)] == [
        "Free-range eggs x6",
        "Sourdough bread",
        "Whole milk 1 L",
    ]

    type_keys(qtbot, window, "", Qt.Key.Key_D, CONTROL)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, DeliveryDialog))
    dialog = screen.dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    assert focused(window) is dialog.supplier_field
    type_keys(qtbot, window, "Acme Dairy", Qt.Key.Key_Return)  # Enter moves on, never receives
    type_keys(qtbot, window, "DN-5521", Qt.Key.Key_Return)
    assert focused(window) is dialog.note_field
    type_keys(qtbot, window, "", Qt.Key.Key_Return)
    assert focused(window) is dialog.scan_field

    for code in (CODES["milk"], CODES["bread"], CODES["milk"]):
        type_keys(qtbot, window, code, Qt.Key.Key_Return)
    type_keys(qtbot, window, "0000000000000", Qt.Key.Key_Return)  # unknown: beep, message, nothing added
    assert dialog.message.property("kind") == "error"
    assert "Unknown barcode or SKU 0000000000000" in dialog.message.text()
    assert shown_rows(dialog.lines_model) == [
        ["MILK", "Whole milk 1 L", "2"],
        ["BREAD", "Sourdough bread", "1"],
    ]

    # Bread (Down from milk) gets a typed quantity: F2, 12, Enter; then '+' makes it 13.
    dialog.scan_field.clear()
    type_keys(qtbot, window, "", Qt.Key.Key_Down)
    type_keys(qtbot, window, "", Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: focused(window) is not dialog.scan_field)
    qtbot.keyClick(focused(window), Qt.Key.Key_A, CONTROL)
    type_keys(qtbot, window, "12", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused(window) is dialog.scan_field)
    type_keys(qtbot, window, "", Qt.Key.Key_Plus)
    assert shown_rows(dialog.lines_model) == [
        ["MILK", "Whole milk 1 L", "2"],
        ["BREAD", "Sourdough bread", "13"],
    ]
    assert dialog.totals_label.text() == "2 items, 15 units"
    assert db_rows("SELECT COUNT(*) FROM deliveries") == [(0,)]  # nothing written while scanning

    type_keys(qtbot, window, "", Qt.Key.Key_Return, CONTROL)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert dialog.result() == DeliveryDialog.DialogCode.Accepted
    assert screen.status_label.text() == "Delivery received: 2 items, 15 units."

    # On screen: the new stock on hand, and the journal of the selected item.
    on_hand = {row[2]: row[3] for row in shown_rows(screen.model)}
    assert on_hand == {"Free-range eggs x6": "30", "Sourdough bread": "15", "Whole milk 1 L": "7"}
    select_item(qtbot, window, screen, "sourdough")
    journal = shown_rows(screen.journal_model)
    assert [row[1:] for row in journal] == [
        ["Delivery", "+13", "", "Delivery: Acme Dairy · DN-5521"],
        ["Opening", "+2", "Stock entered with the new item", ""],
    ]
    assert screen.journal_label.text() == "Movements of Sourdough bread"

    # In the database: one delivery, one movement per item linked to it, stock = sum of the journal.
    [(delivery_id, supplier, reference)] = db_rows("SELECT id, supplier, reference FROM deliveries")
    assert (supplier, reference) == ("Acme Dairy", "DN-5521")
    assert db_rows(
        "SELECT item_id, change, kind, delivery_id FROM stock_movements WHERE kind = 'delivery' ORDER BY id"
    ) == [(shop["milk"], 2, "delivery", delivery_id), (shop["bread"], 13, "delivery", delivery_id)]
    assert db_rows("SELECT sku, stock FROM items ORDER BY sku") == [("BREAD", 15), ("EGGS", 30), ("MILK", 7)]
    assert db_rows(OFF_THE_JOURNAL) == []


def test_a_refused_delivery_changes_nothing_and_esc_twice_discards(qtbot, window, db_rows):
    screen = stock_tab(qtbot, window)
    type_keys(qtbot, window, "", Qt.Key.Key_D, CONTROL)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, DeliveryDialog))
    dialog = screen.dialog
    qtbot.keyClicks(dialog.scan_field, CODES["eggs"])
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Return)
    before = (
        db_rows("SELECT sku, stock FROM items ORDER BY sku"),
        db_rows("SELECT COUNT(*) FROM stock_movements"),
    )

    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_F12)  # no supplier typed
    assert dialog.message.text() == "Type the supplier."
    assert dialog.focusWidget() is dialog.supplier_field
    qtbot.keyClicks(dialog.supplier_field, "x" * 201)
    qtbot.keyClick(dialog.supplier_field, Qt.Key.Key_Return, CONTROL)
    assert "too long (201 characters" in dialog.message.text()
    assert screen.dialog is dialog  # still open, the lines kept
    assert dialog.lines_model.rowCount() == 1

    # A typed quantity that is no quantity is refused and the old one kept.
    for bad in ("0", "abc", "-2"):
        assert not dialog.lines_model.setData(dialog.lines_model.index(0, 2), bad)
        assert dialog.message.property("kind") == "error"
    assert dialog.lines_model.line_at(0).quantity == 1
    dialog.scan_field.setFocus()
    dialog.scan_field.clear()
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Minus)  # below 1: refused, Delete removes instead
    assert "Delete removes the line" in dialog.message.text()

    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Escape)
    assert screen.dialog is dialog
    assert "Esc again throws away the 1 scanned lines" in dialog.message.text()
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert (
        db_rows("SELECT sku, stock FROM items ORDER BY sku"),
        db_rows("SELECT COUNT(*) FROM stock_movements"),
    ) == before
    assert db_rows("SELECT COUNT(*) FROM deliveries") == [(0,)]


def test_delete_removes_a_scanned_line(qtbot, controllers, shop, show_screen):
    dialog = DeliveryDialog(controllers.deliveries)
    show_screen(dialog)
    for code in (CODES["milk"], CODES["bread"]):
        qtbot.keyClicks(dialog.scan_field, code)
        qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.scan_field, Qt.Key.Key_Delete)
    assert shown_rows(dialog.lines_model) == [["BREAD", "Sourdough bread", "1"]]
    assert dialog.message.text() == "Removed Whole milk 1 L"


def test_reorder_point_then_low_stock_only(qtbot, window, db_rows, shop):
    screen = stock_tab(qtbot, window)
    select_item(qtbot, window, screen, "milk")
    type_keys(qtbot, window, "", Qt.Key.Key_O, CONTROL)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ReorderPointDialog))
    dialog = screen.dialog
    type_keys(qtbot, window, "lots", Qt.Key.Key_Return)  # refused, says why, dialog stays
    assert dialog.error_label.isVisible()
    assert "whole number" in dialog.error_label.text()
    assert db_rows("SELECT reorder_point FROM items WHERE sku = 'MILK'") == [(None,)]
    qtbot.keyClick(focused(window), Qt.Key.Key_A, CONTROL)
    type_keys(qtbot, window, "10", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT reorder_point FROM items WHERE sku = 'MILK'") == [(10,)]
    assert screen.status_label.text() == "Reorder point of Whole milk 1 L set to 10."
    assert shown_rows(screen.model)[0][3:6] == ["5", "10", "5"]  # on hand, reorder point, shortfall

    screen.search_field.clear()
    type_keys(qtbot, window, "", Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(screen.low_only.isChecked)
    assert [row[2] for row in shown_rows(screen.model)] == ["Whole milk 1 L"]
    type_keys(qtbot, window, "", Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not screen.low_only.isChecked())
    assert screen.model.rowCount() == 3


def test_adjust_stock_needs_a_reason(qtbot, window, db_rows, shop):
    screen = stock_tab(qtbot, window)
    select_item(qtbot, window, screen, "eggs")
    type_keys(qtbot, window, "", Qt.Key.Key_J, CONTROL)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, AdjustStockDialog))
    dialog = screen.dialog
    type_keys(qtbot, window, "-4", Qt.Key.Key_Return)  # no reason yet
    assert "Say why" in dialog.error_label.text()
    assert focused(window) is dialog.reason_field
    assert db_rows("SELECT stock FROM items WHERE sku = 'EGGS'") == [(30,)]
    type_keys(qtbot, window, "Dropped a tray", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT stock FROM items WHERE sku = 'EGGS'") == [(26,)]
    assert screen.status_label.text() == "Stock of Free-range eggs x6 is now 26."
    assert shown_rows(screen.model)[0][3] == "26"
    assert shown_rows(screen.journal_model)[0][1:4] == ["Adjustment", "\N{MINUS SIGN}4", "Dropped a tray"]
    assert db_rows(OFF_THE_JOURNAL) == []


def test_actions_without_a_selection_say_what_to_do(qtbot, controllers, show_screen):
    screen = show_screen(StockScreen(controllers.stock_levels, controllers.stock, controllers.deliveries))
    assert screen.model.rowCount() == 0
    screen.open_adjustment()
    assert screen.dialog is None
    assert screen.status_label.text() == "Select an item (Up / Down) to adjust its stock, then press Ctrl+J."


def test_models_pass_the_model_tester(qtmodeltester, controllers, shop, show_screen):
    for n in range(7):
        controllers.stock_levels.adjust(shop["milk"], "+1", f"Found {n}")
    controllers.deliveries.receive_delivery("Acme", "DN-1", [(CODES["milk"], 3), ("BREAD", 2)])
    screen = StockScreen(controllers.stock_levels, controllers.stock, controllers.deliveries)
    assert screen.model.rowCount() == 0  # nothing read before the screen is shown
    show_screen(screen)
    assert screen.model.rowCount() == 3
    qtmodeltester.check(screen.model)

    journal = StockJournalModel(controllers.stock, page_size=3)
    journal.set_item(shop["milk"])
    assert journal.rowCount() == 3
    assert journal.canFetchMore()
    while journal.canFetchMore():
        journal.fetchMore()
    assert journal.rowCount() == 9  # opening, seven adjustments, the delivery
    assert [journal.movement_at(r).change for r in range(9)][:2] == [3, 1]
    qtmodeltester.check(journal)

    dialog = DeliveryDialog(controllers.deliveries)
    dialog.lines_model.add(shop["milk"], "MILK", "Whole milk 1 L")
    dialog.lines_model.add(shop["bread"], "BREAD", "Sourdough bread")
    qtmodeltester.check(dialog.lines_model)
    dialog.deleteLater()


def test_the_list_follows_sales_made_at_the_till(qtbot, window, controllers, shop):
    screen = stock_tab(qtbot, window)
    controllers.sale.scan(CODES["bread"])
    controllers.sale.pay_cash()
    type_keys(qtbot, window, "", Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.sell)
    type_keys(qtbot, window, "", Qt.Key.Key_6, CONTROL)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is screen)
    assert {row[2]: row[3] for row in shown_rows(screen.model)}["Sourdough bread"] == "1"
    assert controllers.stock_levels.levels(StockFilter(negative_only=True)).count() == 0
