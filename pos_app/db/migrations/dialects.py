"""What the migration scripts need to know about the database they run on, kept in one place.

SQLite cannot alter a table's constraints, so Alembic's batch mode rebuilds the table by copy,
drop and rename; PostgreSQL alters it in place, and a rebuild there would fail on the foreign keys
that point at the table. Revision scripts import this module, never the application.
"""

from __future__ import annotations

from typing import Literal

from alembic import op


def on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def rebuild_mode() -> Literal["always", "auto"]:
    """`recreate=` for batch_alter_table: a copy-and-rename rebuild on SQLite, ALTER elsewhere."""
    return "always" if on_sqlite() else "auto"
