"""Opening a shop's database on start: check it, back it up, migrate it, or say clearly why not.

Every failure here becomes a StartupError whose message a shop owner can act on;
the GUI shows it in a dialog, the command line prints it. Never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError

from pos_app.db.backup import BackupError, integrity_problem
from pos_app.db.engine import sqlite_file
from pos_app.db.migrate import DatabaseTooNewError, MigrationResult, NotAPosDatabaseError, upgrade_database


class StartupError(RuntimeError):
    """The database cannot be opened; the message says why and what to do."""


def prepare_database(url: str) -> MigrationResult:
    """Check and upgrade the database at `url` so the controllers can open it."""
    path = sqlite_file(url)
    if path is not None:
        _check_sqlite_file(path)
    try:
        return upgrade_database(url)
    except DatabaseTooNewError as error:
        raise StartupError(f"{error}. Install the newer pos_app, or restore an older backup.") from error
    except NotAPosDatabaseError as error:
        raise StartupError(
            f"{path or url} is not a pos_app database ({error}). Nothing was changed; choose another file."
        ) from error
    except BackupError as error:
        raise StartupError(f"Could not back up the database before upgrading it: {error}") from error
    except DBAPIError as error:
        raise StartupError(f"Could not open the database at {path or url}: {error.orig}") from error


def _check_sqlite_file(path: Path) -> None:
    if path.exists():
        if path.is_dir():
            raise StartupError(f"{path} is a folder, not a database file.")
        if path.stat().st_size > 0:
            problem = integrity_problem(path, quick=True)
            if problem is not None:
                raise StartupError(
                    f"The database {path} is damaged or is not a pos_app database ({problem}). "
                    "Nothing was changed. Restore a backup from "
                    f"{path.parent / 'backups'} or choose another file with --db."
                )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StartupError(f"Cannot create the folder for the database {path}: {error}") from error
