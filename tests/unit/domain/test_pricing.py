"""Guards cart arithmetic: per-line half-up tax, and totals that always equal the sum of their lines."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.money import from_minor
from pos_app.domain.pricing import LineInput, change_due, price_cart, price_line

D = Decimal
TAX_RATES = [D("0"), D("5"), D("7"), D("10"), D("19"), D("20"), D("21"), D("7.7")]

lines = st.builds(
    LineInput,
    unit_price=st.integers(min_value=0, max_value=1_000_000).map(from_minor),
    quantity=st.integers(min_value=1, max_value=1000),
    tax_rate=st.sampled_from(TAX_RATES),
)


@given(cart=st.lists(lines, max_size=30), prices_include_tax=st.booleans())
def test_cart_totals_add_up(cart, prices_include_tax):
    totals = price_cart(cart, prices_include_tax=prices_include_tax)
    assert len(totals.lines) == len(cart)
    assert totals.total == sum((line.gross for line in totals.lines), D(0))
    assert totals.subtotal == sum((line.net for line in totals.lines), D(0))
    assert totals.tax == sum((line.tax for line in totals.lines), D(0))
    assert totals.total == totals.subtotal + totals.tax
    for given_line, priced in zip(cart, totals.lines, strict=True):
        assert priced.net + priced.tax == priced.gross
        assert priced.tax >= 0
        for amount in (priced.net, priced.tax, priced.gross):
            assert amount == amount.quantize(D("0.01")), amount
        extended = given_line.unit_price * given_line.quantity
        if prices_include_tax:
            assert priced.gross == extended
        else:
            assert priced.net == extended


def test_tax_included_in_price():
    line = price_line(LineInput(D("1.19"), 1, D("19")), prices_include_tax=True)
    assert (line.net, line.tax, line.gross) == (D("1.00"), D("0.19"), D("1.19"))


def test_tax_added_to_price():
    line = price_line(LineInput(D("1.00"), 3, D("7.7")), prices_include_tax=False)
    # 3.00 * 7.7% = 0.231 -> 0.23
    assert (line.net, line.tax, line.gross) == (D("3.00"), D("0.23"), D("3.23"))


def test_tax_rounds_half_up_per_line():
    # 0.10 * 5% = 0.005: half-up gives 0.01, banker's rounding would give 0.00.
    line = price_line(LineInput(D("0.10"), 1, D("5")), prices_include_tax=False)
    assert line.tax == D("0.01")
    # Three such lines each round up: the order's tax is the sum of the rounded lines.
    totals = price_cart([LineInput(D("0.10"), 1, D("5"))] * 3, prices_include_tax=False)
    assert totals.tax == D("0.03")
    assert totals.total == D("0.33")


def test_included_tax_rounding_half_up():
    # Tax contained in the price: net = gross * 100 / (100 + rate), rounded half-up.
    assert price_line(LineInput(D("1.05"), 1, D("5")), prices_include_tax=True).net == D("1.00")
    # 0.01 at 100%: net 0.005 -> half-up 0.01, tax 0.00
    line = price_line(LineInput(D("0.01"), 1, D("100")), prices_include_tax=True)
    assert (line.net, line.tax) == (D("0.01"), D("0.00"))


def test_empty_cart_totals_zero():
    totals = price_cart([], prices_include_tax=True)
    assert totals.lines == ()
    assert (totals.subtotal, totals.tax, totals.total) == (D("0.00"), D("0.00"), D("0.00"))
    assert str(totals.total) == "0.00"


def test_large_amounts_stay_exact():
    line = price_line(LineInput(D("99999999.99"), 1000, D("20")), prices_include_tax=False)
    assert line.net == D("99999999990.00")
    assert line.tax == D("19999999998.00")
    assert line.gross == D("119999999988.00")


@pytest.mark.parametrize("quantity", [0, -1])
def test_non_positive_quantity_is_refused(quantity):
    with pytest.raises(ValueError, match="quantity"):
        price_line(LineInput(D("1.00"), quantity, D("0")), prices_include_tax=True)


def test_change_due():
    assert change_due(D("7.35"), D("10.00")) == D("2.65")
    assert change_due(D("7.35"), D("7.35")) == D("0.00")
    with pytest.raises(ValueError, match="less than the total"):
        change_due(D("7.35"), D("7.34"))
