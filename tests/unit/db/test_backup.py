"""Guards backups: an online copy of a database in use (WAL content included) that is verified,
and an integrity check that really notices a damaged file."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest

from pos_app.db.backup import BackupError, backup_sqlite, integrity_problem

DUMP_TABLES = ("items", "orders", "order_items", "payments", "customers")


def _rows(path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in DUMP_TABLES
        }


@pytest.fixture
def busy_shop(controllers, make_item):
    """A shop file in use: committed rows still in the WAL, the app's connection open."""
    for n in range(20):
        make_item(f"Item {n}", f"{n}.99", barcode="", stock=str(n))
    controllers.sale.scan("SKU-3")
    controllers.sale.pay_cash()
    controllers.sale.scan("SKU-4")  # a draft left open
    return controllers


def test_backup_of_a_database_in_use_is_complete_and_verified(busy_shop, db_path, tmp_path):
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists(), "precondition: the app's connection keeps the WAL"
    assert wal.stat().st_size > 0, "precondition: committed rows are still in the WAL"
    file_only = tmp_path / "file-only.sqlite3"
    shutil.copyfile(db_path, file_only)
    assert _rows(file_only)["items"] != _rows(db_path)["items"], "a plain file copy would miss the WAL"

    copy = backup_sqlite(db_path, tmp_path / "backups", "manual")

    assert copy.parent == tmp_path / "backups"
    assert copy.name.startswith("shop-")
    assert copy.name.endswith("-manual.sqlite3")
    assert _rows(copy) == _rows(db_path)
    assert len(_rows(copy)["items"]) == 20
    assert integrity_problem(copy) is None
    # The app keeps working on the source afterwards.
    busy_shop.sale.scan("SKU-5")
    assert len(busy_shop.sale.cart().lines) == 2


def test_two_backups_get_distinct_names(db_url, db_path, tmp_path):
    first = backup_sqlite(db_path, tmp_path / "b", "x")
    second = backup_sqlite(db_path, tmp_path / "b", "x")
    assert first != second
    assert first.exists()
    assert second.exists()


def test_integrity_problem_detects_a_damaged_file(busy_shop, db_path, tmp_path):
    copy = backup_sqlite(db_path, tmp_path / "backups", "to-damage")
    assert integrity_problem(copy) is None
    assert integrity_problem(copy, quick=True) is None
    page_size = 4096
    with closing(sqlite3.connect(copy)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'items'").fetchone()[0]
        assert connection.execute("PRAGMA page_count").fetchone()[0] > root
    data = bytearray(copy.read_bytes())
    start = (root - 1) * page_size  # the items table's first page
    data[start : start + page_size] = b"\xa5" * page_size
    copy.write_bytes(bytes(data))

    problem = integrity_problem(copy)
    assert problem is not None
    assert problem != "ok"
    assert integrity_problem(copy, quick=True) is not None


def test_integrity_problem_on_a_file_that_is_not_a_database(tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all " * 500)
    assert "not a database" in (integrity_problem(garbage) or "")


def test_backup_of_a_damaged_source_fails_and_leaves_no_copy(tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all " * 500)
    with pytest.raises(BackupError, match="could not back up"):
        backup_sqlite(garbage, tmp_path / "backups", "x")
    assert list((tmp_path / "backups").iterdir()) == []
