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
