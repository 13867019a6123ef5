"""Guards discounts and price overrides: what a cashier may type, and what each takes off a price."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.discounts import (
    MAX_REASON,
    Discount,
    DiscountError,
    DiscountKind,
    PriceOverride,
    parse_discount,
)
from pos_app.domain.money import from_minor
from pos_app.domain.validation import ValidationError

D = Decimal


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("10%", DiscountKind.PERCENT, "10.00"),
        (" 7.5 % ", DiscountKind.PERCENT, "7.50"),
        ("12,25%", DiscountKind.PERCENT, "12.25"),
        ("100%", DiscountKind.PERCENT, "100.00"),
        ("2.50", DiscountKind.AMOUNT, "2.50"),
        ("2,5", DiscountKind.AMOUNT, "2.50"),
        ("3", DiscountKind.AMOUNT, "3.00"),
        (".99", DiscountKind.AMOUNT, "0.99"),
    ],
)
def test_parse_discount_reads_percent_or_amount(typed, kind, value):
    discount = parse_discount(typed, reason="Loyalty")
    assert discount.kind is kind
    assert discount.value == D(value)
    assert discount.value.as_tuple().exponent == -2
    assert discount.reason == "Loyalty"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Discount is required"),
        ("  ", "Discount is required"),
        ("%", "must be a percentage like 10%"),
        ("ten%", "must be a percentage like 10%"),
        ("1e1%", "must be a percentage like 10%"),
        ("0%", "more than 0"),
        ("-5%", "more than 0"),
        ("100.01%", "more than 100%"),
        ("1" + "0" * 60 + "%", "more than 100%"),
        ("10.005%", "at most 2 decimal places"),
        ("abc", "Discount must be a number"),
        ("-2.50", "Discount cannot be negative"),
        ("0", "more than 0"),
        ("2.505", "at most 2 decimal places"),
        ("10000000000", "too large"),
    ],
)
def test_parse_discount_refuses_with_a_message(typed, message):
    with pytest.raises(DiscountError, match=message) as caught:
        parse_discount(typed, reason="Loyalty")
    assert caught.value.field == "discount"
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, ValidationError)


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("", "A reason is required for a discount"),
        ("   \t ", "A reason is required for a discount"),
        ("x" * (MAX_REASON + 1), f"too long \\({MAX_REASON + 1} characters, at most {MAX_REASON}\\)"),
        ("bad\x07bell", "control characters"),
    ],
)
def test_discount_needs_a_reason(reason, message):
    with pytest.raises(DiscountError, match=message) as caught:
        Discount.percent(D("10"), reason)
    assert caught.value.field == "reason"


def test_reason_is_stored_tidy_and_may_be_exactly_the_limit():
    assert Discount.amount(D("1"), "  damaged \n box ").reason == "damaged box"
    assert len(Discount.amount(D("1"), "y" * MAX_REASON).reason) == MAX_REASON


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        (DiscountKind.PERCENT, D("0"), "more than 0"),
        (DiscountKind.PERCENT, D("100.5"), "more than 100%"),
        (DiscountKind.PERCENT, D("0.001"), "2 decimal places"),
        (DiscountKind.AMOUNT, D("-1"), "more than 0"),
        (DiscountKind.AMOUNT, D("Infinity"), "more than 0"),
        (DiscountKind.AMOUNT, D("NaN"), "more than 0"),
        (DiscountKind.AMOUNT, D("1.999"), "2 decimal places"),
    ],
)
def test_discount_values_are_checked(kind, value, message):
    with pytest.raises(DiscountError, match=message):
        Discount(kind, value, "reason")


def test_discount_kind_may_be_given_as_text():
    assert Discount("percent", D("5"), "r") == Discount.percent(D("5.00"), "r")


@pytest.mark.parametrize(
    ("discount", "base", "expected"),
    [
        (Discount.percent(D("10"), "r"), D("33.33"), D("3.33")),
        (Discount.percent(D("15"), "r"), D("9.99"), D("1.50")),  # 1.4985
        (Discount.percent(D("5"), "r"), D("0.50"), D("0.03")),  # 0.025: half up
        (Discount.percent(D("100"), "r"), D("7.77"), D("7.77")),
        (Discount.percent(D("10"), "r"), D("0.00"), D("0.00")),
        (Discount.amount(D("2.50"), "r"), D("2.50"), D("2.50")),
        (Discount.amount(D("2.50"), "r"), D("100.00"), D("2.50")),
    ],
)
def test_applied_to(discount, base, expected):
    off = discount.applied_to(base)
    assert off == expected
    assert off.as_tuple().exponent == -2


def test_applied_to_uses_the_rounding_mode_given():
    assert Discount.percent(D("5"), "r").applied_to(D("0.50"), rounding=ROUND_HALF_EVEN) == D("0.02")


def test_amount_larger_than_its_base_is_refused_not_capped():
    with pytest.raises(DiscountError, match=r"A discount of 2\.50 is more than the 2\.49 it applies to"):
        Discount.amount(D("2.50"), "r").applied_to(D("2.49"))


@settings(max_examples=300)
@given(
    percent=st.integers(min_value=1, max_value=10_000).map(from_minor),
    base=st.integers(min_value=0, max_value=10**12).map(from_minor),
)
def test_percent_discount_never_exceeds_its_base(percent, base):
    off = Discount.percent(percent, "r").applied_to(base)
    assert D(0) <= off <= base
    assert abs(off - base * percent / 100) <= D("0.005")


def test_describe():
    assert Discount.percent(D("10"), "r").describe() == "10%"
    assert Discount.percent(D("7.5"), "r").describe() == "7.5%"
    assert Discount.amount(D("1234.5"), "r").describe() == "1,234.50"


def test_price_override():
    override = PriceOverride(D("3"), "  price   match ")
    assert (override.unit_price, override.reason) == (D("3.00"), "price match")
    assert override.unit_price.as_tuple().exponent == -2
    assert PriceOverride(D("0"), "free").unit_price == D("0.00")


@pytest.mark.parametrize(
    ("price", "reason", "field", "message"),
    [
        (D("-0.01"), "r", "price", "cannot be negative"),
        (D("3.001"), "r", "price", "2 decimal places"),
        (D("1e11"), "r", "price", "too large"),
        (D("3.00"), " ", "reason", "A reason is required for a price override"),
    ],
)
def test_price_override_refuses(price, reason, field, message):
    with pytest.raises(DiscountError, match=message) as caught:
        PriceOverride(price, reason)
    assert caught.value.field == field
