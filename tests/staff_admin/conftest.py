"""Fixtures for the staff-screen tests: a shop with an owner, two managers, a cashier and a former
cashier, on controllers with light argon2 parameters; and, after every test, an intact audit chain."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# staff_support.py lives beside tests/staff's conftest; put that folder on the path as pytest does
# when it collects tests/staff, so this folder also works when run on its own.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "staff"))

from staff_admin_support import (  # type: ignore[import-not-found]
    CASHIER,
    CASHIER_PIN,
    FORMER_CASHIER,
    FORMER_PIN,
    MANAGER,
    MANAGER_PASSWORD,
    OTHER_MANAGER,
    OTHER_MANAGER_PASSWORD,
    OWNER,
    OWNER_PASSWORD,
)
from staff_support import Clock, light_hasher  # type: ignore[import-not-found]

from pos_app.controllers.app import AppControllers
from pos_app.controllers.audit import verify_chain
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.staff import StaffController
from pos_app.controllers.staff_admin import StaffAdminController
from pos_app.controllers.users import UserController


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shop(controllers: AppControllers, clock: Clock) -> Iterator[AppControllers]:
    """The app's controllers with cheap hashes and the shop's people (added unaudited, as setup does);
    nobody logged in. After the test the audit chain must still verify."""
    hashers = Hashers(password=light_hasher(), pin=light_hasher())
    controllers.users = UserController(controllers.uow, hashers=hashers, clock=clock)
    controllers.staff = StaffController(controllers.users)
    controllers.staff_admin = StaffAdminController(
        controllers.uow, controllers.users, controllers.staff, clock=clock
    )
    users = controllers.users
    users.add_user(OWNER, "owner", password=OWNER_PASSWORD)
    users.add_user(MANAGER, "manager", password=MANAGER_PASSWORD)
    users.add_user(OTHER_MANAGER, "manager", password=OTHER_MANAGER_PASSWORD)
    users.add_user(CASHIER, "cashier", pin=CASHIER_PIN)
    former = users.add_user(FORMER_CASHIER, "cashier", pin=FORMER_PIN)
    users.deactivate(former.id)
    yield controllers
    with controllers.uow.read() as session:
        assert verify_chain(session) is None
