"""Kinds of failure a person can act on, each with a message fit for the window or the terminal.

Anything that is not one of these is a bug and is allowed to surface as one.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError, OperationalError

from pos_app.domain.i18n import translate


class UserError(Exception):
    """Something the person did or asked cannot be done; `field` names a form field when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFoundError(UserError):
    """The thing asked for does not exist (an unknown barcode, a deleted record)."""


class ConflictError(UserError):
    """The change collides with data already there (a duplicate SKU, a sale already paid)."""


class StorageError(UserError):
    """The database cannot be written right now: locked by another program, read-only, disk full, corrupt."""


def translate_database_error(error: Exception) -> UserError | None:
    """Map a database exception to a UserError, or None when it is a bug rather than a condition."""
    original = str(getattr(error, "orig", error))
    text = original.lower()
    if isinstance(error, OperationalError):
        if "locked" in text or "busy" in text:
            return StorageError(
                translate(
                    "Errors",
                    "The database is busy: another program is writing to it. Nothing was changed; try again.",
                )
            )
        # Each says that this action was not saved and that what was saved before is safe:
        # the transaction rolled back, and SQLite never loses committed data on these errors.
        if "readonly" in text or "read-only" in text:
            return StorageError(
                translate(
                    "Errors",
                    "The database is read-only here. Nothing was changed; everything saved "
                    "before is safe. Make the file and its folder writable, then restart "
                    "pos_app.",
                )
            )
        if "full" in text:
            return StorageError(
                translate(
                    "Errors",
                    "The disk is full. Nothing was changed; everything saved before is safe. "
                    "Free some space and try again.",
                )
            )
        if "disk i/o" in text:
            return StorageError(
                translate(
                    "Errors",
                    "The disk reported an error (disk I/O error); the disk or the file may "
                    "be damaged. Nothing was changed; everything saved before is safe. Check "
                    "the disk and try again.",
                )
            )
        if "malformed" in text or "not a database" in text:
            return StorageError(
                translate("Errors", "The database file is damaged or unreadable. Nothing was changed.")
            )
        return None
    if isinstance(error, IntegrityError):
        if "closed shift" in text:  # migration 0004's triggers
            return ConflictError(
                translate(
                    "Errors",
                    "That shift is closed: its sales, refunds and cash can no longer change. "
                    "Nothing was changed.",
                )
            )
        if "shifts.register" in text:  # the one-open-shift-per-register index
            return ConflictError(translate("Errors", "A shift is already open on this till: close it first."))
        return ConflictError(
            translate("Errors", "That change conflicts with data already saved ({constraint}).").format(
                constraint=_constraint(original)
            )
        )
    return None


def _constraint(text: str) -> str:
    first_line = text.splitlines()[0] if text else "constraint"
    return first_line[:120]
