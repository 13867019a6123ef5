"""Shop ▸ Set up the shop and owner account…: offered to a shop from before staff accounts (it has
sales, no owner), never once an owner exists; finishing it logs the owner in and the till locks
from then on."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from setup_wizard_support import (  # type: ignore[import-not-found]
    OWNER_PASSWORD,
    focused,
    press,
    type_text,
    use_light_hashes,
)

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_item
from pos_app.ui.main_window import MainWindow
from pos_app.ui.setup_wizard import ACTION_TITLE

MILK = "4006381333931"


def open_window(qtbot: QtBot, controllers: AppControllers, db_path: Path) -> MainWindow:
    window = MainWindow(controllers, str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_an_older_shop_sets_up_its_owner_from_the_shop_menu(
    qtbot: QtBot, controllers: AppControllers, db_path: Path
) -> None:
    shop = use_light_hashes(controllers)
    shop.tax_rates.add_rate("Standard", "20")
    shop.catalog.add_item(
        validate_item(sku="M1", barcode=MILK, name="Milk", price="1.29", stock="5", tax_rate="20")
    )
    shop.sale.scan(MILK)
    shop.sale.pay_cash(Decimal("2.00"))
    assert not shop.setup.needed()

    window = open_window(qtbot, shop, db_path)
    launcher = window.shop_setup
    assert window.login is None, "a shop without accounts works unlocked"
    assert launcher.action.text() == ACTION_TITLE
    assert launcher.action in window.purge.menu.actions()
    assert launcher.action.isVisible()
    assert launcher.action.isEnabled()

    launcher.action.trigger()
    qtbot.waitUntil(lambda: launcher.wizard is not None and launcher.wizard.isActiveWindow())
    wizard = launcher.wizard
    assert wizard is not None
    assert focused() is wizard.shop.name
    type_text(qtbot, "Corner Shop")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # the currency as stored or suggested
    assert wizard.currentPage() is wizard.tax
    assert wizard.tax.rows == [], "the shop's Standard 20% is kept; no new rate is needed"
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Olga")
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, OWNER_PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.summary
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: launcher.wizard is None and window.isActiveWindow())
    assert shop.staff.current is not None
    assert shop.staff.current.name == "Olga"
    assert window.login is not None
    assert not window.locked
    assert window.user_label.text() == "Logged in: Olga (owner)"
    assert not launcher.action.isVisible(), "not offered once the shop has an owner"
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked, "Ctrl+L locks the till now that it has accounts"


def test_not_offered_once_the_shop_has_an_owner(
    qtbot: QtBot, controllers: AppControllers, db_path: Path
) -> None:
    shop = use_light_hashes(controllers)
    shop.users.add_user("Olga", "owner", password=OWNER_PASSWORD)
    window = open_window(qtbot, shop, db_path)
    assert not window.shop_setup.action.isVisible()
    window.shop_setup.open_wizard()
    assert window.shop_setup.wizard is None


def test_an_owner_added_meanwhile_hides_the_entry_when_the_menu_opens(
    qtbot: QtBot, controllers: AppControllers, db_path: Path
) -> None:
    shop = use_light_hashes(controllers)
    window = open_window(qtbot, shop, db_path)
    assert window.shop_setup.action.isVisible()
    other = use_light_hashes(AppControllers(shop.url))  # `pos-app setup` in a terminal, say
    try:
        other.users.add_user("Olga", "owner", password=OWNER_PASSWORD)
    finally:
        other.close()
    window.purge.menu.aboutToShow.emit()
    assert not window.shop_setup.action.isVisible()
