"""One transaction per user action over the application's long-lived Session.

SQLAlchemy's guidance for desktop apps: a transaction per user event. `read()`
ends with commit rather than rollback because rollback would expire every loaded
object (with expire_on_commit=False a commit keeps them). `write()` starts with
BEGIN IMMEDIATE on SQLite, commits, or rolls back on any failure so the Session
stays usable, and turns database conditions into UserErrors. `single_statement()` is for one
SELECT alone (the scan's lookup): a connection of its own outside the Session, with no BEGIN on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pos_app.controllers.errors import translate_database_error
from pos_app.db.engine import SINGLE_STATEMENT, WRITE_TRANSACTION


class UnitOfWork:
    """Hands out the Session for exactly one read or one write at a time."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._single: Connection | None = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._end_stray_transaction()
        try:
            yield self.session
        except DBAPIError as error:
            self.session.rollback()
            raise translate_database_error(error) or error from error
        except BaseException:
            self.session.rollback()
            raise
        else:
            self.session.commit()

    @contextmanager
    def write(self) -> Iterator[Session]:
        self._end_stray_transaction()
        try:
            self.session.connection(execution_options={WRITE_TRANSACTION: True})
            yield self.session
            self.session.commit()
        except DBAPIError as error:
            self.session.rollback()
            raise translate_database_error(error) or error from error
        except BaseException:
            self.session.rollback()
            raise

    @contextmanager
    def single_statement(self) -> Iterator[Connection]:
        """A connection for exactly one SELECT, outside the Session's transactions.

        SQLite answers a single SELECT from one consistent snapshot by itself, so the connection
        sends no BEGIN/COMMIT around it (they cost several times the lookup). Other databases get
        an ordinary short transaction, committed when the block ends. Run one statement only: two
        would not see the same snapshot. The connection is kept open between scans (checking one
        out of the pool cost a third of a lookup) until close().
        """
        connection = self._single
        if connection is None or connection.closed or connection.invalidated:
            connection = self._single = self._connect_single()
        try:
            yield connection
            connection.commit()
        except DBAPIError as error:
            connection.rollback()
            raise translate_database_error(error) or error from error
        except BaseException:
            connection.rollback()
            raise

    def close(self) -> None:
        """Give back the single-statement connection (before the engine is disposed)."""
        if self._single is not None:
            self._single.close()
            self._single = None

    def _connect_single(self) -> Connection:
        bind = self.session.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        connection = engine.connect()
        if engine.dialect.name == "sqlite":
            connection.execution_options(**{SINGLE_STATEMENT: True})
        return connection

    def _end_stray_transaction(self) -> None:
        # A lazy load outside read()/write() autobegins a transaction; end it so the
        # next one starts with the right BEGIN and nothing stays open while idle.
        if self.session.in_transaction():
            self.session.commit()
