"""Guards refunds: any sequence of partial returns gives back exactly what was paid, per line and per rate."""

from __future__ import annotations

import itertools
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.discounts import Discount
from pos_app.domain.money import from_minor
from pos_app.domain.pricing import OrderLine, PricedLine, price_order
from pos_app.domain.refunds import (
    ChargedLine,
    LineRefund,
    RefundError,
    _bounded_tax_after,
    _cumulative,
    refund_line,
    refund_taxes,
    refunded_after,
)
from pos_app.domain.tax import ROUNDING_MODES, RoundingPolicy, TaxRate, TaxRounding, summarize_taxes

D = Decimal
UK = TaxRate("UK standard", D("20"))
GERMAN = TaxRate("Standard", D("19"))
RATES = [
    TaxRate(name, D(percent))
    for name, percent in [
        ("Zero", "0"),
        ("Reduced", "5"),
        ("Seven", "7"),
        ("Swiss", "7.7"),
        ("Ten", "10"),
        ("Standard", "19"),
        ("UK standard", "20"),
        ("Dutch", "21"),
    ]
]


def charged(line: PricedLine) -> ChargedLine:
    """What the database keeps of a sold line."""
    return ChargedLine(line.quantity, line.net, line.tax, line.gross, line.tax_rate)


@st.composite
def return_sequences(draw: st.DrawFn, quantity: int) -> list[int]:
    """A random way to return all `quantity` units: a few partial returns of random sizes."""
    if quantity == 1:
        return [1]
    cuts = draw(st.lists(st.integers(min_value=1, max_value=quantity - 1), max_size=8, unique=True))
    points = [0, *sorted(cuts), quantity]
    return [after - before for before, after in itertools.pairwise(points)]


def return_all(line: ChargedLine, steps: list[int], mode: str = ROUND_HALF_UP) -> list[LineRefund]:
    refunds, done = [], 0
    for quantity in steps:
        refunds.append(refund_line(line, already_returned=done, quantity=quantity, rounding=mode))
        done += quantity
    return refunds


def assert_refunds_are_sound(line: ChargedLine, refunds: list[LineRefund]) -> None:
    for refund in refunds:
        assert refund.net + refund.tax == refund.gross
        for amount in (refund.net, refund.tax, refund.gross):
            assert amount >= 0, refunds
            assert amount.as_tuple().exponent == -2
    assert sum(r.quantity for r in refunds) == line.quantity
    assert sum((r.gross for r in refunds), D(0)) == line.gross
    assert sum((r.net for r in refunds), D(0)) == line.net
    assert sum((r.tax for r in refunds), D(0)) == line.tax


@st.composite
def sold_orders(draw: st.DrawFn) -> tuple[list[PricedLine], list[list[int]]]:
    """A random priced order and, for each line, a random sequence of returns of all its units."""
    lines = draw(
        st.lists(
            st.builds(
                OrderLine,
                list_price=st.integers(min_value=0, max_value=1_000_000).map(from_minor),
                quantity=st.integers(min_value=1, max_value=1000),
                tax_rate=st.sampled_from(RATES),
                discount=st.none()
                | st.builds(Discount.percent, st.sampled_from([D("10"), D("33.33")]), st.just("r")),
            ),
            min_size=1,
            max_size=6,
        )
    )
    totals = price_order(
        lines,
        prices_include_tax=draw(st.booleans()),
        rounding=RoundingPolicy(draw(st.sampled_from(TaxRounding))),
        order_discount=draw(st.none() | st.just(Discount.percent(D("5"), "Staff"))),
    )
    return list(totals.lines), [draw(return_sequences(line.quantity)) for line in totals.lines]


