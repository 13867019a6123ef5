"""Bring a database to the schema this version expects: back up, then run Alembic migrations.

Called on every start. A SQLite file that exists and is behind is backed up first; a
file from a newer pos_app (an unknown revision) is refused rather than touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect
from sqlalchemy.pool import NullPool

from pos_app.db.backup import backup_sqlite
from pos_app.db.engine import create_app_engine, sqlite_file
from pos_app.paths import backup_dir_for

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


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
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migration scripts have no head"
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of pos_app can read (and upgrade from)."""
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(url: str) -> MigrationResult:
    """Upgrade the database at `url` to head, backing up an existing SQLite file first."""
    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    head = head_revision()
    engine = create_app_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            before = current_revision(connection)
            # An empty alembic_version table (left by a downgrade to base) is pos_app's, not foreign.
            has_tables = bool(set(inspect(connection).get_table_names()) - {"alembic_version"})
            # End the read: Alembic commits its own transaction only if it began it.
            connection.rollback()
            if before == head:
                return MigrationResult(before=before, after=head, backup=None)
            if before is None and has_tables:
                raise NotAPosDatabaseError("this database holds tables of another program")
            if before is not None and before not in {s.revision for s in scripts.walk_revisions()}:
                raise DatabaseTooNewError(
                    f"this database was written by a newer version of pos_app (schema {before})"
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
    finally:
        engine.dispose()


def _backup_before_migration(url: str, before: str | None) -> Path | None:
    path = sqlite_file(url)
    if path is None or before is None or not path.exists():
        return None
    from pos_app.db.backups import backup_keep

    return backup_sqlite(
        path, backup_dir_for(path), f"before-migration-from-{before}", keep=backup_keep(path)
    )
