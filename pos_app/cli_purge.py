"""`pos-app purge --before YYYY-MM-DD`: the retention purge from a terminal.

Prints what would go, asks the owner to type the number of orders (unless --yes), then runs
pos_app.controllers.purge.purge: the verified backup first, then the one transaction. A date
that is not a date, in the future or too recent exits with 2 before the database is opened.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1


def check_cutoff_text(text: str) -> date | None:
    """The cut-off, or None after printing why it cannot be used."""
    from pos_app.controllers.purge import PurgeError, check_cutoff, parse_cutoff

    try:
        cutoff = parse_cutoff(text)
        check_cutoff(cutoff, date.today())
    except PurgeError as error:
        print(f"pos-app purge: {error.message}", file=sys.stderr)
        return None
    return cutoff


def missing_database(url: str) -> bool:
    """True, after saying so, when the SQLite file to purge does not exist (a mistyped --db)."""
    from pos_app.db.engine import sqlite_file

    path = sqlite_file(url)
    if path is not None and not path.is_file():
        print(f"pos-app purge: {path}: no such database. Nothing was deleted.", file=sys.stderr)
        return True
    return False


def run_purge(url: str, cutoff: date, *, yes: bool, backup_dir: Path | None, vacuum: bool) -> int:
    from pos_app.controllers.app import AppControllers
    from pos_app.controllers.errors import UserError
    from pos_app.controllers.purge import purge, purge_preview, vacuum_database

    app = AppControllers(url)
    try:
        preview = purge_preview(app.uow, cutoff)
        for line in preview.summary_lines():
            print(line)
        if preview.orders:
            if not yes and not _confirmed(preview.confirmation):
                print("Cancelled. Nothing was deleted.")
                return EXIT_FAILED
            result = purge(app.uow, cutoff, backup_dir=backup_dir, expected_orders=preview.orders)
            for line in result.summary_lines():
                print(line)
        if vacuum:
            vacuum_database(app.uow)
            print("The database file was compacted (VACUUM).")
    except UserError as error:
        print(f"pos-app purge: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        app.close()
    return EXIT_OK


def _confirmed(expected: str) -> bool:
    try:
        typed = input(f"This cannot be undone (except from the backup). Type {expected} to delete them: ")
    except EOFError:
        print()
        return False
    return typed.strip().replace(",", "") == expected
