"""Named backups: labels, rotation per kind by the `backup_keep` setting, the latest good backup,
no side files left next to a verified copy, owner-only permissions."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import damage, rows

from pos_app.db.backup import BackupError, backup_sqlite, label_kind, latest_good_backup, list_backups
from pos_app.db.backups import (
    DEFAULT_KEEP,
    backup_keep,
    daily_backup_due,
    restore_problem,
    take_backup,
    take_daily_backup_if_due,
)
from pos_app.paths import backup_dir_for


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def set_keep(db_path: Path, value: str) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('backup_keep', ?)", (value,))
        connection.commit()


def test_backup_of_a_live_wal_database_leaves_no_side_files_and_is_private(controllers, make_item, db_path):
    make_item("Tea", "2.50", barcode="")
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0, "precondition: the item is still in the live WAL"

    made = take_backup(db_path, "manual")

    assert made.parent == backup_dir_for(db_path)
    assert rows(made, "SELECT name FROM items") == [("Tea",)]
    assert rows(made, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name], "no -wal/-shm beside the copy"
    assert mode(made) == 0o600
    assert mode(made.parent) == 0o700


def test_labels_group_into_kinds():
    assert label_kind("before-migration-from-0007") == "before-migration"
    assert label_kind("before-purge-2026-01-01") == "before-purge"
    assert label_kind("shift-close") == "shift-close"
    assert label_kind("weekly") == "weekly"


def test_rotation_keeps_the_newest_n_of_each_kind(db_url, db_path):
    set_keep(db_path, "3")
    assert backup_keep(db_path) == 3
    manual = [take_backup(db_path, "manual") for _ in range(5)]
    shift = [take_backup(db_path, "shift-close") for _ in range(2)]

    listed = list_backups(backup_dir_for(db_path), stem=db_path.stem)

    assert [b.path for b in listed if b.kind == "manual"] == manual[:1:-1]  # the newest three, newest first
    assert [b.path for b in listed if b.kind == "shift-close"] == shift[::-1]
    assert not manual[0].exists()
    assert not manual[1].exists()
    assert all(b.size > 0 for b in listed)
    assert listed[0].label == "shift-close"


def test_a_bad_keep_setting_falls_back_to_the_default(db_url, db_path):
    for text in ("0", "-2", "lots"):
        set_keep(db_path, text)
        assert backup_keep(db_path) == DEFAULT_KEEP


def test_latest_good_backup_skips_a_damaged_newer_one(db_url, db_path, make_item, controllers):
    make_item("Tea", "2.50", barcode="")
    good = take_backup(db_path, "daily")
    bad = take_backup(db_path, "manual")
    damage(bad)

    latest = latest_good_backup(backup_dir_for(db_path), stem=db_path.stem)

    assert latest is not None
    assert latest.path == good
    assert latest.label == "daily"
    assert latest.describe().endswith(", daily")


def test_latest_good_backup_of_an_empty_folder(tmp_path):
    assert latest_good_backup(tmp_path / "none") is None


def test_backup_to_a_file_destination(db_url, db_path, tmp_path):
    target = tmp_path / "usb" / "copy.sqlite3"
    assert take_backup(db_path, "manual", target) == target
    assert rows(target, "SELECT count(*) FROM shifts") == [(1,)]
    assert mode(target) == 0o600
    with pytest.raises(BackupError, match="already exists"):
        take_backup(db_path, "manual", target)


def test_daily_backup_is_taken_once_a_day(db_url, db_path):
    assert daily_backup_due(db_path)
    first = take_daily_backup_if_due(db_path)
    assert first is not None
    assert take_daily_backup_if_due(db_path) is None
    assert not daily_backup_due(db_path, now=datetime.now() + timedelta(hours=23))
    assert daily_backup_due(db_path, now=datetime.now() + timedelta(hours=24, seconds=1))


def test_a_label_with_a_path_in_it_is_refused(db_url, db_path):
    with pytest.raises(ValueError, match="label"):
        backup_sqlite(db_path, backup_dir_for(db_path), "../escape")


def test_backup_into_an_unwritable_place_fails_clearly(db_url, db_path, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be")
    with pytest.raises(BackupError, match="could not back up"):
        backup_sqlite(db_path, blocker, "manual")


def test_checking_a_wal_mode_file_leaves_no_side_files(db_url, db_path, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    copy = folder / "shop-20260101-120000-000000-manual.sqlite3"
    shutil.copyfile(db_path, copy)  # a plain copy keeps the WAL-mode header
    assert rows(db_path, "PRAGMA journal_mode") == [("wal",)]

    assert latest_good_backup(folder) is not None
    assert restore_problem(copy) is None

    assert sorted(p.name for p in folder.iterdir()) == [copy.name]
