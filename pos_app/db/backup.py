"""Consistent copies of a SQLite database through SQLite's online backup API, verified after copying.

Backups are named `<db stem>-<YYYYmmdd-HHMMSS-ffffff>-<label>.sqlite3` in a folder (by default
`backups/` beside the database). The label says why the copy was taken (`manual`, `shift-close`,
`daily`, `before-migration-from-0007`, `before-restore`, `before-purge-2026-01-01`); rotation
keeps the newest N of each label *kind* (the label without its `-from-…`/date tail).

The online backup API reads through the source's WAL, so committed rows not yet checkpointed
are in the copy. The copy is switched to rollback-journal mode before it is verified: a copy
left in WAL mode would grow empty `-wal`/`-shm` side files whenever it is opened. Files are
created readable by their owner only (0600, folders 0700): they hold the shop's sales.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pos_app.domain.i18n import translate

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# The kinds rotation counts separately; any other label is a kind of its own.
LABEL_KINDS = ("manual", "shift-close", "daily", "before-migration", "before-restore", "before-purge")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<label>[A-Za-z0-9._-]+)\.sqlite3$")
_LABEL = re.compile(r"^[A-Za-z0-9._-]+$")


class BackupError(RuntimeError):
    """The copy could not be made or did not pass its integrity check."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file found in a backups folder."""

    path: Path
    created: datetime  # local time, from the file name
    label: str
    size: int

    @property
    def kind(self) -> str:
        return label_kind(self.label)

    def describe(self) -> str:
        return f"{self.created:%Y-%m-%d %H:%M}, {self.label}"


def label_kind(label: str) -> str:
    """`before-migration-from-0007` → `before-migration`; unknown labels are their own kind."""
    for kind in LABEL_KINDS:
        if label == kind or label.startswith(kind + "-"):
            return kind
    return label


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) so only its owner can enter it; leaves existing folders alone."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    folder.chmod(PRIVATE_DIR)  # mkdir's mode is masked by the umask


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only; fails if it exists."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(descriptor)
    path.chmod(PRIVATE_FILE)  # os.open's mode is masked by the umask too


def remove_side_files(path: Path) -> None:
    """Delete the -wal/-shm/-journal files SQLite may leave next to a file nobody has open."""
    for suffix in SIDE_SUFFIXES:
        with suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def copy_database(source: Path, target: Path) -> None:
    """Online-copy `source` into the new private file `target` (rollback-journal mode); no check.

    Raises sqlite3.Error or OSError; `target` is removed on failure.
    """
    create_private_file(target)
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
            # The copied header says WAL when the source is in WAL mode.
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
    except BaseException:
        target.unlink(missing_ok=True)
        remove_side_files(target)
        raise
    remove_side_files(target)


def backup_sqlite(source: Path, destination_dir: Path, label: str, *, keep: int | None = None) -> Path:
    """Copy `source` into `destination_dir` while it may be in use; returns the verified copy.

    With `keep`, older backups of the same label kind beyond the newest `keep` are deleted
    (only after the new one passed its check).
    """
    if not _LABEL.match(label):
        raise ValueError(f"backup label {label!r} may hold only letters, digits, '.', '_' and '-'")
    if not source.is_file():
        raise BackupError(
            translate("Backup", "could not back up {source}: there is no such file").format(source=source)
        )
    try:
        make_private_dir(destination_dir)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = destination_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
        copy_database(source, target)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(
            translate("Backup", "could not back up {source}: {reason}").format(
                source=source, reason=_reason(error)
            )
        ) from error
    problem = integrity_problem(target)
    if problem:
        target.unlink(missing_ok=True)
        remove_side_files(target)
        raise BackupError(
            translate("Backup", "backup of {source} failed its integrity check: {problem}").format(
                source=source, problem=problem
            )
        )
    if keep is not None:
        rotate_backups(destination_dir, label_kind(label), keep, stem=source.stem)
    return target


def list_backups(folder: Path, *, stem: str | None = None) -> list[BackupInfo]:
    """The backups in `folder` (of the database named `stem`, when given), newest first."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem) or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
        found.append(BackupInfo(path, created, match["label"], path.stat().st_size))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def rotate_backups(folder: Path, kind: str, keep: int, *, stem: str | None = None) -> list[Path]:
    """Delete the backups of `kind` beyond the newest `keep`; returns what was deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    same_kind = [info for info in list_backups(folder, stem=stem) if info.kind == kind]
    deleted = []
    for info in same_kind[keep:]:
        info.path.unlink(missing_ok=True)
        remove_side_files(info.path)
        deleted.append(info.path)
    return deleted


def latest_good_backup(folder: Path, *, stem: str | None = None) -> BackupInfo | None:
    """The newest backup in `folder` that passes SQLite's integrity check, or None."""
    for info in list_backups(folder, stem=stem):
        if integrity_problem(info.path) is None:
            return info
    return None


def integrity_problem(path: Path, *, quick: bool = False) -> str | None:
    """None when SQLite's integrity check passes, else the first problem it reports."""
    if not path.is_file():
        return translate("Backup", "{path}: no such file").format(path=path)
    had_side_files = existing_side_files(path)
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            result = connection.execute(f"PRAGMA {pragma}").fetchone()
    except sqlite3.Error as error:
        return str(error)
    finally:
        remove_added_side_files(path, had_side_files)
    if result and result[0] == "ok":
        return None
    # SQLite's own report stays in English: it is SQLite's text, not ours.
    return str(result[0]) if result else translate("Backup", "no answer")


def existing_side_files(path: Path) -> set[str]:
    return {suffix for suffix in SIDE_SUFFIXES if path.with_name(path.name + suffix).exists()}


def remove_added_side_files(path: Path, had: set[str]) -> None:
    """Reading a WAL-mode file read-only creates -wal/-shm that SQLite leaves behind: remove the
    ones this reader added, as long as the WAL holds nothing (then the -shm index means nothing)."""
    wal = path.with_name(path.name + "-wal")
    with suppress(OSError):
        if "-wal" not in had and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
        if "-shm" not in had and not wal.exists():
            path.with_name(path.name + "-shm").unlink(missing_ok=True)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename or ''})".replace(" ()", "")
    return str(error)
