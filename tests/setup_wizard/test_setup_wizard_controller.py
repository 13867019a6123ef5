"""ShopSetupController: when setup is due, the suggested currency, where the wizard starts from."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from setup_wizard_support import OWNER_PASSWORD  # type: ignore[import-not-found]

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError
from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.shop_setup import ShopSetup, ShopSetupController
from pos_app.domain.validation import validate_item

MILK = "4006381333931"


def corner_shop(**changes: object) -> ShopSetup:
    values: dict[str, object] = {
        "shop_name": "Corner Shop",
        "currency": "EUR",
        "owner": "Olga",
        "owner_password": OWNER_PASSWORD,
        "tax_rates": [("Standard", "20")],
    }
    values.update(changes)
    return ShopSetup(**values)  # type: ignore[arg-type]


def test_a_brand_new_shop_needs_setup_and_not_after_it(qtbot: QtBot, shop: AppControllers) -> None:
    assert shop.setup.needed()
    assert not shop.setup.has_owner()
    with qtbot.waitSignal(shop.setup.shop_set_up) as done:
        result = shop.setup.set_up(corner_shop())
    assert done.args == [result]
    assert not shop.setup.needed()
    assert shop.setup.has_owner()
    with pytest.raises(ConflictError, match="already set up"):
        shop.setup.set_up(corner_shop(owner="Oscar"))


def test_a_shop_with_sales_and_no_accounts_is_not_forced_through_setup(controllers: AppControllers) -> None:
    controllers.tax_rates.add_rate("Zero", "0")
    controllers.catalog.add_item(validate_item(sku="M1", barcode=MILK, name="Milk", price="1.29", stock="5"))
    assert controllers.setup.needed(), "items alone do not make a shop in use"
    controllers.sale.scan(MILK)
    controllers.sale.pay_cash(Decimal("2.00"))
    assert controllers.users.users() == []
    assert not controllers.setup.needed()
    assert not controllers.setup.has_owner(), "its owner may still set it up from the Shop menu"


def test_any_account_means_the_shop_is_in_use(shop: AppControllers) -> None:
    shop.users.add_user("Ann", "cashier", pin="4071")
    assert not shop.setup.needed()
    assert not shop.setup.has_owner()


def test_the_wizard_starts_from_what_an_older_shop_has(shop: AppControllers) -> None:
    assert shop.setup.start().shop_name == "", "a new shop types its name"
    shop.shop_settings.save(ShopSettings(shop_name="Old Shop", shop_address="2 Low Road", currency="USD"))
    shop.tax_rates.add_rate("Standard", "8.5")
    start = shop.setup.start()
    assert (start.shop_name, start.address, start.currency) == ("Old Shop", "2 Low Road", "USD")
    assert start.tax_rates == ("Standard 8.5%",)


@pytest.mark.parametrize(
    ("environ", "currency"),
    [
        ({"LANG": "en_GB.UTF-8"}, "GBP"),
        ({"LC_MONETARY": "en_CA.UTF-8", "LANG": "en_GB.UTF-8"}, "CAD"),
        ({"LC_ALL": "de_AT.UTF-8", "LC_MONETARY": "en_CA.UTF-8"}, "EUR"),
        ({"LANG": "fr_CH"}, "CHF"),
        ({"LANG": "ja_JP.UTF-8"}, "EUR"),  # the yen has no cents: the fallback
        ({"LANG": "C.UTF-8"}, "EUR"),
        ({"LANG": "en"}, "EUR"),  # a language names no country
        ({"LANG": "xx_QQ"}, "EUR"),
        ({}, "EUR"),
    ],
)
def test_the_suggested_currency_follows_the_system_locale(
    shop: AppControllers, environ: dict[str, str], currency: str
) -> None:
    setup = ShopSetupController(shop.uow, shop.shop_settings, shop.users, environ=environ)
    assert setup.suggested_currency() == currency


def test_the_currency_list_holds_only_currencies_in_hundredths(shop: AppControllers) -> None:
    codes = dict(shop.setup.currencies())
    assert codes["EUR"] == "Euro"
    assert codes["USD"] == "US Dollar"
    assert "JPY" not in codes  # no minor unit
    assert "KWD" not in codes  # three decimals
    assert "DEM" not in codes  # no longer in use
