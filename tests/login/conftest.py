"""Fixtures for the login tests: a shop with a cashier (PIN) and a manager (password), light hashes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from login_support import CASHIER_PIN, MANAGER_PASSWORD, light_login_hasher  # type: ignore[import-not-found]
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.staff import StaffController
from pos_app.controllers.users import UserController
from pos_app.ui.main_window import MainWindow


@pytest.fixture
def staffed(controllers: AppControllers) -> AppControllers:
    """The controllers with cheap hashing, a cashier Ann (PIN) and a manager Mia (password)."""
    hashers = Hashers(password=light_login_hasher(), pin=light_login_hasher())
    controllers.users = UserController(controllers.uow, hashers=hashers)
    controllers.staff = StaffController(controllers.users)
    controllers.users.add_user("Ann", "cashier", pin=CASHIER_PIN)
    controllers.users.add_user("Mia", "manager", password=MANAGER_PASSWORD)
    return controllers


@pytest.fixture
def open_main(qtbot: QtBot, db_path: Path) -> Callable[[AppControllers], MainWindow]:
    def open_window(controllers: AppControllers) -> MainWindow:
        main = MainWindow(controllers, str(db_path))
        qtbot.addWidget(main)
        main.show()
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
        return main

    return open_window
