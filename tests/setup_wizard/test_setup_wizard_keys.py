"""The setup wizard driven from the keyboard alone on a real database: Finish saves everything
at once, Cancel saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from setup_wizard_support import (  # type: ignore[import-not-found]
    OWNER_PASSWORD,
    focused,
    next_page,
    nothing_saved,
    press,
    rows,
    type_text,
)

from pos_app.controllers.app import AppControllers
from pos_app.ui.setup_wizard import SetupWizard

ALT = Qt.KeyboardModifier.AltModifier  # N is Next, B Back, F Finish: no label may take them
CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_keyboard_alone_sets_up_the_shop_and_its_owner(
    qtbot: QtBot, shop: AppControllers, new_shop: Path, open_wizard: Callable[[], SetupWizard]
) -> None:
    wizard = open_wizard()
    assert focused() is wizard.shop.name
    type_text(qtbot, "Corner  Shop")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.shop.address
    type_text(qtbot, "1 High Street")
    press(qtbot, Qt.Key.Key_Return)  # a new line in the address, not Next
    type_text(qtbot, "Springfield")
    assert wizard.currentPage() is wizard.shop
    next_page(qtbot, wizard)

    assert wizard.currentPage() is wizard.currency
    assert wizard.currency.choice.currentText().startswith(shop.setup.suggested_currency())
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "gbp")
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentPage() is wizard.tax
    assert [row.values() for row in wizard.tax.rows] == [("Standard", "")]
    assert focused() is wizard.tax.rows[0].percent
    type_text(qtbot, "20")
    press(qtbot, Qt.Key.Key_A, ALT)  # Add a tax rate: the new row's name gets the focus
    qtbot.waitUntil(lambda: len(wizard.tax.rows) == 2 and focused() is wizard.tax.rows[1].name)
    type_text(qtbot, "Reduced")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "5")
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentPage() is wizard.owner
    assert focused() is wizard.owner.name
    type_text(qtbot, "Olga")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, OWNER_PASSWORD)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, OWNER_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentPage() is wizard.summary
    summary = wizard.summary.summary.text()
    for shown in ("Corner Shop", "1 High Street, Springfield", "GBP", "Standard 20%, Reduced 5%", "Olga"):
        assert shown in summary
    assert OWNER_PASSWORD not in summary
    assert nothing_saved(new_shop), "nothing is written before Finish"
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.saved is not None
    settings = dict(rows(new_shop, "SELECT key, value FROM settings"))
    assert settings["shop_name"] == "Corner Shop"
    assert settings["shop_address"] == "1 High Street\nSpringfield"
    assert settings["currency"] == "GBP"
    assert [(rate.name, str(rate.percent)) for rate in shop.tax_rates.rates()] == [
        ("Reduced", "5.00"),
        ("Standard", "20.00"),
    ]
    [(name, role, password_hash, pin_hash, active)] = rows(
        new_shop, "SELECT name, role, password_hash, pin_hash, active FROM users"
    )
    assert (name, role, pin_hash, active) == ("Olga", "owner", None, 1)
    assert str(password_hash).startswith("$argon2id$")
    assert PasswordHasher().verify(str(password_hash), OWNER_PASSWORD)
    assert shop.staff.login_password("Olga", OWNER_PASSWORD).name == "Olga"
    assert not shop.setup.needed()


def test_cancel_writes_nothing(
    qtbot: QtBot, shop: AppControllers, new_shop: Path, open_wizard: Callable[[], SetupWizard]
) -> None:
    wizard = open_wizard()
    type_text(qtbot, "Corner Shop")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    type_text(qtbot, "20")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.owner
    type_text(qtbot, "Olga")
    press(qtbot, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.saved is None
    assert nothing_saved(new_shop)
    assert shop.setup.needed()
