"""Receipts on the real main window, driven by the keyboard: printing after a sale, Ctrl+P, Ctrl+R,
and the Settings dialog (Ctrl+,), then what the printer received and what the database holds.

The thermal printer is the "device file" kind pointed into the test's folder: the file holds
exactly the ESC/POS bytes a printer on /dev/usb/lp0 would have been sent.
"""

from __future__ import annotations

import socket
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from pos_app.controllers.app import AppControllers
from pos_app.controllers.settings import PrinterConnection, ReceiptOutput, ShopSettings
from pos_app.ui.main_window import MainWindow
from pos_app.ui.receipt_preview import ReceiptPreviewDialog
from pos_app.ui.reprint_dialog import ReprintDialog
from pos_app.ui.settings_dialog import SettingsDialog

MILK, BREAD = "4006381333931", "5901234123457"
DRAWER_KICK = b"\x1bp\x00\x32\x32"
CUT = b"\x1bd\x06\x1dV\x00"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def device(tmp_path: Path) -> Path:
    return tmp_path / "lp0"


@pytest.fixture
def thermal(device: Path) -> ShopSettings:
    return ShopSettings(
        shop_name="Corner Shop",
        receipt_output=ReceiptOutput.ESCPOS,
        printer_connection=PrinterConnection.FILE,
        printer_device=str(device),
        print_after_sale=True,
        open_drawer_on_cash=True,
    )


@pytest.fixture
def shop(make_item):
    make_item("Whole milk 1 L", "1.29", barcode=MILK, tax_rate="7")
    make_item("Sourdough bread", "3.50", barcode=BREAD, tax_rate="7")


