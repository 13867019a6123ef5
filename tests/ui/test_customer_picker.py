"""The customer picker: type, Up / Down, Enter; Walk-in; Esc. Alone and from the sell screen (F4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pos_app.ui.customer_picker import CustomerPickerDialog
from pos_app.ui.sell_screen import SellScreen

pytestmark = pytest.mark.usefixtures("no_leaked_windows")

MILK = "4006381333931"


@pytest.fixture
def people(make_customer):
    return {
        "ann": make_customer("Ann Smith", "ann@example.com"),
        "anna": make_customer("Anna Jones", "anna@example.com"),
        "joanne": make_customer("Joanne Diaz"),
        "bob": make_customer("Bob Brown", "bob@example.com", "555 0100"),
    }


@pytest.fixture
def picker(qtbot, controllers, people):
    dialog = CustomerPickerDialog(controllers.customers)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.search_field.hasFocus)
    return dialog


def names(picker: CustomerPickerDialog) -> list[str]:
    return [picker.model.index(r, 0).data() for r in range(picker.model.rowCount())]


def test_type_down_enter_picks_that_customer(qtbot, picker, people):
    assert names(picker) == ["Ann Smith", "Anna Jones", "Bob Brown", "Joanne Diaz"]
    qtbot.keyClicks(picker.search_field, "ann")
    assert names(picker) == ["Ann Smith", "Anna Jones", "Joanne Diaz"]
    assert picker.selected_customer().name == "Ann Smith"  # the top match is ready for Enter
    qtbot.keyClick(picker.search_field, Qt.Key.Key_Down)
    assert picker.selected_customer().name == "Anna Jones"
    assert picker.search_field.hasFocus()  # arrows never take the keys away from typing
    with qtbot.waitSignal(picker.finished) as finished:
        qtbot.keyClick(picker.search_field, Qt.Key.Key_Return)
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    assert picker.chosen_customer_id == people["anna"]


def test_up_and_down_stop_at_the_ends(qtbot, picker, people):
    qtbot.keyClicks(picker.search_field, "ann")
    for _ in range(5):
        qtbot.keyClick(picker.search_field, Qt.Key.Key_Down)
    assert picker.selected_customer().name == "Joanne Diaz"
    for _ in range(5):
        qtbot.keyClick(picker.search_field, Qt.Key.Key_Up)
    assert picker.selected_customer().name == "Ann Smith"
    qtbot.keyClick(picker.search_field, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen_customer_id == people["ann"]


def test_search_by_phone(qtbot, picker, people):
    qtbot.keyClicks(picker.search_field, "0100")
    assert names(picker) == ["Bob Brown"]
    qtbot.keyClick(picker.search_field, Qt.Key.Key_Enter)  # the keypad Enter too
    assert picker.chosen_customer_id == people["bob"]


def test_walk_in_button_chooses_no_customer(qtbot, picker):
    qtbot.keyClicks(picker.search_field, "ann")
    with qtbot.waitSignal(picker.finished):
        qtbot.mouseClick(picker.walk_in_button, Qt.MouseButton.LeftButton)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen_customer_id is None


def test_escape_cancels(qtbot, picker):
    qtbot.keyClicks(picker.search_field, "ann")
    with qtbot.waitSignal(picker.finished):
        qtbot.keyClick(picker.search_field, Qt.Key.Key_Escape)
    assert picker.result() == QDialog.DialogCode.Rejected
    assert picker.chosen_customer_id is None


def test_enter_with_no_match_keeps_the_dialog_open(qtbot, picker):
    qtbot.keyClicks(picker.search_field, "zzz")
    assert names(picker) == []
    assert picker.message.text() == "No customer matches “zzz”."
    qtbot.keyClick(picker.search_field, Qt.Key.Key_Return)
    assert picker.isVisible()
    assert "No customer selected" in picker.message.text()


def test_picker_model_passes_the_qt_model_tester(qtbot, qtmodeltester, picker):
    assert picker.model.rowCount() == 4
    qtmodeltester.check(picker.model)


def test_f4_on_the_sell_screen_attaches_the_picked_customer(qtbot, controllers, make_item, people, db_rows):
    make_item("Whole milk 1 L", "1.29", barcode=MILK)
    sell = SellScreen(controllers.sale, controllers.customers)
    qtbot.addWidget(sell)
    sell.show()
    qtbot.waitExposed(sell)
    qtbot.waitUntil(sell.scan_field.hasFocus)  # shortcuts reach only the active window
    qtbot.keyClicks(sell.scan_field, MILK)
    qtbot.keyClick(sell.scan_field, Qt.Key.Key_Return)

    qtbot.keyClick(sell.scan_field, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: isinstance(sell.dialog, CustomerPickerDialog))
    picker = sell.dialog
    qtbot.keyClicks(picker.search_field, "bob")
    qtbot.keyClick(picker.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sell.dialog is None)

    assert sell.customer_button.text() == "Customer: Bob Brown  (F4)"
    assert controllers.sale.cart().customer_id == people["bob"]
    assert db_rows("SELECT customer_id, status FROM orders") == [(people["bob"], "draft")]


def test_enter_on_a_tabbed_to_button_presses_that_button(qtbot, picker):
    qtbot.keyClicks(picker.search_field, "ann")
    picker.walk_in_button.setFocus()
    qtbot.waitUntil(picker.walk_in_button.hasFocus)
    qtbot.keyClick(picker.walk_in_button, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen_customer_id is None
