"""Automatic backups while the till runs: one when a shift closes, one a day.

Listens to ShiftController.shift_changed: an open shift that is no longer open was just
closed (its Z report written), so a `shift-close` backup is taken then. `daily()` takes a
`daily` backup when the newest one is over 24 hours old; the GUI calls it on start and from
a timer. A backup that fails never blocks the till: the shift is already closed; the
failure is emitted as `backup_failed(message)` for the window to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from pos_app.controllers.errors import UserError
from pos_app.controllers.shifts import ShiftController
from pos_app.db.backup import BackupError
from pos_app.db.backups import take_backup, take_daily_backup_if_due
from pos_app.domain.i18n import translate


class AutoBackups(QObject):
    """Signals: backup_made(path text), backup_failed(message a shop owner can act on)."""

    backup_made = Signal(str)
    backup_failed = Signal(str)

    def __init__(self, database: Path, shifts: ShiftController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._shifts = shifts
        self._shift_open = self._is_shift_open()
        shifts.shift_changed.connect(self._on_shift_changed)

    def backup(self, label: str) -> Path | None:
        """Take a `label` backup now; None (and `backup_failed`) when it could not be made."""
        return self._run(label, lambda: take_backup(self.database, label))

    def daily(self) -> Path | None:
        """Take the daily backup if the last one is a day old; None when not due or failed."""
        return self._run("daily", lambda: take_daily_backup_if_due(self.database))

    def _run(self, label: str, make: Callable[[], Path | None]) -> Path | None:
        try:
            made = make()
        except (BackupError, OSError) as error:
            self.backup_failed.emit(
                translate(
                    "AutoBackups",
                    "The {label} backup could not be made: {error}. "
                    "Your sales are saved in the database; check the disk and make a backup "
                    "with `pos-app backup` soon.",
                ).format(label=_label_name(label), error=error)
            )
            return None
        if made is not None:
            self.backup_made.emit(str(made))
        return made

    def _on_shift_changed(self) -> None:
        was_open, self._shift_open = self._shift_open, self._is_shift_open()
        if was_open and not self._shift_open:
            self.backup("shift-close")

    def _is_shift_open(self) -> bool:
        try:
            return self._shifts.current() is not None
        except UserError:
            return False


def _label_name(label: str) -> str:
    """A backup's label as the failure message names it, in the user's language (the file name
    keeps the English label)."""
    names = {
        "daily": translate("AutoBackups", "daily"),
        "shift-close": translate("AutoBackups", "shift-close"),
    }
    return names.get(label, label)