@pytest.fixture
def window(qtbot, controllers, shop, db_path):
    main = MainWindow(controllers, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def type_into_focus(qtbot, window: MainWindow, text: str, key=Qt.Key.Key_Return, modifier=None) -> None:
    """Keys to whatever has focus, as a cashier or a keyboard-wedge scanner sends them."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    if modifier is None:
        qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, key, modifier)


def wait_for_dialog(qtbot, dialog) -> None:
    """Until `dialog` is the active modal window with a focused widget: keys go there."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog and dialog.focusWidget() is not None)


def sell_by_keyboard(qtbot, window: MainWindow, *codes: str, cash: str = "") -> None:
    """Scan the codes, F12, then Enter: exact cash, or the `cash` typed."""
    for code in codes:
        type_into_focus(qtbot, window, code)
    type_into_focus(qtbot, window, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.sell.dialog is not None)
    type_into_focus(qtbot, window, cash)
    qtbot.waitUntil(lambda: window.sell.dialog is None)


def rows(db_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        result = connection.execute(sql).fetchall()
    connection.close()
    return result


def test_a_sale_prints_its_receipt_and_opens_the_drawer(qtbot, controllers, thermal, window, device):
    controllers.shop_settings.save(thermal)
    sell_by_keyboard(qtbot, window, MILK, BREAD)
    qtbot.waitUntil(lambda: "Receipt 1 printed" in window.sell.message.text())
    assert window.sell.message.property("kind") == "info"
    assert window.receipts.jobs_running == 0  # the job ran on a worker thread and reported back
    stream = device.read_bytes()
    assert stream.startswith(DRAWER_KICK + b"\x1b@")
    assert b"Receipt: 1\n" in stream
    assert b"Sourdough bread                           3.50 A\n" in stream
    assert stream.endswith(CUT)
    assert window.focusWidget() is window.sell.scan_field


def test_an_unreachable_printer_leaves_the_sale_committed(qtbot, controllers, thermal, window, db_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controllers.shop_settings.save(
        replace(thermal, printer_connection=PrinterConnection.NETWORK, printer_address=f"127.0.0.1:{port}")
    )
    sell_by_keyboard(qtbot, window, MILK)
    qtbot.waitUntil(lambda: "printer failed" in window.sell.message.text())
    message = window.sell.message.text()
    assert window.sell.message.property("kind") == "error"
    assert "Sale complete (receipt 1, change 0.00)" in message
    assert f"Receipt printer not reachable at 127.0.0.1:{port}" in message
    assert "Ctrl+P" in message
    assert rows(db_path, "SELECT status, receipt_no, total FROM orders") == [("paid", 1, 129)]
    assert rows(db_path, "SELECT method, amount FROM payments") == [("cash", 129)]
    assert window.sell.cart_model.rowCount() == 0  # the till is ready for the next customer


def test_ctrl_p_prints_the_last_receipt_again(qtbot, controllers, thermal, window, device):
    assert window.receipts.print_last_button.text() == "Print last  (Ctrl+P)"
    assert window.receipts.reprint_button.text() == "Reprint…  (Ctrl+R)"
    type_into_focus(qtbot, window, "", Qt.Key.Key_P, CTRL)
    assert window.sell.message.text() == "No sale has been completed yet: there is no receipt to print."

    controllers.shop_settings.save(replace(thermal, print_after_sale=False, open_drawer_on_cash=False))
    sell_by_keyboard(qtbot, window, MILK)
    sell_by_keyboard(qtbot, window, BREAD)
    assert not device.exists()
    type_into_focus(qtbot, window, "", Qt.Key.Key_P, CTRL)
    assert window.sell.message.text() == "Receipt 2 printed."
    stream = device.read_bytes()
    assert b"Receipt: 2\n" in stream
    assert b"Sourdough bread" in stream
    assert DRAWER_KICK not in stream  # a reprint never opens the drawer


def test_ctrl_p_without_a_thermal_printer_shows_the_preview(qtbot, window, controllers):
    controllers.sale.scan(MILK)
    controllers.sale.pay_cash()
    type_into_focus(qtbot, window, "", Qt.Key.Key_P, CTRL)
    dialog = window.sell.dialog
    assert isinstance(dialog, ReceiptPreviewDialog)
    wait_for_dialog(qtbot, dialog)
    assert dialog.windowTitle() == "Receipt 1"
    assert dialog.print_button.text() == "&Print… (Ctrl+P)"
    qtbot.waitUntil(lambda: dialog.page_count() == 1)
    type_into_focus(qtbot, window, "", Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sell.dialog is None)
    assert window.focusWidget() is window.sell.scan_field


def test_ctrl_r_reprints_any_receipt_by_number(qtbot, controllers, thermal, window, device):
    controllers.shop_settings.save(replace(thermal, print_after_sale=False))
    sell_by_keyboard(qtbot, window, MILK)
    sell_by_keyboard(qtbot, window, BREAD)

    type_into_focus(qtbot, window, "", Qt.Key.Key_R, CTRL)
    dialog = window.sell.dialog
    assert isinstance(dialog, ReprintDialog)
    wait_for_dialog(qtbot, dialog)
    type_into_focus(qtbot, window, "abc")
    assert "“abc” is not a receipt number" in dialog.message.text()
    dialog.number_field.clear()
    type_into_focus(qtbot, window, "7")
    assert dialog.message.text() == "Receipt 7 does not exist."
    assert window.sell.dialog is dialog
    dialog.number_field.clear()
    type_into_focus(qtbot, window, "1")  # as a scanner reads the receipt's barcode, Enter included

    qtbot.waitUntil(lambda: isinstance(window.sell.dialog, ReceiptPreviewDialog))
    preview = window.sell.dialog
    assert preview.windowTitle() == "Receipt 1"
    assert preview.print_button.text() == "&Print (Ctrl+P)"
    wait_for_dialog(qtbot, preview)
    type_into_focus(qtbot, window, "", Qt.Key.Key_P, CTRL)
    assert preview.message.text() == "Receipt 1 printed."
    stream = device.read_bytes()
    assert b"Receipt: 1\n" in stream
    assert b"Whole milk 1 L" in stream
    assert DRAWER_KICK not in stream
    type_into_focus(qtbot, window, "", Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sell.dialog is None)
    assert window.focusWidget() is window.sell.scan_field


def test_the_pdf_of_a_reprint(qtbot, window, controllers, tmp_path):
    controllers.shop_settings.save(
        ShopSettings(shop_name="Corner Shop", shop_address="12 High Street", receipt_footer="See you soon")
    )
    controllers.sale.scan(MILK)
    controllers.sale.scan(MILK)
    controllers.sale.scan(BREAD)
    controllers.sale.pay_cash()
    type_into_focus(qtbot, window, "", Qt.Key.Key_R, CTRL)
    wait_for_dialog(qtbot, window.sell.dialog)
    type_into_focus(qtbot, window, "1")
    qtbot.waitUntil(lambda: isinstance(window.sell.dialog, ReceiptPreviewDialog))
    preview = window.sell.dialog
    wait_for_dialog(qtbot, preview)
    pdf = QPrinter(QPrinter.PrinterMode.HighResolution)
    pdf.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf.setOutputFileName(str(tmp_path / "reprint.pdf"))
    preview.print_to(pdf)
    text = " ".join(PdfReader(tmp_path / "reprint.pdf").pages[0].extract_text().split())
    for expected in (
        "Corner Shop",
        "12 High Street",
        "Receipt: 1",
        "Cashier: Test cashier",
        "Whole milk 1 L 2.58 A",
        "2 x 1.29",
        "Sourdough bread 3.50 A",
        "TOTAL 6.08",
        "Cash 6.08",
        "See you soon",
    ):
        assert expected in text
    assert text.endswith("1")  # the number under the barcode
    type_into_focus(qtbot, window, "", Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.sell.dialog is None)


# -- the Settings dialog -------------------------------------------------------------------


def open_settings(qtbot, window: MainWindow) -> SettingsDialog:
    type_into_focus(qtbot, window, "", Qt.Key.Key_Comma, CTRL)
    dialog = window.settings.dialog
    assert isinstance(dialog, SettingsDialog)
    wait_for_dialog(qtbot, dialog)
    return dialog


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(field, text)


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a combo box by keyboard: Home, then Down until it shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _entry in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no entry {text!r} in the combo box")


def test_settings_button_shows_its_key(window):
    assert window.settings.button.text() == "Settings…  (Ctrl+,)"


def test_bad_settings_are_refused_and_nothing_is_saved(qtbot, window, controllers, db_path):
    dialog = open_settings(qtbot, window)
    retype(qtbot, dialog.shop_name, "   ")
    qtbot.keyClick(dialog.shop_name, Qt.Key.Key_S, CTRL)
    assert dialog.message.text() == "Type the shop's name: it heads every receipt."
    assert dialog.focusWidget() is dialog.shop_name

    retype(qtbot, dialog.shop_name, "Corner Shop")
    choose(qtbot, dialog.receipt_output, "ESC")
    retype(qtbot, dialog.printer_columns, "abc")
    qtbot.keyClick(dialog.printer_columns, Qt.Key.Key_Return)
    assert dialog.message.text().startswith("Columns must be a whole number from 24 to 80")
    assert dialog.focusWidget() is dialog.printer_columns

    retype(qtbot, dialog.printer_columns, "48")
    retype(qtbot, dialog.printer_address, "printer:99999")
    qtbot.keyClick(dialog.printer_address, Qt.Key.Key_S, CTRL)
    assert dialog.message.text() == "Printer port “99999” is not a number from 1 to 65535"
    assert dialog.focusWidget() is dialog.printer_address

    retype(qtbot, dialog.printer_address, "")
    qtbot.keyClick(dialog.printer_address, Qt.Key.Key_S, CTRL)
    assert dialog.message.text() == "Type the network printer's address (host or host:port)."

    assert dialog.isVisible()
    assert rows(db_path, "SELECT count(*) FROM settings") == [(0,)]
    assert controllers.settings == ShopSettings()
    qtbot.keyClick(dialog.printer_address, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.settings.dialog is None)
    assert rows(db_path, "SELECT count(*) FROM settings") == [(0,)]


def test_settings_saved_by_keyboard_apply_at_once(qtbot, window, controllers, db_path, device):
    type_into_focus(qtbot, window, MILK)
    assert window.sell.total_label.text() == "1.29"

    dialog = open_settings(qtbot, window)
    retype(qtbot, dialog.shop_name, "Corner Shop")
    dialog.shop_address.setFocus()
    qtbot.keyClicks(dialog.shop_address, "12 High Street")
    qtbot.keyClick(dialog.shop_address, Qt.Key.Key_Return)  # a new line, not a save
    qtbot.keyClicks(dialog.shop_address, "Springfield")
    assert dialog.isVisible()
    retype(qtbot, dialog.shop_tax_id, "DE123")
    dialog.prices_include_tax.setFocus()
    qtbot.keyClick(dialog.prices_include_tax, Qt.Key.Key_Space)  # prices now exclude tax
    choose(qtbot, dialog.cash_rounding, "To 0.05")
    choose(qtbot, dialog.tax_rounding, "Per order")
    choose(qtbot, dialog.receipt_output, "ESC")
    choose(qtbot, dialog.printer_connection, "Device")
    retype(qtbot, dialog.printer_device, str(device))
    dialog.print_after_sale.setFocus()
    qtbot.keyClick(dialog.print_after_sale, Qt.Key.Key_Space)

    qtbot.keyClick(dialog.printer_device, Qt.Key.Key_T, CTRL)  # a test print with the unsaved settings
    assert dialog.message.text().startswith("Test receipt sent to the printer")
    test_page = device.read_bytes()
    assert b"Corner Shop" in test_page
    assert b"Tax ID: DE123" in test_page
    assert rows(db_path, "SELECT count(*) FROM settings") == [(0,)]

    qtbot.keyClick(dialog.printer_device, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.settings.dialog is None)
    stored = dict(rows(db_path, "SELECT key, value FROM settings"))
    assert stored["shop_name"] == "Corner Shop"
    assert stored["shop_address"] == "12 High Street\nSpringfield"
    assert stored["prices_include_tax"] == "false"
    assert stored["cash_increment"] == "0.05"
    assert stored["tax_rounding"] == "per_order"
    assert stored["receipt_output"] == "escpos"
    assert stored["printer_connection"] == "file"
    assert stored["print_after_sale"] == "true"
    assert controllers.settings.printer_device == str(device)
    # The open sale is priced at once with tax added on top: 1.29 + 7%.
    assert window.sell.total_label.text() == "1.38"
    assert window.focusWidget() is window.sell.scan_field

    sell_by_keyboard(qtbot, window, cash="2.00")
    qtbot.waitUntil(lambda: "Receipt 1 printed" in window.sell.message.text())
    assert "Change due: 0.60" in window.sell.message.text()
    receipt = device.read_bytes()
    assert b"Springfield" in receipt
    assert b"Tax" in receipt
    assert rows(db_path, "SELECT total, cash_rounding FROM orders WHERE status = 'paid'") == [(138, 2)]


def test_settings_survive_a_restart(qtbot, db_url, thermal):
    first = AppControllers(db_url)
    try:
        first.shop_settings.save(thermal)
    finally:
        first.close()
    again = AppControllers(db_url)
    try:
        assert again.settings == thermal
    finally:
        again.close()
