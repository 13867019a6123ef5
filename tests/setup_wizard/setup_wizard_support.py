"""What the setup wizard tests share: light argon2 parameters, the controllers built on them, and keys.

The keys go to whatever widget has the focus, as a keyboard's would: the tests never set a
field's text directly.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.shop_setup import ShopSetupController
from pos_app.controllers.staff import StaffController
from pos_app.controllers.users import UserController

OWNER_PASSWORD = "olga-secret-42"


def light_setup_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def use_light_hashes(app: AppControllers) -> AppControllers:
    """Rebuild the account controllers (and the setup controller on them) with cheap argon2 hashes."""
    hashers = Hashers(password=light_setup_hasher(), pin=light_setup_hasher())
    app.users = UserController(app.uow, hashers=hashers)
    app.staff = StaffController(app.users)
    app.setup = ShopSetupController(app.uow, app.shop_settings, app.users)
    return app


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Type into the focused widget."""
    qtbot.keyClicks(focused(), text)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key in the focused widget (Tab, Enter, Alt+N…)."""
    qtbot.keyClick(focused(), key, modifier)


def next_page(qtbot: QtBot, wizard: QWizard) -> None:
    """Alt+N (Next), waiting for the next page to show."""
    before = wizard.currentId()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        found = connection.execute(sql).fetchall()
    connection.close()
    return found


def nothing_saved(path: Path) -> bool:
    """No account, no tax rate and no shop setting in the database."""
    return (
        rows(path, "SELECT count(*) FROM users") == [(0,)]
        and rows(path, "SELECT count(*) FROM tax_rates") == [(0,)]
        and rows(path, "SELECT count(*) FROM settings WHERE key IN ('shop_name', 'currency', 'shop_address')")
        == [(0,)]
    )
