"""Returns on the sell screen, driven by keys as a cashier does: F9, the receipt number, quantities typed
on the lines, a reason, F2/F3 for where the money goes, Enter; then what the screen says and what is stored.
Also Ctrl+Delete, which voids the open sale now that F9 returns."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog

from pos_app.domain.cash import Tender, TenderMethod
from pos_app.ui.return_dialog import ReturnDialog
from pos_app.ui.return_lines_model import RETURN_COLUMN
from pos_app.ui.sell_screen import SellScreen
from pos_app.ui.void_dialog import VoidDialog

pytestmark = pytest.mark.usefixtures("no_leaked_windows")
D = Decimal
TEA = "4006381333931"
SOAP = "96385074"
PEN = "5901234123457"


@pytest.fixture
def screen(controllers, make_item, show_screen):
    make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10", tax_rate="7")
    make_item("Soap", "4.00", sku="SOAP", barcode=SOAP, stock="10", tax_rate="19")
    make_item("Pen", "10.00", sku="PEN", barcode=PEN, stock="10", tax_rate="19")
    widget = show_screen(SellScreen(controllers.sale, controllers.customers, returns=controllers.returns))
    widget.focus_scan_field()
    return widget


def sell(controllers, codes, tenders=None) -> int:
    for code in codes:
        controllers.sale.scan(code)
    return (controllers.sale.pay(tenders) if tenders else controllers.sale.pay_cash()).receipt_no


def press(qtbot, dialog: QDialog, key, text: str = "") -> None:
    """Type `text` then press `key` into whatever has the focus in the dialog."""
    target = dialog.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    if key is not None:
        qtbot.keyClick(target, key)


def open_return(qtbot, screen: SellScreen) -> ReturnDialog:
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ReturnDialog))
    dialog = screen.dialog
    assert isinstance(dialog, ReturnDialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.receipt_field)
    return dialog


def cells(dialog: ReturnDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_return_part_of_a_sale_in_cash_by_keyboard(qtbot, screen, controllers, db_rows):
    number = sell(controllers, [TEA, TEA, TEA, SOAP, PEN])  # 21.50 in cash
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, str(number))
    assert dialog.focusWidget() is dialog.table
    assert cells(dialog) == [
        ["Green tea", "3", "0", "3", "2.50", "0", ""],
        ["Soap", "1", "0", "1", "4.00", "0", ""],
        ["Pen", "1", "0", "1", "10.00", "0", ""],
    ]
    assert f"Receipt {number}" in dialog.sale_label.text()
    assert "total 21.50" in dialog.sale_label.text()
    press(qtbot, dialog, Qt.Key.Key_2)  # two teas
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Space)  # all of the soap
    assert [row[5] for row in cells(dialog)] == ["2", "1", "0"]
    assert [row[6] for row in cells(dialog)] == ["5.00", "4.00", ""]
    assert dialog.refund_label.text().startswith("9.00")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason_field
    press(qtbot, dialog, Qt.Key.Key_F3, "damaged")
    assert dialog.cash_button.isChecked()
    press(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.dialog is None)

    assert screen.message.text() == "Refunded 9.00 in cash."
    assert screen.message.property("kind") == "info"
    assert screen.scan_field.hasFocus()
    assert db_rows("SELECT order_id, shift_id, reason, net, tax, total FROM refunds") == [
        (1, 1, "damaged", 803, 97, 900)
    ]
    assert db_rows("SELECT order_item_id, quantity, gross FROM refund_lines ORDER BY id") == [
        (1, 2, 500),
        (2, 1, 400),
    ]
    assert db_rows("SELECT method, amount, reference FROM refund_tenders") == [("cash", 900, None)]
    assert db_rows("SELECT sku, stock FROM items ORDER BY id") == [("TEA", 9), ("SOAP", 10), ("PEN", 9)]


def test_refund_to_the_original_card_with_plus_minus_and_f2(qtbot, screen, controllers, db_rows):
    number = sell(controllers, [TEA, TEA, PEN], [Tender(TenderMethod.CARD, D("15.00"), "auth 42")])
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, f"R-{number:06d}")  # as the barcode reads
    press(qtbot, dialog, Qt.Key.Key_Plus)
    press(qtbot, dialog, Qt.Key.Key_Plus)
    press(qtbot, dialog, Qt.Key.Key_Plus)  # a third tea is more than was sold
    assert "at most 2 can be returned" in dialog.message.text()
    press(qtbot, dialog, Qt.Key.Key_Minus)
    assert [row[5] for row in cells(dialog)] == ["1", "0"]
    press(qtbot, dialog, Qt.Key.Key_F3)
    press(qtbot, dialog, Qt.Key.Key_F2)
    assert dialog.original_button.isChecked()
    assert dialog.refund_label.text() == "2.50   → card 2.50 (auth 42)"
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Return, "wrong flavour")
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.message.text() == "Refunded 2.50 to the card (auth 42)."
    assert db_rows("SELECT method, amount, reference FROM refund_tenders") == [("card", 250, "auth 42")]

    # The same receipt again: one tea already back, so at most one more.
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, str(number))
    assert cells(dialog)[0][:4] == ["Green tea", "2", "1", "1"]
    assert "refunded before 2.50" in dialog.sale_label.text()
    press(qtbot, dialog, Qt.Key.Key_2)
    assert "at most 1 can be returned" in dialog.message.text()
    assert cells(dialog)[0][5] == "0"
    press(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT count(*) FROM refunds") == [(1,)]


def test_typed_digits_build_a_number_and_backspace_takes_one_off(qtbot, screen, controllers, make_item):
    make_item("Pencil", "0.30", sku="PCL", barcode="4012345678901", stock="100")
    controllers.sale.scan("4012345678901")
    for _ in range(11):
        controllers.sale.change_quantity(controllers.sale.cart().lines[0].line_id, +1)
    number = controllers.sale.pay_cash().receipt_no  # 12 pencils
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, str(number))
    press(qtbot, dialog, None, "12")
    assert cells(dialog)[0][5] == "12"
    assert cells(dialog)[0][6] == "3.60"
    press(qtbot, dialog, Qt.Key.Key_Backspace)
    assert cells(dialog)[0][5] == "1"
    press(qtbot, dialog, None, "3")  # 13 is too many: starts again from 3
    assert cells(dialog)[0][5] == "3"
    press(qtbot, dialog, Qt.Key.Key_Space)
    assert cells(dialog)[0][5] == "12"
    press(qtbot, dialog, Qt.Key.Key_Space)
    assert cells(dialog)[0][5] == "0"
    assert dialog.refund_label.text() == "—"
    press(qtbot, dialog, Qt.Key.Key_Escape)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("soap", "“soap” is not a receipt number"),
        ("77", "There is no receipt 77."),
        ("", "Scan the receipt's barcode or type its number."),
    ],
)
def test_unknown_or_garbage_receipt_says_so_and_changes_nothing(
    qtbot, screen, controllers, db_rows, typed, message
):
    sell(controllers, [TEA])
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, typed)
    assert message in dialog.message.text()
    assert dialog.message.property("kind") == "error"
    assert dialog.focusWidget() is dialog.receipt_field
    assert dialog.model.rowCount() == 0
    assert not dialog.reason_field.isEnabled()
    press(qtbot, dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.scan_field.hasFocus()
    assert db_rows("SELECT count(*) FROM refunds") == [(0,)]
    assert db_rows("SELECT stock FROM items WHERE sku = 'TEA'") == [(9,)]


def test_no_reason_or_nothing_chosen_is_refused_in_place(qtbot, screen, controllers, db_rows):
    number = sell(controllers, [SOAP])
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, str(number))
    press(qtbot, dialog, Qt.Key.Key_Return)  # nothing chosen yet
    assert "Choose what comes back" in dialog.message.text()
    press(qtbot, dialog, Qt.Key.Key_1)
    press(qtbot, dialog, Qt.Key.Key_Return)  # no reason
    assert "Type the reason for the return" in dialog.message.text()
    assert dialog.focusWidget() is dialog.reason_field
    assert screen.dialog is dialog
    assert db_rows("SELECT count(*) FROM refunds") == [(0,)]
    press(qtbot, dialog, Qt.Key.Key_Return, "faulty")
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT reason, total FROM refunds") == [("faulty", 400)]


def test_a_receipt_already_returned_in_full(qtbot, screen, controllers):
    number = sell(controllers, [SOAP])
    sale = controllers.returns.find_sale(str(number))
    controllers.returns.refund(sale.order_id, {sale.lines[0].order_item_id: 1}, "faulty")
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, str(number))
    assert f"Everything on receipt {number} has already been returned." in dialog.message.text()
    assert cells(dialog)[0][:4] == ["Soap", "1", "1", "0"]
    assert not dialog.table.isEnabled()
    press(qtbot, dialog, Qt.Key.Key_Escape)


def test_units_returned_at_another_register_meanwhile(qtbot, screen, controllers, db_url, db_rows):
    from pos_app.controllers.app import AppControllers

    number = sell(controllers, [TEA, TEA])
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, str(number))
    press(qtbot, dialog, Qt.Key.Key_2)
    other = AppControllers(db_url)
    try:
        sale = other.returns.find_sale(str(number))
        other.returns.refund(sale.order_id, {sale.lines[0].order_item_id: 1}, "register 2")
    finally:
        other.close()
    press(qtbot, dialog, Qt.Key.Key_Tab)
    press(qtbot, dialog, Qt.Key.Key_Return, "stale")
    assert "Only 1 of 2 can be returned (1 already returned); 2 is too many" in dialog.message.text()
    # The lines are read again: what is left now, and the quantity cut down to it.
    assert cells(dialog)[0][1:6] == ["2", "1", "1", "2.50", "1"]
    assert db_rows("SELECT count(*), sum(quantity) FROM refund_lines") == [(1, 1)]
    press(qtbot, dialog, Qt.Key.Key_Escape)


def test_ctrl_delete_voids_the_open_sale_and_f9_no_longer_does(qtbot, screen, controllers, db_rows):
    assert screen.void_button.text() == "Void sale  (Ctrl+Del)"
    assert screen.return_button.text() == "Return  (F9)"
    qtbot.keyClicks(screen.scan_field, TEA)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ReturnDialog))
    qtbot.keyClick(screen.dialog.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT status FROM orders") == [("draft",)]

    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, VoidDialog))
    dialog = screen.dialog
    assert "Its lines are kept on record as void." in dialog.summary.text()
    qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)  # no reason: refused in place
    assert "A reason is required" in dialog.error_label.text()
    assert db_rows("SELECT status FROM orders") == [("draft",)]
    qtbot.keyClicks(dialog.reason_field, "customer changed their mind")
    qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.text() == "Sale voided.")
    assert db_rows("SELECT void_reason FROM orders") == [("customer changed their mind",)]
    assert db_rows("SELECT status FROM orders") == [("void",)]
    assert screen.cart_model.rowCount() == 0


@pytest.mark.parametrize(("typed", "direct"), [("", False), ("40063", False), ("", True), ("40063", True)])
def test_ctrl_delete_then_escape_keeps_the_sale_and_never_removes_a_line(
    qtbot, screen, db_rows, typed, direct
):
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClicks(screen.scan_field, TEA)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.scan_field, typed)  # half a code typed: Ctrl+Delete still means void
    if direct:
        # The key reaching the field itself, as when no shortcut takes it (window not active yet):
        # it must still mean void, never fall through to Delete (remove the line).
        for shortcut in screen.findChildren(QShortcut):
            shortcut.setEnabled(shortcut.key() != QKeySequence("Ctrl+Del"))
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, VoidDialog))
    qtbot.keyClick(screen.dialog.reason_field, Qt.Key.Key_Escape)  # the cashier thinks better of it
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.cart_model.rowCount() == 1
    assert screen.scan_field.text() == typed
    assert db_rows("SELECT status FROM orders") == [("draft",)]
    assert db_rows("SELECT count(*) FROM order_items") == [(1,)]


def test_lines_model_passes_qt_model_tester_and_refuses_bad_cells(qtbot, qtmodeltester, screen, controllers):
    number = sell(controllers, [TEA, TEA, SOAP])
    dialog = open_return(qtbot, screen)
    press(qtbot, dialog, Qt.Key.Key_Return, str(number))
    model = dialog.model
    qtmodeltester.check(model)
    refusals: list[str] = []
    model.refused.connect(refusals.append)
    tea_cell = model.index(0, RETURN_COLUMN)
    assert model.flags(tea_cell) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(tea_cell, "two")
    assert not model.setData(tea_cell, "3")
    assert not model.setData(tea_cell, "-1")
    assert refusals == [
        "Type a whole number of units to return (got 'two').",
        "Green tea: at most 2 can be returned.",
        "Type a whole number of units to return (got '-1').",
    ]
    assert model.setData(tea_cell, " 2 ")  # as a double-clicked cell's editor hands it over
    assert model.quantities() == {1: 2}
    assert dialog.refund_label.text() == "5.00   → cash 5.00"
    qtmodeltester.check(model)
    press(qtbot, dialog, Qt.Key.Key_Escape)
