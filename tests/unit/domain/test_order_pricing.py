"""Guards checkout pricing: discounts, named rates and both rounding policies always add up to the cent.

Also covers the pieces price_order stands on: tax rates, the rounding policy and the
largest-remainder allocation.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.allocation import allocate
from pos_app.domain.discounts import Discount, DiscountError, PriceOverride
from pos_app.domain.money import from_minor
from pos_app.domain.pricing import LineInput, OrderLine, OrderTotals, price_cart, price_order
from pos_app.domain.tax import RoundingPolicy, TaxRate, TaxRounding, split_gross, tax_on_net
from pos_app.domain.validation import ValidationError

D = Decimal
ZERO_RATE = TaxRate("Zero", D("0"))
REDUCED = TaxRate("Reduced", D("5"))
SEVEN = TaxRate("Seven", D("7"))
SWISS = TaxRate("Swiss standard", D("7.7"))
TEN = TaxRate("Ten", D("10"))
GERMAN = TaxRate("Standard", D("19"))
UK = TaxRate("UK standard", D("20"))
DUTCH = TaxRate("Dutch standard", D("21"))
RATES = [ZERO_RATE, REDUCED, SEVEN, SWISS, TEN, GERMAN, UK, DUTCH]
PER_LINE = RoundingPolicy(TaxRounding.PER_LINE)
PER_ORDER = RoundingPolicy(TaxRounding.PER_ORDER)

prices = st.integers(min_value=0, max_value=1_000_000).map(from_minor)
percents = st.integers(min_value=1, max_value=10_000).map(from_minor)
policies = st.builds(
    RoundingPolicy,
    tax=st.sampled_from(TaxRounding),
    mode=st.sampled_from([ROUND_HALF_UP, ROUND_HALF_UP, ROUND_HALF_EVEN]),
)


@st.composite
def order_lines(draw: st.DrawFn) -> OrderLine:
    list_price = draw(prices)
    quantity = draw(st.integers(min_value=1, max_value=1000))
    override = draw(st.none() | st.builds(PriceOverride, unit_price=prices, reason=st.just("manager")))
    extended = (list_price if override is None else override.unit_price) * quantity
    kinds = ["none", "percent"] + (["amount"] if extended > 0 else [])
    kind = draw(st.sampled_from(kinds))
    discount = None
    if kind == "percent":
        discount = Discount.percent(draw(percents), "promotion")
    elif kind == "amount":
        cents = draw(st.integers(min_value=1, max_value=int(extended * 100)))
        discount = Discount.amount(from_minor(cents), "damaged")
    return OrderLine(list_price, quantity, draw(st.sampled_from(RATES)), discount=discount, override=override)


@st.composite
def orders(draw: st.DrawFn) -> tuple[list[OrderLine], bool, RoundingPolicy, Discount | None]:
    """A random cart, tax setting, policy and order discount that fits the cart."""
    lines = draw(st.lists(order_lines(), max_size=12))
    prices_include_tax = draw(st.booleans())
    policy = draw(policies)
    undiscounted = price_order(lines, prices_include_tax=prices_include_tax, rounding=policy)
    base = undiscounted.extended - undiscounted.line_discounts
    kinds = ["none", "percent"] + (["amount"] if base > 0 else [])
    kind = draw(st.sampled_from(kinds))
    order_discount = None
    if kind == "percent":
        order_discount = Discount.percent(draw(percents), "staff")
    elif kind == "amount":
        order_discount = Discount.amount(
            from_minor(draw(st.integers(min_value=1, max_value=int(base * 100)))), "voucher"
        )
    return lines, prices_include_tax, policy, order_discount


def assert_cents(amount: Decimal) -> None:
    assert amount.as_tuple().exponent == -2, amount
    assert amount >= 0, amount


def assert_adds_up(totals: OrderTotals, *, prices_include_tax: bool) -> None:
    lines = totals.lines
    assert totals.total == sum((line.gross for line in lines), D(0))
    assert totals.subtotal == sum((line.net for line in lines), D(0))
    assert totals.tax == sum((line.tax for line in lines), D(0))
    assert totals.subtotal + totals.tax == totals.total
    assert totals.extended == sum((line.extended for line in lines), D(0))
    assert totals.line_discounts == sum((line.line_discount for line in lines), D(0))
    assert totals.order_discount == sum((line.order_discount for line in lines), D(0))
    charged = totals.total if prices_include_tax else totals.subtotal
    assert totals.extended - totals.discounts == charged
    assert sum((t.tax for t in totals.taxes), D(0)) == totals.tax
    assert sum((t.base for t in totals.taxes), D(0)) == totals.subtotal
    for tax_line in totals.taxes:
        of_rate = [line for line in lines if line.tax_rate == tax_line.rate]
        assert of_rate
        assert tax_line.base == sum((line.net for line in of_rate), D(0))
        assert tax_line.tax == sum((line.tax for line in of_rate), D(0))
    assert len({t.rate for t in totals.taxes}) == len(totals.taxes)
    for amount in (totals.extended, totals.line_discounts, totals.order_discount, totals.subtotal):
        assert_cents(amount)
    assert_cents(totals.tax)
    assert_cents(totals.total)
    for line in lines:
        assert line.net + line.tax == line.gross
        after = line.extended - line.line_discount - line.order_discount
        assert after == (line.gross if prices_include_tax else line.net)
        for amount in (
            line.extended,
            line.line_discount,
            line.order_discount,
            line.net,
            line.tax,
            line.gross,
        ):
            assert_cents(amount)


@settings(max_examples=300, deadline=None)
@given(orders())
def test_lines_discounts_and_taxes_add_up_to_the_total(order):
    lines, prices_include_tax, policy, order_discount = order
    totals = price_order(
        lines, prices_include_tax=prices_include_tax, rounding=policy, order_discount=order_discount
    )
    assert len(totals.lines) == len(lines)
    assert_adds_up(totals, prices_include_tax=prices_include_tax)
    for given_line, priced in zip(lines, totals.lines, strict=True):
        assert priced.list_price == given_line.list_price
        assert priced.unit_price == given_line.unit_price
        assert priced.extended == given_line.unit_price * given_line.quantity
        if given_line.discount is None:
            assert priced.line_discount == 0
    if order_discount is None:
        assert totals.order_discount == 0


@settings(max_examples=300, deadline=None)
@given(orders())
def test_tax_follows_the_rounding_policy(order):
    lines, prices_include_tax, policy, order_discount = order
    totals = price_order(
        lines, prices_include_tax=prices_include_tax, rounding=policy, order_discount=order_discount
    )

    def tax_of(amount: Decimal, rate: TaxRate) -> Decimal:
        if prices_include_tax:
            return split_gross(amount, rate.percent, policy.mode)[1]
        return tax_on_net(amount, rate.percent, policy.mode)

    if policy.tax is TaxRounding.PER_LINE:
        for line in totals.lines:
            charged = line.gross if prices_include_tax else line.net
            assert line.tax == tax_of(charged, line.tax_rate)
    else:
        for tax_line in totals.taxes:
            charged = tax_line.gross if prices_include_tax else tax_line.base
            assert tax_line.tax == tax_of(charged, tax_line.rate)


@settings(max_examples=200, deadline=None)
@given(
    cart=st.lists(
        st.tuples(prices, st.integers(min_value=1, max_value=1000), st.sampled_from(RATES)), max_size=12
    ),
    prices_include_tax=st.booleans(),
)
def test_without_discounts_per_line_half_up_matches_price_cart(cart, prices_include_tax):
    order = price_order(
        [OrderLine(price, quantity, rate) for price, quantity, rate in cart],
        prices_include_tax=prices_include_tax,
        rounding=RoundingPolicy(),
    )
    plain = price_cart(
        [LineInput(price, quantity, rate.percent) for price, quantity, rate in cart],
        prices_include_tax=prices_include_tax,
    )
    assert [(line.net, line.tax, line.gross) for line in order.lines] == [
        (line.net, line.tax, line.gross) for line in plain.lines
    ]
    assert (order.subtotal, order.tax, order.total) == (plain.subtotal, plain.tax, plain.total)


# -- hand-checked figures ------------------------------------------------------------------------


def test_tax_included_19_percent_on_9_99():
    # 9.99 * 100 / 119 = 8.3949... -> net 8.39, tax 1.60
    totals = price_order([OrderLine(D("9.99"), 1, GERMAN)], prices_include_tax=True, rounding=PER_LINE)
    line = totals.lines[0]
    assert (line.net, line.tax, line.gross) == (D("8.39"), D("1.60"), D("9.99"))
    assert [(t.rate.name, t.rate.percent, t.base, t.tax) for t in totals.taxes] == [
        ("Standard", D("19.00"), D("8.39"), D("1.60"))
    ]


def test_ten_percent_order_discount_over_three_lines():
    # Base 10.00 + 20.00 + 3.33 = 33.33; 10% = 3.333 -> 3.33. Shares in proportion, in cents:
    # 333*1000/3333 = 99.91, 333*2000/3333 = 199.82, 333*333/3333 = 33.27 -> 99 + 199 + 33 = 331,
    # and the 2 cents left go to the largest remainders (0.91, 0.82): 1.00, 2.00, 0.33.
    lines = [OrderLine(D("10.00"), 1, UK), OrderLine(D("10.00"), 2, UK), OrderLine(D("3.33"), 1, UK)]
    totals = price_order(
        lines,
        prices_include_tax=False,
        rounding=PER_LINE,
        order_discount=Discount.percent(D("10"), "Loyalty card"),
    )
    assert [line.order_discount for line in totals.lines] == [D("1.00"), D("2.00"), D("0.33")]
    assert [line.net for line in totals.lines] == [D("9.00"), D("18.00"), D("3.00")]
    assert [line.tax for line in totals.lines] == [D("1.80"), D("3.60"), D("0.60")]
    assert (totals.extended, totals.order_discount, totals.subtotal) == (D("33.33"), D("3.33"), D("30.00"))
    assert (totals.tax, totals.total) == (D("6.00"), D("36.00"))


def test_order_discount_leftover_cent_goes_to_the_earlier_line_on_a_tie():
    # 1.00 over three equal lines: 0.333... each, so one line must take the extra cent.
    totals = price_order(
        [OrderLine(D("1.00"), 1, ZERO_RATE)] * 3,
        prices_include_tax=True,
        rounding=PER_LINE,
        order_discount=Discount.amount(D("1.00"), "Coupon"),
    )
    assert [line.order_discount for line in totals.lines] == [D("0.34"), D("0.33"), D("0.33")]
    assert totals.total == D("2.00")


def test_order_discount_is_shared_after_line_discounts():
    lines = [
        OrderLine(D("10.00"), 1, ZERO_RATE, discount=Discount.amount(D("10.00"), "Free sample")),
        OrderLine(D("5.00"), 1, ZERO_RATE),
    ]
    totals = price_order(
        lines, prices_include_tax=True, rounding=PER_LINE, order_discount=Discount.percent(D("20"), "Staff")
    )
    # The free line has nothing left to discount, so the whole 20% of 5.00 falls on the other.
    assert [line.order_discount for line in totals.lines] == [D("0.00"), D("1.00")]
    assert [line.gross for line in totals.lines] == [D("0.00"), D("4.00")]
    assert (totals.line_discounts, totals.order_discount, totals.discounts) == (
        D("10.00"),
        D("1.00"),
        D("11.00"),
    )


def test_half_up_where_bankers_rounding_would_round_down():
    # 0.10 at 5% = 0.005 tax: half-up charges 0.01, banker's rounding (ROUND_HALF_EVEN) 0.00.
    line = [OrderLine(D("0.10"), 1, REDUCED)]
    half_up = price_order(line, prices_include_tax=False, rounding=PER_LINE)
    bankers = price_order(
        line, prices_include_tax=False, rounding=RoundingPolicy(TaxRounding.PER_LINE, ROUND_HALF_EVEN)
    )
    assert (half_up.tax, half_up.total) == (D("0.01"), D("0.11"))
    assert (bankers.tax, bankers.total) == (D("0.00"), D("0.10"))


def test_percent_discount_rounds_half_up():
    # 0.50 * 5% = 0.025: half-up 0.03, banker's 0.02.
    line = [OrderLine(D("0.50"), 1, ZERO_RATE, discount=Discount.percent(D("5"), "Promo"))]
    assert price_order(line, prices_include_tax=True, rounding=PER_LINE).lines[0].line_discount == D("0.03")
    bankers = RoundingPolicy(TaxRounding.PER_LINE, ROUND_HALF_EVEN)
    assert price_order(line, prices_include_tax=True, rounding=bankers).lines[0].line_discount == D("0.02")


def test_per_line_and_per_order_rounding_differ_when_tax_is_added():
    # Three lines of 0.10 at 5%. Per line: 0.005 -> 0.01 each, tax 0.03.
    # Per order: 5% of 0.30 = 0.015 -> 0.02, spread 0.01, 0.01, 0.00 (ties favour earlier lines).
    lines = [OrderLine(D("0.10"), 1, REDUCED)] * 3
    per_line = price_order(lines, prices_include_tax=False, rounding=PER_LINE)
    per_order = price_order(lines, prices_include_tax=False, rounding=PER_ORDER)
    assert (per_line.tax, per_line.total) == (D("0.03"), D("0.33"))
    assert [line.tax for line in per_line.lines] == [D("0.01")] * 3
    assert (per_order.tax, per_order.total) == (D("0.02"), D("0.32"))
    assert [line.tax for line in per_order.lines] == [D("0.01"), D("0.01"), D("0.00")]
    assert [(t.base, t.tax) for t in per_order.taxes] == [(D("0.30"), D("0.02"))]


def test_per_line_and_per_order_rounding_differ_when_tax_is_included():
    # Two lines of 0.20 at 7.7% included. Per line: net 0.20 * 100 / 107.7 = 0.1857 -> 0.19, tax 0.01
    # each, 0.02 in all. Per order: net 0.40 * 100 / 107.7 = 0.3714 -> 0.37, tax 0.03.
    lines = [OrderLine(D("0.20"), 1, SWISS)] * 2
    per_line = price_order(lines, prices_include_tax=True, rounding=PER_LINE)
    per_order = price_order(lines, prices_include_tax=True, rounding=PER_ORDER)
    assert (per_line.subtotal, per_line.tax, per_line.total) == (D("0.38"), D("0.02"), D("0.40"))
    assert (per_order.subtotal, per_order.tax, per_order.total) == (D("0.37"), D("0.03"), D("0.40"))
    assert [(line.net, line.tax) for line in per_order.lines] == [
        (D("0.18"), D("0.02")),
        (D("0.19"), D("0.01")),
    ]


def test_discounts_reduce_the_taxable_amount():
    line = OrderLine(D("100.00"), 1, UK, discount=Discount.percent(D("10"), "Damaged box"))
    totals = price_order([line], prices_include_tax=False, rounding=PER_LINE)
    priced = totals.lines[0]
    assert (priced.extended, priced.line_discount, priced.net) == (D("100.00"), D("10.00"), D("90.00"))
    assert (priced.tax, priced.gross) == (D("18.00"), D("108.00"))


def test_price_override_keeps_the_list_price():
    line = OrderLine(D("3.50"), 2, GERMAN, override=PriceOverride(D("3.00"), "Price match"))
    priced = price_order([line], prices_include_tax=True, rounding=PER_LINE).lines[0]
    assert (priced.list_price, priced.unit_price, priced.extended) == (D("3.50"), D("3.00"), D("6.00"))
    assert priced.overridden
    assert priced.gross == D("6.00")
    plain = price_order([OrderLine(D("3.50"), 2, GERMAN)], prices_include_tax=True, rounding=PER_LINE)
    assert not plain.lines[0].overridden


def test_tax_per_rate_is_listed_by_percent_then_name():
    lines = [
        OrderLine(D("10.00"), 1, UK),
        OrderLine(D("10.00"), 1, ZERO_RATE),
        OrderLine(D("10.00"), 1, TaxRate("Alcohol", D("20"))),
        OrderLine(D("5.00"), 1, UK),
    ]
    totals = price_order(lines, prices_include_tax=False, rounding=PER_LINE)
    assert [(t.rate.name, t.base, t.tax) for t in totals.taxes] == [
        ("Zero", D("10.00"), D("0.00")),
        ("Alcohol", D("10.00"), D("2.00")),
        ("UK standard", D("15.00"), D("3.00")),
    ]


def test_empty_order_totals_zero():
    totals = price_order([], prices_include_tax=True, rounding=PER_ORDER)
    assert totals.lines == ()
    assert totals.taxes == ()
    assert (totals.subtotal, totals.tax, totals.total, totals.discounts) == (D("0.00"),) * 4
    percent_off = price_order(
        [], prices_include_tax=True, rounding=PER_LINE, order_discount=Discount.percent(D("10"), "x")
    )
    assert percent_off.total == D("0.00")


def test_amount_discount_larger_than_the_line_is_refused():
    line = OrderLine(D("3.00"), 1, ZERO_RATE, discount=Discount.amount(D("5.00"), "Goodwill"))
    with pytest.raises(DiscountError, match=r"5\.00 is more than the 3\.00 it applies to"):
        price_order([line], prices_include_tax=True, rounding=PER_LINE)


def test_amount_order_discount_larger_than_the_order_is_refused():
    lines = [OrderLine(D("3.00"), 1, ZERO_RATE, discount=Discount.amount(D("1.00"), "Goodwill"))]
    with pytest.raises(DiscountError, match=r"more than the 2\.00 it applies to") as caught:
        price_order(
            lines, prices_include_tax=True, rounding=PER_LINE, order_discount=Discount.amount(D("2.01"), "x")
        )
    assert caught.value.field == "discount"


def test_full_percent_discount_makes_a_line_free():
    line = OrderLine(D("7.77"), 3, DUTCH, discount=Discount.percent(D("100"), "Gift"))
    totals = price_order([line], prices_include_tax=False, rounding=PER_ORDER)
    assert (totals.line_discounts, totals.subtotal, totals.tax, totals.total) == (
        D("23.31"),
        D("0.00"),
        D("0.00"),
        D("0.00"),
    )


@pytest.mark.parametrize(
    ("price", "quantity", "message"),
    [(D("1.00"), 0, "quantity"), (D("-1.00"), 1, "unit price"), (D("1.001"), 1, "2 decimal places")],
)
def test_order_line_refuses_bad_input(price, quantity, message):
    with pytest.raises(ValueError, match=message):
        OrderLine(price, quantity, UK)


# -- tax rates and the policy ---------------------------------------------------------------------


def test_tax_rate_normalizes_name_and_percent():
    rate = TaxRate("  Reduced   rate ", D("7.7"))
    assert (rate.name, str(rate.percent)) == ("Reduced rate", "7.70")
    assert rate == TaxRate("Reduced rate", D("7.70"))
    assert hash(rate) == hash(TaxRate("Reduced rate", D("7.70")))


@pytest.mark.parametrize(
    ("name", "percent", "message"),
    [
        ("", D("5"), "needs a name"),
        ("  ", D("5"), "needs a name"),
        ("x" * 65, D("5"), "at most 64"),
        ("VAT", D("-1"), "between 0 and 100"),
        ("VAT", D("100.01"), "between 0 and 100"),
        ("VAT", D("NaN"), "between 0 and 100"),
        ("VAT", D("7.775"), "2 decimal places"),
    ],
)
def test_tax_rate_refuses(name, percent, message):
    with pytest.raises(ValidationError, match=message):
        TaxRate(name, percent)


def test_rounding_policy_defaults_to_half_up_per_line():
    assert RoundingPolicy() == RoundingPolicy(TaxRounding.PER_LINE, ROUND_HALF_UP)
    with pytest.raises(ValueError, match="rounding mode"):
        RoundingPolicy(mode="ROUND_SOMETIMES")


# -- largest-remainder allocation -----------------------------------------------------------------


@settings(max_examples=300)
@given(
    amount=st.integers(min_value=0, max_value=10**9),
    weights=st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=20),
)
def test_allocation_sums_exactly_and_stays_within_a_cent_of_the_proportion(amount, weights):
    if sum(weights) == 0:
        amount = 0
    shares = allocate(from_minor(amount), [from_minor(w) for w in weights])
    assert sum(shares, D(0)) == from_minor(amount)
    for share, weight in zip(shares, weights, strict=True):
        exact = D(amount * weight) / D(sum(weights) or 1) / 100
        assert abs(share - exact) < D("0.01")
        if weight == 0:
            assert share == 0
        if amount <= sum(weights):
            assert share <= from_minor(weight)


def test_allocation_is_deterministic_on_ties():
    assert allocate(D("0.02"), [D("1.00")] * 3) == (D("0.01"), D("0.01"), D("0.00"))
    assert allocate(D("0.01"), [D("0.00"), D("1.00"), D("1.00")]) == (D("0.00"), D("0.01"), D("0.00"))


def test_allocation_refuses_what_cannot_be_split():
    assert allocate(D("0.00"), [D("0.00"), D("0.00")]) == (D("0.00"), D("0.00"))
    assert allocate(D("0.00"), []) == ()
    with pytest.raises(ValueError, match="over nothing"):
        allocate(D("1.00"), [D("0.00")])
    with pytest.raises(ValueError, match="non-negative"):
        allocate(D("-1.00"), [D("1.00")])
