"""Migration 0008 on a shop with history: returns now cascade with their sale, every trigger is
still there (the two rebuilt tables' guards included), the DELETE guards stand aside only while
a purge permit exists, and a downgrade restores the previous schema and trigger texts exactly."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError
from pos_app.db.migrate import alembic_config
from pos_app.db.models import Order
from pos_app.services.demo import seed_demo

REVISION = "0008"
TABLES = (
    "orders",
    "order_items",
    "payments",
    "order_taxes",
    "refunds",
    "refund_lines",
    "refund_tenders",
    "shifts",
    "cash_movements",
    "cash_counts",
    "stock_movements",
)
PERMITTED_DELETES = {
    f"{table}_closed_delete"
    for table in (
        "shifts",
        "orders",
        "cash_movements",
        "cash_counts",
        "refunds",
        "order_items",
        "payments",
        "order_taxes",
        "refund_lines",
        "refund_tenders",
    )
}


def previous_revision() -> str:
    down = ScriptDirectory.from_config(alembic_config()).get_revision(REVISION).down_revision
    assert isinstance(down, str)
    return down


def triggers(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as connection:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def on_delete(path: Path, table: str) -> dict[str, str]:
    """Each foreign key column of `table` -> its ON DELETE action."""
    with closing(sqlite3.connect(path)) as connection:
        return {row[3]: row[6] for row in connection.execute(f"PRAGMA foreign_key_list({table})")}


def dump(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() for table in TABLES
        }


@pytest.fixture
def demo_url(tmp_path: Path) -> str:
    from pos_app.db.engine import sqlite_url
    from pos_app.db.migrate import upgrade_database

    url = sqlite_url(tmp_path / "demo.sqlite3")
    upgrade_database(url)
    app = AppControllers(url)
    try:
        assert seed_demo(app.uow, settings=app.settings) is not None
    finally:
        app.close()
    return url


def test_upgrade_and_downgrade_keep_the_data_and_every_trigger(demo_url, tmp_path, migrate_to):
    path = tmp_path / "demo.sqlite3"
    migrate_to(demo_url, previous_revision())
    before_triggers, before_data = triggers(path), dump(path)
    assert all(before_data[table] for table in TABLES)
    assert on_delete(path, "refunds")["order_id"] == "RESTRICT"
    assert on_delete(path, "refund_lines")["order_item_id"] == "RESTRICT"
    assert "purge_permit" not in before_triggers

    migrate_to(demo_url, REVISION)
    after_triggers = triggers(path)
    assert set(after_triggers) == set(before_triggers)
    changed = {name for name in after_triggers if after_triggers[name] != before_triggers[name]}
    assert changed == PERMITTED_DELETES
    assert all("NOT EXISTS (SELECT 1 FROM purge_permit)" in after_triggers[name] for name in changed)
    assert dump(path) == before_data
    assert on_delete(path, "refunds") == {"order_id": "CASCADE", "shift_id": "RESTRICT"}
    assert on_delete(path, "refund_lines") == {"refund_id": "CASCADE", "order_item_id": "CASCADE"}
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("SELECT count(*) FROM purge_permit").fetchone() == (0,)
        # The rebuilt tables kept their indexes.
        indexes = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
    assert {"ix_refunds_order_id", "ix_refunds_shift_id", "ix_refunds_created_at"} <= indexes
    assert {"ix_refund_lines_order_item_id", "ix_refund_lines_refund_id"} <= indexes

    migrate_to(demo_url, previous_revision())
    assert triggers(path) == before_triggers  # word for word
    assert dump(path) == before_data
    assert on_delete(path, "refunds")["order_id"] == "RESTRICT"
    assert on_delete(path, "refund_lines")["order_item_id"] == "RESTRICT"
    with closing(sqlite3.connect(path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "purge_permit" not in tables


REFUNDS_OF = "SELECT id FROM refunds WHERE order_id = ?"


def _refused(path: Path, sql: str, *params: object) -> str:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(sqlite3.IntegrityError) as refused:
            connection.execute(sql, params)
        connection.rollback()
    return str(refused.value)


def test_outside_a_purge_the_closed_shift_guards_still_refuse_deletes(demo_url, tmp_path):
    path = tmp_path / "demo.sqlite3"
    before = dump(path)
    with closing(sqlite3.connect(path)) as connection:
        order_id, shift_id = connection.execute(
            "SELECT o.id, o.shift_id FROM orders o JOIN refunds r ON r.order_id = o.id LIMIT 1"
        ).fetchone()
    for sql, param in (
        ("DELETE FROM orders WHERE id = ?", order_id),
        ("DELETE FROM order_items WHERE order_id = ?", order_id),
        ("DELETE FROM payments WHERE order_id = ?", order_id),
        ("DELETE FROM order_taxes WHERE order_id = ?", order_id),
        ("DELETE FROM refunds WHERE order_id = ?", order_id),
        ("DELETE FROM refund_lines WHERE refund_id IN (SELECT id FROM refunds WHERE order_id = ?)", order_id),
        (
            "DELETE FROM refund_tenders WHERE refund_id IN (SELECT id FROM refunds WHERE order_id = ?)",
            order_id,
        ),
        ("DELETE FROM cash_counts WHERE shift_id = ?", shift_id),
        ("DELETE FROM shifts WHERE id = ?", shift_id),
    ):
        assert "closed shift" in _refused(path, sql, param), sql
    assert dump(path) == before

    # Through the app's own unit of work too: a clear refusal, and the Session stays usable.
    app = AppControllers(demo_url)
    try:
        with pytest.raises(ConflictError, match="closed"), app.uow.write() as session:
            session.query(Order).filter(Order.id == order_id).delete(synchronize_session=False)
        with app.uow.read() as session:
            assert session.get(Order, order_id) is not None
    finally:
        app.close()
    assert dump(path) == before


def test_the_permit_lets_a_delete_through_only_inside_its_own_transaction(demo_url, tmp_path):
    path = tmp_path / "demo.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        order_id = connection.execute("SELECT order_id FROM refunds LIMIT 1").fetchone()[0]
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO purge_permit (id, granted_at) VALUES (1, '2026-01-01')")
        # A second permit is refused: there is only ever one row.
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO purge_permit (id, granted_at) VALUES (2, '2026-01-01')")
        connection.execute("DELETE FROM orders WHERE id = ?", (order_id,))
        # The sale's returns went with it, by the database's cascade.
        assert connection.execute(
            "SELECT count(*) FROM refunds WHERE order_id = ?", (order_id,)
        ).fetchone() == (0,)
        # Another connection sees neither the permit nor the deletion, and is still refused.
        with closing(sqlite3.connect(path)) as other:
            assert other.execute("SELECT count(*) FROM purge_permit").fetchone() == (0,)
            assert other.execute("SELECT count(*) FROM orders WHERE id = ?", (order_id,)).fetchone() == (1,)
        connection.execute("ROLLBACK")
    assert "closed shift" in _refused(path, "DELETE FROM orders WHERE id = ?", order_id)
