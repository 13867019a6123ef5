"""Starting the GUI on a file it must not open shows a clear dialog, never a traceback, and
leaves the file untouched."""

from __future__ import annotations

import hashlib

import pos_app.gui as gui
from pos_app.db.engine import sqlite_url


def test_damaged_database_gives_a_dialog_and_exit_code_1(qapp, tmp_path, monkeypatch, capsys):
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(gui.QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))

    assert gui.run_gui(sqlite_url(path)) == 1

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "pos_app cannot open the database"
    assert "damaged or is not a pos_app database" in text
    assert "Restore a backup" in text
    assert "damaged" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
