"""The shop's backups as a service: take one (rotated), decide when a daily one is due, restore one.

Used by the command line (`pos-app backup` / `restore`), the GUI's start-up dialog and the
automatic backups (shift close, daily, before a migration). How many backups of each kind are
kept is the `backup_keep` setting (default 14), read straight from the file being backed up.

Restoring never leaves a half-written database: the chosen backup is checked (integrity,
a pos_app schema this version knows), the file being replaced is copied to a `before-restore`
backup first (a plain file copy when it is too damaged for SQLite to read), then the backup is
copied through the online backup API into a temporary file beside the database, which is
renamed over it (an atomic rename on the same file system). The caller must hold the
single-instance lock (pos_app.instance_lock) so no other connection has the file open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

from pos_app.db.backup import (
    BackupError,
    BackupInfo,
    backup_sqlite,
    copy_database,
    create_private_file,
    existing_side_files,
    integrity_problem,
    list_backups,
    make_private_dir,
    remove_added_side_files,
    remove_side_files,
)
from pos_app.domain.i18n import translate
from pos_app.paths import backup_dir_for

KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = 14
DAILY_EVERY = timedelta(hours=24)
BACKUP_SUFFIXES = frozenset({".sqlite3", ".sqlite", ".db"})


class RestoreError(RuntimeError):
    """The backup cannot be restored; the message says why. The live database is unchanged."""


def backup_keep(database: Path) -> int:
    """The `backup_keep` setting stored in `database`, or the default when unset or unreadable."""
    try:
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,)).fetchone()
    except sqlite3.Error:
        return DEFAULT_KEEP
    try:
        keep = int(row[0]) if row else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP
    return keep if keep >= 1 else DEFAULT_KEEP


def take_backup(database: Path, label: str, destination: Path | None = None) -> Path:
    """A verified backup of `database` labelled `label`, rotated by `backup_keep`.

    `destination` is a folder (default: backups/ beside the database) or, when it ends in
    `.sqlite3`/`.sqlite`/`.db` or is an existing file, the exact new file to write (never
    rotated; an existing file is refused, never overwritten).
    """
    if destination is not None and (destination.suffix in BACKUP_SUFFIXES or destination.is_file()):
        return _backup_to_file(database, destination)
    folder = destination if destination is not None else backup_dir_for(database)
    return backup_sqlite(database, folder, label, keep=backup_keep(database))


def daily_backup_due(database: Path, *, now: datetime | None = None) -> bool:
    """True when the newest `daily` backup beside `database` is older than 24 hours (or missing)."""
    moment = now or datetime.now()
    dailies = [b for b in list_backups(backup_dir_for(database), stem=database.stem) if b.kind == "daily"]
    return not dailies or moment - dailies[0].created >= DAILY_EVERY


def take_daily_backup_if_due(database: Path) -> Path | None:
    """The new `daily` backup, or None when the last one is recent enough."""
    if not database.is_file() or not daily_backup_due(database):
        return None
    return take_backup(database, "daily")


def latest_backup_for(database: Path) -> BackupInfo | None:
    """The newest good backup of `database` in its backups folder."""
    from pos_app.db.backup import latest_good_backup

    return latest_good_backup(backup_dir_for(database), stem=database.stem)


def restore_problem(source: Path) -> str | None:
    """Why `source` must not be restored (damaged, not pos_app's, too new), or None."""
    from pos_app.db.migrate import known_revisions

    if not source.is_file():
        return translate("Backups", "{source}: no such file").format(source=source)
    problem = integrity_problem(source)
    if problem is not None:
        return translate("Backups", "{source} is damaged or is not a database ({problem})").format(
            source=source, problem=problem
        )
    had = existing_side_files(source)
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as connection:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return translate("Backups", "{source} is not a pos_app database").format(source=source)
    finally:
        remove_added_side_files(source, had)
    if len(rows) != 1:
        return translate("Backups", "{source} is not a pos_app database (it has no schema version)").format(
            source=source
        )
    revision = rows[0][0]
    if revision not in known_revisions():
        return translate(
            "Backups", "{source} was written by a newer version of pos_app (schema {revision})"
        ).format(source=source, revision=revision)
    return None


def restore_database(source: Path, database: Path) -> Path | None:
    """Replace `database` by the backup `source`; returns the `before-restore` copy (None if no file).

    Raises RestoreError with the reason when `source` is refused or the copy fails; then the
    live database is exactly as it was.
    """
    problem = restore_problem(source)
    if problem is not None:
        raise RestoreError(translate("Backups", "{problem}. Nothing was restored.").format(problem=problem))
    if database.exists() and source.resolve() == database.resolve():
        raise RestoreError(translate("Backups", "That is the database itself. Nothing was restored."))
    kept = _keep_before_restore(database) if database.exists() else None
    temporary = database.with_name(f".{database.name}.restoring")
    temporary.unlink(missing_ok=True)
    remove_side_files(temporary)
    try:
        make_private_dir(database.parent)
        copy_database(source, temporary)
        with closing(sqlite3.connect(temporary)) as connection:
            connection.execute("PRAGMA journal_mode=WAL").fetchone()  # as the app runs it
        remove_side_files(temporary)
        # The old WAL belongs to the old file: left beside the new one it would be replayed into it.
        remove_side_files(database)
        os.replace(temporary, database)
        _fsync_folder(database.parent)
    except (sqlite3.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        remove_side_files(temporary)
        raise RestoreError(
            translate(
                "Backups", "Could not restore {source}: {reason}. The database was not replaced."
            ).format(source=source, reason=error)
        ) from error
    return kept


def _keep_before_restore(database: Path) -> Path:
    folder = backup_dir_for(database)
    try:
        return backup_sqlite(database, folder, "before-restore", keep=backup_keep(database))
    except BackupError:
        pass  # too damaged for SQLite to read: keep the bytes as they are
    try:
        make_private_dir(folder)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = folder / f"{database.stem}-{stamp}-before-restore.sqlite3"
        create_private_file(kept)
        shutil.copyfile(database, kept)
        for suffix in ("-wal",):
            side = database.with_name(database.name + suffix)
            if side.exists():
                target = kept.with_name(kept.name + suffix)
                create_private_file(target)
                shutil.copyfile(side, target)
    except OSError as error:
        raise RestoreError(
            translate(
                "Backups",
                "Could not keep a copy of {database} before replacing it: {reason}. Nothing was restored.",
            ).format(database=database, reason=error)
        ) from error
    return kept


def _backup_to_file(database: Path, target: Path) -> Path:
    if target.exists():
        raise BackupError(
            translate("Backups", "{target} already exists; choose a new file name or a folder").format(
                target=target
            )
        )
    try:
        make_private_dir(target.parent)
        copy_database(database, target)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(
            translate("Backups", "could not back up {database} to {target}: {reason}").format(
                database=database, target=target, reason=error
            )
        ) from error
    problem = integrity_problem(target)
    if problem is not None:
        target.unlink(missing_ok=True)
        raise BackupError(
            translate("Backups", "backup of {database} failed its integrity check: {problem}").format(
                database=database, problem=problem
            )
        )
    return target


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder for this.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
