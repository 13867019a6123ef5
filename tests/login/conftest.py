"""Fixtures for the login tests: a shop with a cashier (PIN) and a manager (password), light hashes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from login_support import (  # type: ignore[import-not-found]
    CASHIER_PIN,
    MANAGER_PASSWORD,
    OWNER_PASSWORD,
    light_login_hasher,
)
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers
from pos_app.controllers.hashing import Hashers
from pos_app.ui.main_window import MainWindow


@pytest.fixture
def staffed(controllers: AppControllers) -> AppControllers:
    """The controllers with cheap hashing: a cashier Ann (PIN), a manager Mia, an owner Olga."""
    hashers = Hashers(password=light_login_hasher(), pin=light_login_hasher())
    controllers.users.set_hashers(hashers)
    controllers.users.add_user("Ann", "cashier", pin=CASHIER_PIN)
    controllers.users.add_user("Mia", "manager", password=MANAGER_PASSWORD)
    controllers.users.add_user("Olga", "owner", password=OWNER_PASSWORD)
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
