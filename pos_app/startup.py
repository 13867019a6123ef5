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
            f"{error}. Install the newer pos_app, or restore an older backup.", database=path, restorable=True
        ) from error
    except NotAPosDatabaseError as error:
        raise StartupError(
            f"{path or url} is not a pos_app database ({error}). Nothing was changed; choose another file.",
            database=path,
            restorable=True,
        ) from error
    except BackupError as error:
        raise StartupError(f"Could not back up the database before upgrading it: {error}") from error
    except DBAPIError as error:
        reason = str(error.orig)
        if "full" in reason.lower():
            reason += " — free some space on the disk and start again"
        raise StartupError(
            f"Could not open the database at {path or url}: {reason}", database=path
        ) from error


def _check_sqlite_file(path: Path) -> None:
    if path.exists():
        if path.is_dir():
            raise StartupError(f"{path} is a folder, not a database file.", database=path)
        if not os.access(path, os.R_OK):
            raise StartupError(
                f"The database {path} cannot be read (permission denied). Nothing was changed.",
                database=path,
                restorable=True,
            )
        # Writability first: SQLite cannot even read a WAL-mode file where it cannot create its -shm.
        if not os.access(path, os.W_OK):
            raise StartupError(
                f"The database {path} is read-only: sales could not be saved. Nothing was changed. "
                "Make the file writable, or copy it to a writable folder and open it with --db.",
                database=path,
            )
        if not os.access(path.parent, os.W_OK):
            raise StartupError(
                f"The folder {path.parent} is read-only: the database needs to write its journal "
                "beside it. Nothing was changed. Move the database to a writable folder.",
                database=path,
            )
        if path.stat().st_size > 0:
            problem = integrity_problem(path, quick=True)
            if problem is not None:
                raise StartupError(
                    f"The database {path} is damaged or is not a pos_app database ({problem}). "
                    "Nothing was changed. Restore a backup from "
                    f"{backup_dir_for(path)} or choose another file with --db.",
                    database=path,
                    restorable=True,
                )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StartupError(f"Cannot create the folder for the database {path}: {_why(error)}") from error
    try:
        # Created here, readable by the owner only: SQLite gives its -wal/-shm the same mode.
        create_private_file(path)
    except FileExistsError:
        pass
    except OSError as error:
        raise StartupError(f"Cannot create the database {path}: {_why(error)}", database=path) from error


def _why(error: OSError) -> str:
    if error.errno == errno.EROFS:
        return "the disk is read-only"
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "the folder is read-only for this user"
    return error.strerror or str(error)
