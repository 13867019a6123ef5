"""A cashier's shift on the real main window, by keyboard: F10 opens a shift with a float, sales are
rung up (scan, F12, Enter), cash is paid out, the X report read, the drawer counted and the shift
closed; the Z report on screen is checked against figures computed from the database."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.domain.validation import validate_item
from pos_app.ui.customer_picker import CustomerPickerDialog
from pos_app.ui.main_window import MainWindow
from pos_app.ui.payment_dialog import PaymentDialog
from pos_app.ui.shift_dialog import ShiftDialog

D = Decimal
TEA, SOAP = "4006381333931", "96385074"


class Till:
    """The main window over a database file, and ways to type into it and read the file."""

    def __init__(self, qtbot, app: AppControllers, path: Path) -> None:
        self.qtbot = qtbot
        self.app = app
        self.path = path
        self.window = MainWindow(app, str(path))
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitUntil(self.window.isActiveWindow)  # shortcuts need the active window

    @property
    def sell(self):
        return self.window.sell

    @property
    def dialog(self):
        return self.sell.dialog

    def keys(
        self, text: str, key: Qt.Key | None = Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.NoModifier
    ):
        """Type into whatever has the focus (an open dialog first), as a person at the till does."""
        modal = QApplication.activeModalWidget()
        target = modal.focusWidget() if modal is not None else self.window.focusWidget()
        assert target is not None
        if text:
            self.qtbot.keyClicks(target, text)
        if key is not None:
            self.qtbot.keyClick(target, key, modifier)

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.keys("", key, modifier)

    def wait_ready(self) -> None:
        """Wait until no dialog is open and the window is active again (its shortcuts work).

        A window manager hands the focus back when a dialog closes; the offscreen platform does
        not always, once the dialog became the active window: do it as the window manager would.
        """
        self.qtbot.waitUntil(lambda: self.dialog is None)
        if not self.window.isActiveWindow():
            self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)

    def open_shift_dialog(self) -> ShiftDialog:
        self.wait_ready()
        self.press(Qt.Key.Key_F10)
        self.qtbot.waitUntil(lambda: isinstance(self.dialog, ShiftDialog))
        return self.dialog

    def sell_items(self, *codes: str, tendered: str = "") -> None:
        self.wait_ready()
        for code in codes:
            self.keys(code)
        self.press(Qt.Key.Key_F12)
        self.qtbot.waitUntil(lambda: isinstance(self.dialog, PaymentDialog))
        self.keys(tendered)  # Enter: cash (nothing typed: exact)
        self.qtbot.waitUntil(lambda: self.dialog is None)

    def rows(self, sql: str, *params: object) -> list[tuple]:
        with closing(sqlite3.connect(self.path)) as connection:
            return connection.execute(sql, params).fetchall()

    def money(self, sql: str, *params: object) -> Decimal:
        return D(self.rows(sql, *params)[0][0] or 0).scaleb(-2).quantize(D("0.01"))


def add_items(app: AppControllers) -> None:
    for name, percent in (("Tax 7%", "7"), ("Tax 19%", "19")):
        app.tax_rates.add_rate(name, percent)
    app.catalog.add_item(
        validate_item(sku="TEA", barcode=TEA, name="Tea", price="2.50", stock="50", tax_rate="7")
    )
    app.catalog.add_item(
        validate_item(sku="SOAP", barcode=SOAP, name="Soap", price="4.00", stock="50", tax_rate="19")
    )


@pytest.fixture
def new_till(qtbot, tmp_path) -> Iterator[Till]:
    """A shop's first morning: items in the catalog, no shift ever opened."""
    path = tmp_path / "till.sqlite3"
    url = sqlite_url(path)
    upgrade_database(url)
    app = AppControllers(url)
    add_items(app)
    yield Till(qtbot, app, path)
    app.close()


@pytest.fixture
def open_till(qtbot, controllers, db_path) -> Till:
    """A till with a shift open (float 100.00, from the db_url fixture)."""
    add_items(controllers)
    return Till(qtbot, controllers, db_path)


