"""Fixtures for the staff tests: a settable clock, light argon2 parameters, and the account controllers.

The real argon2 library is used throughout; only its cost is lowered (1 pass over 1 MiB) so the
hundreds of hashes these tests make stay quick. tests/staff/test_staff_hashing.py checks the
default parameters themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher

from pos_app.controllers.app import AppControllers
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.staff import StaffController
from pos_app.controllers.users import UserController


class Clock:
    """A clock the test moves by hand (naive UTC, like the stored times)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def light_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


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
