"""Run in a fresh interpreter by test_startup_imports.py: build the main window on a shop, report which
of the heavy modules start-up imported, then use each feature once and report again (JSON on stdout).

Usage: python startup_probe.py DATABASE_FILE
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEAVY = (
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "escpos",
    "reportlab",
    "pos_app.receipts.pdf_output",
    "pos_app.receipts.code128",
    "pos_app.ui.receipt_preview",
    "pos_app.ui.system_receipt_printer",
    "pos_app.ui.reports_chart",
    "pos_app.ui.reports_pdf",
    "pos_app.services.report_export",
    "pos_app.services.csv_import",
    "pos_app.services.csv_export",
    "pos_app.services.import_plan",
    "pos_app.ui.import_dialog",
    "pos_app.ui.audit_dialog",
    "pos_app.ui.audit_model",
    "stdnum",
    # The back-office screens: built (and imported) when first shown, not at start.
    "pos_app.ui.catalog_screen",
    "pos_app.ui.customers_screen",
    "pos_app.ui.history_screen",
    "pos_app.ui.reports_screen",
    "pos_app.ui.stock_screen",
)


def loaded() -> list[str]:
    return [name for name in HEAVY if name in sys.modules]


def main(database: str) -> None:
    from PySide6.QtWidgets import QApplication

    from pos_app.controllers.app import AppControllers
    from pos_app.db.engine import sqlite_url
    from pos_app.ui.main_window import MainWindow

    app = QApplication([])
    controllers = AppControllers(sqlite_url(database))
    window = MainWindow(controllers, database)
    window.show()
    app.processEvents()
    at_start = loaded()

    # First use of each: the audit trail, a CSV export's and an import's machinery, printing.
    window.audit.open_dialog()
    import pos_app.controllers.imports as imports

    imports.ImportPlan  # noqa: B018 (the import dialog asks for it the same way)
    from pos_app.services.csv_export import export_csv  # what ExportController.export loads
    from pos_app.ui.lazy import lazy_class

    printer = lazy_class("pos_app.ui.system_receipt_printer", "SystemReceiptPrinter")
    printer(controllers.settings.paper)
    del export_csv
    for screen in ("catalog", "customers", "history", "reports", "stock"):
        getattr(window, screen)  # what showing its tab does
    after_use = loaded()
    window.close()
    controllers.close()
    print(json.dumps({"at_start": at_start, "after_use": after_use}))


if __name__ == "__main__":
    main(sys.argv[1])