def figure(text: str, label: str) -> Decimal:
    """The amount on the report line labelled `label`."""
    pattern = re.compile(rf"^\s*{re.escape(label)}\s+(-?[\d,]+\.\d\d)$", re.MULTILINE)
    found = pattern.findall(text)
    assert len(found) == 1, f"{label!r} in\n{text}"
    return D(found[0].replace(",", ""))


def test_no_shift_open_is_said_and_f10_opens_one(new_till):
    till = new_till
    assert till.sell.shift_status.text() == "No shift open: press F10 to open one"
    assert till.sell.shift_status.property("kind") == "error"
    assert till.sell.shift_button.text() == "Shift  (F10)"
    till.keys(TEA)
    till.press(Qt.Key.Key_F12)  # explains instead of opening payment
    assert till.dialog is None
    assert till.sell.message.text() == "No shift open: press F10 to open one"

    dialog = till.open_shift_dialog()
    assert dialog.page is dialog.open_page
    assert dialog.focusWidget() is dialog.open_page.float_field
    till.keys("ten")  # no cashier's name yet: the cursor goes there
    assert dialog.message.property("kind") == "error"
    assert dialog.message.text() == "Cashier is required"
    assert dialog.focusWidget() is dialog.open_page.cashier
    till.keys("Ann")  # then the float is refused, and selected to be typed again
    assert "Float must be a number" in dialog.message.text()
    assert dialog.focusWidget() is dialog.open_page.float_field
    assert till.rows("SELECT count(*) FROM shifts") == [(0,)]
    till.keys("150.00")
    till.qtbot.waitUntil(lambda: till.dialog is None)

    assert till.rows("SELECT id, cashier, opening_float, closed_at FROM shifts") == [(1, "Ann", 15000, None)]
    assert till.sell.message.text() == "Shift 1 opened for Ann with a float of 150.00."
    assert till.sell.shift_status.text().startswith("Shift 1: Ann, since ")
    assert till.window.focusWidget() is till.sell.scan_field
    till.wait_ready()
    till.press(Qt.Key.Key_F12)  # the tea is still in the sale: now it can be paid
    till.qtbot.waitUntil(lambda: isinstance(till.dialog, PaymentDialog))
    till.keys("")
    till.qtbot.waitUntil(lambda: till.dialog is None)
    assert till.rows("SELECT status, shift_id FROM orders") == [("paid", 1)]


def test_paid_out_by_keyboard_with_refusals_then_the_x_report(open_till):
    till = open_till
    dialog = till.open_shift_dialog()
    assert dialog.page is dialog.menu_page
    assert "Shift 1: Test cashier" in dialog.menu_page.summary.text()
    assert [b.text() for b in (dialog.menu_page.paid_in_button, dialog.menu_page.paid_out_button)] == [
        "Paid in  (F2)",
        "Paid out  (F3)",
    ]
    till.press(Qt.Key.Key_F3)
    assert dialog.page is dialog.movement_page
    assert dialog.focusWidget() is dialog.movement_page.amount
    till.keys("-7.50")
    assert "cannot be negative" in dialog.message.text()
    till.keys("7.50", Qt.Key.Key_Tab)
    till.keys("")  # no reason
    assert dialog.message.text() == "Paid out: type the reason."
    assert dialog.focusWidget() is dialog.movement_page.reason
    assert till.rows("SELECT count(*) FROM cash_movements") == [(0,)]
    till.keys("Window cleaner")
    till.qtbot.waitUntil(lambda: till.dialog is None)
    assert till.sell.message.text() == "Paid out 7.50: Window cleaner."
    assert till.rows("SELECT shift_id, kind, amount, reason FROM cash_movements") == [
        (1, "paid_out", 750, "Window cleaner")
    ]

    dialog = till.open_shift_dialog()
    till.press(Qt.Key.Key_F4)  # the X report, not the customer picker behind the dialog
    assert till.dialog is dialog
    assert not any(
        isinstance(w, CustomerPickerDialog) for w in QApplication.topLevelWidgets() if w.isVisible()
    )
    assert dialog.page is dialog.report_page
    text = dialog.report_page.plain_text()
    assert text.startswith("X report, shift 1 (open, not final)")
    assert figure(text, "Paid out") == D("-7.50")
    assert figure(text, "Expected cash") == D("92.50")
    assert "Counted cash" not in text
    till.press(Qt.Key.Key_Escape)  # back to the actions
    assert dialog.page is dialog.menu_page
    till.press(Qt.Key.Key_Escape)
    till.qtbot.waitUntil(lambda: till.dialog is None)
    assert till.rows("SELECT closed_at FROM shifts") == [(None,)]


