"""Starting the GUI on a file it must not open shows a clear dialog, never a traceback, and
leaves the file untouched when the user quits."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import pos_app.gui as gui
from pos_app.db.engine import sqlite_url
from pos_app.ui.startup_dialog import StartupDialog


def test_damaged_database_gives_a_dialog_and_exit_code_1(qapp, tmp_path, capsys):
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[tuple[str, str, bool]] = []

    def answer_quit() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StartupDialog):
            QTimer.singleShot(10, answer_quit)
            return
        shown.append((dialog.windowTitle(), dialog.message.text(), dialog.restore_button is None))
        dialog.quit_button.click()

    QTimer.singleShot(0, answer_quit)
    assert gui.run_gui(sqlite_url(path)) == 1

    assert len(shown) == 1
    title, text, no_restore = shown[0]
    assert title == "pos_app cannot open the database"
    assert "damaged or is not a pos_app database" in text
    assert "Restore a backup" in text
    assert no_restore, "there is no backup to offer"
    assert "damaged" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
