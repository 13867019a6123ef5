"""Counting the drawer: the notes and coins a till holds, and what a count of them adds up to.

When a shift closes the cashier counts the drawer one denomination at a time; the count is
stored per denomination so a variance can be traced to "two 20s short" later. The default
set covers the common note and coin values (0.01 to 500); a shop whose currency has other
values passes its own list (`parse_denominations`, for a future setting) instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from pos_app.domain.i18n import translate
from pos_app.domain.money import CENT, ZERO, MoneyError, format_money, parse_money
from pos_app.domain.validation import ValidationError

DEFAULT_DENOMINATIONS: tuple[Decimal, ...] = tuple(
    Decimal(value)
    for value in (
        "500.00",
        "200.00",
        "100.00",
        "50.00",
        "20.00",
        "10.00",
        "5.00",
        "2.00",
        "1.00",
        "0.50",
        "0.20",
        "0.10",
        "0.05",
        "0.02",
        "0.01",
    )
)
# More pieces of one value than any drawer holds: a typo (a pasted amount) rather than a count.
MAX_COUNT = 100_000


class CountError(ValidationError):
    """A count or a list of denominations that cannot be right; `message` is fit to show the cashier."""


def denomination_text(denomination: Decimal) -> str:
    """How a denomination is labelled: 20.00, 0.05."""
    return format_money(denomination)


def parse_count(text: str, denomination: Decimal) -> int:
    """The number of pieces typed for one denomination; blank means none were counted."""
    cleaned = text.strip()
    if not cleaned:
        return 0
    label = denomination_text(denomination)
    if not cleaned.isascii() or not cleaned.isdigit():
        raise CountError(
            "count",
            translate(
                "Denominations", "The count of {label} must be a whole number of pieces (got {typed})."
            ).format(label=label, typed=repr(cleaned)),
        )
    count = int(cleaned)
    if count > MAX_COUNT:
        raise CountError(
            "count",
            translate("Denominations", "The count of {label} is more than {limit} pieces.").format(
                label=label, limit=f"{MAX_COUNT:,}"
            ),
        )
    return count


def check_counts(
    counts: Mapping[Decimal, int], denominations: Iterable[Decimal] = DEFAULT_DENOMINATIONS
) -> dict[Decimal, int]:
    """Validate counts keyed by denomination; returns them (zeros included) in the given order."""
    allowed = tuple(denominations)
    unknown = [d for d in counts if d not in allowed]
    if unknown:
        raise CountError(
            "count",
            translate("Denominations", "{value} is not a denomination of this till.").format(
                value=format_money(Decimal(unknown[0]))
            ),
        )
    checked: dict[Decimal, int] = {}
    for denomination in allowed:
        count = counts.get(denomination, 0)
        if isinstance(count, bool) or not isinstance(count, int):
            raise CountError(
                "count",
                translate("Denominations", "The count of {label} must be a whole number.").format(
                    label=denomination_text(denomination)
                ),
            )
        if count < 0:
            raise CountError(
                "count",
                translate("Denominations", "The count of {label} cannot be negative.").format(
                    label=denomination_text(denomination)
                ),
            )
        if count > MAX_COUNT:
            raise CountError(
                "count",
                translate("Denominations", "The count of {label} is more than {limit} pieces.").format(
                    label=denomination_text(denomination), limit=f"{MAX_COUNT:,}"
                ),
            )
        checked[denomination] = count
    return checked


def counted_total(counts: Mapping[Decimal, int]) -> Decimal:
    """The cash a count adds up to: the sum of denomination x pieces, exact to the cent."""
    total = sum((denomination * count for denomination, count in counts.items()), ZERO)
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_denominations(text: str) -> tuple[Decimal, ...]:
    """A shop's own list, e.g. "100, 50, 20, 10, 5, 1, 0.25": distinct positive amounts, largest first."""
    values: list[Decimal] = []
    for part in text.replace(";", " ").replace(",", " ").split():
        try:
            value = parse_money(part, field=translate("Denominations", "A denomination"))
        except MoneyError as error:
            raise CountError("denominations", str(error)) from None
        if value <= 0:
            raise CountError(
                "denominations", translate("Denominations", "A denomination must be more than 0.")
            )
        if value in values:
            raise CountError(
                "denominations",
                translate("Denominations", "{value} is listed twice.").format(value=format_money(value)),
            )
        values.append(value)
    if not values:
        raise CountError("denominations", translate("Denominations", "List at least one note or coin value."))
    return tuple(sorted(values, reverse=True))