def test_a_whole_shift_from_float_to_z_report(new_till, tmp_path, monkeypatch):
    till = new_till
    till.open_shift_dialog()
    till.keys("100", Qt.Key.Key_Backtab)  # the float, then back to the name
    till.keys("Ann")
    till.qtbot.waitUntil(lambda: till.dialog is None)

    till.sell_items(TEA, SOAP)  # 6.50 exact cash
    till.sell_items(TEA, tendered="20")  # 2.50, change 17.50
    # A split sale: 3.00 on card (F2), the rest in cash.
    till.wait_ready()
    till.keys(SOAP)
    till.press(Qt.Key.Key_F12)
    till.qtbot.waitUntil(lambda: isinstance(till.dialog, PaymentDialog))
    till.keys("3", Qt.Key.Key_F2)
    till.keys("")
    till.qtbot.waitUntil(lambda: till.dialog is None)

    dialog = till.open_shift_dialog()
    till.press(Qt.Key.Key_F3)
    till.keys("5", Qt.Key.Key_Tab)
    till.keys("Milk for the staff")
    till.qtbot.waitUntil(lambda: till.dialog is None)

    dialog = till.open_shift_dialog()
    till.press(Qt.Key.Key_F5)
    assert dialog.page is dialog.count_page
    count = dialog.count_page
    assert count.expected_label.text() == "105.00"  # 100 + 6.50 + 2.50 + 1.00 cash - 5.00 out
    # The drawer: 1 x 100, 4 x 1, 3 x 0.20 (0.40 short). Enter moves down a row each time.
    typed = {D("100"): "1", D("1"): "4", D("0.20"): "3"}
    for denomination, field in count.fields.items():
        assert dialog.focusWidget() is field, denomination
        till.keys(typed.get(denomination, ""))
    assert count.counted_label.text() == "104.60"
    assert count.variance_label.text() == "-0.40"
    assert count.count_message.text() == "The drawer is 0.40 short."
    assert till.rows("SELECT closed_at FROM shifts") == [(None,)]  # nothing final before F12
    till.press(Qt.Key.Key_F12)
    assert dialog.page is dialog.report_page
    text = dialog.report_page.plain_text()
    assert text.startswith("Z report, shift 1 (closed)")

    # Every figure on screen, against the database.
    paid = "FROM orders WHERE status = 'paid' AND shift_id = 1"
    tender = (
        "SELECT sum(p.amount) FROM payments p JOIN orders o ON o.id = p.order_id "
        "WHERE o.status = 'paid' AND o.shift_id = 1 AND p.method = ?"
    )
    assert figure(text, f"Sales ({till.rows(f'SELECT count(*) {paid}')[0][0]})") == till.money(
        f"SELECT sum(total) {paid}"
    )
    assert figure(text, "Sales (3)") == D("13.00")
    assert figure(text, "Refunds (0)") == D("0.00")
    assert figure(text, "Net sales") == D("13.00")
    assert figure(text, "Cash (3)") == till.money(tender, "cash") == D("10.00")
    assert figure(text, "Card (1)") == till.money(tender, "card") == D("3.00")
    for rate, name in ((700, "Tax 7%"), (1900, "Tax 19%")):
        net_sql = (
            "SELECT sum(t.{}) FROM order_taxes t JOIN orders o ON o.id = t.order_id "
            "WHERE o.shift_id = 1 AND o.status = 'paid' AND t.tax_rate = ?"
        )
        assert figure(text, f"{name} net") == till.money(net_sql.format("net"), rate)
        assert figure(text, f"{name} tax") == till.money(net_sql.format("tax"), rate)
    assert figure(text, "Opening float") == till.money("SELECT opening_float FROM shifts WHERE id = 1")
    assert figure(text, "Paid out") == -till.money(
        "SELECT sum(amount) FROM cash_movements WHERE kind = 'paid_out'"
    )
    assert (
        figure(text, "Expected cash")
        == till.money("SELECT expected_cash FROM shifts WHERE id = 1")
        == D("105.00")
    )
    assert (
        figure(text, "Counted cash")
        == till.money("SELECT counted_cash FROM shifts WHERE id = 1")
        == D("104.60")
    )
    assert figure(text, "Variance") == D("-0.40")
    assert figure(text, "100.00 x 1") == D("100.00")
    assert figure(text, "1.00 x 4") == D("4.00")
    assert figure(text, "0.20 x 3") == D("0.60")
    assert till.rows("SELECT denomination, count FROM cash_counts ORDER BY denomination DESC") == [
        (10000, 1),
        (100, 4),
        (20, 3),
    ]

    # Save as PDF (Ctrl+S), the file chooser answered as a person would.
    target = tmp_path / "z-report.pdf"
    monkeypatch.setattr(dialog.report_page, "choose_pdf_path", lambda _suggested: str(target))
    till.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.report_page.status.text() == f"Saved as {target}"
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    dialog.report_page.print_to(printer)
    assert printed.read_bytes().startswith(b"%PDF")

    assert dialog.report_page.back_button.text() == "Done  (Esc)"
    till.press(Qt.Key.Key_Escape)
    till.qtbot.waitUntil(lambda: till.dialog is None)
    assert till.sell.message.text().startswith(
        "Shift 1 closed: counted 104.60, expected 105.00, variance -0.40."
    )
    assert till.sell.shift_status.text() == "No shift open: press F10 to open one"

    # The next morning: the Z report can be shown again from the past shifts (F6).
    dialog = till.open_shift_dialog()
    assert dialog.page is dialog.open_page
    assert dialog.open_page.cashier.text() == "Ann"  # the last cashier is suggested
    till.press(Qt.Key.Key_F6)
    assert dialog.page is dialog.past_page
    till.keys("")
    assert dialog.page is dialog.report_page
    assert dialog.report_page.plain_text() == text
    till.press(Qt.Key.Key_Escape)  # back to the list
    assert dialog.page is dialog.past_page
    till.press(Qt.Key.Key_Escape)  # back to the open-shift form
    assert dialog.page is dialog.open_page
    till.press(Qt.Key.Key_Escape)
    till.qtbot.waitUntil(lambda: till.dialog is None)


def test_a_bad_count_is_refused_and_the_shift_stays_open(open_till):
    till = open_till
    till.keys(TEA)  # a sale in progress: F12 in the dialog must not open its payment
    dialog = till.open_shift_dialog()
    till.press(Qt.Key.Key_F5)
    till.keys("1")  # 1 x 500
    till.keys("x", None)  # 200: not a number
    assert dialog.count_page.counted_label.text() == "—"
    assert dialog.count_page.count_message.property("kind") == "error"
    till.press(Qt.Key.Key_F12)
    assert "whole number of pieces" in dialog.message.text()
    assert dialog.page is dialog.count_page
    assert till.dialog is dialog
    assert till.rows("SELECT closed_at, counted_cash FROM shifts") == [(None, None)]
    assert till.rows("SELECT count(*) FROM cash_counts") == [(0,)]
    till.press(Qt.Key.Key_Escape)  # back to the actions, nothing closed
    assert dialog.page is dialog.menu_page
    till.press(Qt.Key.Key_Escape)
    till.qtbot.waitUntil(lambda: till.dialog is None)
    assert till.sell.shift_status.property("kind") == "info"
