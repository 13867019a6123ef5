"""Alembic environment: runs migrations on the connection pos_app hands over, or on a URL.

pos_app calls Alembic programmatically (pos_app.db.migrate) with a connection whose
foreign keys are already OFF: a batch migration rebuilds tables by copy, drop and
rename, and with foreign keys ON the drop cascades and deletes child rows.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, text

from pos_app.db.engine import create_app_engine
from pos_app.db.models import Base

# FTS5 tables and their shadow tables are created by hand in migrations; autogenerate must ignore them.
FTS_PREFIX = "items_fts"


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIX))


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"migration left rows with broken foreign keys: {problems[:5]}")


connection = context.config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    # Developer use: `alembic -x url=sqlite:///dev.sqlite3 revision --autogenerate -m ...`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite3")
    engine = create_app_engine(url)
    with engine.connect() as conn:
        run_on(conn)
    engine.dispose()
