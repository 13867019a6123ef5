"""F5 discounts and F6 price overrides on the sell screen, driven by keys as a cashier does, checked on
screen and in the database; a refusal keeps the dialog open and changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from pos_app.ui.discount_dialogs import DiscountDialog, PriceOverrideDialog
from pos_app.ui.sell_screen import SellScreen

pytestmark = pytest.mark.usefixtures("no_leaked_windows")

MILK = "4006381333931"
BREAD = "5901234123457"
LINES_SQL = (
    "SELECT price_paid, list_price, override_reason, discount_kind, discount_value, discount_reason, "
    "line_discount, order_discount, gross FROM order_items ORDER BY id"
)
ORDER_SQL = "SELECT discount_kind, discount_value, discount_reason, discount_total, total FROM orders"
ALT = Qt.KeyboardModifier.AltModifier
M = "\N{MINUS SIGN}"
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def screen(qtbot, controllers, make_item, show_screen):
    make_item("Whole milk 1 L", "1.29", barcode=MILK, sku="DAI-1", stock="50", tax_rate="7")
    make_item("Sourdough bread", "3.50", barcode=BREAD, sku="BAK-1", stock="20", tax_rate="7")
    widget = show_screen(SellScreen(controllers.sale, controllers.customers))
    widget.focus_scan_field()
    qtbot.waitUntil(widget.scan_field.hasFocus)  # shortcuts reach only the active window
    return widget


def press(
    qtbot, screen: SellScreen, text: str = "", key: Qt.Key | None = Qt.Key.Key_Return, modifier=NO_MODIFIER
):
    """Type into whatever has the focus (an open dialog first), then press `key`."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else screen.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    if key is not None:
        qtbot.keyClick(target, key, modifier)


def scan(qtbot, screen: SellScreen, *codes: str) -> None:
    for code in codes:
        press(qtbot, screen, code)


def names(screen: SellScreen) -> list[str]:
    return [screen.cart_model.index(r, 0).data() for r in range(screen.cart_model.rowCount())]


def open_dialog(qtbot, screen: SellScreen, key: Qt.Key, kind: type) -> QDialog:
    # Offscreen Qt has no window manager to hand activation back once a dialog closed: do its part.
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    press(qtbot, screen, key=key)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, kind))
    dialog = screen.dialog
    qtbot.waitUntil(dialog.isActiveWindow)  # its mnemonics (Alt+...) work only then
    return dialog


def test_f5_discounts_the_selected_line(qtbot, screen, db_rows):
    assert screen.discount_button.text() == "Discount  (F5)"
    assert screen.price_button.text() == "Price  (F6)"
    scan(qtbot, screen, MILK, BREAD)  # the bread line is selected
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_F5, DiscountDialog)
    assert dialog.line_choice.isChecked()
    assert dialog.line_choice.text() == "This &line: Sourdough bread"
    assert dialog.current_label.text() == "no discount"
    assert not dialog.remove_button.isEnabled()
    assert QApplication.focusWidget() is dialog.value

    press(qtbot, screen, "10%", Qt.Key.Key_Tab)
    press(qtbot, screen, "staff")  # Enter applies
    qtbot.waitUntil(lambda: screen.dialog is None)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert names(screen) == ["Whole milk 1 L", f"Sourdough bread   ({M}10% staff)"]
    assert screen.discount_label.text() == f"{M}0.35"
    assert screen.total_label.text() == "4.44"  # 1.29 + 3.15
    assert screen.message.text() == "Discount applied to Sourdough bread."
    assert screen.focusWidget() is screen.scan_field
    assert db_rows(LINES_SQL) == [
        (129, 129, None, None, None, None, 0, 0, 129),
        (350, 350, None, "percent", 1000, "staff", 35, 0, 315),
    ]


def test_alt_s_discounts_the_whole_sale_with_a_common_reason(qtbot, screen, db_rows):
    scan(qtbot, screen, MILK, BREAD)
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_F5, DiscountDialog)
    press(qtbot, screen, key=Qt.Key.Key_S, modifier=ALT)
    qtbot.waitUntil(dialog.sale_choice.isChecked)  # a mnemonic clicks after a short animation
    assert QApplication.focusWidget() is dialog.value

    press(qtbot, screen, "1.00", Qt.Key.Key_Tab)
    press(qtbot, screen, key=Qt.Key.Key_Down)  # the first common reason
    assert dialog.reason.currentText() == "Staff"
    press(qtbot, screen)
    qtbot.waitUntil(lambda: screen.dialog is None)

    assert screen.sale_discount_label.text() == f"Sale discount: {M}1.00 Staff"
    assert screen.discount_label.text() == f"{M}1.00"
    assert screen.total_label.text() == "3.79"
    assert names(screen) == ["Whole milk 1 L", "Sourdough bread"]  # the lines keep their own text
    assert db_rows(ORDER_SQL) == [("amount", 100, "Staff", 100, 379)]
    assert db_rows("SELECT order_discount FROM order_items ORDER BY id") == [(27,), (73,)]


def test_f5_inside_the_dialog_switches_between_line_and_sale(qtbot, screen):
    scan(qtbot, screen, MILK)
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_F5, DiscountDialog)
    press(qtbot, screen, key=Qt.Key.Key_F5)
    assert dialog.sale_choice.isChecked()
    press(qtbot, screen, key=Qt.Key.Key_F5)
    assert dialog.line_choice.isChecked()
    press(qtbot, screen, key=Qt.Key.Key_L, modifier=ALT)
    assert dialog.line_choice.isChecked()
    press(qtbot, screen, key=Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)


