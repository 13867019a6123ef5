"""Bad input in the setup wizard: the message shows on the page that has the mistake, the focus goes
to the field, the wizard stays on that page, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from setup_wizard_support import (  # type: ignore[import-not-found]
    OWNER_PASSWORD,
    focused,
    next_page,
    nothing_saved,
    press,
    type_text,
)

from pos_app.controllers.app import AppControllers
from pos_app.ui.setup_wizard import PASSWORDS_DIFFER, SetupWizard

CTRL = Qt.KeyboardModifier.ControlModifier


def refused(qtbot: QtBot, wizard: SetupWizard, key: Qt.Key = Qt.Key.Key_Return) -> str:
    """Press Enter (Next/Finish) expecting a refusal: the page stays and shows a message."""
    page = wizard.currentPage()
    press(qtbot, key)
    assert wizard.currentPage() is page
    assert wizard.isVisible()
    error = page.error  # type: ignore[attr-defined]
    assert error.isVisible()
    return str(error.text())


def to_tax_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    type_text(qtbot, "Corner Shop")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)


def to_owner_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    to_tax_page(qtbot, wizard)
    type_text(qtbot, "20")
    next_page(qtbot, wizard)


def test_the_shop_needs_a_name(qtbot: QtBot, new_shop: Path, open_wizard: Callable[[], SetupWizard]) -> None:
    wizard = open_wizard()
    type_text(qtbot, "   ")
    assert refused(qtbot, wizard) == "Type the shop's name."
    assert focused() is wizard.shop.name
    type_text(qtbot, "Corner Shop")
    assert not wizard.shop.error.isVisible(), "typing clears the message"
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.currency
    assert nothing_saved(new_shop)


def test_an_address_too_long_to_store_is_refused_with_the_focus_on_it(
    qtbot: QtBot, new_shop: Path, open_wizard: Callable[[], SetupWizard]
) -> None:
    wizard = open_wizard()
    type_text(qtbot, "Corner Shop")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1 High Street " * 36)  # 504 characters
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.shop.error.isVisible())
    assert wizard.currentPage() is wizard.shop
    assert wizard.shop.error.text() == "The shop address is longer than 500 characters."
    assert focused() is wizard.shop.address
    assert nothing_saved(new_shop)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("XYZ", "“XYZ” is not an ISO 4217 currency code, like EUR, USD or GBP."),
        ("JPY", "JPY does not count in hundredths; pos_app keeps amounts to 2 decimal places."),
        ("", "Choose the shop's currency, like EUR, USD or GBP."),
    ],
)
def test_a_currency_the_till_cannot_use_is_refused(
    qtbot: QtBot, new_shop: Path, open_wizard: Callable[[], SetupWizard], typed: str, message: str
) -> None:
    wizard = open_wizard()
    type_text(qtbot, "Corner Shop")
    next_page(qtbot, wizard)
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Delete)
    if typed:
        type_text(qtbot, typed)
    assert refused(qtbot, wizard) == message
    assert focused() is wizard.currency.choice
    assert nothing_saved(new_shop)


@pytest.mark.parametrize(
    ("percent", "message"),
    [
        ("", "Tax rate Standard=: Type the rate's percent, like 20 (or 0 for a zero rate)"),
        ("150", "Tax rate Standard=150: Tax rate must be between 0 and 100 percent"),
        ("abc", "Tax rate Standard=abc:"),
    ],
)
def test_a_bad_tax_rate_is_refused_on_its_page(
    qtbot: QtBot, new_shop: Path, open_wizard: Callable[[], SetupWizard], percent: str, message: str
) -> None:
    wizard = open_wizard()
    to_tax_page(qtbot, wizard)
    if percent:
        type_text(qtbot, percent)
    assert refused(qtbot, wizard).startswith(message)
    assert focused() is wizard.tax.rows[0].percent
    assert nothing_saved(new_shop)


def test_two_rates_alike_are_refused(
    qtbot: QtBot, new_shop: Path, open_wizard: Callable[[], SetupWizard]
) -> None:
    wizard = open_wizard()
    to_tax_page(qtbot, wizard)
    type_text(qtbot, "20")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(wizard.tax.rows) == 2 and focused() is wizard.tax.rows[1].name)
    type_text(qtbot, "VAT")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "20")
    assert refused(qtbot, wizard) == "Standard and VAT both have 20%: each percent has one name."
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Backspace)
    assert focused() is wizard.tax.rows[1].percent, "the focus is on the row at fault"
    type_text(qtbot, "5")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.tax.add_button
    press(qtbot, Qt.Key.Key_Space)  # Space presses a focused button; Enter stays Next
    qtbot.waitUntil(lambda: len(wizard.tax.rows) == 3)
    assert focused() is wizard.tax.rows[2].name
    type_text(qtbot, "standard")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "7")
    assert refused(qtbot, wizard) == "Two tax rates are named standard."
    assert focused() is wizard.tax.rows[2].name
    assert nothing_saved(new_shop)


def test_a_rate_clashing_with_one_the_shop_has_is_refused(
    qtbot: QtBot, shop: AppControllers, new_shop: Path, open_wizard: Callable[[], SetupWizard]
) -> None:
    shop.tax_rates.add_rate("Standard", "20")
    wizard = open_wizard()
    to_tax_page(qtbot, wizard)
    assert wizard.tax.rows == [], "a shop with rates starts with no new row"
    assert "Standard 20%" in wizard.findChild(type(wizard.shop.error), "existingRates").text()
    assert focused() is wizard.tax.add_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(wizard.tax.rows) == 1)
    type_text(qtbot, "VAT")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "20")
    assert refused(qtbot, wizard) == (
        "Standard already has 20%: items refer to a rate by its percent, so each percent has one name."
    )
    assert focused() is wizard.tax.rows[0].percent


def test_removing_the_only_row_leaves_no_rate(
    qtbot: QtBot, shop: AppControllers, open_wizard: Callable[[], SetupWizard]
) -> None:
    wizard = open_wizard()
    to_tax_page(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.tax.rows[0].remove
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.tax.rows == [])
    assert focused() is wizard.tax.add_button
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.owner


@pytest.mark.parametrize(
    ("name", "password", "repeat", "message", "field"),
    [
        ("Olga", "short", "short", "A password is at least 8 characters.", "password"),
        ("Olga", OWNER_PASSWORD, OWNER_PASSWORD + "x", PASSWORDS_DIFFER, "repeat"),
        ("", OWNER_PASSWORD, OWNER_PASSWORD, "Type the person's name.", "name"),
    ],
)
def test_the_owner_page_refuses_a_bad_account(
    qtbot: QtBot,
    new_shop: Path,
    open_wizard: Callable[[], SetupWizard],
    name: str,
    password: str,
    repeat: str,
    message: str,
    field: str,
) -> None:
    wizard = open_wizard()
    to_owner_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.owner
    for text in (name, password, repeat):
        if text:
            type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert refused(qtbot, wizard) == message
    assert focused() is wizard.owner.fields[field]
    assert nothing_saved(new_shop)


def test_a_refused_finish_keeps_the_wizard_open_and_writes_nothing(
    qtbot: QtBot, shop: AppControllers, new_shop: Path, open_wizard: Callable[[], SetupWizard]
) -> None:
    wizard = open_wizard()
    to_owner_page(qtbot, wizard)
    type_text(qtbot, "Olga")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, OWNER_PASSWORD)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, OWNER_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.summary
    # Meanwhile another till of the shop names a rate at the same percent.
    other = AppControllers(shop.url)
    try:
        other.tax_rates.add_rate("Full", "20")
    finally:
        other.close()

    message = refused(qtbot, wizard)
    assert message.startswith("Full already has 20%")
    assert wizard.saved is None
    assert wizard.shop.name.text() == "Corner Shop", "everything typed is kept"
    assert wizard.owner.password.text() == OWNER_PASSWORD
    assert shop.users.users() == []
    assert shop.setup.needed()
    # Back to the tax page, another percent, and Finish now saves.
    for _ in range(2):
        before = wizard.currentId()
        press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda before=before: wizard.currentId() != before)
    assert wizard.currentPage() is wizard.tax
    wizard.tax.rows[0].percent.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "19")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.saved is not None
    assert [member.name for member in shop.users.users()] == ["Olga"]
