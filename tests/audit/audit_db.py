"""Raw SQL helpers for the audit tests: read events back, tamper as a SQLite shell would."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

TRIGGERS = ("audit_events_append_only_update", "audit_events_append_only_delete", "audit_head_keep")


def events(path: Path) -> list[tuple[str, str, str | None, str | None, dict]]:
    """(event, actor, subject_type, subject_id, details) of every row, oldest first."""
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(
            "SELECT event, actor, subject_type, subject_id, details FROM audit_events ORDER BY id"
        ).fetchall()
    return [(e, a, t, s, json.loads(d)) for e, a, t, s, d in rows]


def tamper(path: Path, *statements: str) -> None:
    """Run SQL as someone with a SQLite shell would, after dropping the append-only triggers."""
    with closing(sqlite3.connect(path)) as connection:
        for name in TRIGGERS:
            connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
