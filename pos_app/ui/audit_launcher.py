"""Shop ▸ Audit trail…: the menu entry the main window creates, and the dialog opened from it.

Kept apart from pos_app.ui.audit_dialog so that start-up does not import the dialog, its model
and the audit-trail controller's rows: they load the first time the owner opens the trail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from pos_app.controllers.app import AppControllers
from pos_app.domain.i18n import translate
from pos_app.ui.dialog_launcher import DialogLauncher

if TYPE_CHECKING:
    from pos_app.ui.audit_dialog import AuditDialog


class AuditLauncher(DialogLauncher):
    """Adds "Audit trail…" to `menu` and opens the dialog; `dialog` while it is open."""

    def __init__(self, window: QMainWindow, controllers: AppControllers, menu: QMenu) -> None:
        super().__init__(window)
        self.audit = controllers.audit
        self.dialog: AuditDialog | None = None
        self.action = QAction(translate("AuditLauncher", "&Audit trail…"), self)
        self.action.triggered.connect(self.open_dialog)
        menu.addAction(self.action)

    def open_dialog(self) -> None:
        if self.dialog is not None:
            return
        from pos_app.ui.audit_dialog import AuditDialog  # loaded when first opened

        dialog = AuditDialog(self.audit, self._window)
        self._open(dialog)
