"""Cart arithmetic: line amounts, tax per line, and totals that always add up.

Rounding policy (documented in docs/ARCHITECTURE.md): tax is computed and
rounded half-up per line; the order's subtotal, tax and total are the exact
sums of the rounded lines, so the receipt's lines always add up to its total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from pos_app.domain.money import ZERO, round_money

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class LineInput:
    """What pricing needs of one cart line: unit price, quantity and tax rate in percent."""

    unit_price: Decimal
    quantity: int
    tax_rate: Decimal


@dataclass(frozen=True, slots=True)
class LineAmounts:
    """One priced line: net (before tax), tax, and gross (what the customer pays)."""

    net: Decimal
    tax: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class CartTotals:
    """A priced cart: the per-line amounts and their sums."""

    lines: tuple[LineAmounts, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal


def price_line(line: LineInput, *, prices_include_tax: bool) -> LineAmounts:
    """Price one line. Catalog prices are either net (tax added) or gross (tax contained)."""
    if line.quantity <= 0:
        raise ValueError("quantity must be positive")
    extended = line.unit_price * line.quantity
    if prices_include_tax:
        gross = extended
        net = round_money(gross * HUNDRED / (HUNDRED + line.tax_rate))
        return LineAmounts(net=net, tax=gross - net, gross=gross)
    tax = round_money(extended * line.tax_rate / HUNDRED)
    return LineAmounts(net=extended, tax=tax, gross=extended + tax)


def price_cart(lines: Iterable[LineInput], *, prices_include_tax: bool) -> CartTotals:
    """Price every line and sum them; an empty cart totals zero."""
    priced = tuple(price_line(line, prices_include_tax=prices_include_tax) for line in lines)
    return CartTotals(
        lines=priced,
        subtotal=sum((p.net for p in priced), ZERO),
        tax=sum((p.tax for p in priced), ZERO),
        total=sum((p.gross for p in priced), ZERO),
    )


def change_due(total: Decimal, tendered: Decimal) -> Decimal:
    """Cash to hand back; raises ValueError when the tender does not cover the total."""
    if tendered < total:
        raise ValueError("tendered amount is less than the total")
    return tendered - total
