"""The shop's currency setting: ISO 4217 codes with cents, stored as text beside the other settings."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.settings import ShopSettings
from pos_app.db.engine import sqlite_file
from pos_app.domain.currency import check_currency


@pytest.mark.parametrize(
    ("typed", "code"), [("EUR", "EUR"), (" usd ", "USD"), ("chf", "CHF"), ("GBP", "GBP")]
)
def test_known_currencies(typed: str, code: str) -> None:
    assert check_currency(typed) == code
    assert ShopSettings(currency=typed).currency == code


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("EU", "not an ISO 4217"),
        ("EURO", "not an ISO 4217"),
        ("XYZ", "not an ISO 4217"),
        ("€", "not an ISO 4217"),
        ("JPY", "does not count in hundredths"),  # no minor unit
        ("KWD", "does not count in hundredths"),  # thousandths
    ],
)
def test_refused_currencies(typed: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        ShopSettings(currency=typed)


def test_the_currency_is_saved_and_a_bad_stored_one_reads_as_unset(app: AppControllers) -> None:
    assert app.settings.currency == ""  # not chosen until the shop is set up
    app.shop_settings.save(replace(app.settings, currency="gbp"))
    assert app.settings.currency == "GBP"
    path = sqlite_file(app.url)
    assert path is not None
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT value FROM settings WHERE key = 'currency'").fetchone() == ("GBP",)
        connection.execute("UPDATE settings SET value = 'XXQ' WHERE key = 'currency'")
    connection.close()
    again = AppControllers(app.url)
    try:
        assert again.settings.currency == ""
    finally:
        again.close()
