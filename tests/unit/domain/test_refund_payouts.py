"""Guards the money of returns: any sequence of partial returns pays back exactly what was paid, per tender,
never more than a tender paid, and cash only in amounts the drawer can hand out."""

from __future__ import annotations

import itertools
from collections import defaultdict
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.cash import Tender, TenderMethod, allocate_tenders
from pos_app.domain.money import CENT, ZERO, from_minor
from pos_app.domain.receipt_numbers import parse_receipt_number
from pos_app.domain.refund_payouts import (
    Payout,
    RefundDestination,
    TenderBalance,
    plan_payouts,
)
from pos_app.domain.validation import ValidationError

D = Decimal
CASH, CARD, VOUCHER = TenderMethod.CASH, TenderMethod.CARD, TenderMethod.VOUCHER
ORIGINAL, TO_CASH = RefundDestination.ORIGINAL, RefundDestination.CASH
INCREMENTS = [D("0.01"), D("0.05"), D("0.10")]


def balances_after(
    paid: list[tuple[TenderMethod, str | None, Decimal]], payouts: list[Payout]
) -> tuple[TenderBalance, ...]:
    """The balances the controller reads: payments and refunds grouped by (method, reference)."""
    back: dict[tuple[TenderMethod, str | None], Decimal] = defaultdict(lambda: ZERO)
    for payout in payouts:
        back[(payout.method, payout.reference)] += payout.amount
    result = [TenderBalance(m, r, amount, back.pop((m, r), ZERO)) for m, r, amount in paid]
    return tuple(result + [TenderBalance(m, r, ZERO, amount) for (m, r), amount in back.items()])


@st.composite
def paid_sales(draw: st.DrawFn) -> tuple[Decimal, list[tuple[TenderMethod, str | None, Decimal]], Decimal]:
    """A sale total, the tenders that paid it (cash rounded to the increment), and the increment."""
    total = from_minor(draw(st.integers(min_value=1, max_value=50_000)))
    increment = draw(st.sampled_from(INCREMENTS))
    tenders: list[Tender] = []
    left = total
    for index in range(draw(st.integers(min_value=0, max_value=2))):
        if left <= CENT:
            break
        amount = from_minor(draw(st.integers(min_value=1, max_value=int(left * 100) - 1)))
        tenders.append(Tender(draw(st.sampled_from([CARD, VOUCHER])), amount, f"ref {index}"))
        left -= amount
    if draw(st.booleans()) or not tenders:
        tenders.append(Tender(CASH, total + 1))  # cash for the rest, with change
    else:
        tenders.append(Tender(CARD, left, "last card"))
    allocation = allocate_tenders(total, tenders, cash_increment=increment)
    grouped: dict[tuple[TenderMethod, str | None], Decimal] = {}
    for applied in allocation.tenders:
        key = (applied.method, applied.reference)
        grouped[key] = grouped.get(key, ZERO) + applied.applied
    return total, [(m, r, amount) for (m, r), amount in grouped.items() if amount > 0], increment


@st.composite
def return_steps(draw: st.DrawFn, total: Decimal) -> list[Decimal]:
    """The goods' gross of a sequence of returns that brings everything back (steps may be 0.00)."""
    minor = int(total * 100)
    cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=minor), max_size=6)))
    points = [0, *cuts, minor]
    return [from_minor(after - before) for before, after in itertools.pairwise(points)]


def run_returns(
    total: Decimal,
    paid: list[tuple[TenderMethod, str | None, Decimal]],
    steps: list[Decimal],
    destinations: list[RefundDestination],
    increment: Decimal,
) -> list[list[Payout]]:
    done: list[Payout] = []
    each: list[list[Payout]] = []
    goods = ZERO
    for number, (step, destination) in enumerate(zip(steps, destinations, strict=True), start=1):
        goods += step
        payouts = plan_payouts(
            balances_after(paid, done),
            goods_after=goods,
            all_returned=number == len(steps),
            destination=destination,
            cash_increment=increment,
        )
        each.append(list(payouts))
        done += payouts
    return each


@settings(max_examples=400)
@given(data=st.data(), sale=paid_sales())
def test_returning_everything_to_the_original_tenders_pays_back_exactly_what_each_paid(data, sale):
    total, paid, increment = sale
    steps = data.draw(return_steps(total))
    each = run_returns(total, paid, steps, [ORIGINAL] * len(steps), increment)
    refunded: dict[tuple[TenderMethod, str | None], Decimal] = defaultdict(lambda: ZERO)
    for payouts in each:
        for payout in payouts:
            assert payout.amount > 0
            assert payout.amount == payout.amount.quantize(CENT)
            if payout.method is CASH:
                assert payout.amount % increment == 0, (payout, increment)
            refunded[(payout.method, payout.reference)] += payout.amount
            # Never more to a tender than it paid, at any point.
            assert refunded[(payout.method, payout.reference)] <= {(m, r): a for m, r, a in paid}.get(
                (payout.method, payout.reference), ZERO
            )
    assert dict(refunded) == {(m, r): amount for m, r, amount in paid}