@settings(max_examples=250, deadline=None)
@given(sold_orders())
def test_returning_everything_in_any_steps_refunds_exactly_what_was_paid(sold):
    lines, sequences = sold
    all_refunds = []
    for line, steps in zip(lines, sequences, strict=True):
        refunds = return_all(charged(line), steps)
        assert_refunds_are_sound(charged(line), refunds)
        all_refunds.extend(refunds)
    # Tax per rate refunded, over the whole order, equals tax per rate charged.
    assert refund_taxes(all_refunds) == summarize_taxes((line.tax_rate, line.net, line.tax) for line in lines)


@settings(max_examples=300, deadline=None)
@given(
    gross=st.integers(min_value=0, max_value=2_000),
    tax_share=st.floats(min_value=0, max_value=1),
    quantity=st.integers(min_value=1, max_value=60),
    mode=st.sampled_from(sorted(ROUNDING_MODES)),
    data=st.data(),
)
def test_tiny_lines_never_refund_a_negative_net_or_tax(gross, tax_share, quantity, mode, data):
    # Lines whose units are worth a cent or two are where rounding each figure on its own
    # would refund a negative net; stored amounts can be anything that adds up.
    tax = int(gross * tax_share)
    line = ChargedLine(quantity, from_minor(gross - tax), from_minor(tax), from_minor(gross), UK)
    refunds = return_all(line, data.draw(return_sequences(quantity)), mode)
    assert_refunds_are_sound(line, refunds)


@settings(max_examples=300, deadline=None)
@given(
    net_per_unit=st.integers(min_value=4, max_value=500),
    tax=st.integers(min_value=0, max_value=100_000),
    quantity=st.integers(min_value=1, max_value=80),
    mode=st.sampled_from(sorted(ROUNDING_MODES)),
)
def test_the_direct_figure_is_what_the_bounded_walk_gives(net_per_unit, tax, quantity, mode):
    # refunded_after skips the unit-by-unit walk when each unit's net is 4 cents or more;
    # this checks the reasoning behind that shortcut, for every k.
    gross = net_per_unit * quantity + tax
    for k in range(quantity + 1):
        assert _bounded_tax_after(gross, tax, quantity, k, mode) == _cumulative(tax, k, quantity, mode)


# -- hand-checked figures ------------------------------------------------------------------------

# 3 units for 10.00 with 19% included: net 8.40 (10.00 / 1.19 = 8.403), tax 1.60.
THREE_FOR_TEN = ChargedLine(3, D("8.40"), D("1.60"), D("10.00"), GERMAN)


def test_one_by_one_refunds_the_odd_cent_on_the_middle_unit():
    # Gross after k units: round(10.00 * k / 3) = 3.33, 6.67, 10.00 -> steps 3.33, 3.34, 3.33.
    # Tax after k units: round(1.60 * k / 3) = 0.53, 1.07, 1.60 -> steps 0.53, 0.54, 0.53.
    refunds = return_all(THREE_FOR_TEN, [1, 1, 1])
    assert [r.gross for r in refunds] == [D("3.33"), D("3.34"), D("3.33")]
    assert [r.tax for r in refunds] == [D("0.53"), D("0.54"), D("0.53")]
    assert [r.net for r in refunds] == [D("2.80"), D("2.80"), D("2.80")]


def test_two_then_one_refunds_the_same_in_all():
    two, one = return_all(THREE_FOR_TEN, [2, 1])
    assert (two.quantity, two.gross, two.tax) == (2, D("6.67"), D("1.07"))
    assert (one.quantity, one.gross, one.tax) == (1, D("3.33"), D("0.53"))


def test_refunded_after_is_the_running_total():
    after = refunded_after(THREE_FOR_TEN, 2)
    assert (after.quantity, after.net, after.tax, after.gross) == (2, D("5.60"), D("1.07"), D("6.67"))
    nothing = refunded_after(THREE_FOR_TEN, 0)
    assert (nothing.net, nothing.tax, nothing.gross) == (D("0.00"), D("0.00"), D("0.00"))
    assert refunded_after(THREE_FOR_TEN, 3).gross == D("10.00")


