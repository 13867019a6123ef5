"""Regenerate the README screenshots: a demo shop, a sale in progress, each main screen, a Z report.

Run from the repository root: QT_QPA_PLATFORM=offscreen python docs/screenshots/capture.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.gui import create_application
from pos_app.services.demo import seed_demo
from pos_app.startup import prepare_database
from pos_app.ui.main_window import MainWindow
from pos_app.ui.shift_dialog import ShiftDialog

OUT = Path(__file__).resolve().parent


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.sqlite3"
        url = sqlite_url(database)
        prepare_database(url)
        app = create_application()
        controllers = AppControllers(url)
        try:
            seed_demo(controllers.uow, settings=controllers.settings)
            window = MainWindow(controllers, "~/.local/share/pos-app/pos.sqlite3")
            window.show()
            items = controllers.catalog.items("").fetch(0, 100)
            for item in (items[3], items[17], items[40], items[3], items[88]):
                QTest.keyClicks(window.sell.scan_field, item.barcode or item.sku)
                QTest.keyClick(window.sell.scan_field, Qt.Key.Key_Return)
            controllers.sale.set_customer(controllers.customers.customers("").fetch(0, 1)[0].id)
            first_line = controllers.sale.cart().lines[0].line_id
            controllers.sale.discount_line(first_line, "10%", "Staff")
            app.processEvents()
            window.grab().save(str(OUT / "sell.png"))
            shift = ShiftDialog(controllers.shifts, window)
            shift.show()
            shift.show_past_shifts()
            QTest.keyClick(shift.past_page.focusWidget() or shift, Qt.Key.Key_Down)
            shift.show_selected_report()  # yesterday's shift: its Z report
            shift.resize(520, 860)
            app.processEvents()
            shift.grab().save(str(OUT / "z-report.png"))
            shift.close()
            window.tabs.setCurrentWidget(window.catalog)
            QTest.keyClicks(window.catalog.search_field, "choc")
            app.processEvents()
            window.grab().save(str(OUT / "catalog.png"))
            window.tabs.setCurrentWidget(window.customers)
            app.processEvents()
            window.grab().save(str(OUT / "customers.png"))
            window.tabs.setCurrentWidget(window.history)
            app.processEvents()
            # A paid sale with a return, so the detail pane shows lines, payments and the refund.
            window.history.table.setFocus()
            for _ in range(6):
                QTest.keyClick(window.history.table, Qt.Key.Key_Down)
            app.processEvents()
            window.grab().save(str(OUT / "history.png"))
            window.tabs.setCurrentWidget(window.reports)
            app.processEvents()
            window.reports.run()
            app.processEvents()
            window.grab().save(str(OUT / "reports.png"))
            window.tabs.setCurrentWidget(window.stock)
            app.processEvents()
            window.stock.table.setFocus()
            QTest.keyClick(window.stock.table, Qt.Key.Key_Down)
            app.processEvents()
            window.grab().save(str(OUT / "stock.png"))
            window.close()
        finally:
            controllers.close()


if __name__ == "__main__":
    main()
