"""Exact money: Decimal amounts, integer minor units, parsing what a person typed.

Money never passes through float. Amounts carry two decimal places (the minor
unit of every currency the shop can choose today); the database stores them
as integers of that minor unit so SQLite never rounds them through REAL.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MINOR_DIGITS = 2
CENT = Decimal(1).scaleb(-MINOR_DIGITS)
ZERO = Decimal("0.00")
# Far above any till's takings, far below SQLite's 64-bit integer limit in minor units.
MAX_AMOUNT = Decimal("9999999999.99")
# What a person types: ASCII digits with at most one decimal point. Decimal() alone would also
# take exponents ("1e3"), underscores ("1_000") and other scripts' digits.
_AMOUNT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)


class MoneyError(ValueError):
    """A value that cannot be an amount of money; the message is fit to show a person."""


def round_money(amount: Decimal) -> Decimal:
    """Round to the minor unit, half up: the rounding a shopper expects (never banker's)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal) -> int:
    """Convert an exact amount to integer minor units; refuses amounts finer than a cent."""
    if not amount.is_finite():
        raise MoneyError(f"{amount} is not an amount of money")
    minor = amount.scaleb(MINOR_DIGITS)
    if minor != minor.to_integral_value():
        raise MoneyError(f"{amount} has more than {MINOR_DIGITS} decimal places")
    return int(minor)


def from_minor(minor: int) -> Decimal:
    """Convert integer minor units back to a Decimal with exactly two places."""
    return Decimal(minor).scaleb(-MINOR_DIGITS).quantize(CENT)


def parse_money(text: str, *, field: str = "Amount", allow_negative: bool = False) -> Decimal:
    """Parse an amount typed by a person: digits with at most one `.` or `,` and two decimals.

    Raises MoneyError with a message naming `field` for anything else, so a form can
    show it next to the field without rewording.
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        raise MoneyError(f"{field} is required")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not _AMOUNT.fullmatch(cleaned):
        raise MoneyError(f"{field} must be a number, like 4.99 (got {_shorten(text)!r})")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise MoneyError(f"{field} must be a number, like 4.99 (got {_shorten(text)!r})") from None
    if value < 0 and not allow_negative:
        raise MoneyError(f"{field} cannot be negative")
    # Before quantize: quantizing more than 28 significant digits raises InvalidOperation.
    if abs(value) > MAX_AMOUNT:
        raise MoneyError(f"{field} is too large")
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise MoneyError(f"{field} can have at most {MINOR_DIGITS} decimal places")
    # "-0" becomes 0.00, never a displayed -0.00.
    return value.quantize(CENT) if value else ZERO


def format_money(amount: Decimal) -> str:
    """Format for display with thousands separators, e.g. 1,234.50."""
    return f"{amount:,.2f}"


def _shorten(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
