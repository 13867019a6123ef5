"""WAL checkpoints on an idle timer, never inside a cashier's commit.

SQLite's automatic checkpoint runs inside whichever commit pushes the WAL past 1,000 pages:
that commit then copies the WAL into the database file and pays 3-5 ms more (TECH-NOTES).
The app's connections turn it off (`wal_autocheckpoint=0`, pos_app.db.engine) and this
controller checkpoints instead, from a QTimer on the GUI's event loop:

- every `interval_ms` it runs a PASSIVE checkpoint once no write has committed for
  `quiet_seconds` (a PASSIVE checkpoint never waits for, nor blocks, readers or writers);
- when the WAL file has grown past `max_wal_bytes` it checkpoints on that tick even if the
  shop is busy, so the WAL never grows without bound;
- `close()` runs a TRUNCATE checkpoint, leaving an empty WAL behind.

Readers are unaffected by when checkpoints run: a WAL reader (a second connection, the online
backup in pos_app.db.backup) sees every committed transaction whether or not it has been
copied into the database file yet. Only the app's GUI starts the timer (gui.py); scripts and
the command line rely on SQLite's checkpoint when their last connection closes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import Engine, event

from pos_app.db.engine import WRITE_TRANSACTION

CHECK_INTERVAL_MS = 30_000
QUIET_SECONDS = 10.0
MAX_WAL_BYTES = 16 * 1024 * 1024  # about 4,000 pages of 4 KiB


@dataclass(frozen=True, slots=True)
class CheckpointResult:
    """What `PRAGMA wal_checkpoint` answered: whether it was blocked, WAL frames, frames copied."""

    busy: int
    log_frames: int
    checkpointed_frames: int

    @property
    def complete(self) -> bool:
        return self.busy == 0 and self.log_frames == self.checkpointed_frames


class WalCheckpoints(QObject):
    """Checkpoints the WAL of the engine's SQLite file when the shop is idle (see module docstring).

    Signals:
        checkpointed(CheckpointResult): a checkpoint ran.
    """

    checkpointed = Signal(object)

    def __init__(
        self,
        engine: Engine,
        database: Path | None,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
        quiet_seconds: float = QUIET_SECONDS,
        max_wal_bytes: int = MAX_WAL_BYTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`database` is the SQLite file (None: not SQLite, nothing to do)."""
        super().__init__(parent)
        self._engine = engine
        self._wal = None if database is None else database.with_name(database.name + "-wal")
        self._quiet_seconds = quiet_seconds
        self._max_wal_bytes = max_wal_bytes
        self._clock = clock
        self._last_write = clock()
        self._dirty = False  # a write committed since the last checkpoint
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)
        if self._wal is not None:
            event.listen(engine, "commit", self._committed)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Start the idle timer (the GUI calls this once its window is up)."""
        if self._wal is not None:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _committed(self, connection: Any) -> None:
        # Runs on every commit, so it only notes the time: the checkpoint waits for the timer.
        if connection.get_execution_options().get(WRITE_TRANSACTION):
            self._last_write = self._clock()
            self._dirty = True

    def wal_bytes(self) -> int:
        """The size of the -wal file now (0 when there is none)."""
        if self._wal is None:
            return 0
        try:
            return self._wal.stat().st_size
        except FileNotFoundError:
            return 0

    def tick(self) -> CheckpointResult | None:
        """One timer tick: checkpoint if the shop has been quiet, or if the WAL is too big."""
        if self._wal is None:
            return None
        too_big = self.wal_bytes() > self._max_wal_bytes
        quiet = self._clock() - self._last_write >= self._quiet_seconds
        if too_big or (self._dirty and quiet):
            return self.checkpoint("PASSIVE")
        return None

    def checkpoint(self, mode: str = "PASSIVE") -> CheckpointResult | None:
        """Run `PRAGMA wal_checkpoint(mode)` (PASSIVE or TRUNCATE) outside any transaction."""
        if self._wal is None:
            return None
        if mode not in ("PASSIVE", "TRUNCATE"):
            raise ValueError(f"unknown checkpoint mode {mode!r}")
        pooled = self._engine.raw_connection()
        try:
            # The driver connection is in autocommit (isolation_level=None): no BEGIN wraps it,
            # which a checkpoint needs.
            busy, log_frames, done = pooled.driver_connection.execute(  # type: ignore[union-attr]
                f"PRAGMA wal_checkpoint({mode})"
            ).fetchone()
        except self._engine.dialect.loaded_dbapi.Error:
            # Locked by a statement still open somewhere: a checkpoint is never worth an error
            # (the next tick, or SQLite when the last connection closes, does it).
            return None
        finally:
            pooled.close()
        result = CheckpointResult(busy, log_frames, done)
        if result.complete:
            self._dirty = False
        self.checkpointed.emit(result)
        return result

    def close(self) -> None:
        """Stop the timer and leave an empty WAL (TRUNCATE); called before the engine is disposed."""
        self.stop()
        if self._wal is not None and event.contains(self._engine, "commit", self._committed):
            # Once only: closing the app twice must not reopen a connection to checkpoint again.
            event.remove(self._engine, "commit", self._committed)
            self.checkpoint("TRUNCATE")
