"""Restoring a backup in-process: the replaced file is always kept (even unreadable garbage), an old
backup is upgraded on open, the live file's stale WAL is not replayed into the restored one,
and the lock file is private and exclusive."""

from __future__ import annotations

import stat
import subprocess
import sys

import pytest
from alembic import command
from safety_helpers import ROOT, cli_env, rows
from sqlalchemy.pool import NullPool

from pos_app.db.backup import list_backups
from pos_app.db.backups import RestoreError, restore_database, take_backup
from pos_app.db.engine import create_app_engine, sqlite_url
from pos_app.db.migrate import alembic_config, head_revision
from pos_app.instance_lock import AlreadyRunningError, InstanceLock, lock_path_for
from pos_app.paths import backup_dir_for
from pos_app.startup import prepare_database


def test_restoring_over_unreadable_garbage_keeps_the_garbage(db_url, db_path, tmp_path):
    backup = take_backup(db_path, "manual", tmp_path / "good.sqlite3")
    garbage = b"\x00not sqlite at all" * 300
    db_path.write_bytes(garbage)

    kept = restore_database(backup, db_path)

    assert kept is not None
    assert kept.read_bytes() == garbage
    assert kept.parent == backup_dir_for(db_path)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert rows(db_path, "SELECT count(*) FROM shifts") == [(1,)]


def test_the_database_cannot_be_restored_onto_itself(db_url, db_path):
    with pytest.raises(RestoreError, match="the database itself"):
        restore_database(db_path, db_path)


def test_an_older_backup_is_upgraded_when_opened(tmp_path, db_url, db_path):
    old = tmp_path / "old.sqlite3"
    config = alembic_config()
    engine = create_app_engine(sqlite_url(old), poolclass=NullPool)
    with engine.connect() as connection:
        # As pos_app.db.migrate runs them: foreign keys off, legacy renames.
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        connection.connection.dbapi_connection.execute("PRAGMA legacy_alter_table=ON")
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    engine.dispose()
    assert rows(old, "SELECT version_num FROM alembic_version") == [("0007",)]

    restore_database(old, db_path)
    result = prepare_database(db_url)

    assert (result.before, result.after) == ("0007", head_revision())
    assert result.backup is not None
    assert result.backup.name.endswith("-before-migration-from-0007.sqlite3")
    assert rows(db_path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


KILL_WITH_WAL = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute("INSERT INTO settings (key, value) VALUES ('only_in_the_wal', 'x')")
connection.commit()
os._exit(0)  # no checkpoint, no cleanup: the WAL stays beside the file
"""


def test_a_stale_wal_beside_the_live_file_is_not_replayed_into_the_restored_one(db_url, db_path, tmp_path):
    backup = take_backup(db_path, "manual", tmp_path / "good.sqlite3")
    subprocess.run([sys.executable, "-c", KILL_WITH_WAL, str(db_path)], cwd=ROOT, env=cli_env(), check=True)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0, "precondition: a crashed process left its WAL"

    kept = restore_database(backup, db_path)

    assert rows(db_path, "SELECT count(*) FROM settings WHERE key = 'only_in_the_wal'") == [(0,)]
    assert kept is not None
    assert rows(kept, "SELECT count(*) FROM settings WHERE key = 'only_in_the_wal'") == [(1,)]
    assert [b.label for b in list_backups(backup_dir_for(db_path))] == ["before-restore"]


def test_the_lock_is_exclusive_private_and_released(tmp_path):
    database = tmp_path / "shop.sqlite3"
    first = InstanceLock(database)
    first.acquire()
    try:
        assert stat.S_IMODE(lock_path_for(database).stat().st_mode) == 0o600
        assert lock_path_for(database).read_text().strip().isdigit()
        with pytest.raises(AlreadyRunningError, match=r"already running on this database \(pid \d+\)"):
            InstanceLock(database).acquire()
    finally:
        first.release()
    with InstanceLock(database) as second:
        assert second.held
    assert not second.held
