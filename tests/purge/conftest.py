"""Fixtures for the purge tests; the shop they purge is built by purge_shop.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from purge_shop import OldShop, build_old_shop  # type: ignore[import-not-found]

from pos_app.controllers.app import AppControllers


@pytest.fixture
def old_shop(db_path: Path) -> OldShop:
    return build_old_shop(db_path)


@pytest.fixture
def shop_app(old_shop: OldShop) -> Iterator[AppControllers]:
    app = AppControllers(old_shop.url)
    yield app
    app.close()


@pytest.fixture
def migrate_to() -> Callable[[str, str], None]:
    """Upgrade or downgrade the database at a URL to a revision, the way upgrade_database runs
    Alembic: foreign keys off (a batch rebuild must not cascade) and the legacy rename."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy.pool import NullPool

    import pos_app.db.migrate as migrate
    from pos_app.db.engine import create_app_engine

    def run(url: str, revision: str) -> None:
        engine = create_app_engine(url, poolclass=NullPool)
        try:
            with engine.connect() as connection:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
                connection.connection.dbapi_connection.execute("PRAGMA legacy_alter_table=ON")
                config = migrate.alembic_config()
                config.attributes["connection"] = connection
                current = migrate.current_revision(connection)
                connection.rollback()
                scripts = ScriptDirectory.from_config(config)
                ahead = revision in {r.revision for r in scripts.iterate_revisions(current, "base")}
                (command.downgrade if ahead and revision != current else command.upgrade)(config, revision)
        finally:
            engine.dispose()

    return run


@pytest.fixture
def statement_log() -> Callable[[Any], Any]:
    """`with statement_log(engine) as statements:` collects every SQL statement the engine sends."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def recorded(engine: Any) -> Iterator[list[str]]:
        statements: list[str] = []

        def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            statements.append(" ".join(statement.split()))

        event.listen(engine, "before_cursor_execute", record)
        try:
            yield statements
        finally:
            event.remove(engine, "before_cursor_execute", record)

    return recorded
