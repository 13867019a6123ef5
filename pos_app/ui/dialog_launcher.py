"""What the Shop-menu launchers share: one dialog at a time, window-modal over the main window,
deleted when it closes, with the keyboard focus given back to where it was (the scan field, most
often: the next scan must not go nowhere)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMainWindow


class DialogLauncher(QObject):
    """Base of a menu entry's launcher; `dialog` is the open dialog, None when none is."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> None:
        """Show `dialog` (open(), never exec()) and forget it once it is closed."""
        self.dialog = dialog
        previous = self._window.focusWidget()

        def finished(_code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if previous is not None:
                previous.setFocus()

        dialog.finished.connect(finished)
        dialog.open()
