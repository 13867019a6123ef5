"""Refund amounts for returned units: partial returns that add up to exactly what was paid.

A line of 3 units that cost 10.00 cannot refund 3.33 per unit (that leaves a cent behind), and
re-pricing the returned units from today's catalog would refund a different amount again. So a
refund is derived from what the line was charged, as stored, by cumulative allocation: after k
of n units have come back, the refunds so far are round(line amount * k / n). A return's refund
is the difference between that figure after it and before it. Whatever the sequence of partial
returns, once all n units are back the refunds sum to the line's gross, net and tax exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pos_app.domain.i18n import translate
from pos_app.domain.money import CENT, from_minor, to_minor
from pos_app.domain.tax import TaxLine, TaxRate, summarize_taxes
from pos_app.domain.validation import ValidationError

# Every decimal rounding mode lands on floor or ceiling, so a unit's gross step is more than
# gross/n - 2 cents and its plain tax step less than tax/n + 2 cents: with a net of 4 cents or
# more per unit, the plain figures never need _bounded_tax_after's clamp.
_SAFE_NET_PER_UNIT = 4


class RefundError(ValidationError):
    """A return that cannot be made; `message` is fit to show the cashier."""


@dataclass(frozen=True, slots=True)
class ChargedLine:
    """What a sold line was charged, as stored with the sale: quantity and its exact amounts."""

    quantity: int
    net: Decimal
    tax: Decimal
    gross: Decimal
    tax_rate: TaxRate

    def __post_init__(self) -> None:
        if self.quantity <= 0:
            raise ValueError("a sold line has a positive quantity")
        for amount in (self.net, self.tax, self.gross):
            if (
                not amount.is_finite()
                or amount < 0
                or amount != amount.quantize(CENT, rounding=ROUND_HALF_UP)
            ):
                raise ValueError(f"{amount} is not a stored amount")
        if self.net + self.tax != self.gross:
            raise ValueError(f"net {self.net} + tax {self.tax} is not the gross {self.gross}")


@dataclass(frozen=True, slots=True)
class LineRefund:
    """The refund for returning `quantity` units of one line: net + tax = gross, none negative."""

    quantity: int
    net: Decimal
    tax: Decimal
    gross: Decimal
    tax_rate: TaxRate


def refunded_after(line: ChargedLine, returned: int, *, rounding: str = ROUND_HALF_UP) -> LineRefund:
    """The total refunded once `returned` units of `line` have come back, whatever the steps.

    The gross is round(gross * k / n). The tax follows round(tax * k / n) as well, held (only
    when a unit's net is under 4 cents) within the bounds that keep the tax and the net refunded
    so far from ever going down as k grows; so no single return refunds a negative net or tax.
    """
    if not 0 <= returned <= line.quantity:
        raise ValueError(f"returned must be between 0 and {line.quantity}")
    units, gross_total, tax_total = line.quantity, to_minor(line.gross), to_minor(line.tax)
    gross = _cumulative(gross_total, returned, units, rounding)
    if gross_total - tax_total >= _SAFE_NET_PER_UNIT * units:
        tax = _cumulative(tax_total, returned, units, rounding)
    else:
        tax = _bounded_tax_after(gross_total, tax_total, units, returned, rounding)
    return LineRefund(
        quantity=returned,
        net=from_minor(gross - tax),
        tax=from_minor(tax),
        gross=from_minor(gross),
        tax_rate=line.tax_rate,
    )


def refund_line(
    line: ChargedLine, *, already_returned: int, quantity: int, rounding: str = ROUND_HALF_UP
) -> LineRefund:
    """The refund for returning `quantity` more units, `already_returned` having come back before."""
    if already_returned < 0 or already_returned > line.quantity:
        raise ValueError(f"already_returned must be between 0 and {line.quantity}")
    if quantity <= 0:
        raise RefundError("quantity", translate("Refunds", "Return at least one unit"))
    left = line.quantity - already_returned
    if left == 0:
        raise RefundError(
            "quantity",
            translate("Refunds", "All {count} have already been returned").format(count=line.quantity),
        )
    if quantity > left:
        raise RefundError(
            "quantity",
            translate(
                "Refunds",
                "Only {left} of {count} can be returned ({returned} already returned); "
                "{quantity} is too many",
            ).format(left=left, count=line.quantity, returned=already_returned, quantity=quantity),
        )
    before = refunded_after(line, already_returned, rounding=rounding)
    after = refunded_after(line, already_returned + quantity, rounding=rounding)
    return LineRefund(
        quantity=quantity,
        net=after.net - before.net,
        tax=after.tax - before.tax,
        gross=after.gross - before.gross,
        tax_rate=line.tax_rate,
    )


def refund_taxes(refunds: Iterable[LineRefund]) -> tuple[TaxLine, ...]:
    """The tax refunded per rate, for a return's receipt and the shift report."""
    return summarize_taxes((refund.tax_rate, refund.net, refund.tax) for refund in refunds)


def _bounded_tax_after(gross_total: int, tax_total: int, units: int, returned: int, rounding: str) -> int:
    """The tax refunded after `returned` units, walking unit by unit from none returned.

    Each unit's tax step is the plain cumulative figure, clamped so that the tax so far never
    falls, never rises by more than the unit's gross step (so the net never falls either), and
    always leaves room for the net still to come. At the last unit the bounds meet at the line's
    tax. The walk depends only on `returned`, so every sequence of returns sees the same figures.
    """
    tax = 0
    gross_before = 0
    for k in range(1, returned + 1):
        gross = _cumulative(gross_total, k, units, rounding)
        low = max(tax, tax_total - (gross_total - gross))
        high = min(tax + gross - gross_before, tax_total)
        tax = min(max(_cumulative(tax_total, k, units, rounding), low), high)
        gross_before = gross
    return tax


def _cumulative(total: int, done: int, of: int, rounding: str) -> int:
    """round(total * done / of) in whole minor units.

    The quotient's denominator is at most `of`, so it is never within 28 digits of a half
    without being one: Decimal's precision decides every half-way case exactly.
    """
    return int((Decimal(total * done) / Decimal(of)).quantize(Decimal(1), rounding=rounding))
