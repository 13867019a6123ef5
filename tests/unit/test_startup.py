"""Opening a shop's file on start: damaged, foreign or too-new files are refused untouched,
and an upgrade backs up first and keeps every row (even when it rebuilds tables)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

import pos_app.db.migrate as migrate
from pos_app.db.engine import sqlite_url
from pos_app.startup import StartupError, prepare_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_and_migrated(tmp_path):
    path = tmp_path / "sub" / "folder" / "shop.sqlite3"
    result = prepare_database(sqlite_url(path))
    assert result.before is None
    assert result.after == migrate.head_revision()
    assert path.exists()


def test_damaged_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    before = digest(path)
    with pytest.raises(StartupError, match="damaged or is not a pos_app database"):
        prepare_database(sqlite_url(path))
    assert digest(path) == before


def test_folder_instead_of_file_is_refused(tmp_path):
    with pytest.raises(StartupError, match="is a folder"):
        prepare_database(sqlite_url(tmp_path))


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
    with pytest.raises(StartupError, match="not a pos_app database"):
        prepare_database(sqlite_url(path))
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}


def test_newer_schema_is_refused_untouched(db_path, db_url):
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = digest(db_path)
    with pytest.raises(StartupError, match="newer version of pos_app"):
        prepare_database(db_url)
    assert digest(db_path) == before


REBUILD_ORDERS = (
    '    with op.batch_alter_table("orders", recreate="always") as batch:\n'
    '        batch.add_column(sa.Column("note", sa.String(200), nullable=True))',
    '    with op.batch_alter_table("orders", recreate="always") as batch:\n        batch.drop_column("note")',
)


def test_upgrade_backs_up_first_and_keeps_lines_when_orders_is_rebuilt(
    next_revision, controllers, make_item, db_path, db_url
):
    item = make_item("Tea", "2.00", barcode="4006381333931")
    controllers.sale.add_item(controllers.catalog.get_item(item), quantity=3)
    controllers.sale.pay_cash()
    controllers.close()

    head = next_revision(*REBUILD_ORDERS)

    result = prepare_database(db_url)

    assert (result.before, result.after) == (head, "9000_test_only")
    assert result.backup is not None
    assert result.backup.exists()
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert backup.execute("SELECT count(*) FROM order_items").fetchall() == [(1,)]
    with sqlite3.connect(db_path) as upgraded:
        # With foreign keys ON, dropping the old `orders` would have cascaded into order_items.
        assert upgraded.execute("SELECT quantity FROM order_items").fetchall() == [(3,)]
        assert upgraded.execute("SELECT status, total, note FROM orders").fetchall() == [("paid", 600, None)]
        assert upgraded.execute("PRAGMA foreign_key_check").fetchall() == []
        assert upgraded.execute("PRAGMA foreign_keys").fetchall() == [(0,)]  # plain sqlite3 default
