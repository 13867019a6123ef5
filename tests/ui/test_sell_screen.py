"""The sell screen alone, driven by keys as a cashier does: scans, line edits, errors, payment."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pos_app.ui.item_chooser import ItemChooserDialog
from pos_app.ui.payment_dialog import PaymentDialog
from pos_app.ui.sell_screen import SellScreen

MILK = "4006381333931"
BREAD = "5901234123457"


@pytest.fixture
def screen(controllers, make_item, show_screen):
    make_item("Whole milk 1 L", "1.29", barcode=MILK, sku="DAI-1", stock="50", tax_rate="7")
    make_item("Sourdough bread", "3.50", barcode=BREAD, sku="BAK-1", stock="20", tax_rate="7")
    make_item("Dark chocolate 70%", "2.20", sku="SWE-1")
    make_item("Milk chocolate", "1.90", sku="SWE-2")
    widget = show_screen(SellScreen(controllers.sale, controllers.customers))
    widget.focus_scan_field()
    return widget


def scan(qtbot, screen: SellScreen, code: str) -> None:
    qtbot.keyClicks(screen.scan_field, code)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)


def cart_cells(screen: SellScreen) -> list[tuple[str, str]]:
    model = screen.cart_model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_scanning_adds_lines_and_rescanning_increments(qtbot, screen, db_rows):
    scan(qtbot, screen, MILK)
    scan(qtbot, screen, BREAD)
    scan(qtbot, screen, MILK)
    assert cart_cells(screen) == [("Whole milk 1 L", "2"), ("Sourdough bread", "1")]
    assert screen.total_label.text() == "6.08"
    assert screen.scan_field.text() == ""
    assert screen.scan_field.hasFocus()
    assert db_rows("SELECT status, total FROM orders") == [("draft", 608)]
    assert db_rows("SELECT item_id, quantity FROM order_items ORDER BY id") == [(1, 2), (2, 1)]


def test_unknown_barcode_shows_message_and_adds_nothing(qtbot, screen, db_rows):
    scan(qtbot, screen, "4006381333948")
    assert "Unknown barcode 4006381333948" in screen.message.text()
    assert screen.message.property("kind") == "error"
    assert screen.cart_model.rowCount() == 0
    assert db_rows("SELECT count(*) FROM order_items") == [(0,)]
    # The unknown code stays selected so the next scan replaces it.
    scan(qtbot, screen, MILK)
    assert cart_cells(screen) == [("Whole milk 1 L", "1")]


def test_plus_minus_and_delete_act_on_selected_line_from_empty_scan_field(qtbot, screen, db_rows):
    scan(qtbot, screen, MILK)
    scan(qtbot, screen, BREAD)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Plus)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Plus)
    assert cart_cells(screen) == [("Whole milk 1 L", "1"), ("Sourdough bread", "3")]
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Minus)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Up)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Delete)
    assert cart_cells(screen) == [("Sourdough bread", "2")]
    assert db_rows("SELECT item_id, quantity FROM order_items") == [(2, 2)]
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Minus)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Minus)
    assert "cannot go below 1" in screen.message.text()
    assert db_rows("SELECT quantity FROM order_items") == [(1,)]


def test_minus_inside_a_typed_sku_is_text(qtbot, screen):
    scan(qtbot, screen, "SWE-2")
    assert cart_cells(screen) == [("Milk chocolate", "1")]


def test_text_matching_several_items_opens_chooser(qtbot, screen):
    scan(qtbot, screen, "chocolate")
    dialog = screen.dialog
    assert isinstance(dialog, ItemChooserDialog)
    assert dialog.list.count() == 2
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert cart_cells(screen) == [("Milk chocolate", "1")]
    assert screen.scan_field.hasFocus()


def test_chooser_escape_adds_nothing(qtbot, screen):
    scan(qtbot, screen, "chocolate")
    qtbot.keyClick(screen.dialog.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.cart_model.rowCount() == 0


def test_editing_quantity_in_place_rejects_bad_text(qtbot, screen, db_rows):
    scan(qtbot, screen, MILK)
    index = screen.cart_model.index(0, 1)
    for bad in ("abc", "-3", "0", "1.5"):
        assert screen.cart_model.setData(index, bad)
        assert screen.message.property("kind") == "error"
        assert cart_cells(screen) == [("Whole milk 1 L", "1")]
    assert db_rows("SELECT quantity FROM order_items") == [(1,)]
    screen.cart_model.setData(index, "4")
    assert cart_cells(screen) == [("Whole milk 1 L", "4")]
    assert db_rows("SELECT quantity FROM order_items") == [(4,)]


def open_payment(qtbot, screen) -> PaymentDialog:
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, PaymentDialog))
    return screen.dialog


def test_pay_exact_cash_with_enter(qtbot, screen, db_rows):
    scan(qtbot, screen, MILK)
    dialog = open_payment(qtbot, screen)
    assert dialog.total_label.text() == "1.29"
    with qtbot.waitSignal(screen._sale.sale_completed) as completed:
        qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
    assert completed.args[0].change == Decimal("0.00")
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.cart_model.rowCount() == 0
    assert screen.scan_field.hasFocus()
    assert db_rows("SELECT status, total FROM orders") == [("paid", 129)]
    assert db_rows("SELECT amount, tendered, change_given FROM payments") == [(129, 129, 0)]
    assert db_rows("SELECT stock FROM items WHERE barcode = '4006381333931'") == [(49,)]


def test_short_cash_is_kept_as_part_payment_and_more_cash_gives_change(qtbot, screen, db_rows):
    scan(qtbot, screen, BREAD)  # 3.50
    dialog = open_payment(qtbot, screen)
    qtbot.keyClicks(dialog.tendered, "2")
    assert "Short by 1.50" in dialog.message.text()
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.due_label.text() == "1.50"
    assert db_rows("SELECT status FROM orders") == [("draft",)]  # nothing written yet
    qtbot.keyClicks(dialog.tendered, "10")
    assert dialog.change_label.text() == "8.50"
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert "change 8.50" in screen.last_sale_label.text()
    assert db_rows("SELECT method, amount, tendered, change_given FROM payments ORDER BY id") == [
        ("cash", 200, 200, 0),
        ("cash", 150, 1000, 850),
    ]


def test_split_card_and_cash_with_undo(qtbot, screen, db_rows):
    scan(qtbot, screen, BREAD)
    scan(qtbot, screen, MILK)  # 4.79
    dialog = open_payment(qtbot, screen)
    qtbot.keyClicks(dialog.tendered, "9")
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_F2)  # a card may not exceed what is due
    assert "only cash may be overpaid" in dialog.message.text()
    assert dialog.tenders_list.count() == 0
    dialog.tendered.clear()
    qtbot.keyClicks(dialog.tendered, "1")
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_F3)  # voucher 1.00
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_F4)  # taken back
    assert dialog.tenders_list.count() == 0
    qtbot.keyClicks(dialog.tendered, "3")
    qtbot.keyClicks(dialog.reference, "slip 0042")
    dialog.tendered.setFocus()
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_F2)  # card 3.00
    assert dialog.tenders_list.item(0).text() == "Card  3.00  (slip 0042)"
    assert dialog.due_label.text() == "1.79"
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Return)  # exact cash for the rest
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT method, amount, reference FROM payments ORDER BY id") == [
        ("card", 300, "slip 0042"),
        ("cash", 179, None),
    ]
    assert db_rows("SELECT status, receipt_no FROM orders") == [("paid", 1)]
    assert screen.last_sale_label.text().startswith("Receipt 1 paid 4.79")


def test_card_for_everything_with_f2(qtbot, screen, db_rows):
    scan(qtbot, screen, BREAD)
    dialog = open_payment(qtbot, screen)
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT method, amount, tendered, change_given FROM payments") == [("card", 350, 350, 0)]


def test_payment_escape_returns_to_sale_unchanged(qtbot, screen, db_rows):
    scan(qtbot, screen, BREAD)
    dialog = open_payment(qtbot, screen)
    qtbot.keyClick(dialog.tendered, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert db_rows("SELECT status FROM orders") == [("draft",)]
    assert screen.cart_model.rowCount() == 1


def test_f12_on_empty_sale_says_so(qtbot, screen):
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F12)
    assert screen.dialog is None
    assert "Nothing to pay" in screen.message.text()


def test_cart_model_passes_qt_model_tester(qtbot, qtmodeltester, screen):
    scan(qtbot, screen, MILK)
    scan(qtbot, screen, BREAD)
    qtmodeltester.check(screen.cart_model)
