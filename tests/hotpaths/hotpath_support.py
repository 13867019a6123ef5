"""Helpers for the hot-path tests: a log of the SQL statements an engine sends."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event


class SentStatements(list[str]):
    """SQL statements as sent to the driver, whitespace collapsed, BEGIN/COMMIT included."""

    def selects(self) -> list[str]:
        return [s for s in self if s.upper().startswith("SELECT")]

    def kinds(self) -> list[str]:
        """The first word of each statement (BEGIN IMMEDIATE counts as two words), in order."""
        return [" ".join(s.split()[:2]) if s.upper().startswith("BEGIN") else s.split()[0] for s in self]


@contextmanager
def sent_statements(engine: Engine) -> Iterator[SentStatements]:
    """Every statement the engine sends while the block runs, COMMIT and ROLLBACK included."""
    sent = SentStatements()

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(" ".join(statement.split()))

    # SQLAlchemy ends its logical transaction even on a connection that sent no BEGIN (the scan's
    # single-statement lookup); only an end that reaches an open SQLite transaction is sent.
    def commit(conn: Any) -> None:
        if _driver_in_transaction(conn):
            sent.append("COMMIT")

    def rollback(conn: Any) -> None:
        if _driver_in_transaction(conn):
            sent.append("ROLLBACK")

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "commit", commit)
    event.listen(engine, "rollback", rollback)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "commit", commit)
        event.remove(engine, "rollback", rollback)


def _driver_in_transaction(conn: Any) -> bool:
    return bool(getattr(conn.connection.dbapi_connection, "in_transaction", True))


def raw_rows(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """One statement on a fresh plain sqlite3 connection to the file: the database as others see it."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, params).fetchall()
