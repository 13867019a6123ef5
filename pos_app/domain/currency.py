"""The shop's currency: an ISO 4217 code that Babel's CLDR data knows, with cents as its minor unit.

pos_app keeps every amount to two decimal places (pos_app.domain.money), so a currency with
another minor unit (the yen has none, the Kuwaiti dinar three) is refused rather than silently
priced wrong.
"""

from __future__ import annotations

from babel.numbers import get_currency_precision, is_currency

from pos_app.domain.money import MINOR_DIGITS


def check_currency(code: str) -> str:
    """The code in capitals if the till can use it; ValueError saying why not otherwise."""
    cleaned = code.strip().upper()
    if len(cleaned) != 3 or not cleaned.isascii() or not cleaned.isalpha() or not is_currency(cleaned):
        raise ValueError(f"“{code.strip()}” is not an ISO 4217 currency code, like EUR, USD or GBP")
    if get_currency_precision(cleaned) != MINOR_DIGITS:
        raise ValueError(
            f"{cleaned} does not count in hundredths; pos_app keeps amounts to {MINOR_DIGITS} decimal places"
        )
    return cleaned
