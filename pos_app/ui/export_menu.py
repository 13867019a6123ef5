"""File → Export… on the main window: orders, order lines, items or customers to a CSV file.

Keys: Alt+F opens the File menu; then O (orders), L (order lines), I (items) or C (customers).
A save dialog asks where to write. The export runs on a worker thread with a database
connection of its own (services.csv_export streams it in chunks), and the status bar shows how
far it got, so the till stays responsive even for a million orders. When it is done the status
bar says how many rows went where; a failure (disk full, no permission) is shown in a message
box, and since the file is written under a temporary name and renamed only when complete, no
half file is left behind.

The menu is added to the window's File menu if another part of the app already made one.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.exports import ExportPermit
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_quantity
from pos_app.services.export_kinds import ExportKind

if TYPE_CHECKING:
    from pos_app.services.csv_export import ExportReport

SHOWN_FOR_MS = 15_000


def file_menu_title() -> str:
    """The File menu's title in the user's language (every part adding to it looks it up by this)."""
    return translate("ExportMenu", "&File")


def _labels() -> dict[ExportKind, str]:
    """Each kind's menu entry, translated when the menu is built."""
    return {
        ExportKind.ORDERS: translate("ExportMenu", "Export &orders…"),
        ExportKind.LINES: translate("ExportMenu", "Export order &lines…"),
        ExportKind.ITEMS: translate("ExportMenu", "Export &items…"),
        ExportKind.CUSTOMERS: translate("ExportMenu", "Export &customers…"),
    }


def _plural(kind: ExportKind) -> str:
    """What an export of `kind` writes, as the dialogs and the status bar name it."""
    return {
        ExportKind.ORDERS: translate("ExportMenu", "orders"),
        ExportKind.LINES: translate("ExportMenu", "order lines"),
        ExportKind.ITEMS: translate("ExportMenu", "items"),
        ExportKind.CUSTOMERS: translate("ExportMenu", "customers"),
    }[kind]


class ExportMenu(QObject):
    """The File menu's export actions, and one export at a time on a worker thread.

    Signals:
        export_finished(ok, message): an export ended; `message` is what the owner was shown.
    """

    export_finished = Signal(bool, str)
    # From the worker thread; delivered queued on the GUI thread.
    _progressed = Signal(int, int)
    _ended = Signal(object)

    def __init__(self, window: QMainWindow, controllers: AppControllers) -> None:
        super().__init__(window)
        self._window = window
        self._exports = controllers.exports
        self._kind: ExportKind | None = None
        self.message_box: QMessageBox | None = None
        menu = file_menu(window)
        self.actions: dict[ExportKind, QAction] = {}
        for kind, label in _labels().items():
            action = menu.addAction(label)
            action.triggered.connect(partial(self.start_export, kind))
            self.actions[kind] = action
        self._progressed.connect(self._on_progressed)
        self._ended.connect(self._on_ended)
        # Alt+F moves the keyboard focus to the menu bar, and on some platforms it stays there
        # after the menu closed: the scan field must get it back, or the next scan goes nowhere.
        self._focus_before_menu: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    @property
    def running(self) -> bool:
        return self._kind is not None

    def start_export(self, kind: ExportKind) -> None:
        """Ask where to save, then export `kind` there in the background."""
        if self.running:
            self._return_focus()
            return
        try:
            # Checked before asking where to save; a cashier's manager approves here if asked.
            permit = self._exports.permit()
        except UserError as refusal:
            self._refuse(refusal.message, translate("ExportMenu", "Export not allowed"))
            return
        plural = _plural(kind)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            translate("ExportMenu", "Export {what}").format(what=plural),
            str(Path.home() / f"{kind.value}.csv"),
            translate("ExportMenu", "CSV files (*.csv);;All files (*)"),
        )
        self._return_focus()
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        self._kind = kind
        for action in self.actions.values():
            action.setEnabled(False)
        self._show(translate("ExportMenu", "Exporting {what}…").format(what=plural))
        QThreadPool.globalInstance().start(partial(self._run, permit, kind, path))

    def _run(self, permit: ExportPermit, kind: ExportKind, path: Path) -> None:
        """The export itself, on a worker thread; the outcome goes back to the GUI thread."""
        from pos_app.services.csv_export import CsvExportError  # loaded with the first export

        try:
            report = self._exports.export(permit, kind, path, progress=self._progressed.emit)
        except CsvExportError as error:
            self._ended.emit(str(error))
        except Exception as bug:  # told to the owner, then raised as the bug it is
            self._ended.emit(
                translate(
                    "ExportMenu", "The export failed unexpectedly ({error}). Nothing was exported."
                ).format(error=bug)
            )
            raise
        else:
            self._ended.emit(report)

    def _on_progressed(self, done: int, total: int) -> None:
        if self._kind is not None and total:
            self._show(
                translate("ExportMenu", "Exporting {what}… {done} of {total}").format(
                    what=_plural(self._kind), done=format_quantity(done), total=format_quantity(total)
                )
            )

    def _on_ended(self, outcome: ExportReport | str) -> None:
        self._kind = None
        for action in self.actions.values():
            action.setEnabled(True)
        if not isinstance(outcome, str):  # an ExportReport
            message = outcome.summary()
            self._show(message, SHOWN_FOR_MS)
            self.export_finished.emit(True, message)
            return
        self._show(translate("ExportMenu", "The export failed."), SHOWN_FOR_MS)
        self._refuse(outcome)
        self.export_finished.emit(False, outcome)

    def _refuse(self, text: str, title: str | None = None) -> None:
        QApplication.beep()
        title = title or translate("ExportMenu", "Export failed")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._window)
        box.finished.connect(self._on_message_closed)
        self.message_box = box
        box.open()

    def _on_message_closed(self) -> None:
        self.message_box = None
        self._return_focus()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._window):  # the window is being torn down
            return
        bar = self._window.menuBar()
        if new is bar and old is not None and old is not bar and self._window.isAncestorOf(old):
            self._focus_before_menu = old

    def _return_focus(self) -> None:
        widget = self._focus_before_menu
        if widget is not None and widget.isVisible():
            self._window.activateWindow()
            widget.setFocus()

    def _show(self, text: str, timeout: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout)


def file_menu(window: QMainWindow) -> QMenu:
    """The window's File menu, made if no other part of the app made one yet."""
    bar = window.menuBar()
    title = file_menu_title()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == title:
            return menu
    return bar.addMenu(title)
