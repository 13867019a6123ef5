"""Fixtures for the setup wizard tests: a brand-new shop file and controllers with light hashes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from setup_wizard_support import use_light_hashes  # type: ignore[import-not-found]

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.ui.setup_wizard import SetupWizard


@pytest.fixture
def new_shop(tmp_path: Path) -> Path:
    """A migrated database as the app leaves it on first start: no account, no order, no settings."""
    path = tmp_path / "new-shop.sqlite3"
    upgrade_database(sqlite_url(path))
    return path


@pytest.fixture
def shop(new_shop: Path) -> Iterator[AppControllers]:
    app = use_light_hashes(AppControllers(sqlite_url(new_shop)))
    yield app
    app.close()


@pytest.fixture
def open_wizard(qtbot: QtBot, shop: AppControllers) -> Callable[[], SetupWizard]:
    def open_it() -> SetupWizard:
        wizard = SetupWizard(shop.setup)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        return wizard

    return open_it
