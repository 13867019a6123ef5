"""Guards the schema's life cycle: a new file gets every table and the FTS index, the migrated schema
matches the models, a second run changes nothing, newer or foreign files are refused untouched, an
upgrade of an existing file backs it up first, and downgrade/upgrade round-trips."""

from __future__ import annotations

import ast
import hashlib
import importlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.pool import NullPool

import pos_app.db.migrate as migrate
from pos_app.db.engine import create_app_engine, sqlite_url
from pos_app.db.migrate import DatabaseTooNewError, NotAPosDatabaseError, head_revision, upgrade_database
from pos_app.db.models import Base

APP_TABLES = {
    "customers",
    "items",
    "orders",
    "order_items",
    "payments",
    "order_taxes",
    "tax_rates",
    "settings",
    "shifts",
    "cash_movements",
    "cash_counts",
    "refunds",
    "refund_lines",
    "refund_tenders",
}
FTS_TRIGGERS = {"items_fts_after_insert", "items_fts_after_delete", "items_fts_after_update"}
STOCK_JOURNAL_TRIGGERS = {"stock_movements_append_only_update", "stock_movements_append_only_delete"}
AUDIT_TRIGGERS = {"audit_events_append_only_update", "audit_events_append_only_delete", "audit_head_keep"}
GUARD_TRIGGERS = (
    STOCK_JOURNAL_TRIGGERS
    | AUDIT_TRIGGERS
    | set(
        importlib.import_module("pos_app.db.migrations.versions.0004_checkout_records")._closed_shift_guards()
    )
)


def _load_include_name():
    """env.py's include_name filter, taken from its source: env.py runs only inside Alembic."""
    tree = ast.parse((migrate.MIGRATIONS_DIR / "env.py").read_text())
    wanted = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name == "include_name")
        or (isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "FTS_PREFIX" for t in node.targets))
    ]
    assert len(wanted) == 2, "env.py no longer defines FTS_PREFIX and include_name"
    namespace: dict = {"Any": object}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "env.py", "exec"), namespace)
    return namespace["include_name"]


include_name = _load_include_name()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema(path: Path) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return set(connection.execute("SELECT type, name FROM sqlite_master"))


def _names(path: Path, kind: str) -> set[str]:
    return {name for type_, name in _schema(path) if type_ == kind}


def _schema_differences(url: str, **options) -> list:
    engine = create_app_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True, **options})
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def test_new_file_gets_every_table_and_the_search_index(db_path):
    result = upgrade_database(sqlite_url(db_path))
    assert (result.before, result.after, result.backup) == (None, head_revision(), None)
    tables = _names(db_path, "table")
    assert tables >= APP_TABLES | {"alembic_version", "items_fts"}
    assert _names(db_path, "trigger") == FTS_TRIGGERS | GUARD_TRIGGERS
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert not (db_path.parent / "backups").exists()


def test_second_run_is_a_no_op(db_url, db_path):
    before_schema, before_digest = _schema(db_path), _digest(db_path)
    result = upgrade_database(db_url)
    assert (result.before, result.after, result.backup) == (head_revision(), head_revision(), None)
    assert _schema(db_path) == before_schema
    assert _digest(db_path) == before_digest
    assert not (db_path.parent / "backups").exists()


def test_migrated_schema_matches_the_models(db_url):
    assert _schema_differences(db_url, include_name=include_name) == []


def test_schema_comparison_can_fail(db_url, db_path):
    # Without env.py's filter the FTS tables show up as differences ...
    unfiltered = _schema_differences(db_url)
    assert any(diff[0] == "remove_table" and diff[1].name.startswith("items_fts") for diff in unfiltered)
    # ... and a schema that drifted from the models is caught.
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("DROP INDEX ix_items_name")
        connection.commit()
    differences = _schema_differences(db_url, include_name=include_name)
    assert [(diff[0], diff[1].name) for diff in differences] == [("add_index", "ix_items_name")]


def test_newer_database_is_refused_and_not_modified(db_url, db_path):
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    before = _digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        upgrade_database(db_url)
    assert _digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_foreign_database_is_refused(db_path):
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        connection.commit()
    with pytest.raises(NotAPosDatabaseError):
        upgrade_database(sqlite_url(db_path))
    assert _names(db_path, "table") == {"invoices"}


def test_downgrade_to_base_and_upgrade_again(run_alembic, db_url, db_path):
    run_alembic(db_url, command.downgrade, "base")
    assert _names(db_path, "table") == {"alembic_version"}
    assert _names(db_path, "trigger") == set()
    # An empty alembic_version is pos_app's own marker, not another program's table.
    result = upgrade_database(db_url)
    assert (result.before, result.after) == (None, head_revision())
    assert _names(db_path, "table") >= APP_TABLES | {"items_fts"}
    assert _names(db_path, "trigger") == FTS_TRIGGERS | GUARD_TRIGGERS
    assert _schema_differences(db_url, include_name=include_name) == []


CUSTOMER_NOTE = (
    '    with op.batch_alter_table("customers") as batch:\n'
    '        batch.add_column(sa.Column("note", sa.String(200), nullable=True))',
    '    with op.batch_alter_table("customers") as batch:\n        batch.drop_column("note")',
)


def test_existing_older_database_is_backed_up_before_upgrading(run_alembic, next_revision, db_url, db_path):
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("INSERT INTO customers (name, created_at) VALUES ('Ann', '2026-01-01')")
        connection.commit()
    head = next_revision(*CUSTOMER_NOTE)

    result = upgrade_database(db_url)

    assert (result.before, result.after) == (head, "9000_test_only")
    assert result.backup is not None
    assert result.backup.parent == db_path.parent / "backups"
    assert f"before-migration-from-{head}" in result.backup.name
    with closing(sqlite3.connect(result.backup)) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert backup.execute("SELECT name FROM customers").fetchall() == [("Ann",)]
    with closing(sqlite3.connect(db_path)) as upgraded:
        assert upgraded.execute("SELECT name, note FROM customers").fetchall() == [("Ann", None)]
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchall() == [("9000_test_only",)]
    # Downgrading the new revision brings back the models' schema exactly.
    run_alembic(db_url, command.downgrade, head)
    assert _schema_differences(db_url, include_name=include_name) == []
