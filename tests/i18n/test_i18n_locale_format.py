"""Money, quantities and dates in the shop's locale (pos_app.domain.locale_format, through Babel),
and amounts typed the locale's way (pos_app.domain.money.parse_money)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain import locale_format
from pos_app.domain.locale_format import (
    format_date,
    format_datetime,
    format_quantity,
    format_time,
    known_locale,
    locale_choices,
    system_locale,
)
from pos_app.domain.money import MAX_AMOUNT, MoneyError, format_money, parse_money

LOCALES = ["en_US", "en_GB", "en_IN", "de_DE", "de_AT", "de_CH", "fr_FR", "es_ES", "nl_NL", "pl_PL", "sv_SE"]
amounts = st.decimals(
    min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, places=2, allow_nan=False, allow_infinity=False
)


@pytest.fixture
def shop_locale() -> Iterator[None]:
    yield
    locale_format.set_locale(locale_format.DEFAULT_LOCALE)


@given(amount=st.decimals(allow_nan=False, allow_infinity=False, places=None) | amounts)
def test_en_us_money_is_byte_for_byte_what_pos_app_always_showed(amount):
    assert locale_format.format_money(amount, "en_US") == f"{amount:,.2f}"


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("en_US", "-1,234,567.50"),
        ("en_GB", "-1,234,567.50"),
        ("de_DE", "-1.234.567,50"),
        ("de_AT", "-1.234.567,50"),
        ("de_CH", "-1\u2019234\u2019567.50"),
        ("fr_FR", "-1\u202f234\u202f567,50"),
        ("en_IN", "-12,34,567.50"),
    ],
)
def test_money_uses_the_locales_separators_and_grouping(locale, shown):
    assert locale_format.format_money(Decimal("-1234567.5"), locale) == shown


@pytest.mark.parametrize("locale", LOCALES)
@given(amount=amounts)
def test_what_is_shown_parses_back_to_the_same_amount(locale, amount):
    assert (
        parse_money(locale_format.format_money(amount, locale), allow_negative=True, locale=locale) == amount
    )


@pytest.mark.parametrize("locale", LOCALES)
@given(amount=amounts)
def test_the_plain_decimal_form_parses_in_every_locale(locale, amount):
    typed = format(amount, "f").replace(".", locale_format.decimal_symbol(locale))
    assert parse_money(typed, allow_negative=True, locale=locale) == amount


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("de_DE", "2,50", "2.50"),
        ("de_DE", "2.50", "2.50"),  # a keypad's point, two decimals: not grouping
        ("de_DE", "1.234,5", "1234.50"),
        ("de_DE", "12.345.678", "12345678.00"),
        ("de_DE", " 4,99 ", "4.99"),
        ("de_CH", "1'234.50", "1234.50"),  # the apostrophe a Swiss keyboard types
        ("fr_FR", "1 234,50", "1234.50"),
        ("en_US", "2,50", "2.50"),  # as pos_app always took it
        ("en_US", "1,234.50", "1234.50"),
        ("en_IN", "12,34,567.00", "1234567.00"),
    ],
)
def test_typed_amounts_in_the_locale(locale, typed, expected):
    assert parse_money(typed, locale=locale) == Decimal(expected)


@pytest.mark.parametrize(
    ("locale", "typed", "message"),
    [
        ("de_DE", "1.234", "ambiguous"),  # a thousand, or 1.234 typed the English way?
        ("en_US", "1,234", "ambiguous"),
        ("de_DE", "1,2,3", "must be a number, like 4,99"),
        ("de_DE", "1.23,50", "must be a number"),  # grouping in the wrong place
        ("de_DE", "12.34.567", "must be a number"),
        ("de_DE", "2,505", "at most 2 decimal places"),
        ("de_DE", "abc", "must be a number, like 4,99 (got 'abc')"),
        ("de_DE", ",", "must be a number"),
        ("de_DE", "1e3", "must be a number"),
        ("de_DE", "-2,50", "cannot be negative"),
    ],
)
def test_malformed_or_ambiguous_amounts_are_refused_with_a_message(locale, typed, message):
    with pytest.raises(MoneyError, match=re.escape(message)) as refused:
        parse_money(typed, field="Price", locale=locale)
    assert str(refused.value).startswith("Price")


def test_the_current_locale_drives_format_and_parse(shop_locale):
    assert format_money(Decimal("1234.5")) == "1,234.50"
    locale_format.set_locale("de-DE")
    assert locale_format.current_locale() == "de_DE"
    assert format_money(Decimal("1234.5")) == "1.234,50"
    assert parse_money("2,50") == Decimal("2.50")
    with pytest.raises(ValueError, match="unknown locale"):
        locale_format.set_locale("xx_YY")
    assert locale_format.current_locale() == "de_DE"


def test_quantities_dates_and_times():
    moment = datetime(2026, 11, 24, 15, 4)
    assert format_quantity(12345, "en_US") == "12,345"
    assert format_quantity(12345, "de_DE") == "12.345"
    assert format_quantity(Decimal("1.5"), "de_DE") == "1,5"
    assert format_date(moment, "en_US") == "11/24/2026"
    assert format_date(moment, "de_DE") == "24.11.2026"
    assert format_date(moment, "en_GB") == "24/11/2026"
    assert format_time(moment, "de_DE") == "15:04"
    assert format_time(moment, "en_US").replace("\u202f", " ") == "3:04 PM"
    assert format_datetime(moment, "de_DE") == "24.11.2026, 15:04"
    assert format_datetime(moment, "en_US").replace("\u202f", " ") == "11/24/2026, 3:04 PM"


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("de_AT", "de_AT"),
        ("de-AT", "de_AT"),
        ("en_GB.UTF-8", "en_GB"),
        ("de_DE@euro", "de_DE"),
        ("de", None),  # a language without a country sets no formats
        ("C", None),
        ("POSIX", None),
        ("", None),
        ("xx_YY", None),
        ("not a locale", None),
    ],
)
def test_known_locale(name, known):
    assert known_locale(name) == known


def test_the_system_locale_is_used_when_babel_knows_it():
    assert system_locale({"LANG": "de_AT.UTF-8"}) == "de_AT"
    assert system_locale({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}) == "en_GB"
    assert system_locale({"LANG": "C.UTF-8"}) == "en_US"
    assert system_locale({}) == "en_US"


def test_locale_choices_are_named_in_their_own_language():
    choices = dict(locale_choices())
    assert choices["de_DE"] == "Deutsch (Deutschland)"
    assert choices["de_CH"] == "Deutsch (Schweiz)"
    assert choices["en_US"] == "English (United States)"
    assert "en_ZA" not in choices
    assert dict(locale_choices("en_ZA"))["en_ZA"] == "English (South Africa)"