def test_half_up_for_the_running_total():
    # 2 units for 0.05: after one, 0.025 -> 0.03 half up (banker's: 0.02).
    line = ChargedLine(2, D("0.05"), D("0.00"), D("0.05"), TaxRate("Zero", D("0")))
    assert refund_line(line, already_returned=0, quantity=1).gross == D("0.03")
    assert refund_line(line, already_returned=0, quantity=1, rounding=ROUND_HALF_EVEN).gross == D("0.02")


def test_a_unit_worth_less_than_a_cent_of_net_keeps_every_step_non_negative():
    # 0.02 gross holding 0.01 tax, over 3 units. Plainly rounded, the second unit would refund
    # gross 0.00 and tax 0.01, i.e. a net of -0.01; the bounded tax waits for the last unit.
    line = ChargedLine(3, D("0.01"), D("0.01"), D("0.02"), UK)
    refunds = return_all(line, [1, 1, 1])
    assert [(r.net, r.tax, r.gross) for r in refunds] == [
        (D("0.01"), D("0.00"), D("0.01")),
        (D("0.00"), D("0.00"), D("0.00")),
        (D("0.00"), D("0.01"), D("0.01")),
    ]


def test_tax_refunded_per_rate():
    reduced = TaxRate("Reduced", D("5"))
    refunds = [
        refund_line(THREE_FOR_TEN, already_returned=0, quantity=1),
        refund_line(ChargedLine(1, D("2.00"), D("0.10"), D("2.10"), reduced), already_returned=0, quantity=1),
        refund_line(THREE_FOR_TEN, already_returned=1, quantity=1),
    ]
    assert [(t.rate.name, t.base, t.tax) for t in refund_taxes(refunds)] == [
        ("Reduced", D("2.00"), D("0.10")),
        ("Standard", D("5.60"), D("1.07")),
    ]


def test_cannot_return_more_than_is_left():
    with pytest.raises(
        RefundError, match=r"Only 1 of 3 can be returned \(2 already returned\); 2 is too many"
    ) as caught:
        refund_line(THREE_FOR_TEN, already_returned=2, quantity=2)
    assert caught.value.field == "quantity"
    with pytest.raises(RefundError, match="All 3 have already been returned"):
        refund_line(THREE_FOR_TEN, already_returned=3, quantity=1)
    with pytest.raises(RefundError, match="Only 3 of 3"):
        refund_line(THREE_FOR_TEN, already_returned=0, quantity=4)


@pytest.mark.parametrize("quantity", [0, -1])
def test_must_return_at_least_one_unit(quantity):
    with pytest.raises(RefundError, match="at least one"):
        refund_line(THREE_FOR_TEN, already_returned=0, quantity=quantity)


def test_already_returned_out_of_range_is_a_bug_not_a_message():
    with pytest.raises(ValueError, match="already_returned"):
        refund_line(THREE_FOR_TEN, already_returned=4, quantity=1)
    with pytest.raises(ValueError, match="returned must be between"):
        refunded_after(THREE_FOR_TEN, -1)


@pytest.mark.parametrize(
    ("quantity", "net", "tax", "gross", "message"),
    [
        (0, "1.00", "0.00", "1.00", "positive quantity"),
        (1, "1.00", "0.20", "1.00", "is not the gross"),
        (1, "-1.00", "0.00", "-1.00", "not a stored amount"),
        (1, "1.001", "0.00", "1.001", "not a stored amount"),
    ],
)
def test_charged_line_is_checked(quantity, net, tax, gross, message):
    with pytest.raises(ValueError, match=message):
        ChargedLine(quantity, D(net), D(tax), D(gross), UK)


def test_a_very_long_line():
    # 100,000 units, the most a line can hold: the direct path answers without walking every unit.
    line = ChargedLine(100_000, D("84033.61"), D("15966.39"), D("100000.00"), GERMAN)
    refund = refund_line(line, already_returned=99_990, quantity=10)
    assert (refund.net, refund.tax, refund.gross) == (D("8.40"), D("1.60"), D("10.00"))
