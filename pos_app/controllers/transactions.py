"""One transaction per user action over the application's long-lived Session.

SQLAlchemy's guidance for desktop apps: a transaction per user event. `read()`
ends with commit rather than rollback because rollback would expire every loaded
object (with expire_on_commit=False a commit keeps them). `write()` starts with
BEGIN IMMEDIATE on SQLite, commits, or rolls back on any failure so the Session
stays usable, and turns database conditions into UserErrors. `single_statement()` is for one
SELECT alone (the scan's lookup): a pooled connection outside the Session, with no BEGIN on SQLite.
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
        an ordinary short transaction, ended when the block ends. Run one statement only: two
        would not see the same snapshot.
        """
        bind = self.session.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        try:
            with engine.connect() as connection:
                if engine.dialect.name == "sqlite":
                    connection.execution_options(**{SINGLE_STATEMENT: True})
                yield connection
        except DBAPIError as error:
            raise translate_database_error(error) or error from error

    def _end_stray_transaction(self) -> None:
        # A lazy load outside read()/write() autobegins a transaction; end it so the
        # next one starts with the right BEGIN and nothing stays open while idle.
        if self.session.in_transaction():
            self.session.commit()
