"""`pos-app --self-test`: proves an installation works, end to end, without a display.

It migrates a temporary database, rings up a sale through the real main window with
the keys a scanner and a cashier press, checks what was committed, and runs SQLite's
integrity check. Each check prints one line; the exit code is 0 only if all pass.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

CheckResult = tuple[bool, str]


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _quiet_offscreen_warnings()
    with tempfile.TemporaryDirectory(prefix="pos-app-self-test-") as folder:
        database = Path(folder) / "self-test.sqlite3"
        checks = _Checks()
        try:
            _run(database, checks)
        except Exception as error:  # a self-test reports every failure instead of crashing
            checks.record(False, f"unexpected error: {type(error).__name__}: {error}")
        print(f"self-test: {checks.passed} passed, {checks.failed} failed")
        return 0 if checks.failed == 0 else 1


def _quiet_offscreen_warnings() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        # The offscreen platform reports this for every window; it says nothing about pos_app.
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


class _Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def record(self, ok: bool, text: str) -> bool:
        print(f"{'ok  ' if ok else 'FAIL'}  {text}", flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        return ok

    def check(self, text: str, test: Callable[[], bool]) -> bool:
        try:
            return self.record(test(), text)
        except Exception as error:
            return self.record(False, f"{text}: {type(error).__name__}: {error}")


def _run(database: Path, checks: _Checks) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from pos_app.controllers.app import AppControllers
    from pos_app.db.engine import sqlite_url
    from pos_app.db.migrate import head_revision
    from pos_app.domain.validation import validate_item
    from pos_app.gui import create_application
    from pos_app.startup import prepare_database
    from pos_app.ui.main_window import MainWindow
    from pos_app.ui.payment_dialog import PaymentDialog

    url = sqlite_url(database)
    result = prepare_database(url)
    checks.record(result.after == head_revision(), f"migrations applied up to revision {result.after}")

    app = create_application()
    controllers = AppControllers(url)
    try:
        controllers.shifts.open_shift("Self-test", "0.00")
        controllers.tax_rates.add_rate("Zero", "0")  # a new database names no rates
        barcode = "4006381333931"
        controllers.catalog.add_item(
            validate_item(sku="SELF-1", barcode=barcode, name="Self-test item", price="2.50", stock="10")
        )
        checks.check(
            "FTS5 search finds the item by a name prefix",
            lambda: [r.sku for r in controllers.catalog.items("self").fetch(0, 10)] == ["SELF-1"],
        )
        window = MainWindow(controllers, str(database))
        window.show()
        app.processEvents()
        scan_field = window.sell.scan_field
        checks.record(window.focusWidget() is scan_field, "main window opens with focus on the scan field")
        for _ in range(2):
            QTest.keyClicks(scan_field, barcode)
            QTest.keyClick(scan_field, Qt.Key.Key_Return)
        checks.check(
            "two scans make one line of quantity 2", lambda: window.sell.cart_model.index(0, 1).data() == "2"
        )
        QTest.keyClick(scan_field, Qt.Key.Key_F12)
        dialog = window.sell.dialog
        checks.record(isinstance(dialog, PaymentDialog), "F12 opens the payment dialog")
        if isinstance(dialog, PaymentDialog):
            QTest.keyClicks(dialog.tendered, "10")
            QTest.keyClick(dialog.tendered, Qt.Key.Key_Return)
            app.processEvents()
        window.close()
    finally:
        controllers.close()

    with closing(sqlite3.connect(database)) as connection:
        orders = connection.execute("SELECT status, total FROM orders").fetchall()
        payment = connection.execute("SELECT tendered, change_given FROM payments").fetchall()
        stock = connection.execute("SELECT stock FROM items WHERE sku = 'SELF-1'").fetchone()
        journal = connection.execute("SELECT kind, change FROM stock_movements ORDER BY id").fetchall()
        integrity = connection.execute("PRAGMA integrity_check").fetchone()
        fk_problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    checks.record(orders == [("paid", 500)], f"the sale is committed as paid, total 5.00 (found {orders})")
    checks.record(payment == [(1000, 500)], f"cash 10.00 tendered, change 5.00 recorded (found {payment})")
    checks.record(stock == (8,), f"stock decremented from 10 to 8 (found {stock})")
    checks.record(
        journal == [("opening", 10), ("sale", -2)],
        f"stock journal: opening 10, sale -2 (found {journal})",
    )
    checks.record(integrity == ("ok",), f"PRAGMA integrity_check: {integrity[0] if integrity else '?'}")
    checks.record(not fk_problems, "PRAGMA foreign_key_check: no orphan rows")
    checks.record(sys.version_info >= (3, 11), f"Python {sys.version.split()[0]}")
