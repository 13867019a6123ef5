"""`pos-app backup` / `restore` / `backups` and the single-instance lock, run as real processes."""

from __future__ import annotations

import stat

from safety_helpers import damage, make_newer, rows, run_cli

from pos_app.db.backup import list_backups
from pos_app.db.backups import take_backup
from pos_app.paths import backup_dir_for


def test_backup_prints_the_verified_copy(controllers, make_item, db_path):
    make_item("Tea", "2.50", barcode="")  # still in the WAL of the open app: the copy must have it

    done = run_cli("--db", db_path, "backup")

    assert done.returncode == 0, done.stderr
    made = backup_dir_for(db_path) / done.stdout.strip().rsplit("/", 1)[-1]
    assert done.stdout.strip() == str(made)
    assert made.name.endswith("-manual.sqlite3")
    assert rows(made, "SELECT name FROM items") == [("Tea",)]
    assert stat.S_IMODE(made.stat().st_mode) == 0o600


def test_backup_into_a_folder_and_the_listing(db_url, db_path, tmp_path):
    folder = tmp_path / "usb"
    done = run_cli("--db", db_path, "backup", folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(folder / "shop-"))

    take_backup(db_path, "daily")
    listing = run_cli("--db", db_path, "backups")
    assert listing.returncode == 0
    assert "daily" in listing.stdout
    assert str(backup_dir_for(db_path)) in listing.stdout


def test_backup_of_a_missing_database_fails_clearly(tmp_path):
    done = run_cli("--db", tmp_path / "nothing.sqlite3", "backup")
    assert done.returncode == 1
    assert "there is no database" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_restore_replaces_the_database_and_keeps_the_old_one(controllers, make_item, db_path):
    make_item("Tea", "2.50", barcode="")
    backup = take_backup(db_path, "manual")
    make_item("Coffee", "3.00", barcode="")
    controllers.close()

    done = run_cli("--db", db_path, "restore", backup)

    assert done.returncode == 0, done.stderr
    assert rows(db_path, "SELECT name FROM items") == [("Tea",)]
    kept = [b for b in list_backups(backup_dir_for(db_path)) if b.label == "before-restore"]
    assert len(kept) == 1
    assert rows(kept[0].path, "SELECT name FROM items ORDER BY name") == [("Coffee",), ("Tea",)]
    assert str(kept[0].path) in done.stdout
    assert not db_path.with_name(f".{db_path.name}.restoring").exists()


def test_restore_refuses_damaged_foreign_and_newer_files(db_url, db_path, tmp_path):
    before = db_path.read_bytes()
    damaged = take_backup(db_path, "manual", tmp_path / "damaged.sqlite3")
    damage(damaged, "shifts")
    newer = take_backup(db_path, "manual", tmp_path / "newer.sqlite3")
    make_newer(newer)
    foreign = tmp_path / "foreign.sqlite3"
    import sqlite3

    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()

    for source, reason in (
        (damaged, "is damaged"),
        (newer, "newer version of pos_app"),
        (foreign, "not a pos_app database"),
        (tmp_path / "missing.sqlite3", "no such file"),
    ):
        done = run_cli("--db", db_path, "restore", source)
        assert done.returncode == 1, source
        assert reason in done.stderr
        assert "Nothing was restored" in done.stderr
        assert "Traceback" not in done.stderr
    assert db_path.read_bytes() == before
    assert not backup_dir_for(db_path).exists(), "nothing kept: nothing was replaced"


def test_restore_refuses_while_the_till_runs(db_url, db_path, lock_holder):
    backup = take_backup(db_path, "manual")
    holder = lock_holder(db_path)

    done = run_cli("--db", db_path, "restore", backup)

    assert done.returncode == 1
    assert f"pos_app is already running on this database (pid {holder.pid})" in done.stderr
    assert "Nothing was restored" in done.stderr


def test_writing_commands_respect_the_lock_and_reading_ones_do_not(db_url, db_path, lock_holder, tmp_path):
    holder = lock_holder(db_path)

    demo = run_cli("--db", db_path, "demo")
    assert demo.returncode == 1
    assert f"already running on this database (pid {holder.pid})" in demo.stderr
    assert rows(db_path, "SELECT count(*) FROM items") == [(0,)]
    purge = run_cli("--db", db_path, "purge", "--before", "2020-01-01", "--yes")
    assert purge.returncode == 1
    assert "already running" in purge.stderr

    assert run_cli("--db", db_path, "backup").returncode == 0
    assert run_cli("--db", db_path, "report", "sales").returncode == 0
    assert run_cli("--db", db_path, "export", "items", tmp_path / "items.csv").returncode == 0


def test_a_lock_left_by_a_crashed_till_is_taken_over(tmp_path, lock_holder):
    database = tmp_path / "crashed.sqlite3"
    lock_holder(database).kill()
    assert database.with_name("crashed.sqlite3.lock").read_text().strip().isdigit(), "the dead pid is left"

    demo = run_cli("--db", database, "demo")

    assert demo.returncode == 0, demo.stderr
    assert "Demo shop added" in demo.stdout
    assert rows(database, "SELECT count(*) FROM items")[0][0] > 0
