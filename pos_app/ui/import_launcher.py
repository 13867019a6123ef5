"""The "Import…  (Ctrl+I)" action of the catalog and the customer list.

It asks for a file (QFileDialog), opens the import preview for it as the screen's one dialog,
and afterwards leaves the result on the screen's status line; the list itself re-reads when the
ImportController says the data changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from pos_app.controllers.imports import ImportController
from pos_app.domain.i18n import translate
from pos_app.ui.record_list_screen import RecordListScreen

IMPORT_KEY = "Ctrl+I"


class ImportLauncher(QObject):
    """Adds the Import button and its Ctrl+I shortcut to `screen`; `button` is for its layout."""

    def __init__(self, screen: RecordListScreen, imports: ImportController, kind: str) -> None:
        super().__init__(screen)
        self._screen = screen
        self._imports = imports
        self._kind = kind
        self.button = QPushButton(translate("ImportLauncher", "Import…  ({key})").format(key=IMPORT_KEY))
        self.button.setObjectName(f"{kind}ImportButton")
        self.button.clicked.connect(self.open)
        shortcut = QShortcut(QKeySequence(IMPORT_KEY), screen)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.open)

    def open(self) -> None:
        """Ask for a file and preview its import (nothing happens if another dialog is open)."""
        screen = self._screen
        if screen.dialog is not None:
            return
        # The import dialog and the CSV machinery behind it load with the first import.
        from pos_app.ui.import_dialog import ImportDialog

        caption = (
            translate("ImportLauncher", "Import items")
            if self._kind == "items"
            else translate("ImportLauncher", "Import customers")
        )
        file_filter = translate("ImportLauncher", "CSV files (*.csv *.txt);;All files (*)")
        name, _filter = QFileDialog.getOpenFileName(screen, caption, "", file_filter)
        if not name:
            return
        path = Path(name)
        dialog = ImportDialog(self._imports, self._kind, path, screen)

        def finished(code: int) -> None:
            screen.dialog = None
            report = dialog.report
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and report is not None:
                screen.status_label.show_info(
                    translate("ImportLauncher", "Imported {file}: {summary}").format(
                        file=path.name, summary=report.summary()
                    )
                )
            screen.table.setFocus()

        screen.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()
