"""Consistent copies of a SQLite database through SQLite's online backup API, verified after copying."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path


class BackupError(RuntimeError):
    """The copy could not be made or did not pass its integrity check."""


def backup_sqlite(source: Path, destination_dir: Path, label: str) -> Path:
    """Copy `source` into `destination_dir` while it may be in use; returns the verified copy."""
    destination_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = destination_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise BackupError(f"could not back up {source}: {error}") from error
    problem = integrity_problem(target)
    if problem:
        target.unlink(missing_ok=True)
        raise BackupError(f"backup of {source} failed its integrity check: {problem}")
    return target


def integrity_problem(path: Path, *, quick: bool = False) -> str | None:
    """None when SQLite's integrity check passes, else the first problem it reports."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            result = connection.execute(f"PRAGMA {pragma}").fetchone()
    except sqlite3.Error as error:
        return str(error)
    return None if result and result[0] == "ok" else str(result[0] if result else "no answer")
