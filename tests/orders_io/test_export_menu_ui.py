"""File → Export… on the real main window, driven from the keyboard: Alt+F, then the item's letter."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from pos_app.controllers import exports as exports_controller
from pos_app.controllers.app import AppControllers
from pos_app.ui.main_window import MainWindow

# The offscreen platform says these whenever a menu pops up; they are not our warnings.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def window(qtbot, shop: AppControllers, db_path: Path) -> MainWindow:
    main = MainWindow(shop, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)
    return main


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers `answer` ("" is Cancel), records each question."""

    def __init__(self) -> None:
        self.answer = ""
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent, title: str, proposed: str, _filter: str) -> tuple[str, str]:
        self.asked.append((title, proposed))
        return self.answer, "CSV files (*.csv)"


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    dialog = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return dialog


def choose(qtbot, window: MainWindow, letter: Qt.Key) -> None:
    """Alt+F opens the File menu; the letter picks the item."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), letter)


def test_export_items_from_the_keyboard(qtbot, window: MainWindow, save_as, tmp_path: Path) -> None:
    target = tmp_path / "catalog"  # no suffix typed: .csv is added
    save_as.answer = str(target)

    with qtbot.waitSignal(window.exports.export_finished, timeout=20_000) as finished:
        choose(qtbot, window, Qt.Key.Key_I)

    written = tmp_path / "catalog.csv"
    assert finished.args == [True, f"3 items exported to {written}"]
    assert save_as.asked[0][0] == "Export items"
    assert window.statusBar().currentMessage() == f"3 items exported to {written}"
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["sku", "barcode", "name", "price", "stock", "tax_rate"]
    assert [row[0] for row in rows[1:]] == ["TEA", "JAM", "NEWS"]
    # The till is still the till: the scan field has the focus back.
    qtbot.waitUntil(lambda: window.sell.scan_field.hasFocus())


def test_export_orders_and_customers(qtbot, window: MainWindow, save_as, tmp_path: Path) -> None:
    window.sell.scan_field.setFocus()
    for letter, name, summary in (
        (Qt.Key.Key_O, "orders.csv", "0 orders exported"),
        (Qt.Key.Key_L, "lines.csv", "0 order lines exported"),
        (Qt.Key.Key_C, "customers.csv", "1 customer exported"),
    ):
        save_as.answer = str(tmp_path / name)
        with qtbot.waitSignal(window.exports.export_finished, timeout=20_000) as finished:
            choose(qtbot, window, letter)
        assert finished.args == [True, f"{summary} to {tmp_path / name}"]
    assert [title for title, _ in save_as.asked] == [
        "Export orders",
        "Export order lines",
        "Export customers",
    ]


def test_cancelling_the_save_dialog_exports_nothing(
    qtbot, window: MainWindow, save_as, tmp_path: Path
) -> None:
    choose(qtbot, window, Qt.Key.Key_O)

    qtbot.waitUntil(lambda: len(save_as.asked) == 1)
    assert not window.exports.running
    assert list(tmp_path.glob("*.csv")) == []


def test_a_failed_export_says_why_and_leaves_no_file(
    qtbot, window: MainWindow, save_as, tmp_path: Path
) -> None:
    target = tmp_path / "missing folder" / "orders.csv"
    save_as.answer = str(target)

    with qtbot.waitSignal(window.exports.export_finished, timeout=20_000) as finished:
        choose(qtbot, window, Qt.Key.Key_O)

    message = f"Cannot write {target}: No such file or directory. Nothing was exported."
    assert finished.args == [False, message]
    box = window.exports.message_box
    assert box is not None
    assert box.isVisible()
    assert box.text() == message
    assert not target.parent.exists()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.exports.message_box is None)
    # The menu works again after a failure.
    assert all(action.isEnabled() for action in window.exports.actions.values())


def test_the_export_runs_off_the_gui_thread(
    qtbot, window: MainWindow, save_as, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_export = exports_controller.export_csv

    def recording_export(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(exports_controller, "export_csv", recording_export)
    save_as.answer = str(tmp_path / "customers.csv")

    with qtbot.waitSignal(window.exports.export_finished, timeout=20_000) as finished:
        choose(qtbot, window, Qt.Key.Key_C)

    assert finished.args[0] is True
    assert threads
    assert threads[0] is not threading.main_thread()
