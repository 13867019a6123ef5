"""The shop's currency: an ISO 4217 code that Babel's CLDR data knows, with cents as its minor unit.

pos_app keeps every amount to two decimal places (pos_app.domain.money), so a currency with
another minor unit (the yen has none, the Kuwaiti dinar three) is refused rather than silently
priced wrong.
"""

from __future__ import annotations

from functools import cache

from babel.core import Locale, UnknownLocaleError, get_global
from babel.numbers import (
    get_currency_name,
    get_currency_precision,
    get_territory_currencies,
    is_currency,
)

from pos_app.domain.i18n import translate
from pos_app.domain.money import MINOR_DIGITS


def check_currency(code: str) -> str:
    """The code in capitals if the till can use it; ValueError saying why not otherwise."""
    cleaned = code.strip().upper()
    if len(cleaned) != 3 or not cleaned.isascii() or not cleaned.isalpha() or not is_currency(cleaned):
        raise ValueError(
            translate("Currency", "“{code}” is not an ISO 4217 currency code, like EUR, USD or GBP").format(
                code=code.strip()
            )
        )
    if get_currency_precision(cleaned) != MINOR_DIGITS:
        raise ValueError(
            translate(
                "Currency",
                "{code} does not count in hundredths; pos_app keeps amounts to {digits} decimal places",
            ).format(code=cleaned, digits=MINOR_DIGITS)
        )
    return cleaned


def currency_for_locale(locale_name: str | None) -> str | None:
    """The currency a shop under `locale_name` ("en_GB.UTF-8", "de_AT") most likely uses, if the till can.

    None when the name says nothing about a country ("C", "POSIX", "en", unknown names) or when
    that country's currency does not count in hundredths.
    """
    if not locale_name:
        return None
    base = locale_name.split(".")[0].split("@")[0]
    if base.upper() in ("C", "POSIX", ""):
        return None
    try:
        territory = Locale.parse(base).territory
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    if not territory:
        return None
    for code in get_territory_currencies(territory, tender=True):
        try:
            return check_currency(str(code))
        except ValueError:
            continue
    return None


@cache
def currency_choices(display_locale: str = "en") -> tuple[tuple[str, str], ...]:
    """Every currency some country uses today that the till can count in, as (code, name), by code."""
    in_use = {
        str(code)
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, tender=True)
    }
    return tuple(
        (code, get_currency_name(code, locale=display_locale))
        for code in sorted(in_use)
        if is_currency(code) and get_currency_precision(code) == MINOR_DIGITS
    )
