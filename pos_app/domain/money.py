"""Exact money: Decimal amounts, integer minor units, parsing what a person typed.

Money never passes through float. Amounts carry two decimal places (the minor
unit of every currency the shop can choose today); the database stores them
as integers of that minor unit so SQLite never rounds them through REAL.
Shown and typed amounts follow the shop's locale (pos_app.domain.locale_format).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pos_app.domain import locale_format
from pos_app.domain.i18n import translate

MINOR_DIGITS = 2
CENT = Decimal(1).scaleb(-MINOR_DIGITS)
ZERO = Decimal("0.00")
# Far above any till's takings, far below SQLite's 64-bit integer limit in minor units.
MAX_AMOUNT = Decimal("9999999999.99")


class MoneyError(ValueError):
    """A value that cannot be an amount of money; the message is fit to show a person."""


def round_money(amount: Decimal) -> Decimal:
    """Round to the minor unit, half up: the rounding a shopper expects (never banker's)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal) -> int:
    """Convert an exact amount to integer minor units; refuses amounts finer than a cent."""
    if not amount.is_finite():
        raise MoneyError(translate("Money", "{amount} is not an amount of money").format(amount=amount))
    minor = amount.scaleb(MINOR_DIGITS)
    if minor != minor.to_integral_value():
        raise MoneyError(
            translate("Money", "{amount} has more than {digits} decimal places").format(
                amount=amount, digits=MINOR_DIGITS
            )
        )
    return int(minor)


def from_minor(minor: int) -> Decimal:
    """Convert integer minor units back to a Decimal with exactly two places."""
    return Decimal(minor).scaleb(-MINOR_DIGITS).quantize(CENT)


def parse_money(
    text: str, *, field: str = "Amount", allow_negative: bool = False, locale: str | None = None
) -> Decimal:
    """Parse an amount typed by a person in the shop's locale (pos_app.domain.locale_format).

    The locale's decimal separator ("2.50" in en_US, "2,50" in de_DE), its grouping when it is
    well placed ("1,234.50", "1.234,50"), and — as pos_app always took it — the other of `.` and
    `,` as a decimal point when one or two digits follow it ("2,50" in en_US, "2.50" in de_DE).
    "1.234" in de_DE (a thousand, or 1.234 typed the English way?) is refused as ambiguous.

    Raises MoneyError with a message naming `field` for anything else, so a form can
    show it next to the field without rewording.
    """
    cleaned = "".join(text.split()).replace("\u202f", "").replace("\u00a0", "")
    if not cleaned:
        raise MoneyError(translate("Money", "{field} is required").format(field=field))
    value = _parse_typed(cleaned, text, field, locale)
    if value < 0 and not allow_negative:
        raise MoneyError(translate("Money", "{field} cannot be negative").format(field=field))
    # Before quantize: quantizing more than 28 significant digits raises InvalidOperation.
    if abs(value) > MAX_AMOUNT:
        raise MoneyError(translate("Money", "{field} is too large").format(field=field))
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise MoneyError(
            translate("Money", "{field} can have at most {digits} decimal places").format(
                field=field, digits=MINOR_DIGITS
            )
        )
    # "-0" becomes 0.00, never a displayed -0.00.
    return value.quantize(CENT) if value else ZERO


def _parse_typed(cleaned: str, text: str, field: str, locale: str | None) -> Decimal:
    """`cleaned` (no spaces) as a Decimal under the locale's separators; MoneyError when it is not one."""
    decimal, group = locale_format.decimal_symbol(locale), locale_format.group_symbol(locale)
    sign = ""
    if cleaned[0] in "+-" or cleaned[0] == locale_format.minus_sign(locale) or cleaned[0] == "\u2212":
        sign, cleaned = ("" if cleaned[0] == "+" else "-"), cleaned[1:]
    if group == "\u2019":
        cleaned = cleaned.replace("'", group)  # the apostrophe a Swiss keyboard types
    separators = {".", ",", group, decimal, "'", "\u2019"}
    if not cleaned or any(char not in separators and char not in _DIGITS for char in cleaned):
        raise _not_a_number(field, text, locale)
    whole, point, fraction = cleaned, "", ""
    if decimal in cleaned:
        whole, point, fraction = cleaned.partition(decimal)
    else:
        used = [char for char in cleaned if char in separators]
        if len(used) == 1 and (used[0] != group or len(cleaned.rpartition(used[0])[2]) != 3):
            # One `.` or `,` that cannot be grouping: the decimal point, typed the other way round.
            whole, point, fraction = cleaned.partition(used[0])
        elif len(used) == 1 and not _is_grouped(cleaned, group, locale):
            raise _not_a_number(field, text, locale)
        elif len(used) == 1:
            raise MoneyError(
                translate(
                    "Money", "{field} {got} is ambiguous: type the decimals after “{decimal}”, like {example}"
                ).format(field=field, got=repr(_shorten(text)), decimal=decimal, example=_example(locale))
            )
    if not _digits(fraction, allow_empty=True) or not (whole or fraction):
        raise _not_a_number(field, text, locale)
    if not _digits(whole, allow_empty=bool(point)):
        if not _is_grouped(whole, group, locale):
            raise _not_a_number(field, text, locale)
        whole = whole.replace(group, "")
    return Decimal(f"{sign}{whole or 0}.{fraction or 0}")


_DIGITS = frozenset("0123456789")


def _digits(text: str, *, allow_empty: bool) -> bool:
    return (allow_empty or bool(text)) and all(char in _DIGITS for char in text)


def _is_grouped(whole: str, group: str, locale: str | None) -> bool:
    """`whole` is digits grouped by the locale's rule: "1,234,567" (3, 3) or "12,34,567" (3, 2)."""
    first, other = locale_format.group_sizes(locale)
    parts = whole.split(group)
    if len(parts) < 2 or not all(part and _digits(part, allow_empty=False) for part in parts):
        return False
    *leading, last = parts
    if len(last) != first or len(leading[0]) > other:
        return False
    return all(len(part) == other for part in leading[1:])


def _example(locale: str | None) -> str:
    return locale_format.format_money(Decimal("4.99"), locale)


def _not_a_number(field: str, text: str, locale: str | None) -> MoneyError:
    return MoneyError(
        translate("Money", "{field} must be a number, like {example} (got {got})").format(
            field=field, example=_example(locale), got=repr(_shorten(text))
        )
    )


def format_money(amount: Decimal) -> str:
    """Format for display in the shop's locale with two decimals: 1,234.50 (en_US), 1.234,50 (de_DE)."""
    return locale_format.format_money(amount)


def _shorten(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
