"""The shop's locale: a stored setting (the desktop's by default), chosen in the Settings dialog
and in the first-run wizard, refused with a clear message when pos_app does not know it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.shop_setup import ShopSetup, ShopSetupController
from pos_app.controllers.staff import StaffController
from pos_app.controllers.users import UserController
from pos_app.db.engine import sqlite_file, sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.ui.settings_dialog import SettingsDialog
from pos_app.ui.setup_wizard import CurrencyPage


def stored(db_url: str, key: str) -> str | None:
    path = sqlite_file(db_url)
    assert isinstance(path, Path)
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    connection.close()
    return None if row is None else str(row[0])


def test_a_new_shop_takes_the_desktops_locale_when_babel_knows_it(monkeypatch):
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert ShopSettings().locale == "de_AT"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert ShopSettings().locale == "en_US"


@pytest.mark.parametrize("bad", ["xx_YY", "klingon", "", "de"])
def test_a_locale_pos_app_does_not_know_is_refused(bad):
    with pytest.raises(ValueError, match="is not a locale pos_app knows, like en_US or de_DE"):
        ShopSettings(locale=bad)


def test_the_locale_is_stored_and_read_back(controllers: AppControllers, db_url: str):
    settings = controllers.shop_settings
    settings.save(replace(settings.current, locale="de-CH"))
    assert settings.current.locale == "de_CH"
    assert stored(db_url, "locale") == "de_CH"
    again = AppControllers(db_url)
    try:
        assert again.shop_settings.current.locale == "de_CH"
    finally:
        again.close()


def test_an_unreadable_stored_locale_reads_as_the_default(controllers: AppControllers, db_url: str):
    path = sqlite_file(db_url)
    assert isinstance(path, Path)
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM settings WHERE key = 'locale'")
        connection.execute("INSERT INTO settings (key, value) VALUES ('locale', 'no_SUCH')")
    connection.close()
    controllers.shop_settings.reload()
    assert controllers.shop_settings.current.locale == ShopSettings().locale


def test_the_settings_dialog_saves_the_chosen_locale(controllers: AppControllers, db_url: str, qtbot):
    dialog = SettingsDialog(controllers.shop_settings, controllers.receipts)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.locale_choice
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    index = next(i for i in range(combo.count()) if combo.itemText(i) == "Deutsch (Österreich)")
    # Up / Down through the choices, as at the till.
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert controllers.shop_settings.current.locale == "de_AT"
    assert stored(db_url, "locale") == "de_AT"


def test_setup_checks_and_stores_the_locale(bare_controllers_for_setup: AppControllers):
    setup = bare_controllers_for_setup.setup
    assert setup.check_locale("en-GB") == "en_GB"
    with pytest.raises(UserError) as refused:
        setup.check_locale("xx_YY")
    assert refused.value.field == "locale"
    assert str(refused.value.message) == "“xx_YY” is not a locale pos_app knows, like en_US or de_DE."
    assert setup.currency_for("de_CH") == "CHF"
    result = setup.set_up(ShopSetup("Bäckerei", "EUR", "Olga", "olga-secret-42", locale="de_AT"))
    assert result.currency == "EUR"
    assert bare_controllers_for_setup.shop_settings.current.locale == "de_AT"


def test_the_wizard_suggests_the_currency_of_the_chosen_locale(bare_controllers_for_setup, qtbot):
    page = CurrencyPage(bare_controllers_for_setup.setup, "USD", "en_US")
    qtbot.addWidget(page)
    assert page.code() == "USD"
    page.locale_choice.setCurrentIndex(page.locale_choice.findData("de_CH"))
    assert page.locale_code() == "de_CH"
    assert page.code() == "CHF"
    page.locale_choice.setCurrentIndex(page.locale_choice.findData("en_GB"))
    assert page.code() == "GBP"


@pytest.fixture
def bare_controllers_for_setup(tmp_path: Path):
    url = sqlite_url(tmp_path / "new.sqlite3")
    upgrade_database(url)
    app = AppControllers(url)
    light = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    app.users = UserController(app.uow, hashers=Hashers(password=light, pin=light))
    app.staff = StaffController(app.users)
    app.setup = ShopSetupController(app.uow, app.shop_settings, app.users)
    yield app
    app.close()
