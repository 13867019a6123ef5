"""Guards taking payment: cash rounding, change, and split tenders where only cash may be overpaid."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.cash import (
    Tender,
    TenderAllocation,
    TenderError,
    TenderMethod,
    allocate_tenders,
    round_cash,
)
from pos_app.domain.money import from_minor

D = Decimal
CASH, CARD, VOUCHER = TenderMethod.CASH, TenderMethod.CARD, TenderMethod.VOUCHER


def pay(total: str, *tenders: tuple[TenderMethod, str], increment: str = "0.01") -> TenderAllocation:
    return allocate_tenders(
        D(total), [Tender(method, D(amount)) for method, amount in tenders], cash_increment=D(increment)
    )


@pytest.mark.parametrize(
    ("amount", "increment", "expected"),
    [
        ("10.02", "0.05", "10.00"),
        ("10.03", "0.05", "10.05"),
        ("10.05", "0.10", "10.10"),  # half way: up (banker's rounding would give 10.00)
        ("10.04", "0.10", "10.00"),
        ("10.50", "1.00", "11.00"),
        ("0.02", "0.05", "0.00"),
        ("7.35", "0.01", "7.35"),
    ],
)
def test_round_cash(amount, increment, expected):
    rounded = round_cash(D(amount), D(increment))
    assert rounded == D(expected)
    assert rounded.as_tuple().exponent == -2


def test_round_cash_takes_a_rounding_mode():
    assert round_cash(D("10.05"), D("0.10"), rounding=ROUND_HALF_EVEN) == D("10.00")


@pytest.mark.parametrize("increment", ["0", "-0.05", "0.005", "NaN"])
def test_round_cash_refuses_odd_increments(increment):
    with pytest.raises(ValueError, match="increment"):
        round_cash(D("1.00"), D(increment))


def test_exact_cash():
    result = pay("7.35", (CASH, "7.35"))
    assert (result.paid, result.change, result.cash_rounding) == (D("7.35"), D("0.00"), D("0.00"))


def test_cash_change():
    result = pay("7.35", (CASH, "10.00"))
    assert [(t.tendered, t.applied, t.change) for t in result.tenders] == [(D("10.00"), D("7.35"), D("2.65"))]
    assert result.change == D("2.65")


def test_cash_rounding_is_reported_separately():
    # 10.02 due in cash rounds to 10.00: the shop takes 0.02 less and books it as rounding.
    result = pay("10.02", (CASH, "20.00"), increment="0.05")
    assert (result.paid, result.cash_rounding, result.change) == (D("10.00"), D("-0.02"), D("10.00"))
    up = pay("10.03", (CASH, "20.00"), increment="0.05")
    assert (up.paid, up.cash_rounding, up.change) == (D("10.05"), D("0.02"), D("9.95"))


def test_cash_rounding_touches_only_the_cash_part():
    # Card pays 10.00; the 5.02 left is due in cash and rounds to 5.00.
    result = pay("15.02", (CARD, "10.00"), (CASH, "5.00"), increment="0.05")
    assert [t.applied for t in result.tenders] == [D("10.00"), D("5.00")]
    assert (result.paid, result.cash_rounding, result.change) == (D("15.00"), D("-0.02"), D("0.00"))
    # No cash at all: the card pays to the cent, nothing is rounded.
    by_card = pay("15.02", (CARD, "15.02"), increment="0.05")
    assert (by_card.paid, by_card.cash_rounding) == (D("15.02"), D("0.00"))


def test_split_payment_with_change_from_cash():
    result = pay("50.00", (CASH, "20.00"), (CARD, "30.00"), (VOUCHER, "10.00"))
    assert [(t.method, t.applied, t.change) for t in result.tenders] == [
        (CASH, D("10.00"), D("10.00")),
        (CARD, D("30.00"), D("0.00")),
        (VOUCHER, D("10.00"), D("0.00")),
    ]
    assert (result.paid, result.change) == (D("50.00"), D("10.00"))


def test_card_may_not_be_overpaid():
    with pytest.raises(
        TenderError, match=r"card payment of 60\.00 is more than the 50\.00 still due"
    ) as caught:
        pay("50.00", (CARD, "60.00"))
    assert "only cash may be overpaid" in caught.value.message


def test_voucher_may_not_exceed_what_the_card_left():
    with pytest.raises(TenderError, match=r"voucher payment of 10\.00 is more than the 5\.00 still due"):
        pay("50.00", (CARD, "45.00"), (VOUCHER, "10.00"))


def test_tenders_must_cover_the_total():
    with pytest.raises(TenderError, match=r"0\.01 is still due"):
        pay("50.00", (CARD, "30.00"), (CASH, "19.99"))
    with pytest.raises(TenderError, match=r"50\.00 is still due"):
        pay("50.00")


def test_cash_rounding_can_make_a_short_cash_tender_enough():
    # 10.02 rounds to 10.00 in cash, so 10.00 pays it.
    result = pay("10.02", (CASH, "10.00"), increment="0.05")
    assert (result.paid, result.change) == (D("10.00"), D("0.00"))


def test_nothing_to_pay():
    result = pay("0.00")
    assert (result.tenders, result.paid, result.change) == ((), D("0.00"), D("0.00"))


@pytest.mark.parametrize(
    ("amount", "message"), [("0", "more than 0"), ("-1", "more than 0"), ("1.001", "2 decimal")]
)
def test_tender_amount_is_checked(amount, message):
    with pytest.raises(TenderError, match=message):
        Tender(CARD, D(amount))


def test_tender_method_may_be_given_as_text():
    assert Tender("voucher", D("5")) == Tender(VOUCHER, D("5.00"))


tender_lists = st.lists(
    st.builds(
        Tender,
        method=st.sampled_from(TenderMethod),
        amount=st.integers(min_value=1, max_value=100_000).map(from_minor),
    ),
    max_size=5,
)


@settings(max_examples=300)
@given(
    total=st.integers(min_value=0, max_value=100_000).map(from_minor),
    tenders=tender_lists,
    increment=st.sampled_from([D("0.01"), D("0.05"), D("0.10"), D("1.00")]),
    data=st.data(),
)
def test_applied_amounts_add_up_and_change_comes_only_from_cash(total, tenders, increment, data):
    non_cash = sum((t.amount for t in tenders if t.method is not CASH), D(0))
    cash_given = sum((t.amount for t in tenders if t.method is CASH), D(0))
    paid_by_cash = any(t.method is CASH for t in tenders)
    # Card and voucher amounts are positive, so one overshoots what is left iff together they do.
    overpaid = non_cash > total
    short = cash_given < round_cash(total - non_cash, increment) if paid_by_cash else non_cash < total
    if overpaid or short:
        with pytest.raises(TenderError):
            allocate_tenders(total, tenders, cash_increment=increment)
        return
    result = allocate_tenders(total, tenders, cash_increment=increment)
    assert result.paid == sum((t.applied for t in result.tenders), D(0))
    assert result.paid == total + result.cash_rounding
    cash_applied = sum((t.applied for t in result.tenders if t.method is CASH), D(0))
    if paid_by_cash:
        # Only the part left for cash is rounded.
        assert cash_applied == round_cash(total - non_cash, increment)
        assert abs(result.cash_rounding) <= increment / 2
    else:
        assert (result.paid, result.cash_rounding) == (total, 0)
    assert sum((t.tendered for t in result.tenders), D(0)) == result.paid + result.change
    for given_tender, applied in zip(tenders, result.tenders, strict=True):
        assert (applied.method, applied.tendered) == (given_tender.method, given_tender.amount)
        assert D(0) <= applied.applied <= applied.tendered
        if applied.method is not CASH:
            assert applied.change == 0
    assert result.change <= cash_given
    for amount in (result.paid, result.change):
        assert amount >= 0
        assert amount.as_tuple().exponent == -2
    # The order the cashier entered the tenders in never changes what is paid or handed back.
    shuffled = data.draw(st.permutations(tenders))
    again = allocate_tenders(total, shuffled, cash_increment=increment)
    assert (again.paid, again.change, again.cash_rounding) == (
        result.paid,
        result.change,
        result.cash_rounding,
    )


@settings(max_examples=200)
@given(
    total=st.integers(min_value=0, max_value=100_000),
    split=st.lists(st.integers(min_value=1, max_value=10_000), max_size=3),
    extra_cash=st.integers(min_value=1, max_value=10_000),
    increment=st.sampled_from([D("0.01"), D("0.05"), D("0.10")]),
)
def test_enough_tenders_always_pay(total, split, extra_cash, increment):
    # Card and voucher take what fits, then cash pays the rest, rounded, plus some to give change on.
    tenders = []
    left = total
    for index, cents in enumerate(split):
        if cents <= left:
            tenders.append(Tender(CARD if index % 2 else VOUCHER, from_minor(cents)))
            left -= cents
    tenders.append(Tender(CASH, round_cash(from_minor(left), increment) + from_minor(extra_cash)))
    result = allocate_tenders(from_minor(total), tenders, cash_increment=increment)
    assert result.change == from_minor(extra_cash)
    assert result.paid == from_minor(total) + result.cash_rounding
