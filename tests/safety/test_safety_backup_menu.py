"""File ▸ Back up now and File ▸ Restore a backup… in the running window: a damaged file is refused,
a good one is confirmed, the window closes, and the restore happens with the lock still held."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from safety_helpers import damage, rows, when_modal

from pos_app.db.backup import list_backups
from pos_app.db.backups import take_backup
from pos_app.gui import BackupMenu, OpenedDatabase, _restore_while_held
from pos_app.instance_lock import InstanceLock
from pos_app.paths import backup_dir_for
from pos_app.ui.main_window import MainWindow


def pick(path) -> None:  # type: ignore[no-untyped-def]
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    when_modal(QFileDialog, act)


def answer(texts: list[str], button: QMessageBox.StandardButton | None = None) -> None:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        if button is None:
            box.accept()
        else:
            box.button(button).click()

    when_modal(QMessageBox, act)


def test_back_up_now_and_restore_from_the_running_window(qtbot, controllers, make_item, db_path, db_url):
    window = MainWindow(controllers, str(db_path))
    qtbot.addWidget(window)
    window.show()
    menu = BackupMenu(window, controllers)
    assert menu.backup_action.text() == "Back up now"
    make_item("Tea", "2.50", barcode="")

    menu.backup_action.trigger()
    (made,) = list_backups(backup_dir_for(db_path))
    assert made.label == "manual"
    assert "Backup saved" in window.statusBar().currentMessage()
    make_item("Coffee", "3.00", barcode="")

    damaged = take_backup(db_path, "manual")
    damage(damaged)
    texts: list[str] = []
    pick(damaged)
    answer(texts)
    menu.restore_action.trigger()
    assert "is damaged" in texts[0]
    assert menu.restore_from is None
    assert window.isVisible()

    pick(made.path)
    answer(texts, QMessageBox.StandardButton.Yes)
    menu.restore_action.trigger()
    assert "before-restore backup" in texts[1]
    assert menu.restore_from == made.path
    qtbot.waitUntil(lambda: not window.isVisible())

    controllers.close()  # as run_gui does once the window has closed
    lock = InstanceLock(db_path)
    lock.acquire()
    opened = OpenedDatabase(db_url, lock)
    try:
        notice = _restore_while_held(made.path, opened)
    finally:
        opened.close()
    assert notice.startswith(f"Restored {made.path}.")
    assert rows(db_path, "SELECT name FROM items") == [("Tea",)]
    kept = [b for b in list_backups(backup_dir_for(db_path)) if b.label == "before-restore"]
    assert rows(kept[0].path, "SELECT name FROM items ORDER BY name") == [("Coffee",), ("Tea",)]
