"""Parking and resuming sales from the keyboard on the real main window: F8, a label, Enter;
F7, arrows, Enter; and a parked sale is still there after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.controllers.app import AppControllers
from pos_app.ui.main_window import MainWindow
from pos_app.ui.parked_dialogs import ParkDialog, ParkedSalesDialog

TEA = "4006381333931"
SOAP = "96385074"


@pytest.fixture
def shop(make_item):
    make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10")
    make_item("Soap", "4.00", sku="SOAP", barcode=SOAP, stock="10")


def open_window(qtbot, controllers, db_path) -> MainWindow:
    window = MainWindow(controllers, str(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts (F7, F8, F12) need the active window
    return window


def keys(qtbot, window: MainWindow, text: str = "", key=Qt.Key.Key_Return) -> None:
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, key)


def test_park_two_sales_then_resume_the_first_after_a_restart(
    qtbot, controllers, shop, db_url, db_path, db_rows
):
    window = open_window(qtbot, controllers, db_path)
    sell = window.sell
    keys(qtbot, window, TEA)
    keys(qtbot, window, TEA)
    keys(qtbot, window, "", Qt.Key.Key_F8)
    assert isinstance(sell.dialog, ParkDialog)
    keys(qtbot, window)  # Enter with no label: refused in place
    assert "Type a label" in sell.dialog.error_label.text()
    keys(qtbot, window, "Mrs Lee")
    qtbot.waitUntil(lambda: sell.dialog is None)
    assert sell.cart_model.rowCount() == 0
    assert "parked as “Mrs Lee”" in sell.message.text()
    assert window.focusWidget() is sell.scan_field

    keys(qtbot, window, SOAP)
    keys(qtbot, window, "", Qt.Key.Key_F8)
    keys(qtbot, window, "Table 4")
    qtbot.waitUntil(lambda: sell.dialog is None)
    assert sell.parked_button.text() == "Parked sales (2)  (F7)"
    assert db_rows("SELECT park_label, total FROM orders ORDER BY id") == [("Mrs Lee", 500), ("Table 4", 400)]

    window.close()
    controllers.close()
    restarted = AppControllers(db_url)
    try:
        window = open_window(qtbot, restarted, db_path)
        sell = window.sell
        assert sell.cart_model.rowCount() == 0
        keys(qtbot, window, "", Qt.Key.Key_F7)
        dialog = sell.dialog
        assert isinstance(dialog, ParkedSalesDialog)
        assert dialog.list.count() == 2
        assert dialog.list.item(0).text().startswith("Mrs Lee")
        keys(qtbot, window)  # Enter resumes the oldest
        qtbot.waitUntil(lambda: sell.dialog is None)
        assert [sell.cart_model.index(r, 0).data() for r in range(sell.cart_model.rowCount())] == [
            "Green tea"
        ]
        assert sell.cart_model.index(0, 1).data() == "2"
        assert sell.parked_button.text() == "Parked sales (1)  (F7)"

        keys(qtbot, window, "", Qt.Key.Key_F12)
        keys(qtbot, window)  # exact cash
        qtbot.waitUntil(lambda: sell.dialog is None)
        assert db_rows("SELECT status, park_label FROM orders ORDER BY id") == [
            ("paid", None),
            ("parked", "Table 4"),
        ]
        assert db_rows("SELECT count(*) FROM payments") == [(1,)]
        window.close()
    finally:
        restarted.close()


def test_f8_on_an_empty_sale_and_f7_with_nothing_parked(qtbot, controllers, shop, db_path):
    window = open_window(qtbot, controllers, db_path)
    sell = window.sell
    keys(qtbot, window, "", Qt.Key.Key_F8)
    assert sell.dialog is None
    assert "Nothing to park" in sell.message.text()
    keys(qtbot, window, "", Qt.Key.Key_F7)
    dialog = sell.dialog
    assert isinstance(dialog, ParkedSalesDialog)
    assert "No sales are parked" in dialog.message.text()
    keys(qtbot, window, "", Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: sell.dialog is None)
    assert window.focusWidget() is sell.scan_field


def test_resume_over_an_open_sale_is_refused_in_the_list(qtbot, controllers, shop, db_path, db_rows):
    window = open_window(qtbot, controllers, db_path)
    sell = window.sell
    keys(qtbot, window, TEA)
    keys(qtbot, window, "", Qt.Key.Key_F8)
    keys(qtbot, window, "First")
    qtbot.waitUntil(lambda: sell.dialog is None)
    keys(qtbot, window, SOAP)
    keys(qtbot, window, "", Qt.Key.Key_F7)
    keys(qtbot, window)
    assert "Finish, park or void the open sale" in sell.dialog.message.text()
    keys(qtbot, window, "", Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: sell.dialog is None)
    assert db_rows("SELECT status FROM orders ORDER BY id") == [("parked",), ("draft",)]