@pytest.mark.parametrize(
    ("value", "reason", "message", "field"),
    [
        ("150%", "staff", "A discount cannot be more than 100%", "value"),
        (
            "5.00",
            "staff",
            "A discount of 5.00 is more than the 3.50 it applies to. Nothing was changed.",
            "value",
        ),
        (
            "lots",
            "staff",
            "Discount must be a percentage like 10% or an amount like 2.50 (got 'lots')",
            "value",
        ),
        ("10%", "", "A reason is required for a discount", "reason"),
    ],
)
def test_a_refused_discount_keeps_the_dialog_open_and_changes_nothing(
    qtbot, screen, db_rows, value, reason, message, field
):
    scan(qtbot, screen, BREAD)
    before = db_rows(LINES_SQL), db_rows(ORDER_SQL)
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_F5, DiscountDialog)
    press(qtbot, screen, value, Qt.Key.Key_Tab)
    press(qtbot, screen, reason)

    assert screen.dialog is dialog
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == message
    expected_focus = dialog.value if field == "value" else dialog.reason
    assert QApplication.focusWidget() is expected_focus
    assert (db_rows(LINES_SQL), db_rows(ORDER_SQL)) == before
    assert names(screen) == ["Sourdough bread"]

    press(qtbot, screen, key=Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert (db_rows(LINES_SQL), db_rows(ORDER_SQL)) == before


def test_alt_r_removes_the_discount_of_the_chosen_target(qtbot, screen, controllers, db_rows):
    scan(qtbot, screen, BREAD)
    line_id = controllers.sale.cart().lines[0].line_id
    controllers.sale.discount_line(line_id, "0.50", "damaged")
    controllers.sale.discount_sale("5%", "loyalty")
    assert screen.sale_discount_label.text() == f"Sale discount: {M}5% loyalty"

    dialog = open_dialog(qtbot, screen, Qt.Key.Key_F5, DiscountDialog)
    assert dialog.current_label.text() == f"{M}0.50 damaged"
    press(qtbot, screen, key=Qt.Key.Key_S, modifier=ALT)
    qtbot.waitUntil(lambda: dialog.current_label.text() == f"{M}5% loyalty")
    press(qtbot, screen, key=Qt.Key.Key_R, modifier=ALT)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert screen.message.text() == "Sale discount removed."
    assert screen.sale_discount_label.text() == ""
    assert db_rows(ORDER_SQL) == [(None, None, None, 50, 300)]

    open_dialog(qtbot, screen, Qt.Key.Key_F5, DiscountDialog)
    press(qtbot, screen, key=Qt.Key.Key_R, modifier=ALT)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert names(screen) == ["Sourdough bread"]
    assert db_rows(ORDER_SQL) == [(None, None, None, 0, 350)]


def test_f6_overrides_the_price_and_alt_c_restores_it(qtbot, screen, db_rows):
    scan(qtbot, screen, BREAD, MILK)
    press(qtbot, screen, key=Qt.Key.Key_Up)  # back to the bread line
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_F6, PriceOverrideDialog)
    assert dialog.catalog_label.text() == "3.50"
    assert not dialog.restore_button.isEnabled()
    press(qtbot, screen, "2.80", Qt.Key.Key_Tab)
    press(qtbot, screen, "price match")
    qtbot.waitUntil(lambda: screen.dialog is None)

    assert names(screen) == ["Sourdough bread   (was 3.50)", "Whole milk 1 L"]
    assert screen.cart_model.index(0, 2).data() == "2.80"
    assert "price match" in screen.cart_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert screen.total_label.text() == "4.09"
    assert screen.message.text() == "Sourdough bread now costs 2.80."
    assert db_rows("SELECT price_paid, list_price, override_reason FROM order_items ORDER BY id") == [
        (280, 350, "price match"),
        (129, 129, None),
    ]

    dialog = open_dialog(qtbot, screen, Qt.Key.Key_F6, PriceOverrideDialog)
    assert dialog.current_label.text() == "2.80 (price match)"
    press(qtbot, screen, key=Qt.Key.Key_C, modifier=ALT)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert names(screen) == ["Sourdough bread", "Whole milk 1 L"]
    assert db_rows("SELECT price_paid, override_reason FROM order_items ORDER BY id") == [
        (350, None),
        (129, None),
    ]


def test_a_refused_price_changes_nothing(qtbot, screen, db_rows):
    scan(qtbot, screen, BREAD)
    dialog = open_dialog(qtbot, screen, Qt.Key.Key_F6, PriceOverrideDialog)
    press(qtbot, screen, "-1", Qt.Key.Key_Tab)
    press(qtbot, screen, "manager")
    assert dialog.error_label.text() == "Price cannot be negative"
    assert QApplication.focusWidget() is dialog.price
    press(qtbot, screen, "2.00", Qt.Key.Key_Tab)  # the bad text was selected: typing replaces it
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, screen, "", Qt.Key.Key_Backspace)
    press(qtbot, screen)
    assert dialog.error_label.text() == "A reason is required for a price override"
    assert db_rows("SELECT price_paid, override_reason FROM order_items") == [(350, None)]
    press(qtbot, screen, "manager")
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert db_rows("SELECT price_paid, override_reason FROM order_items") == [(200, "manager")]


def test_f5_and_f6_on_an_empty_sale_say_why_nothing_opens(qtbot, screen):
    assert not screen.discount_button.isEnabled()
    press(qtbot, screen, key=Qt.Key.Key_F5)
    assert screen.dialog is None
    assert screen.message.text() == "Nothing to discount: scan an item first."
    press(qtbot, screen, key=Qt.Key.Key_F6)
    assert screen.dialog is None
    assert screen.message.text() == "Select a line to change its price (Up / Down), then press F6."
