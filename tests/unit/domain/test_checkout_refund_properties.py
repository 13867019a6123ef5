"""Property: whatever the cart — overrides, percent and amount discounts on lines and on the sale, any
named rates, prices with or without tax, either rounding policy and mode — returning every unit, in
any steps, refunds exactly what the sale charged: in total, in net, in tax, and per rate.

tests/unit/domain/test_refunds.py covers partial-return arithmetic on simpler carts (percent
discounts only); this file widens the carts to everything the till can ring up.
"""

from __future__ import annotations

import itertools
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.discounts import Discount, PriceOverride
from pos_app.domain.money import from_minor
from pos_app.domain.pricing import OrderLine, OrderTotals, price_order
from pos_app.domain.refunds import ChargedLine, LineRefund, refund_line, refund_taxes
from pos_app.domain.tax import RoundingPolicy, TaxRate, TaxRounding

D = Decimal
RATES = [
    TaxRate("Zero", D("0")),
    TaxRate("Reduced", D("5.5")),
    TaxRate("Seven", D("7")),
    TaxRate("Swiss", D("7.7")),
    TaxRate("Standard", D("20")),
    TaxRate("Dutch", D("21")),
]
prices = st.integers(min_value=0, max_value=200_000).map(from_minor)
percents = st.integers(min_value=1, max_value=10_000).map(from_minor)


@st.composite
def lines(draw: st.DrawFn) -> OrderLine:
    list_price = draw(prices)
    quantity = draw(st.integers(min_value=1, max_value=60))
    override = draw(st.none() | st.builds(PriceOverride, unit_price=prices, reason=st.just("price match")))
    extended = (list_price if override is None else override.unit_price) * quantity
    discount = draw(
        st.none()
        | st.builds(Discount.percent, percents, st.just("staff"))
        | (
            st.integers(min_value=1, max_value=int(extended * 100)).map(
                lambda cents: Discount.amount(from_minor(cents), "damaged")
            )
            if extended > 0
            else st.none()
        )
    )
    rate = draw(st.sampled_from(RATES))
    return OrderLine(list_price, quantity, rate, discount=discount, override=override)


@st.composite
def checkouts(draw: st.DrawFn) -> tuple[OrderTotals, str, bool]:
    """A priced sale (with a sale discount that fits, if any) and the rounding mode it used."""
    cart = draw(st.lists(lines(), min_size=1, max_size=8))
    include = draw(st.booleans())
    policy = RoundingPolicy(
        tax=draw(st.sampled_from(TaxRounding)), mode=draw(st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN]))
    )
    before = price_order(cart, prices_include_tax=include, rounding=policy)
    base = before.extended - before.line_discounts
    order_discount = draw(
        st.none()
        | st.builds(Discount.percent, percents, st.just("loyalty"))
        | (
            st.integers(min_value=1, max_value=int(base * 100)).map(
                lambda cents: Discount.amount(from_minor(cents), "voucher")
            )
            if base > 0
            else st.none()
        )
    )
    totals = price_order(cart, prices_include_tax=include, rounding=policy, order_discount=order_discount)
    return totals, policy.mode, include


@st.composite
def steps_for(draw: st.DrawFn, quantity: int) -> list[int]:
    """A random way to return `quantity` units: one go, or several partial returns."""
    if quantity == 1:
        return [1]
    cuts = draw(st.lists(st.integers(min_value=1, max_value=quantity - 1), max_size=6, unique=True))
    points = [0, *sorted(cuts), quantity]
    return [after - before for before, after in itertools.pairwise(points)]


@settings(max_examples=300, deadline=None)
@given(checkouts(), st.data())
def test_a_full_refund_returns_exactly_what_the_sale_charged(checkout, data):
    totals, mode, prices_include_tax = checkout
    refunds: list[LineRefund] = []
    for line in totals.lines:
        charged = ChargedLine(line.quantity, line.net, line.tax, line.gross, line.tax_rate)
        returned = 0
        for quantity in data.draw(steps_for(line.quantity)):
            refund = refund_line(charged, already_returned=returned, quantity=quantity, rounding=mode)
            assert refund.net + refund.tax == refund.gross
            assert min(refund.net, refund.tax, refund.gross) >= 0
            refunds.append(refund)
            returned += quantity
        assert returned == line.quantity

    assert sum((r.gross for r in refunds), D(0)) == totals.total
    assert sum((r.net for r in refunds), D(0)) == totals.subtotal
    assert sum((r.tax for r in refunds), D(0)) == totals.tax
    assert refund_taxes(refunds) == totals.taxes
    # And what the sale charged is its lines less every discount, to the cent.
    assert totals.extended - totals.discounts == (totals.total if prices_include_tax else totals.subtotal)
