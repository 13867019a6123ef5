"""The start-up dialog on real bad files: a corrupted page, a newer-version file, a file another
pos_app holds. The user restores the latest good backup, chooses another file, or quits; the
damaged file is always kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from safety_helpers import damage, make_newer, rows, when_modal

from pos_app.db.backup import integrity_problem, list_backups
from pos_app.db.backups import take_backup
from pos_app.db.engine import sqlite_url
from pos_app.gui import open_database
from pos_app.paths import backup_dir_for
from pos_app.ui.startup_dialog import StartupDialog

Seen = list[str]


def restore_when_asked(seen: Seen) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, StartupDialog)
        seen.append(dialog.message.text())
        assert dialog.restore_button is not None, "a good backup exists: it must be offered"
        seen.append(dialog.restore_button.text())
        dialog.restore_button.click()

    when_modal(StartupDialog, act)


def shop_with_backup(controllers, make_item, db_path: Path) -> Path:
    make_item("Tea", "2.50", barcode="")
    controllers.sale.scan("SKU-1")  # make_item's first SKU
    controllers.sale.pay_cash()
    backup = take_backup(db_path, "shift-close")
    make_item("Coffee", "3.00", barcode="")  # after the backup: lost with the damaged file
    controllers.close()
    return backup


def test_a_corrupted_file_offers_the_latest_good_backup_and_restores_it(
    qapp, controllers, make_item, db_path, db_url, capsys
):
    backup = shop_with_backup(controllers, make_item, db_path)
    damage(db_path, "items")
    assert integrity_problem(db_path) is not None
    damaged_bytes = db_path.read_bytes()
    seen: Seen = []
    restore_when_asked(seen)

    opened = open_database(db_url)

    assert opened is not None
    try:
        message, button = seen
        assert "is damaged" in message
        assert button.startswith("Restore the latest good backup (")
        assert button.endswith(", shift-close)")
        assert rows(db_path, "SELECT name FROM items") == [("Tea",)]
        assert rows(db_path, "SELECT count(*) FROM orders WHERE status = 'paid'") == [(1,)]
        assert integrity_problem(db_path) is None
        kept = [b for b in list_backups(backup_dir_for(db_path)) if b.label == "before-restore"]
        assert len(kept) == 1
        assert kept[0].path.read_bytes() == damaged_bytes, "the damaged file is kept as it was"
        assert str(kept[0].path) in opened.notice
        assert backup.exists()
        assert opened.lock is not None
        assert opened.lock.held
    finally:
        opened.close()
    assert "damaged" in capsys.readouterr().err


def test_a_newer_version_file_offers_the_backup(qapp, controllers, make_item, db_path, db_url):
    shop_with_backup(controllers, make_item, db_path)
    make_newer(db_path)
    seen: Seen = []
    restore_when_asked(seen)

    opened = open_database(db_url)

    assert opened is not None
    opened.close()
    assert "newer version of pos_app" in seen[0]
    assert rows(db_path, "SELECT name FROM items") == [("Tea",)]
    kept = [b for b in list_backups(backup_dir_for(db_path)) if b.label == "before-restore"]
    assert rows(kept[0].path, "SELECT version_num FROM alembic_version") == [("9999_from_the_future",)]


def test_quit_leaves_the_file_alone(qapp, db_path, db_url):
    make_newer(db_path)
    before = db_path.read_bytes()
    when_modal(StartupDialog, lambda dialog: dialog.quit_button.click())  # type: ignore[attr-defined]

    assert open_database(db_url) is None

    assert db_path.read_bytes() == before
    assert not backup_dir_for(db_path).exists()


def test_choose_another_file(qapp, db_path, db_url, tmp_path):
    db_path.write_bytes(b"not a database " * 400)
    other = tmp_path / "elsewhere" / "other.sqlite3"
    other.parent.mkdir()

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(other))
        dialog.accept()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, StartupDialog)
        assert dialog.restore_button is None
        when_modal(QFileDialog, pick)
        dialog.choose_button.click()

    when_modal(StartupDialog, choose)

    opened = open_database(db_url)

    assert opened is not None
    opened.close()
    assert opened.url == sqlite_url(other.resolve())
    assert rows(other, "SELECT count(*) FROM alembic_version") == [(1,)]


def test_a_second_instance_is_refused_with_the_holders_pid(qapp, db_url, db_path, lock_holder, capsys):
    holder = lock_holder(db_path)
    texts: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    when_modal(QMessageBox, read_and_close)

    assert open_database(db_url) is None

    assert texts == [texts[0]]
    assert f"pos_app is already running on this database (pid {holder.pid})" in texts[0]
    assert "already running" in capsys.readouterr().err
    holder.stop()
    opened = open_database(db_url)  # free again once the other one has quit
    assert opened is not None
    opened.close()
