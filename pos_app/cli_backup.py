"""`pos-app backup [DEST]`, `pos-app restore SRC` and `pos-app backups`: the shop's copies from a terminal.

backup   a verified online copy (safe while the till runs); prints the path; exit 1 on failure.
restore  refuses a damaged, foreign or too-new file and a database another pos_app holds;
         keeps a `before-restore` copy of the file it replaces; migrates the restored file.
backups  lists the backups beside the database, newest first: time, label, size, path
         (not checked: that would read every file).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pos_app.db.engine import sqlite_file

EXIT_OK = 0
EXIT_FAILED = 1


def run_backup_command(url: str, args: argparse.Namespace) -> int:
    database = sqlite_file(url)
    if database is None:
        print("pos-app: backups are made of a SQLite database file; use --db PATH.", file=sys.stderr)
        return EXIT_FAILED
    if args.command == "backup":
        return _backup(database, args.dest)
    if args.command == "backups":
        return _list(database)
    return _restore(url, database, args.src)


def _backup(database: Path, dest: Path | None) -> int:
    from pos_app.db.backup import BackupError
    from pos_app.db.backups import take_backup

    if not database.is_file():
        print(f"pos-app: there is no database at {database}. Nothing was backed up.", file=sys.stderr)
        return EXIT_FAILED
    try:
        made = take_backup(database, "manual", dest.expanduser() if dest is not None else None)
    except (BackupError, ValueError) as error:
        print(f"pos-app: {error}. No backup was made.", file=sys.stderr)
        return EXIT_FAILED
    print(made)
    return EXIT_OK


def _list(database: Path) -> int:
    from pos_app.db.backup import list_backups
    from pos_app.paths import backup_dir_for

    found = list_backups(backup_dir_for(database), stem=database.stem)
    if not found:
        print(f"No backups in {backup_dir_for(database)}.")
    for info in found:
        print(f"{info.created:%Y-%m-%d %H:%M:%S}  {info.label:<32}  {info.size:>12,}  {info.path}")
    return EXIT_OK


def _restore(url: str, database: Path, source: Path) -> int:
    from pos_app.db.backups import RestoreError, restore_database
    from pos_app.instance_lock import AlreadyRunningError, InstanceLock
    from pos_app.startup import StartupError, prepare_database

    source = source.expanduser().resolve()
    try:
        with InstanceLock(database):
            try:
                kept = restore_database(source, database)
            except RestoreError as error:
                print(f"pos-app: {error}", file=sys.stderr)
                return EXIT_FAILED
            try:
                prepare_database(url)  # a backup from an older version is upgraded now
            except StartupError as error:
                print(f"pos-app: restored {source}, but it cannot be opened: {error}", file=sys.stderr)
                return EXIT_FAILED
    except AlreadyRunningError as error:
        print(f"pos-app: {error} Nothing was restored.", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(f"pos-app: cannot lock {database}: {error}. Nothing was restored.", file=sys.stderr)
        return EXIT_FAILED
    print(f"Restored {source} into {database}.")
    if kept is not None:
        print(f"The database it replaced was kept as {kept}.")
    return EXIT_OK
