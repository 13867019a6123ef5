"""A partial return after a restart, on the real main window: a sale rung up and paid through the window,
the window and its controllers closed, new ones opened on the same file, then F9, the receipt number as a
scanner types it, part of the sale returned; what the screen says and what the tables hold."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.controllers.app import AppControllers
from pos_app.ui.main_window import MainWindow
from pos_app.ui.payment_dialog import PaymentDialog
from pos_app.ui.return_dialog import ReturnDialog

pytestmark = pytest.mark.usefixtures("no_leaked_windows")
TEA = "4006381333931"
PEN = "5901234123457"


@pytest.fixture
def shop(make_item):
    make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10", tax_rate="7")
    make_item("Pen", "10.00", sku="PEN", barcode=PEN, stock="10", tax_rate="19")


def show_window(qtbot, controllers: AppControllers, db_path) -> MainWindow:
    window = MainWindow(controllers, str(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts need the active window
    return window


def type_into_focus(qtbot, window: MainWindow, text: str, key=Qt.Key.Key_Return) -> None:
    """Send keys to whatever has focus, as a keyboard-wedge scanner does (an open dialog first)."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    if key is not None:
        qtbot.keyClick(target, key)


def test_a_partial_return_after_a_restart(qtbot, controllers, shop, db_url, db_path, db_rows):
    first = show_window(qtbot, controllers, db_path)
    for code in (TEA, TEA, TEA, PEN):
        type_into_focus(qtbot, first, code)
    assert first.sell.total_label.text() == "17.50"
    type_into_focus(qtbot, first, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(first.sell.dialog, PaymentDialog))
    type_into_focus(qtbot, first, "5", Qt.Key.Key_F2)  # 5.00 by card
    type_into_focus(qtbot, first, "")  # the rest in exact cash
    qtbot.waitUntil(lambda: first.sell.dialog is None)
    number = int(re.search(r"Receipt (\d+) paid", first.sell.last_sale_label.text()).group(1))
    first.close()
    controllers.close()

    restarted = AppControllers(db_url)
    try:
        window = show_window(qtbot, restarted, db_path)
        sell = window.sell
        assert sell.return_button.text() == "Return  (F9)"
        type_into_focus(qtbot, window, "", Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: isinstance(sell.dialog, ReturnDialog))
        dialog = sell.dialog
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.receipt_field)
        type_into_focus(qtbot, window, f"R-{number:06d}")
        model = dialog.model
        assert [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())] == [
            ["Green tea", "3", "0", "3", "2.50"],
            ["Pen", "1", "0", "1", "10.00"],
        ]
        type_into_focus(qtbot, window, "2", None)  # two of the three teas come back
        assert dialog.refund_label.text() == "5.00   → card 5.00"
        type_into_focus(qtbot, window, "", Qt.Key.Key_Tab)
        type_into_focus(qtbot, window, "changed her mind")
        qtbot.waitUntil(lambda: sell.dialog is None)

        assert sell.message.text() == "Refunded 5.00 to the card."
        assert window.focusWidget() is sell.scan_field
        assert db_rows("SELECT order_id, shift_id, reason, net, tax, total FROM refunds") == [
            (1, 1, "changed her mind", 467, 33, 500)
        ]
        assert db_rows("SELECT refund_id, order_item_id, quantity, net, tax, gross FROM refund_lines") == [
            (1, 1, 2, 467, 33, 500)
        ]
        assert db_rows("SELECT refund_id, method, amount, reference FROM refund_tenders") == [
            (1, "card", 500, None)
        ]
        assert db_rows("SELECT sku, stock FROM items ORDER BY id") == [("TEA", 9), ("PEN", 9)]
        assert db_rows("SELECT method, amount FROM payments ORDER BY id") == [("card", 500), ("cash", 1250)]
        assert db_rows("SELECT status, total FROM orders") == [("paid", 1750)]

        # The rest of the teas later the same day, in cash: the third one only.
        type_into_focus(qtbot, window, "", Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: isinstance(sell.dialog, ReturnDialog))
        dialog = sell.dialog
        type_into_focus(qtbot, window, str(number))
        type_into_focus(qtbot, window, "", Qt.Key.Key_Space)  # all that is left of the teas: one
        assert dialog.model.index(0, 5).data() == "1"
        type_into_focus(qtbot, window, "", Qt.Key.Key_F3)
        type_into_focus(qtbot, window, "", Qt.Key.Key_Tab)
        type_into_focus(qtbot, window, "changed her mind")
        qtbot.waitUntil(lambda: sell.dialog is None)
        assert sell.message.text() == "Refunded 2.50 in cash."
        assert db_rows("SELECT sum(quantity), sum(gross) FROM refund_lines WHERE order_item_id = 1") == [
            (3, 750)
        ]
        assert db_rows("SELECT sku, stock FROM items ORDER BY id") == [("TEA", 10), ("PEN", 9)]
    finally:
        restarted.close()
