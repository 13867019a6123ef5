"""Shop ▸ Purge old orders… on the real main window, driven by keys: a bad date is refused in
red, the preview shows what goes, Purge enables only once the number of orders is typed, and
Enter backs up and purges; then what the database and the backup hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from purge_shop import OldShop, run_sql  # type: ignore[import-not-found]
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_app.controllers.app import AppControllers
from pos_app.controllers.purge import purge_preview
from pos_app.ui.main_window import MainWindow
from pos_app.ui.purge_dialog import PurgeDialog

# The Shop menu is a real popup; the offscreen platform cannot raise it or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard", extend=True
)


@pytest.fixture
def window(qtbot, shop_app: AppControllers, old_shop: OldShop):
    main = MainWindow(shop_app, str(old_shop.path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def retype(qtbot, field, text: str) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def open_purge_dialog(qtbot, window: MainWindow) -> PurgeDialog:
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Shop" in titles
    assert "&Purge old orders…" in [action.text() for action in window.purge.menu.actions()]
    # Alt+S opens the Shop menu, P picks its entry, as an owner at the keyboard would.
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.purge.menu.isVisible)
    qtbot.keyClick(window.purge.menu, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: window.purge.dialog is not None and window.purge.dialog.isVisible())
    dialog = window.purge.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.cutoff)
    return dialog


def test_purge_by_keyboard(qtbot, window: MainWindow, old_shop: OldShop, shop_app: AppControllers):
    path = old_shop.path
    before = run_sql(path, "SELECT count(*) FROM orders")[0][0]
    count = purge_preview(shop_app.uow, old_shop.cutoff).orders
    dialog = open_purge_dialog(qtbot, window)

    # Not a date: refused in red, nothing to confirm.
    qtbot.keyClicks(dialog.cutoff, "2025-02-30")
    qtbot.keyClick(dialog.cutoff, Qt.Key.Key_Return)
    assert dialog.message.property("kind") == "error"
    assert "is not a date" in dialog.message.text()
    assert not dialog.confirm.isEnabled()
    assert dialog.summary.text() == ""

    # Too recent: refused too.
    retype(
        qtbot, dialog.cutoff, "2026-11-01" if old_shop.cutoff.year == 2026 else old_shop.cutoff.isoformat()
    )
    if old_shop.cutoff.year == 2026:
        qtbot.keyClick(dialog.cutoff, Qt.Key.Key_Return)
        assert "too recent" in dialog.message.text()

    # The cut-off: the preview says how much goes, and the cursor waits in the confirmation field.
    retype(qtbot, dialog.cutoff, old_shop.cutoff.isoformat())
    qtbot.keyClick(dialog.cutoff, Qt.Key.Key_Return)
    assert dialog.message.property("kind") == "info"
    assert f"Orders created before {old_shop.cutoff.isoformat()}: {count:,}" in dialog.summary.text()
    assert "Shifts:" in dialog.summary.text()
    assert f"Type {count}" in dialog.confirm_label.text()
    assert QApplication.focusWidget() is dialog.confirm
    assert not dialog.purge_button.isEnabled()

    # A wrong number keeps Purge off, and Enter does nothing.
    qtbot.keyClicks(dialog.confirm, str(count + 1))
    assert not dialog.purge_button.isEnabled()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert run_sql(path, "SELECT count(*) FROM orders")[0][0] == before

    # Editing the date forgets the preview: it must be made again.
    qtbot.keyClicks(dialog.cutoff, "x")
    assert not dialog.confirm.isEnabled()
    assert dialog.summary.text() == ""
    qtbot.keyClick(dialog.cutoff, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.cutoff, Qt.Key.Key_Return)

    retype(qtbot, dialog.confirm, str(count))
    assert dialog.purge_button.isEnabled()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)

    assert dialog.result_ is not None
    backup = dialog.result_.backup
    assert f"Backup: {backup}" in dialog.summary.text()
    assert f"Deleted {count:,} orders" in dialog.summary.text()
    assert not dialog.purge_button.isEnabled()
    assert run_sql(path, "SELECT count(*) FROM orders")[0][0] == before - count
    assert run_sql(backup, "SELECT count(*) FROM orders")[0][0] == before
    assert Path(backup).parent == path.parent / "backups"
    assert f"Purged {count:,} old orders" in window.statusBar().currentMessage()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.purge.dialog is None)
    assert window.focusWidget() is window.sell.scan_field


def test_a_failed_purge_is_shown_and_deletes_nothing(qtbot, window, old_shop: OldShop, shop_app, monkeypatch):
    path = old_shop.path
    before = run_sql(path, "SELECT count(*) FROM orders")[0][0]
    dialog = open_purge_dialog(qtbot, window)
    qtbot.keyClicks(dialog.cutoff, old_shop.cutoff.isoformat())
    qtbot.keyClick(dialog.cutoff, Qt.Key.Key_Return)
    count = purge_preview(shop_app.uow, old_shop.cutoff).orders
    # The backup folder cannot be made: a file stands where it should be.
    (path.parent / "backups").write_text("not a folder")
    qtbot.keyClicks(dialog.confirm, str(count))
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.message.property("kind") == "error"
    assert "Nothing was deleted" in dialog.message.text()
    assert dialog.result_ is None
    assert run_sql(path, "SELECT count(*) FROM orders")[0][0] == before
    dialog.reject()
    qtbot.waitUntil(lambda: window.purge.dialog is None)
