"""Purging old orders from the window: Shop ▸ Purge old orders… on the main window's menu bar.

The dialog works in three steps, all from the keyboard: type the cut-off date (YYYY-MM-DD)
and press Enter to preview what goes (orders by kind, lines, payments, returns, shifts and the
dates of the first and last order); type the number of orders to confirm, as GitHub asks for a
repository's name before deleting it, and only then does "Purge" enable; Enter purges. The
purge backs up the database first and deletes nothing if that fails; the backup's path and
what was deleted are shown after. A refused date or a failed purge is shown in red and
changes nothing. Esc closes.

The purge runs in the window's thread with a wait cursor (it is an occasional back-office task,
run when the shop is closed; about 2 s per 30,000 orders plus the backup's copy of the file).

`PurgeLauncher` is everything the main window needs: one line there creates it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.purge import DATE_FORMAT, MIN_AGE_DAYS, PurgeController, PurgePreview, PurgeResult
from pos_app.domain.i18n import translate
from pos_app.ui.dialog_launcher import DialogLauncher
from pos_app.ui.status_label import StatusLabel


def menu_title() -> str:
    """The Shop menu's title (its other launchers add their actions to the menu made here)."""
    return translate("PurgeLauncher", "&Shop")


def action_title() -> str:
    return translate("PurgeLauncher", "&Purge old orders…")


class PurgeDialog(QDialog):
    """Preview, confirm by typing the number of orders, then purge; `result` holds what was done."""

    def __init__(self, purger: PurgeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PurgeDialog", "Purge old orders"))
        self._purger = purger
        self.preview: PurgePreview | None = None
        self.result_: PurgeResult | None = None

        self.cutoff = QLineEdit()
        self.cutoff.setPlaceholderText(DATE_FORMAT)
        self.cutoff.setMaxLength(40)
        self.cutoff.textEdited.connect(self._forget_preview)
        self.cutoff.returnPressed.connect(self.show_preview)
        self.preview_button = QPushButton(translate("PurgeDialog", "Preview  (Enter)"))
        self.preview_button.clicked.connect(self.show_preview)

        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.confirm = QLineEdit()
        self.confirm.setEnabled(False)
        self.confirm.textChanged.connect(self._update_purge_button)
        self.confirm.returnPressed.connect(self.run_purge)
        self.confirm_label = QLabel(translate("PurgeDialog", "Type the number of orders to confirm"))
        self.purge_button = QPushButton(translate("PurgeDialog", "Purge"))
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.run_purge)
        self.close_button = QPushButton(translate("PurgeDialog", "Close  (Esc)"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.preview_button, self.purge_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the field being typed in

        self.message = StatusLabel("")
        self.message.setWordWrap(True)

        explanation = QLabel(
            translate(
                "PurgeDialog",
                "Deletes the orders created before the cut-off date (local time) with their lines, "
                "payments, taxes and returns, and the shifts closed before it that nothing kept refers to. "
                "The last {days} days are never purged. The database is backed up first.",
            ).format(days=MIN_AGE_DAYS)
        )
        explanation.setWordWrap(True)
        date_row = QHBoxLayout()
        date_row.addWidget(self.cutoff, 1)
        date_row.addWidget(self.preview_button)
        form = QFormLayout()
        form.addRow(translate("PurgeDialog", "Delete orders before"), date_row)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm, 1)
        confirm_row.addWidget(self.purge_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.confirm_label)
        layout.addLayout(confirm_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(620, 380)
        self.cutoff.setFocus()

    def show_preview(self) -> None:
        """Count what the typed cut-off would delete; a refused date says why and shows nothing."""
        self._forget_preview()
        try:
            preview = self._purger.preview(self.cutoff.text())
        except UserError as error:
            self.message.show_error(error.message)
            self.cutoff.setFocus()
            self.cutoff.selectAll()
            return
        self.preview = preview
        self.summary.setText("\n".join(preview.summary_lines()))
        if preview.orders:
            self.confirm_label.setText(
                translate("PurgeDialog", "Type {confirmation} to delete these {count} orders").format(
                    confirmation=preview.confirmation, count=f"{preview.orders:,}"
                )
            )
            self.confirm.setEnabled(True)
            self.confirm.setFocus()
            self.message.show_info(
                translate("PurgeDialog", "Nothing is deleted until you type the number and press Purge.")
            )
        else:
            self.message.show_info(translate("PurgeDialog", "Nothing to purge before that date."))

    def run_purge(self) -> None:
        """Back up, then purge exactly what the preview showed; only once the count was typed."""
        if self.preview is None or not self._confirmed():
            return
        self.message.show_info(
            translate("PurgeDialog", "Backing up, then purging… (a few seconds per hundred thousand orders)")
        )
        self.purge_button.setEnabled(False)
        self.message.repaint()  # the purge runs in this thread: show the message before it starts
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._purger.purge(self.preview)
        except UserError as error:
            self.message.show_error(error.message)
            self._update_purge_button()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.result_ = result
        self.preview = None
        self.confirm.clear()
        self.confirm.setEnabled(False)
        self.summary.setText("\n".join(result.summary_lines()))
        self.message.show_info(
            translate("PurgeDialog", "Purged. The backup above still holds everything that was deleted.")
        )
        self.close_button.setFocus()

    def _confirmed(self) -> bool:
        return self.preview is not None and self.confirm.text().strip() == self.preview.confirmation

    def _update_purge_button(self) -> None:
        self.purge_button.setEnabled(self._confirmed())

    def _forget_preview(self) -> None:
        # A preview belongs to the date it was made for: a new date must be previewed again.
        self.preview = None
        self.summary.clear()
        self.confirm.clear()
        self.confirm.setEnabled(False)
        self.confirm_label.setText(translate("PurgeDialog", "Type the number of orders to confirm"))
        self.purge_button.setEnabled(False)
        self.message.show_info("")


class PurgeLauncher(DialogLauncher):
    """Adds Shop ▸ Purge old orders… to the window's menu bar and opens the dialog; `dialog` while open."""

    def __init__(self, window: QMainWindow, controllers: AppControllers) -> None:
        super().__init__(window)
        self._controllers = controllers
        self.purger = controllers.purge
        self.purger.purged.connect(self._on_purged)
        self.dialog: PurgeDialog | None = None
        self.menu = window.menuBar().addMenu(menu_title())
        self.action = QAction(action_title(), self)
        self.action.triggered.connect(self.open_dialog)
        self.menu.addAction(self.action)

    def open_dialog(self) -> None:
        if self.dialog is not None:
            return
        dialog = PurgeDialog(self.purger, self._window)
        self._open(dialog)

    def _on_purged(self, result: PurgeResult) -> None:
        # Old parked sales may have gone: the sell screen's parked count is read again.
        self._controllers.sale.parked_changed.emit()
        self._window.statusBar().showMessage(
            translate("PurgeLauncher", "Purged {count} old orders.").format(
                count=f"{result.deleted.orders:,}"
            ),
            10000,
        )
