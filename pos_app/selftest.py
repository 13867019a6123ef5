"""`pos-app --self-test`: proves an installation works, end to end, without a display.

It migrates a temporary database, rings up a sale through the real main window with
the keys a scanner and a cashier press, checks what was committed, and runs SQLite's
integrity check. It then checks what only a packaged (frozen) build can be missing: the
migration scripts, the resources, SQLite's FTS5, QtCharts, printing (python-escpos renders
a receipt, Qt writes a PDF) and the German translation. Each check prints one line; the
exit code is 0 only if all pass.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

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
        started = _since_process_start()
        checks.record(
            window.focusWidget() is scan_field,
            "main window opens with focus on the scan field"
            + (f" ({started * 1000:.0f} ms after the process started)" if started is not None else ""),
        )
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
    _check_bundle(checks, database.parent)

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


def _since_process_start() -> float | None:
    """Seconds since this process was started (Linux /proc; 10 ms resolution), or None elsewhere.

    A frozen app's start begins before any Python runs (the bootloader unpacks nothing but
    still loads libpython and the Qt libraries), so perf_counter() at import would miss it.
    """
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    # Field 22 (starttime) is the 20th after the ")" that ends the command name.
    return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")


def _check_bundle(checks: _Checks, folder: Path) -> None:
    """What an installation (above all a PyInstaller bundle) can lack although the code is fine."""
    checks.check("migration scripts shipped and their head is the head Alembic finds", _migrations_present)
    checks.check("resources present: app.qss, icon.svg (drawn by Qt's SVG plugin)", _resources_present)
    checks.check("SQLite FTS5 available (virtual table created and searched)", _fts5_works)
    checks.check("QtCharts loads (the Reports tab's charts)", _charts_load)
    checks.check("python-escpos renders a receipt on its Dummy printer", _escpos_renders)
    checks.check("QtPrintSupport: a receipt PDF is written", lambda: _pdf_renders(folder / "receipt.pdf"))
    translation = _german_translation()
    if translation is None:
        checks.record(True, "translations: none shipped in this build (no resources/i18n folder)")
    else:
        checks.check("German translation (resources/i18n/pos_app_de.qm) loads", translation)


def _migrations_present() -> bool:
    from pos_app.db.migrate import MIGRATIONS_DIR, head_revision, script_head

    scripts = [p for p in (MIGRATIONS_DIR / "versions").glob("*.py") if p.name != "__init__.py"]
    return (MIGRATIONS_DIR / "env.py").is_file() and bool(scripts) and script_head() == head_revision()


def _resources_present() -> bool:
    from PySide6.QtGui import QPixmap

    from pos_app.resources_access import resource_bytes, resource_text

    pixmap = QPixmap()
    # loadFromData of an SVG succeeds only when the qsvg image plugin was bundled.
    return bool(resource_text("app.qss").strip()) and pixmap.loadFromData(resource_bytes("icon.svg"))


def _fts5_works() -> bool:
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(name)")
        connection.execute("INSERT INTO probe (name) VALUES ('self-test item')")
        found = connection.execute("SELECT name FROM probe WHERE probe MATCH '\"sel\"*'").fetchall()
    return found == [("self-test item",)]


def _charts_load() -> bool:
    from PySide6.QtCharts import QChart, QChartView, QLineSeries

    series = QLineSeries()
    series.append(0, 1)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    ok = view.chart() is chart
    view.deleteLater()
    return ok


def _sample_receipt() -> object:
    from datetime import datetime
    from decimal import Decimal

    from pos_app.receipts.document import ReceiptDocument, ReceiptLine, ShopHeader, TaxRow, Tender

    total = Decimal("5.00")
    return ReceiptDocument(
        shop=ShopHeader(name="Self-test shop", address_lines=("1 Test Street",)),
        number="ST-000001",
        issued_at=datetime(2026, 1, 2, 10, 30),
        cashier="Self-test",
        lines=(ReceiptLine("Self-test item", 2, Decimal("2.50"), total, "A"),),
        subtotal=total,
        taxes=(TaxRow("A", "Zero", Decimal("0"), total, Decimal("0.00")),),
        total=total,
        tenders=(Tender("Cash", Decimal("10.00")),),
        change=Decimal("5.00"),
    )


def _escpos_renders() -> bool:
    from pos_app.receipts.escpos_output import PrinterSettings, make_receipt_printer

    printer = make_receipt_printer(PrinterSettings(kind="dummy"))
    printer.print_receipt(_sample_receipt(), open_drawer=True)  # type: ignore[arg-type]
    output = printer.dummy_output()
    # ESC p (drawer kick) first, ESC @ (initialise), the item's name, and GS V (cut) at the end.
    return (
        output.startswith(b"\x1bp")
        and b"\x1b@" in output
        and b"Self-test item" in output
        and b"\x1dV" in output
    )


def _pdf_renders(path: Path) -> bool:
    from pos_app.receipts.pdf_output import render_pdf

    render_pdf(_sample_receipt(), path)  # type: ignore[arg-type]
    data = path.read_bytes()
    return data.startswith(b"%PDF") and len(data) > 1000


def _german_translation(folder: Traversable | None = None) -> Callable[[], bool] | None:
    """A check that the German catalogue in `folder` (default: resources/i18n) loads, or None when
    this build ships no translations. A folder without a loadable pos_app_de.qm fails the check."""
    if folder is None:
        from importlib.resources import files

        folder = files("pos_app.resources").joinpath("i18n")
    if not folder.is_dir():
        return None

    def loads() -> bool:
        from PySide6.QtCore import QTranslator

        assert folder is not None
        catalogue = folder.joinpath("pos_app_de.qm")
        if not catalogue.is_file():
            raise FileNotFoundError("resources/i18n has no pos_app_de.qm")
        translator = QTranslator()
        # Loaded from memory: the data is all that matters, wherever the package lives.
        data = catalogue.read_bytes()
        return translator.load(data) and not translator.isEmpty()

    return loads
