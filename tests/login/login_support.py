"""What the login tests share: light argon2 parameters (as tests/staff/staff_support.py) and the keys."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers

CASHIER_PIN = "4071"
MANAGER_PASSWORD = "mia-secret-9"
OWNER_PASSWORD = "olga-owns-it-7"


@contextmanager
def as_manager(app: AppControllers) -> Iterator[None]:
    """Do the setting-up (items, settings) as the manager would, then lock the till again."""
    app.staff.login_password("Mia", MANAGER_PASSWORD)
    try:
        yield
    finally:
        app.staff.logout()


def light_login_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def type_into_focus(qtbot: QtBot, window: QWidget, text: str = "", key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into whatever has focus, the open dialog first, as the till's keyboard does."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, key)
