"""Discounts and price overrides: what a cashier may take off a price, and why.

A discount is a percent or an amount with a reason; a price override replaces a line's unit
price, also with a reason. Both are checked here so that nothing the till accepts can make an
amount negative, and so every reduction can be shown on the receipt and in reports.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pos_app.domain.i18n import translate
from pos_app.domain.money import CENT, MAX_AMOUNT, MoneyError, format_money, parse_money
from pos_app.domain.validation import ValidationError

MAX_REASON = 200
HUNDRED = Decimal(100)
_PERCENT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)", re.ASCII)


class DiscountError(ValidationError):
    """A discount or price override that cannot apply; `message` is fit to show the cashier."""


class DiscountKind(enum.StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


def clean_reason(text: str, *, what: str) -> str:
    """A reason as stored: whitespace collapsed, required, at most MAX_REASON characters."""
    reason = " ".join(text.split())
    if not reason:
        raise DiscountError(
            "reason", translate("Discounts", "A reason is required for {what}").format(what=what)
        )
    if len(reason) > MAX_REASON:
        raise DiscountError(
            "reason",
            translate("Discounts", "The reason is too long ({length} characters, at most {limit})").format(
                length=len(reason), limit=MAX_REASON
            ),
        )
    if any(unicodedata.category(char) == "Cc" for char in reason):
        raise DiscountError("reason", translate("Discounts", "The reason contains control characters"))
    return reason


@dataclass(frozen=True, slots=True)
class Discount:
    """A percent (0 < p ≤ 100) or an amount (> 0) off, each with at most two decimals, and a reason.

    Use `Discount.percent(...)`, `Discount.amount(...)` or `parse_discount(...)`. Whether an
    amount fits is only known once it meets a price: see `applied_to`.
    """

    kind: DiscountKind
    value: Decimal
    reason: str

    def __post_init__(self) -> None:
        kind = DiscountKind(self.kind)
        value = self.value
        if not value.is_finite() or value <= 0:
            raise DiscountError("discount", translate("Discount", "A discount must be more than 0"))
        if kind is DiscountKind.PERCENT and value > HUNDRED:
            raise DiscountError("discount", translate("Discount", "A discount cannot be more than 100%"))
        # Bounds first: quantizing a huge value raises InvalidOperation instead of comparing.
        if kind is DiscountKind.AMOUNT and value > MAX_AMOUNT:
            raise DiscountError("discount", translate("Discount", "The discount is too large"))
        if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
            raise DiscountError(
                "discount", translate("Discount", "A discount can have at most 2 decimal places")
            )
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "value", value.quantize(CENT))
        object.__setattr__(
            self, "reason", clean_reason(self.reason, what=translate("Discount", "a discount"))
        )

    @classmethod
    def percent(cls, value: Decimal, reason: str) -> Discount:
        return cls(DiscountKind.PERCENT, value, reason)

    @classmethod
    def amount(cls, value: Decimal, reason: str) -> Discount:
        return cls(DiscountKind.AMOUNT, value, reason)

    def applied_to(self, base: Decimal, *, rounding: str = ROUND_HALF_UP) -> Decimal:
        """The amount this discount takes off `base`: never more than `base`, always whole cents.

        A percent is rounded to the cent with `rounding`; an amount larger than `base` is refused
        rather than capped, so the cashier sees that the discount did not fit.
        """
        if self.kind is DiscountKind.PERCENT:
            return (base * self.value / HUNDRED).quantize(CENT, rounding=rounding)
        if self.value > base:
            raise DiscountError(
                "discount",
                translate("Discount", "A discount of {amount} is more than the {base} it applies to").format(
                    amount=format_money(self.value), base=format_money(base)
                ),
            )
        return self.value

    def describe(self) -> str:
        """How the discount reads on a receipt, e.g. '10%' or '2.50'."""
        if self.kind is DiscountKind.PERCENT:
            return f"{self.value.normalize():f}%"
        return format_money(self.value)


@dataclass(frozen=True, slots=True)
class PriceOverride:
    """A unit price the cashier set by hand instead of the catalog price, and why."""

    unit_price: Decimal
    reason: str

    def __post_init__(self) -> None:
        price = self.unit_price
        if not price.is_finite() or price < 0:
            raise DiscountError("price", translate("PriceOverride", "An overridden price cannot be negative"))
        if price > MAX_AMOUNT:
            raise DiscountError("price", translate("PriceOverride", "The overridden price is too large"))
        if price != price.quantize(CENT, rounding=ROUND_HALF_UP):
            raise DiscountError(
                "price", translate("PriceOverride", "A price can have at most 2 decimal places")
            )
        object.__setattr__(self, "unit_price", price.quantize(CENT))
        object.__setattr__(
            self, "reason", clean_reason(self.reason, what=translate("PriceOverride", "a price override"))
        )


def parse_discount(text: str, *, reason: str) -> Discount:
    """Read a discount as typed: '10%' or '7.5 %' is a percent, '2.50' or '2,50' an amount."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        raise DiscountError("discount", translate("Discounts", "Discount is required"))
    if cleaned.endswith("%"):
        number = cleaned[:-1].replace(",", ".")
        if not _PERCENT.fullmatch(number):
            shown = text.strip()[:20]
            raise DiscountError(
                "discount",
                translate(
                    "Discounts", "Discount must be a percentage like 10% or an amount like 2.50 (got {typed})"
                ).format(typed=repr(shown)),
            )
        return Discount.percent(Decimal(number), reason)
    try:
        amount = parse_money(cleaned, field=translate("Discounts", "Discount"))
    except MoneyError as error:
        raise DiscountError("discount", str(error)) from None
    return Discount.amount(amount, reason)
