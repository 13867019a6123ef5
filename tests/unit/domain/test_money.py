"""Guards exact money: minor-unit conversion, half-up rounding and parsing what a cashier types."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.domain.money import (
    MAX_AMOUNT,
    MoneyError,
    format_money,
    from_minor,
    parse_money,
    round_money,
    to_minor,
)

cents = st.integers(min_value=-(10**15), max_value=10**15)


@given(cents)
def test_minor_units_round_trip(minor):
    amount = from_minor(minor)
    assert amount.as_tuple().exponent == -2
    assert to_minor(amount) == minor
    assert isinstance(to_minor(amount), int)


@pytest.mark.parametrize(
    ("amount", "minor"),
    [("0", 0), ("0.01", 1), ("4.99", 499), ("4.9", 490), ("-2.50", -250), ("99999999.99", 9999999999)],
)
def test_to_minor_known_values(amount, minor):
    assert to_minor(Decimal(amount)) == minor
    assert from_minor(minor) == Decimal(amount)


@pytest.mark.parametrize("amount", ["0.001", "4.995", "-0.005", "1E-3"])
def test_to_minor_refuses_sub_cent_amounts(amount):
    with pytest.raises(MoneyError, match="decimal places"):
        to_minor(Decimal(amount))


@pytest.mark.parametrize("amount", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_to_minor_refuses_non_finite(amount):
    with pytest.raises(MoneyError, match="not an amount"):
        to_minor(Decimal(amount))


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("0.005", "0.01"),
        ("0.015", "0.02"),  # banker's rounding would give 0.02 here too ...
        ("0.025", "0.03"),  # ... but 0.02 here
        ("2.675", "2.68"),
        ("-0.005", "-0.01"),
        ("0.004999", "0.00"),
        ("1.10", "1.10"),
    ],
)
def test_round_money_is_half_up(amount, expected):
    rounded = round_money(Decimal(amount))
    assert rounded == Decimal(expected)
    assert rounded.as_tuple().exponent == -2


def test_round_money_differs_from_python_default_rounding():
    assert round(Decimal("0.025"), 2) == Decimal("0.02")  # the trap round_money avoids
    assert round_money(Decimal("0.025")) == Decimal("0.03")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4.99", "4.99"),
        ("4", "4.00"),
        ("  4.5 ", "4.50"),
        ("1,50", "1.50"),
        ("1 234,50", "1234.50"),
        (".5", "0.50"),
        ("0", "0.00"),
        ("9999999999.99", "9999999999.99"),
        ("1,234.50", "1234.50"),  # en_US grouping, well placed
        ("1,234,567", "1234567.00"),
        ("5.", "5.00"),
    ],
)
def test_parse_money_accepts(typed, expected):
    value = parse_money(typed)
    assert value == Decimal(expected)
    assert value.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Price is required"),
        ("   ", "Price is required"),
        ("abc", "must be a number"),
        ("-1", "cannot be negative"),
        ("1.234", "at most 2 decimal places"),
        ("1e3", "must be a number"),
        ("1E-2", "must be a number"),
        ("1_000", "must be a number"),
        ("1,23.50", "must be a number"),  # grouping in the wrong place
        ("1,234", "ambiguous"),  # a thousand, or 1.234 typed the other way round?
        ("1.2.3", "must be a number"),
        ("--1", "must be a number"),
        ("NaN", "must be a number"),
        ("Infinity", "must be a number"),
        ("١٢٣", "must be a number"),  # Arabic-Indic digits: Decimal() would take them
        ("10000000000.00", "too large"),
        ("9" * 40, "too large"),  # Decimal.quantize would raise InvalidOperation here
        ("1" + "0" * 400, "too large"),
    ],
)
def test_parse_money_refuses_with_a_message_naming_the_field(typed, message):
    with pytest.raises(MoneyError, match=message) as caught:
        parse_money(typed, field="Price")
    assert str(caught.value).startswith("Price")


def test_parse_money_negative_when_allowed():
    assert parse_money("-1.50", allow_negative=True) == Decimal("-1.50")
    assert parse_money("-0", allow_negative=True) == Decimal("0.00")
    assert format_money(parse_money("-0", allow_negative=True)) == "0.00"


def test_parse_money_shortens_long_input_in_the_message():
    with pytest.raises(MoneyError) as caught:
        parse_money("x" * 500)
    assert len(str(caught.value)) < 100


@given(st.integers(min_value=0, max_value=to_minor(MAX_AMOUNT)))
def test_parse_money_reads_back_formatted_amounts(minor):
    amount = from_minor(minor)
    assert parse_money(f"{amount}") == amount
    assert parse_money(format_money(amount).replace(",", "")) == amount


def test_format_money():
    assert format_money(Decimal("1234.5")) == "1,234.50"
    assert format_money(Decimal("0")) == "0.00"
