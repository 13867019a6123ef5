"""Fixtures for the permission tests: the staffed shop of permission_shop.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from permission_shop import Shop, set_up_shop  # type: ignore[import-not-found]
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers
from pos_app.ui.main_window import MainWindow


@pytest.fixture
def shop(controllers: AppControllers, db_path: Path, tmp_path: Path) -> Shop:
    return set_up_shop(controllers, db_path, tmp_path)


@pytest.fixture
def till(qtbot: QtBot, shop: Shop) -> MainWindow:
    """The real main window on the staffed shop, locked, as the till starts."""
    window = MainWindow(shop.app, str(shop.db_path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
