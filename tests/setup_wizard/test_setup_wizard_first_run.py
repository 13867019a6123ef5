"""The first start of the app on a new shop: the wizard comes before the main window; Finish opens
the window with the new owner logged in, Cancel quits with exit code 0 and saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from setup_wizard_support import OWNER_PASSWORD, focused, press, rows, type_text  # type: ignore[import-not-found]

import pos_app.gui as gui
from pos_app.db.engine import sqlite_url
from pos_app.ui.main_window import MainWindow
from pos_app.ui.setup_wizard import SetupWizard


def shown(kind: type[QWidget]) -> QWidget | None:
    """The visible, active top-level window of that kind, if any."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            widget.activateWindow()
            return widget if widget.isActiveWindow() else None
    return None


def close_everything() -> None:
    """Reject every dialog and close every window, so run_gui returns instead of hanging the test."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
        elif widget.isVisible():
            widget.close()


def when_shown(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Call `then(window)` once a window of that kind is shown and active (polled from the event loop).

    A failing check closes everything (pytest-qt then reports the exception) rather than hanging.
    """

    def poll() -> None:
        window = shown(kind)
        if window is None:
            QTimer.singleShot(10, poll)
            return
        try:
            then(window)
        except BaseException:
            close_everything()
            raise

    QTimer.singleShot(0, poll)


def watchdog(seconds: int = 30) -> list[str]:
    """Closes everything after `seconds` (a window nobody expected stays open); the list says so."""
    fired: list[str] = []

    def fire() -> None:
        fired.append(", ".join(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()))
        close_everything()

    QTimer.singleShot(seconds * 1000, fire)
    return fired


def test_finish_opens_the_main_window_with_the_owner_logged_in(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "first-start.sqlite3"  # no file yet: a fresh install
    seen: dict[str, object] = {}

    def fill_in(wizard: QWidget) -> None:
        assert isinstance(wizard, SetupWizard)
        assert focused() is wizard.shop.name
        for text in ("Corner Shop", "", "20", "Olga"):  # name; currency as suggested; rate; owner
            if text:
                type_text(qtbot, text)
            if text == "Olga":
                for secret in (OWNER_PASSWORD, OWNER_PASSWORD):
                    press(qtbot, Qt.Key.Key_Tab)
                    type_text(qtbot, secret)
            press(qtbot, Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.summary
        press(qtbot, Qt.Key.Key_Return)  # Finish
        when_shown(MainWindow, look_and_quit)

    def look_and_quit(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        seen["locked"] = window.locked
        seen["user"] = window.user_label.text()
        seen["offered"] = window.shop_setup.action.isVisible()
        press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    when_shown(SetupWizard, fill_in)
    stuck = watchdog()
    assert gui.run_gui(sqlite_url(path)) == 0
    assert not stuck, f"still open: {stuck}"

    assert seen == {"locked": False, "user": "Logged in: Olga (owner)", "offered": False}
    assert rows(path, "SELECT name, role FROM users") == [("Olga", "owner")]
    assert rows(path, "SELECT value FROM settings WHERE key = 'shop_name'") == [("Corner Shop",)]
    assert rows(path, "SELECT name FROM tax_rates") == [("Standard",)]


def test_cancel_quits_cleanly_and_saves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "first-start.sqlite3"

    def cancel(wizard: QWidget) -> None:
        type_text(qtbot, "Corner Shop")
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_Escape)

    when_shown(SetupWizard, cancel)
    stuck = watchdog()  # the main window must never open: it would be left open here
    assert gui.run_gui(sqlite_url(path)) == 0
    assert not stuck, f"still open: {stuck}"
    assert rows(path, "SELECT count(*) FROM users") == [(0,)]
    assert rows(path, "SELECT count(*) FROM settings") == [(0,)]
    assert rows(path, "SELECT count(*) FROM tax_rates") == [(0,)]
