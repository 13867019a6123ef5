"""Guards the SQLite settings every connection needs: foreign keys, WAL, synchronous=FULL, a busy
timeout, BEGIN IMMEDIATE for writes, and transactions pysqlite does not meddle with (SAVEPOINT, DDL)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos_app.controllers.errors import ConflictError
from pos_app.db import engine as engine_module
from pos_app.db.engine import (
    DATABASE_URL_ENV,
    WRITE_TRANSACTION,
    create_app_engine,
    is_sqlite,
    resolve_database_url,
    sqlite_file,
    sqlite_url,
)
from pos_app.db.models import Item

BAD_LINE = (
    "INSERT INTO order_items (order_id, item_id, quantity, price_paid, list_price, tax_rate)"
    " VALUES (999, 1, 1, 100, 100, 0)"
)


@pytest.fixture
def engine(db_url: str):
    engine = create_app_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def item_id(engine: Engine) -> int:
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO items (sku, name, price, stock, tax_rate, active, created_at, updated_at) "
            "VALUES ('S', 'Soap', 100, 1, 0, 1, '2026-01-01', '2026-01-01')"
        )
        return connection.exec_driver_sql("SELECT id FROM items").scalar_one()


def _refuses_bad_foreign_key(connection) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"):
        connection.exec_driver_sql(BAD_LINE)
    connection.rollback()


def test_foreign_keys_are_enforced_on_every_pooled_connection(engine, item_id, query):
    first = engine.connect()
    second = engine.connect()  # a second connection of the pool, opened while the first is out
    try:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            _refuses_bad_foreign_key(connection)
            # ... and still after that rollback
            _refuses_bad_foreign_key(connection)
    finally:
        first.close()
        second.close()
    # Connections returned to the pool and checked out again keep the setting.
    with engine.connect() as again:
        _refuses_bad_foreign_key(again)
    assert query("SELECT count(*) FROM order_items") == [(0,)]


def test_plain_sqlite3_would_accept_the_bad_row(engine, item_id, db_path):
    # The control: without the connect hook SQLite accepts the orphan, so the test above can fail.
    with closing(sqlite3.connect(db_path)) as plain:
        plain.execute(BAD_LINE)
        assert plain.execute("SELECT count(*) FROM order_items").fetchone() == (1,)
        plain.rollback()


def test_foreign_keys_in_the_session_write_path(controllers, make_item, query):
    item = make_item()
    with (
        pytest.raises(ConflictError, match="FOREIGN KEY constraint failed"),
        controllers.uow.write() as session,
    ):
        session.execute(text(BAD_LINE.replace("999, 1, 1", f"999, {item}, 1")))
    assert query("SELECT count(*) FROM order_items") == [(0,)]


def test_pragmas(engine):
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == engine_module.BUSY_TIMEOUT_MS
        assert engine_module.BUSY_TIMEOUT_MS >= 1000


def _try_begin_immediate(db_path: Path) -> str | None:
    """None if another connection could take the write lock now, else SQLite's error message."""
    with closing(sqlite3.connect(db_path, timeout=0, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            return str(error)
        other.execute("ROLLBACK")
        return None


def test_write_takes_the_write_lock_at_begin(controllers, db_path):
    assert _try_begin_immediate(db_path) is None
    with controllers.uow.write():
        # Nothing has been written yet: only BEGIN IMMEDIATE can hold the lock now.
        assert _try_begin_immediate(db_path) == "database is locked"
    assert _try_begin_immediate(db_path) is None


def test_read_does_not_take_the_write_lock(controllers, db_path, make_item):
    make_item("Tea")
    with controllers.uow.read() as session:
        assert session.execute(select(Item.name)).scalars().all() == ["Tea"]
        assert controllers.session.in_transaction()
        assert _try_begin_immediate(db_path) is None


def test_begin_statements(engine, statement_log):
    with statement_log(engine) as statements:
        with engine.begin() as connection:
            connection.execute(text("SELECT 1"))
        with engine.connect().execution_options(**{WRITE_TRANSACTION: True}) as connection:
            connection.execute(text("SELECT 1"))
            connection.commit()
    assert statements == ["BEGIN", "SELECT 1", "BEGIN IMMEDIATE", "SELECT 1"]


def test_savepoint_rolls_back_only_the_nested_part(controllers, query):
    with controllers.uow.write() as session:
        session.add(Item(sku="KEEP", name="Kept", price=1, stock=0))
        nested = session.begin_nested()
        session.add(Item(sku="DROP", name="Dropped", price=1, stock=0))
        session.flush()
        nested.rollback()
        with session.begin_nested():
            session.add(Item(sku="KEEP2", name="Kept too", price=1, stock=0))
    assert query("SELECT sku FROM items ORDER BY sku") == [("KEEP",), ("KEEP2",)]


def test_outer_rollback_undoes_a_released_savepoint(engine, query):
    # With pysqlite's legacy handling no BEGIN precedes a leading SAVEPOINT, so SQLite treats it as
    # the outermost transaction and RELEASE commits it: the outer rollback would then undo nothing.
    with Session(engine) as session:
        with session.begin_nested():
            session.add(Item(sku="NESTED", name="Nested", price=1, stock=0))
        session.rollback()
    assert query("SELECT count(*) FROM items") == [(0,)]


def test_savepoint_after_integrity_error_keeps_the_outer_transaction(controllers, make_item, query):
    make_item(sku="DUP")
    with controllers.uow.write() as session:
        session.add(Item(sku="OUTER", name="Outer", price=1, stock=0))
        session.flush()
        with pytest.raises(IntegrityError), session.begin_nested():
            session.add(Item(sku="DUP", name="Duplicate", price=1, stock=0))
    assert query("SELECT sku FROM items ORDER BY sku") == [("DUP",), ("OUTER",)]


def test_ddl_is_transactional(engine, query):
    # pysqlite's legacy handling would commit before CREATE TABLE; ours rolls it back.
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (id INTEGER)")
        connection.rollback()
    assert query("SELECT name FROM sqlite_master WHERE name = 'scratch'") == []


def test_session_sees_foreign_keys_through_orm(engine, item_id):
    with Session(engine) as session, pytest.raises(IntegrityError):
        session.execute(text(BAD_LINE))


def test_url_helpers(tmp_path, monkeypatch):
    path = tmp_path / "a b" / "shop.sqlite3"
    url = sqlite_url(path)
    assert is_sqlite(url)
    assert sqlite_file(url) == path
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("sqlite:///:memory:") is None
    assert not is_sqlite("postgresql://u@h/db")
    assert sqlite_file("postgresql://u@h/db") is None

    default = tmp_path / "default.sqlite3"
    assert resolve_database_url(None, default) == sqlite_url(default)
    monkeypatch.setenv(DATABASE_URL_ENV, "  sqlite:///from-env.sqlite3 ")
    assert resolve_database_url(None, default) == "sqlite:///from-env.sqlite3"
    assert resolve_database_url(str(path), default) == sqlite_url(path.resolve())
