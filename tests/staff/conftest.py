"""Fixtures for the staff tests: a settable clock, light argon2 parameters, and the account controllers.

The real argon2 library is used throughout; only its cost is lowered (1 pass over 1 MiB) so the
hundreds of hashes these tests make stay quick. tests/staff/test_staff_hashing.py checks the
default parameters themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy.pool import NullPool
from staff_support import Clock, light_hasher  # type: ignore[import-not-found]

import pos_app.db.migrate as migrate
from pos_app.controllers.app import AppControllers
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.staff import StaffController
from pos_app.controllers.users import UserController
from pos_app.db.engine import create_app_engine


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def hashers() -> Hashers:
    return Hashers(password=light_hasher(), pin=light_hasher())


@pytest.fixture
def app(bare_db_url: str) -> Iterator[AppControllers]:
    controllers = AppControllers(bare_db_url)
    yield controllers
    controllers.close()


@pytest.fixture
def users(app: AppControllers, hashers: Hashers, clock: Clock) -> UserController:
    return UserController(app.uow, hashers=hashers, clock=clock)


@pytest.fixture
def staff(users: UserController) -> StaffController:
    return StaffController(users)


@pytest.fixture
def run_alembic() -> Callable[[str, Callable[..., Any], str], None]:
    """Run an Alembic command the way upgrade_database does (as tests/unit/conftest.py's fixture of
    the same name, which this tree cannot import): foreign keys off, legacy ALTER TABLE on."""

    def run(url: str, action: Callable[..., Any], revision: str) -> None:
        engine = create_app_engine(url, poolclass=NullPool)
        try:
            with engine.connect() as connection:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
                connection.connection.dbapi_connection.execute("PRAGMA legacy_alter_table=ON")
                config = migrate.alembic_config()
                config.attributes["connection"] = connection
                action(config, revision)
        finally:
            engine.dispose()

    return run
