"""Opening a shop's database on start: check it, back it up, migrate it, or say clearly why not.

Every failure here becomes a StartupError whose message a shop owner can act on;
the GUI shows it in a dialog, the command line prints it. Never a traceback.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from pos_app.db.backup import BackupError, create_private_file, integrity_problem
from pos_app.db.engine import sqlite_file
from pos_app.db.migrate import DatabaseTooNewError, MigrationResult, NotAPosDatabaseError, upgrade_database
from pos_app.domain.i18n import translate
from pos_app.paths import backup_dir_for


class StartupError(RuntimeError):
    """The database cannot be opened; the message says why and what to do.

    `restorable` is True when restoring a backup over the file is a sensible way out (the
    file is damaged, unreadable, foreign or too new), False when the place itself is the
    problem (a read-only folder, a full disk).
    """

    def __init__(self, message: str, *, database: Path | None = None, restorable: bool = False) -> None:
        super().__init__(message)
        self.database = database
        self.restorable = restorable


def prepare_database(url: str) -> MigrationResult:
    """Check and upgrade the database at `url` so the controllers can open it."""
    path = sqlite_file(url)
    if path is not None:
        _check_sqlite_file(path)
    try:
        return upgrade_database(url)
    except DatabaseTooNewError as error:
        raise StartupError(
            translate("Startup", "{reason}. Install the newer pos_app, or restore an older backup.").format(
                reason=error
            ),
            database=path,
            restorable=True,
        ) from error
    except NotAPosDatabaseError as error:
        raise StartupError(
            translate(
                "Startup",
                "{database} is not a pos_app database ({reason}). Nothing was changed; choose another file.",
            ).format(database=path or url, reason=error),
            database=path,
            restorable=True,
        ) from error
    except BackupError as error:
        raise StartupError(
            translate("Startup", "Could not back up the database before upgrading it: {reason}").format(
                reason=error
            )
        ) from error
    except DBAPIError as error:
        reason = str(error.orig)
        if "full" in reason.lower():
            reason += translate("Startup", " — free some space on the disk and start again")
        raise StartupError(
            translate("Startup", "Could not open the database at {database}: {reason}").format(
                database=path or url, reason=reason
            ),
            database=path,
        ) from error


def _check_sqlite_file(path: Path) -> None:
    if path.exists():
        if path.is_dir():
            raise StartupError(
                translate("Startup", "{path} is a folder, not a database file.").format(path=path),
                database=path,
            )
        if not os.access(path, os.R_OK):
            raise StartupError(
                translate(
                    "Startup", "The database {path} cannot be read (permission denied). Nothing was changed."
                ).format(path=path),
                database=path,
                restorable=True,
            )
        # Writability first: SQLite cannot even read a WAL-mode file where it cannot create its -shm.
        if not os.access(path, os.W_OK):
            raise StartupError(
                translate(
                    "Startup",
                    "The database {path} is read-only: sales could not be saved. Nothing was changed. "
                    "Make the file writable, or copy it to a writable folder and open it with --db.",
                ).format(path=path),
                database=path,
            )
        if not os.access(path.parent, os.W_OK):
            raise StartupError(
                translate(
                    "Startup",
                    "The folder {folder} is read-only: the database needs to write its journal "
                    "beside it. Nothing was changed. Move the database to a writable folder.",
                ).format(folder=path.parent),
                database=path,
            )
        if path.stat().st_size > 0:
            problem = integrity_problem(path, quick=True)
            if problem is not None:
                raise StartupError(
                    translate(
                        "Startup",
                        "The database {path} is damaged or is not a pos_app database ({problem}). "
                        "Nothing was changed. Restore a backup from {backups} "
                        "or choose another file with --db.",
                    ).format(path=path, problem=problem, backups=backup_dir_for(path)),
                    database=path,
                    restorable=True,
                )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StartupError(
            translate("Startup", "Cannot create the folder for the database {path}: {reason}").format(
                path=path, reason=_why(error)
            )
        ) from error
    try:
        # Created here, readable by the owner only: SQLite gives its -wal/-shm the same mode.
        create_private_file(path)
    except FileExistsError:
        pass
    except OSError as error:
        raise StartupError(
            translate("Startup", "Cannot create the database {path}: {reason}").format(
                path=path, reason=_why(error)
            ),
            database=path,
        ) from error


def _why(error: OSError) -> str:
    if error.errno == errno.EROFS:
        return translate("Startup", "the disk is read-only")
    if error.errno == errno.ENOSPC:
        return translate("Startup", "the disk is full")
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("Startup", "the folder is read-only for this user")
    return error.strerror or str(error)
