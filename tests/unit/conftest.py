"""Fixtures shared by the unit tests: raw SQL against the test's database file, and a statement log.

Both look at the database from outside the code under test, so an assertion never
trusts the Session that made the change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.pool import NullPool

import pos_app.db.migrate as migrate
from pos_app.db.engine import create_app_engine

RawQuery = Callable[..., list[tuple[Any, ...]]]


@pytest.fixture
def query(db_path: Path) -> RawQuery:
    """Run one SQL statement on a fresh plain sqlite3 connection to the test's file; returns all rows."""

    def run(sql: str, *params: object) -> list[tuple[Any, ...]]:
        with closing(sqlite3.connect(db_path)) as connection:
            return connection.execute(sql, params).fetchall()

    return run


class Statements(list[str]):
    """SQL statements as sent, whitespace collapsed."""

    def selects(self) -> list[str]:
        return [s for s in self if s.upper().startswith("SELECT")]

    def starting(self, keyword: str) -> list[str]:
        return [s for s in self if s.upper().startswith(keyword.upper())]


@contextmanager
def _recorded(engine: Engine) -> Iterator[Statements]:
    statements = Statements()

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def statement_log() -> Callable[[Engine], Any]:
    """`with statement_log(engine) as statements:` collects every SQL statement the engine sends."""
    return _recorded


AlembicRunner = Callable[[str, Callable[..., Any], str], None]


@pytest.fixture
def run_alembic() -> AlembicRunner:
    """Run an Alembic command (upgrade/downgrade to a revision) the way upgrade_database does:
    on pos_app's engine, with foreign keys off so batch rebuilds cannot cascade."""

    def run(url: str, action: Callable[..., Any], revision: str) -> None:
        engine = create_app_engine(url, poolclass=NullPool)
        try:
            with engine.connect() as connection:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
                connection.connection.dbapi_connection.execute("PRAGMA legacy_alter_table=ON")
                config = migrate.alembic_config()
                config.attributes["connection"] = connection
                action(config, revision)
        finally:
            engine.dispose()

    return run
