"""Automatic backups: one when a shift closes (a failure is reported and never blocks the close),
one a day, wired into the running window."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from safety_helpers import rows

from pos_app.controllers.auto_backups import AutoBackups
from pos_app.db.backup import list_backups
from pos_app.gui import start_auto_backups
from pos_app.paths import backup_dir_for
from pos_app.ui.main_window import MainWindow


def test_closing_a_shift_takes_a_backup_with_the_closed_shift(qtbot, controllers, make_item, db_path):
    make_item("Tea", "2.50", barcode="")
    controllers.sale.scan("SKU-1")
    controllers.sale.pay_cash()
    backups = AutoBackups(db_path, controllers.shifts)

    with qtbot.waitSignal(backups.backup_made) as made:
        controllers.shifts.close_shift({Decimal("100"): 1, Decimal("2"): 1, Decimal("0.50"): 1})

    (backup,) = list_backups(backup_dir_for(db_path))
    assert backup.label == "shift-close"
    assert made.args == [str(backup.path)]
    assert rows(backup.path, "SELECT closed_at IS NOT NULL, counted_cash FROM shifts") == [(1, 10250)]
    # Opening the next shift is not a close: no backup.
    controllers.shifts.open_shift("Ann", "100.00")
    assert len(list_backups(backup_dir_for(db_path))) == 1


def test_a_failed_shift_close_backup_is_reported_and_the_shift_is_closed(qtbot, controllers, db_path):
    backup_dir_for(db_path).write_text("a file where the backups folder should be")
    backups = AutoBackups(db_path, controllers.shifts)

    with qtbot.waitSignal(backups.backup_failed) as failed:
        report = controllers.shifts.close_shift({Decimal("100"): 1})

    assert report is not None
    assert controllers.shifts.current() is None
    assert rows(db_path, "SELECT closed_at IS NOT NULL FROM shifts") == [(1,)]
    (message,) = failed.args
    assert message.startswith("The shift-close backup could not be made:")
    assert "Your sales are saved" in message


def test_the_window_takes_the_daily_backup_on_start_and_shows_failures(qtbot, controllers, db_path):
    window = MainWindow(controllers, str(db_path))
    qtbot.addWidget(window)

    timer = start_auto_backups(controllers, window)

    assert timer is not None
    assert timer.isActive()
    assert [b.label for b in list_backups(backup_dir_for(db_path))] == ["daily"]
    assert "Backup saved" in window.statusBar().currentMessage()
    backups = window.findChild(AutoBackups, "autoBackups")
    assert backups is not None
    assert backups.daily() is None, "not due again within the day"
    for old in backup_dir_for(db_path).iterdir():
        old.unlink()
    backup_dir_for(db_path).rmdir()
    backup_dir_for(db_path).write_text("in the way")
    assert backups.daily() is None
    qtbot.waitUntil(lambda: window.findChild(object, "backupFailed") is not None)
    box = window.findChild(object, "backupFailed")
    assert "The daily backup could not be made" in box.text()
    assert box.windowModality() == Qt.WindowModality.NonModal, "the till stays usable"
    timer.stop()