@settings(max_examples=300)
@given(data=st.data(), sale=paid_sales())
def test_any_mix_of_destinations_never_pays_back_more_than_was_paid(data, sale):
    total, paid, increment = sale
    steps = data.draw(return_steps(total))
    destinations = data.draw(
        st.lists(st.sampled_from([ORIGINAL, TO_CASH]), min_size=len(steps), max_size=len(steps))
    )
    each = run_returns(total, paid, steps, destinations, increment)
    paid_total = sum((amount for _, _, amount in paid), ZERO)
    handed_back = ZERO
    for payouts in each:
        handed_back += sum((p.amount for p in payouts), ZERO)
        assert handed_back <= paid_total
    # Cash rounding of a cash payout for a card payment may leave less than one increment.
    assert paid_total - handed_back < increment
    if increment == CENT:
        assert handed_back == paid_total


def test_split_sale_refunds_cards_and_vouchers_before_cash():
    paid = [(CASH, None, D("5.00")), (CARD, "auth 1", D("6.00")), (VOUCHER, "GV-9", D("2.00"))]
    payouts = plan_payouts(
        balances_after(paid, []), goods_after=D("7.50"), all_returned=False, destination=ORIGINAL
    )
    assert payouts == (Payout(CARD, D("6.00"), "auth 1"), Payout(VOUCHER, D("1.50"), "GV-9"))


def test_cash_part_is_rounded_and_the_next_return_makes_it_good():
    # 4.47 paid in cash with 0.05 rounding: 4.45 was taken.
    paid = [(CASH, None, D("4.45"))]
    first = plan_payouts(
        balances_after(paid, []),
        goods_after=D("2.23"),
        all_returned=False,
        destination=ORIGINAL,
        cash_increment=D("0.05"),
    )
    assert first == (Payout(CASH, D("2.25")),)
    second = plan_payouts(
        balances_after(paid, list(first)),
        goods_after=D("4.47"),
        all_returned=True,
        destination=ORIGINAL,
        cash_increment=D("0.05"),
    )
    assert second == (Payout(CASH, D("2.20")),)


def test_cash_for_a_card_sale_is_rounded_to_what_the_drawer_holds():
    paid = [(CARD, "auth", D("4.47"))]
    payouts = plan_payouts(
        balances_after(paid, []),
        goods_after=D("4.47"),
        all_returned=True,
        destination=TO_CASH,
        cash_increment=D("0.05"),
    )
    assert payouts == (Payout(CASH, D("4.45")),)
    # Rounded up would be more than was paid: rounded down instead.
    payouts = plan_payouts(
        balances_after([(CARD, "auth", D("4.48"))], []),
        goods_after=D("4.48"),
        all_returned=True,
        destination=TO_CASH,
        cash_increment=D("0.05"),
    )
    assert payouts == (Payout(CASH, D("4.45")),)


def test_a_return_worth_less_than_the_rounding_pays_nothing():
    paid = [(CASH, None, D("1.00"))]
    assert (
        plan_payouts(
            balances_after(paid, []),
            goods_after=D("0.02"),
            all_returned=False,
            destination=ORIGINAL,
            cash_increment=D("0.05"),
        )
        == ()
    )


@pytest.mark.parametrize(
    ("typed", "number"),
    [("1", 1), ("000123", 123), (" 42 ", 42), ("R-000123", 123), ("r123", 123), ("#7", 7), ("No. 9", 9)],
)
def test_receipt_numbers_typed_or_scanned(typed, number):
    assert parse_receipt_number(typed) == number


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Scan the receipt's barcode or type its number."),
        ("   ", "Scan the receipt's barcode or type its number."),
        ("0", "Receipt numbers start at 1."),
        ("R-000000", "Receipt numbers start at 1."),
        ("milk", "“milk” is not a receipt number"),
        ("12a", "“12a” is not a receipt number"),
        ("-5", "“-5” is not a receipt number"),
        ("1234567890123", "“1234567890123” is not a receipt number"),
        ("١٢", "is not a receipt number"),  # other scripts' digits are not read as numbers
    ],
)
def test_garbage_is_not_a_receipt_number(typed, message):
    with pytest.raises(ValidationError) as caught:
        parse_receipt_number(typed)
    assert message in caught.value.message
