"""Keep PostgreSQL's id sequences ahead of rows that bulk loads insert with their own ids.

The demo shop and other bulk loads write whole graphs of rows (orders, their lines, refunds)
with ids they chose, so the rows can refer to each other without a round trip per row. SQLite
hands out the next id from the table itself (MAX(rowid) + 1); PostgreSQL hands it out from a
sequence that such inserts never advance, so the next ordinary insert would collide. After a
bulk load, every table's sequence is set past its largest id, in the loader's transaction.
"""

from __future__ import annotations

from sqlalchemy import Integer, text
from sqlalchemy.orm import Session

from pos_app.db.models import Base


def realign_id_sequences(session: Session) -> None:
    """Set each table's id sequence to MAX(id) + 1 (PostgreSQL); SQLite needs nothing."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        column = table.columns.get("id")
        if column is None or not column.primary_key or not isinstance(column.type, Integer):
            continue
        # Names come from our own metadata, never from input.
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )
