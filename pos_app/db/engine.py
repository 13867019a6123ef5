"""The engine: where the database is, and the SQLite settings every connection needs.

SQLite connections get foreign keys, WAL (checkpointed on an idle timer, not by SQLite inside
a commit), synchronous=FULL and a busy timeout.
pysqlite's own transaction handling is switched off (it would defer BEGIN and
break SAVEPOINT), and we emit BEGIN ourselves: `BEGIN IMMEDIATE` for a write
transaction, so a second writer waits for the lock instead of failing with
"database is locked" halfway through. A connection marked SINGLE_STATEMENT gets no BEGIN at
all: SQLite runs one SELECT atomically by itself, and BEGIN/COMMIT around it cost more than
the SELECT (the scan's barcode lookup).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url

BUSY_TIMEOUT_MS = 5000
# Execution option a write unit of work sets before its transaction begins.
WRITE_TRANSACTION = "pos_write_transaction"
# Execution option of a connection that runs one statement in SQLite's own autocommit (no BEGIN).
SINGLE_STATEMENT = "pos_single_statement"
DATABASE_URL_ENV = "POS_DATABASE_URL"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_database_url(db_path: str | None, default_path: Path) -> str:
    """`--db PATH` wins, then $POS_DATABASE_URL, then the SQLite file in the user data directory."""
    if db_path:
        return sqlite_url(Path(db_path).expanduser().resolve())
    from_env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if from_env:
        return from_env
    return sqlite_url(default_path)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory databases and other backends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_app_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine for `url`, with pos_app's connection settings on SQLite."""
    if not is_sqlite(url):
        return create_engine(url, **kwargs)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # No transaction is open yet (isolation_level=None), so foreign_keys really takes effect:
    # inside a transaction SQLite silently ignores it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        # No checkpoint inside a commit: it cost the commit that triggered it 3-5 ms. The GUI
        # checkpoints on an idle timer (pos_app.controllers.wal_checkpoints); a script's WAL is
        # checkpointed by SQLite when its last connection closes.
        cursor.execute("PRAGMA wal_autocheckpoint=0")
    finally:
        cursor.close()


def _begin_sqlite_transaction(connection: Connection) -> None:
    options = connection.get_execution_options()
    if options.get(SINGLE_STATEMENT):
        # SQLAlchemy's transaction stays logical only: nothing is begun, so its end sends nothing.
        return
    if options.get(WRITE_TRANSACTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")
