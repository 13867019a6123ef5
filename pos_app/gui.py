"""The GUI entry point (composition root): QApplication, database checks with a clear dialog, the window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_file
from pos_app.resources_access import resource_bytes, resource_text
from pos_app.startup import StartupError, prepare_database


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("pos-app")
    app.setApplicationDisplayName("pos_app")
    app.setStyleSheet(resource_text("app.qss"))
    pixmap = QPixmap()
    pixmap.loadFromData(resource_bytes("icon.svg"))
    app.setWindowIcon(QIcon(pixmap))
    return app


def run_gui(url: str, *, demo: bool = False) -> int:
    """Open the shop at `url` in the main window; returns the process exit code."""
    app = create_application()
    try:
        prepare_database(url)
    except StartupError as error:
        QMessageBox.critical(None, "pos_app cannot open the database", str(error))
        print(f"pos-app: {error}", file=sys.stderr)
        return 1
    controllers = AppControllers(url)
    try:
        if demo:
            from pos_app.services.demo import seed_demo

            seed_demo(controllers.uow, settings=controllers.settings)
        from pos_app.ui.main_window import MainWindow

        window = MainWindow(controllers, str(sqlite_file(url) or url.split("@")[-1]))
        window.show()
        return app.exec()
    finally:
        controllers.close()
