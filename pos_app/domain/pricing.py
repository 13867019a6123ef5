"""Cart and order arithmetic: line amounts, discounts, tax per rate, and totals that always add up.

`price_line` / `price_cart` are the plain cart (no discounts, tax rounded half-up per line).
`price_order` is the checkout: named tax rates, line and order discounts, price overrides, and
the shop's RoundingPolicy. How it works, in this order:

1. A line's extended price is its unit price (the override's, if any) * quantity. Prices are
   gross when the shop's catalog prices include tax, net otherwise; discounts are in the same
   terms, so a discount always comes off the number the customer saw on the shelf.
2. The line discount comes off the extended price (a percent is rounded to the cent with the
   policy's mode). The order discount is computed on the sum of the lines after their own
   discounts and spread over them in proportion to those amounts by the largest-remainder
   method (`allocation.allocate`): the shares add up to the order discount exactly.
3. Tax is computed on what is left, so discounts reduce the taxable amount.
   - Prices without tax: tax = net * percent / 100, rounded.
   - Prices with tax: net = gross * 100 / (100 + percent), rounded; tax = gross - net.
   With TaxRounding.PER_LINE the formula is applied to each line. With TaxRounding.PER_ORDER it
   is applied once per rate, to the sum of that rate's line amounts (net or gross as above), and
   the rate's tax is spread back over its lines by largest remainder, so each line still has a
   tax of whole cents. Rounding always uses the policy's mode (ROUND_HALF_UP by default).
4. Each line's net + tax = gross; the order's subtotal, tax and total are the exact sums of the
   lines, and each rate's base and tax are the sums of its lines. So the lines add up to the
   total, subtotal + tax = total, and the rates add up to the tax, always to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pos_app.domain.allocation import allocate
from pos_app.domain.discounts import Discount, PriceOverride
from pos_app.domain.money import CENT, MAX_AMOUNT, ZERO
from pos_app.domain.tax import (
    RoundingPolicy,
    TaxLine,
    TaxRate,
    TaxRounding,
    split_gross,
    summarize_taxes,
    tax_on_net,
)


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
        net, tax = split_gross(extended, line.tax_rate, ROUND_HALF_UP)
        return LineAmounts(net=net, tax=tax, gross=extended)
    tax = tax_on_net(extended, line.tax_rate, ROUND_HALF_UP)
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


# -- checkout: discounts, named rates, rounding policy ------------------------------------------


@dataclass(frozen=True, slots=True)
class OrderLine:
    """One line as the cashier left it: catalog unit price, quantity, rate, and any adjustments.

    `list_price` stays the catalog price even when `override` replaces it, so a receipt can
    show "was 3.50".
    """

    list_price: Decimal
    quantity: int
    tax_rate: TaxRate
    discount: Discount | None = None
    override: PriceOverride | None = None

    def __post_init__(self) -> None:
        if self.quantity <= 0:
            raise ValueError("quantity must be positive")
        price = self.list_price
        if not price.is_finite() or price < 0 or price > MAX_AMOUNT:
            raise ValueError(f"{price} is not a unit price")
        if price != price.quantize(CENT, rounding=ROUND_HALF_UP):
            raise ValueError(f"unit price {price} has more than 2 decimal places")
        object.__setattr__(self, "list_price", price.quantize(CENT))

    @property
    def unit_price(self) -> Decimal:
        """The unit price charged: the override's if there is one, else the catalog's."""
        return self.list_price if self.override is None else self.override.unit_price


@dataclass(frozen=True, slots=True)
class PricedLine:
    """One line of a priced order. Amounts are whole cents and never negative.

    `extended` is unit_price * quantity before any discount; `gross` = `extended` - discounts
    when prices include tax, `net` = `extended` - discounts when they do not.
    """

    tax_rate: TaxRate
    quantity: int
    list_price: Decimal
    unit_price: Decimal
    extended: Decimal
    line_discount: Decimal
    order_discount: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal

    @property
    def overridden(self) -> bool:
        return self.unit_price != self.list_price

    @property
    def discount(self) -> Decimal:
        """Everything taken off this line: its own discount and its share of the order's."""
        return self.line_discount + self.order_discount


