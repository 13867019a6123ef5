"""One pos_app per database file: a lock file beside the database, held while the file is in use.

The lock is an operating-system lock on `<database>.lock` (flock on POSIX, msvcrt.locking on
Windows), so it is released by the system when the holder exits or crashes: a lock left by a
crashed till is simply taken over. The file records the holder's pid for the message.
Commands that write (the window, import, purge, restore, demo) take it; read-only ones
(report, export, backup) do not need to.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO

from pos_app.db.backup import PRIVATE_FILE
from pos_app.domain.i18n import translate


class AlreadyRunningError(RuntimeError):
    """Another pos_app holds the database; `pid` is its process id when known."""

    def __init__(self, database: Path, pid: int | None) -> None:
        if pid:
            message = translate(
                "AlreadyRunningError",
                "pos_app is already running on this database (pid {pid}): {database}. "
                "Close it first, or open another database with --db.",
            )
        else:
            message = translate(
                "AlreadyRunningError",
                "pos_app is already running on this database: {database}. "
                "Close it first, or open another database with --db.",
            )
        super().__init__(message.format(pid=pid, database=database))
        self.pid = pid


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """`with InstanceLock(path):` holds the database at `path` for this process.

    Raises AlreadyRunningError when another process holds it.
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path_for(database)
        self._file: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> None:
        if self._file is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        handle = os.fdopen(descriptor, "r+", encoding="ascii")
        try:
            _lock(handle)
        except OSError:
            pid = _read_pid(handle)
            handle.close()
            raise AlreadyRunningError(self.database, pid) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is None:
            return
        handle, self._file = self._file, None
        try:
            handle.seek(0)
            handle.truncate()
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()


@contextmanager
def writer_lock(url: str, needed: bool = True) -> Iterator[InstanceLock | None]:
    """Hold the lock of the SQLite file behind `url` (when `needed` and it is a file) for the block.

    Raises AlreadyRunningError. A lock file that cannot be created (a read-only folder) is
    skipped: such a database cannot be written anyway, and the start-up checks say so clearly.
    """
    from pos_app.db.engine import sqlite_file

    database = sqlite_file(url) if needed else None
    lock = InstanceLock(database) if database is not None else None
    if lock is not None:
        try:
            lock.acquire()
        except AlreadyRunningError:
            raise
        except OSError:
            lock = None
    try:
        yield lock
    finally:
        if lock is not None:
            lock.release()


def _read_pid(handle: IO[str]) -> int | None:
    try:
        handle.seek(0)
        text = handle.read(32).strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        # Lock one byte far past the pid so reading the pid is not blocked by the lock itself.
        handle.seek(1024)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(1024)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
