"""The dialog shown when the shop's database cannot be opened on start: say why, offer a way out.

The buttons: "Restore the latest good backup (<date>, <label>)" when there is one, "Choose
another file…", and "Quit". The dialog only reports the choice; pos_app.gui does the restore.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.domain.i18n import translate


class StartupChoice(Enum):
    RESTORE = "restore"
    CHOOSE = "choose"
    QUIT = "quit"


class StartupDialog(QDialog):
    """`message` says what is wrong; `backup` describes the latest good backup, or None."""

    def __init__(self, message: str, backup: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StartupDialog", "pos_app cannot open the database"))
        self.setObjectName("startupDialog")
        self.choice = StartupChoice.QUIT
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.restore_button: QPushButton | None = None
        if backup is not None:
            layout.addWidget(
                QLabel(
                    translate(
                        "StartupDialog",
                        "A backup that passes its check is available. "
                        "Restoring it keeps a copy of this file.",
                    )
                )
            )
            self.restore_button = QPushButton(
                translate("StartupDialog", "Restore the latest good backup ({backup})").format(backup=backup)
            )
            self.restore_button.clicked.connect(lambda: self._finish(StartupChoice.RESTORE))
        self.choose_button = QPushButton(translate("StartupDialog", "Choose another file…"))
        self.choose_button.clicked.connect(lambda: self._finish(StartupChoice.CHOOSE))
        self.quit_button = QPushButton(translate("StartupDialog", "Quit"))
        self.quit_button.clicked.connect(lambda: self._finish(StartupChoice.QUIT))
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.choose_button, self.quit_button):
            if button is not None:
                buttons.addWidget(button)
        layout.addLayout(buttons)
        (self.restore_button or self.choose_button).setDefault(True)

    def _finish(self, choice: StartupChoice) -> None:
        self.choice = choice
        self.accept() if choice is not StartupChoice.QUIT else self.reject()

    def ask(self) -> StartupChoice:
        """Show the dialog modally; Escape or closing it means Quit."""
        self.choice = StartupChoice.QUIT
        self.exec()
        return self.choice
