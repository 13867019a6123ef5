"""Bring a database to the schema this version expects: back up, then run Alembic migrations.

Called on every start. A SQLite file that exists and is behind is backed up first; a
file from a newer pos_app (an unknown revision) is refused rather than touched.

Alembic is imported only when a database is not already at head: on a normal start the stored
revision is read with plain SQL and compared with the head read from the scripts' text
(script_head), which saves Alembic's import (about 90 ms) on a cold start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.pool import NullPool

from pos_app.db.backup import backup_sqlite
from pos_app.db.engine import create_app_engine, sqlite_file
from pos_app.domain.i18n import translate
from pos_app.paths import backup_dir_for

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# `revision = "0010"` / `down_revision: str | None = "0009"` at the start of a line of a script.
_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\b[^=\n]*=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE
)


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer pos_app; this version must not touch it."""


class NotAPosDatabaseError(RuntimeError):
    """The database has tables but no pos_app schema version: some other program's data."""


@dataclass(frozen=True, slots=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migration scripts have no head"
    return head


def script_head() -> str | None:
    """The head revision read from the scripts' text without importing Alembic, or None when it
    is not plain (no script, several heads, a revision it cannot read): Alembic decides then."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue  # __init__.py
        if not found["revision"] or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        if found["down_revision"]:
            revised.add(found["down_revision"])
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    """Every schema revision this version of pos_app can read (and upgrade from)."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(url: str) -> MigrationResult:
    """Upgrade the database at `url` to head, backing up an existing SQLite file first."""
    engine = create_app_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            head = script_head()
            if head is not None and _stored_revision(connection) == head:
                connection.rollback()
                return MigrationResult(before=head, after=head, backup=None)
            connection.rollback()
            return _upgrade(url, connection)
    finally:
        engine.dispose()


def _stored_revision(connection: Connection) -> str | None:
    """The single revision in alembic_version read with plain SQL, or None when there is not
    exactly one (no table, empty after a downgrade to base, several branches): Alembic decides then."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def _upgrade(url: str, connection: Connection) -> MigrationResult:
    """The full path through Alembic: the database is not at head (or is not a pos_app one)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    head = head_revision()
    before = current_revision(connection)
    # An empty alembic_version table (left by a downgrade to base) is pos_app's, not foreign.
    has_tables = bool(set(inspect(connection).get_table_names()) - {"alembic_version"})
    # End the read: Alembic commits its own transaction only if it began it.
    connection.rollback()
    if before == head:
        return MigrationResult(before=before, after=head, backup=None)
    if before is None and has_tables:
        raise NotAPosDatabaseError(translate("Migrate", "this database holds tables of another program"))
    if before is not None and before not in {s.revision for s in scripts.walk_revisions()}:
        raise DatabaseTooNewError(
            translate(
                "Migrate", "this database was written by a newer version of pos_app (schema {revision})"
            ).format(revision=before)
        )
    backup = _backup_before_migration(url, before)
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        # Outside any transaction, or SQLite ignores it; see env.py for why it is off.
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        # A batch rebuild renames the new table into place; modern ALTER TABLE RENAME
        # re-checks every trigger and fails on those naming the table just dropped
        # (0004's closed-shift guards name orders). The legacy rename does not.
        connection.connection.dbapi_connection.execute("PRAGMA legacy_alter_table=ON")  # type: ignore[union-attr]
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, "head")
    finally:
        if is_sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA legacy_alter_table=OFF")  # type: ignore[union-attr]
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    return MigrationResult(before=before, after=head, backup=backup)


def _backup_before_migration(url: str, before: str | None) -> Path | None:
    path = sqlite_file(url)
    if path is None or before is None or not path.exists():
        return None
    from pos_app.db.backups import backup_keep

    return backup_sqlite(
        path, backup_dir_for(path), f"before-migration-from-{before}", keep=backup_keep(path)
    )
