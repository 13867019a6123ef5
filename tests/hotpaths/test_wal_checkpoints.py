"""WAL checkpoints run on an idle timer, never inside a commit, and the WAL stays bounded.

The app's connections have SQLite's automatic checkpoint off; WalCheckpoints checkpoints once
no write has committed for a while, or on the next tick when the WAL has grown too big, and
truncates the WAL when the app closes. Other readers (a second sqlite3 connection, the online
backup) see every committed sale throughout.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from hotpath_support import raw_rows
from sqlalchemy import text

from pos_app.controllers.app import AppControllers
from pos_app.controllers.wal_checkpoints import CheckpointResult, WalCheckpoints
from pos_app.db.backup import backup_sqlite
from pos_app.db.engine import sqlite_file

TEA = "4006381333931"


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ticks():
    return Ticks()


@pytest.fixture
def checkpoints(controllers, ticks):
    """A WalCheckpoints over the app's engine with a hand-moved clock (the app's own one stays idle)."""
    made = WalCheckpoints(
        controllers.engine, sqlite_file(controllers.url), quiet_seconds=10, max_wal_bytes=1 << 30, clock=ticks
    )
    yield made
    made.stop()


def _sell(controllers, sales: int) -> None:
    for _ in range(sales):
        controllers.sale.scan(TEA)
        controllers.sale.pay_cash()


def _wal_bytes(db_path) -> int:
    wal = db_path.with_name(db_path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


@pytest.fixture
def tea(make_item):
    return make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA, stock="1000")


def test_the_apps_connections_never_checkpoint_by_themselves(controllers):
    with controllers.uow.read() as session:
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar_one() == 0


def test_commits_grow_the_wal_until_the_idle_tick_checkpoints_it(
    controllers, checkpoints, ticks, tea, db_path
):
    sizes = []
    for _ in range(4):
        _sell(controllers, 5)
        sizes.append(_wal_bytes(db_path))
    assert sizes == sorted(sizes)
    assert sizes[0] < sizes[-1]
    # Not quiet long enough yet: the tick leaves the WAL alone.
    ticks.now += 9
    assert checkpoints.tick() is None
    ticks.now += 1
    seen: list[CheckpointResult] = []
    checkpoints.checkpointed.connect(seen.append)
    result = checkpoints.tick()
    assert result is not None
    assert result.busy == 0
    assert result.log_frames == result.checkpointed_frames > 0
    assert seen == [result]
    # Nothing written since: the next ticks do nothing.
    ticks.now += 60
    assert checkpoints.tick() is None
    # Everything is in the database file itself now: a reader that ignores the WAL sees all 20 sales.
    with closing(sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)) as reader:
        assert reader.execute("SELECT COUNT(*) FROM orders WHERE status = 'paid'").fetchone() == (20,)
    # After the checkpoint the next writes reuse the WAL from its start: it does not grow further.
    _sell(controllers, 5)
    assert _wal_bytes(db_path) <= sizes[-1]


def test_readers_see_committed_sales_before_any_checkpoint(controllers, checkpoints, tea, db_path, tmp_path):
    _sell(controllers, 3)
    assert raw_rows(db_path, "SELECT COUNT(*) FROM orders WHERE status = 'paid'") == [(3,)]
    copy = backup_sqlite(db_path, tmp_path / "backups", "manual")
    assert raw_rows(copy, "SELECT COUNT(*) FROM orders WHERE status = 'paid'") == [(3,)]
    assert raw_rows(copy, "SELECT SUM(change) FROM stock_movements WHERE kind = 'sale'") == [(-3,)]


def test_a_busy_shop_still_checkpoints_once_the_wal_is_too_big(controllers, ticks, tea, db_path):
    busy = WalCheckpoints(controllers.engine, db_path, quiet_seconds=10, max_wal_bytes=64 * 1024, clock=ticks)
    results, sizes = [], []
    for _ in range(40):
        _sell(controllers, 2)
        ticks.now += 1  # a sale every second: never quiet for ten
        results.append(busy.tick())
        sizes.append(_wal_bytes(db_path))
    done = [result for result in results if result is not None]
    assert len(done) >= 2, "the WAL passed its limit and no tick checkpointed it"
    assert all(result.complete for result in done)
    # Bounded: a checkpointed WAL is reused from its start, so the file stops growing; without the
    # checkpoints 80 sales would have kept it growing all along.
    assert max(sizes[20:]) <= max(sizes[:20])


def test_closing_the_app_leaves_an_empty_wal(db_url, db_path, make_item):
    app = AppControllers(db_url)
    app.catalog  # noqa: B018 (the shop opened as the GUI opens it)
    make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA, stock="1000")
    _sell(app, 3)
    assert _wal_bytes(db_path) > 0
    # A second connection stays open, so SQLite's own checkpoint-on-last-close cannot be what empties it.
    with closing(sqlite3.connect(db_path)) as other:
        other.execute("SELECT 1").fetchone()
        app.close()
        assert _wal_bytes(db_path) == 0
        assert other.execute("SELECT COUNT(*) FROM orders WHERE status = 'paid'").fetchone() == (3,)


def test_the_gui_starts_the_idle_timer(qapp, controllers):
    assert not controllers.wal.active  # scripts and tests: no timer
    controllers.wal.start()
    assert controllers.wal.active