@dataclass(frozen=True, slots=True)
class OrderTotals:
    """A priced order: its lines, the tax per rate, and the sums a receipt and the books need.

    `subtotal` is the net after discounts; `subtotal + tax == total == sum of line gross`.
    Discount amounts are gross when prices include tax, net otherwise (see the module docstring).
    """

    lines: tuple[PricedLine, ...]
    taxes: tuple[TaxLine, ...]
    extended: Decimal
    line_discounts: Decimal
    order_discount: Decimal
    subtotal: Decimal
    tax: Decimal
    total: Decimal

    @property
    def discounts(self) -> Decimal:
        return self.line_discounts + self.order_discount


def price_order(
    lines: Iterable[OrderLine],
    *,
    prices_include_tax: bool,
    rounding: RoundingPolicy,
    order_discount: Discount | None = None,
) -> OrderTotals:
    """Price an order: discounts first, then tax by the rounding policy (see the module docstring).

    Raises DiscountError when an amount discount is larger than what it applies to.
    """
    order = tuple(lines)
    extended = [(line.unit_price * line.quantity).quantize(CENT) for line in order]
    line_off = [
        ZERO if line.discount is None else line.discount.applied_to(amount, rounding=rounding.mode)
        for line, amount in zip(order, extended, strict=True)
    ]
    after_line = [amount - off for amount, off in zip(extended, line_off, strict=True)]
    base = sum(after_line, ZERO)
    order_off = ZERO if order_discount is None else order_discount.applied_to(base, rounding=rounding.mode)
    shares = allocate(order_off, after_line)
    charged = [amount - share for amount, share in zip(after_line, shares, strict=True)]

    taxes = _line_taxes(order, charged, prices_include_tax=prices_include_tax, rounding=rounding)
    priced = tuple(
        PricedLine(
            tax_rate=line.tax_rate,
            quantity=line.quantity,
            list_price=line.list_price,
            unit_price=line.unit_price,
            extended=amount,
            line_discount=off,
            order_discount=share,
            net=paid - tax if prices_include_tax else paid,
            tax=tax,
            gross=paid if prices_include_tax else paid + tax,
        )
        for line, amount, off, share, paid, tax in zip(
            order, extended, line_off, shares, charged, taxes, strict=True
        )
    )
    return OrderTotals(
        lines=priced,
        taxes=summarize_taxes((p.tax_rate, p.net, p.tax) for p in priced),
        extended=sum(extended, ZERO),
        line_discounts=sum(line_off, ZERO),
        order_discount=order_off,
        subtotal=sum((p.net for p in priced), ZERO),
        tax=sum((p.tax for p in priced), ZERO),
        total=sum((p.gross for p in priced), ZERO),
    )


def _tax_of(amount: Decimal, rate: TaxRate, *, prices_include_tax: bool, mode: str) -> Decimal:
    """The tax in (prices include tax) or on (they do not) an amount, rounded to the cent."""
    if prices_include_tax:
        return split_gross(amount, rate.percent, mode)[1]
    return tax_on_net(amount, rate.percent, mode)


def _line_taxes(
    order: tuple[OrderLine, ...],
    charged: list[Decimal],
    *,
    prices_include_tax: bool,
    rounding: RoundingPolicy,
) -> list[Decimal]:
    """Each line's tax, given what each line charges after discounts (gross or net)."""
    if rounding.tax is TaxRounding.PER_LINE:
        return [
            _tax_of(amount, line.tax_rate, prices_include_tax=prices_include_tax, mode=rounding.mode)
            for line, amount in zip(order, charged, strict=True)
        ]
    taxes = [ZERO] * len(order)
    by_rate: dict[TaxRate, list[int]] = {}
    for index, line in enumerate(order):
        by_rate.setdefault(line.tax_rate, []).append(index)
    for rate, indexes in by_rate.items():
        amounts = [charged[index] for index in indexes]
        rate_tax = _tax_of(
            sum(amounts, ZERO), rate, prices_include_tax=prices_include_tax, mode=rounding.mode
        )
        # The rate's tax is at most the sum of its amounts, so no line's share exceeds the line:
        # a line's net (gross - share) never goes negative.
        for index, share in zip(indexes, allocate(rate_tax, amounts), strict=True):
            taxes[index] = share
    return taxes
