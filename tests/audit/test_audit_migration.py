"""Migration 0010 on a shop with data and events: downgrade drops the trail and its triggers and
keeps the shop's data; upgrading again gives an empty, working trail."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.pool import NullPool

import pos_app.db.migrate as migrate
from pos_app.controllers.audit import verify_chain
from pos_app.db.engine import create_app_engine

AUDIT_TRIGGERS = {"audit_events_append_only_update", "audit_events_append_only_delete", "audit_head_keep"}


def migrate_to(url: str, revision: str) -> None:
    """As upgrade_database runs Alembic: foreign keys off, the legacy rename."""
    engine = create_app_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
            connection.connection.dbapi_connection.execute("PRAGMA legacy_alter_table=ON")
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            current = migrate.current_revision(connection)
            connection.rollback()
            scripts = ScriptDirectory.from_config(config)
            ahead = revision in {r.revision for r in scripts.iterate_revisions(current, "base")}
            (command.downgrade if ahead and revision != current else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def schema(path) -> tuple[set[str], set[str]]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
    return {n for t, n in rows if t == "table"}, {n for t, n in rows if t == "trigger"}


def test_downgrade_and_upgrade_with_data(controllers, make_item, db_url, db_path):
    controllers.sale.add_item(controllers.catalog.get_item(make_item("Tea", "2.50")))
    controllers.sale.cancel_sale("test")
    controllers.shifts.paid_in("10.00", "change")
    controllers.close()
    tables, triggers = schema(db_path)
    assert {"audit_events", "audit_head"} <= tables
    assert triggers >= AUDIT_TRIGGERS
    with closing(sqlite3.connect(db_path)) as connection:
        orders_before = connection.execute("SELECT id, status FROM orders").fetchall()

    migrate_to(db_url, "0009")
    tables, triggers = schema(db_path)
    assert not {"audit_events", "audit_head"} & tables
    assert not AUDIT_TRIGGERS & triggers
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT id, status FROM orders").fetchall() == orders_before
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)

    migrate_to(db_url, "0010")
    tables, triggers = schema(db_path)
    assert {"audit_events", "audit_head"} <= tables
    assert triggers >= AUDIT_TRIGGERS
    from pos_app.controllers.app import AppControllers

    app = AppControllers(db_url)
    try:
        app.shifts.paid_out("1.00", "stamps")
    finally:
        app.close()
    assert verify_chain(db_path) is None
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT id, event FROM audit_events").fetchall() == [(1, "paid_out")]
