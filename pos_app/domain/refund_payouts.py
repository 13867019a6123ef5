"""Money handed back for a return: to which tenders, how much, and cash rounding that still adds up.

What the goods of a return are worth comes from domain.refunds (per line, cumulative). This
module decides how that is paid out, for one sale that may have been paid with several tenders:

- To the original tenders: card and voucher payments first, in the order they were taken, each
  up to what it paid minus what was already refunded to it (a card refund keeps the card's
  reference so it can be matched to the slip); the rest in cash. Cash goes last so the drawer
  keeps its cash when a card can take the refund, and so cash rounding touches only cash.
- All in cash, whatever the sale was paid with.

The figures are cumulative, like the goods. After a return, the money handed back for the sale
so far should be the goods returned so far, and, once every unit is back, exactly what the
customer paid (the sale's total plus its own cash rounding). Each return pays the difference
between that target and what was already handed back. Cash is rounded to the shop's cash
increment (0.05 where small coins are gone): the drawer cannot hand out smaller change. Since a
sale's cash payment is itself a multiple of the increment, a return that brings everything back
to the original tenders always refunds exactly what was paid, per tender; any rounding an
earlier return made is made good by the next one. (Only cash given back for a card payment, with
an increment above a cent, can leave that last sub-increment difference, as at any till.)
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from pos_app.domain.cash import TenderMethod, round_cash
from pos_app.domain.money import CENT, ZERO


class RefundDestination(enum.StrEnum):
    """Where the money of a return goes."""

    ORIGINAL = "original"  # back to the tenders the sale was paid with
    CASH = "cash"  # all in cash from the drawer


@dataclass(frozen=True, slots=True)
class TenderBalance:
    """One way a sale was paid (method and reference): what it paid, and what was refunded to it since."""

    method: TenderMethod
    reference: str | None
    paid: Decimal
    refunded: Decimal

    @property
    def refundable(self) -> Decimal:
        """What can still go back to this tender (never negative: cash refunds of card sales land on cash)."""
        return max(self.paid - self.refunded, ZERO)


@dataclass(frozen=True, slots=True)
class Payout:
    """Money handed back by one tender: always a positive amount."""

    method: TenderMethod
    amount: Decimal
    reference: str | None = None


def money_target(*, goods_after: Decimal, paid: Decimal, all_returned: bool) -> Decimal:
    """What should have been handed back for the sale once this return is made, cumulatively."""
    return paid if all_returned else min(goods_after, paid)


def plan_payouts(
    balances: Sequence[TenderBalance],
    *,
    goods_after: Decimal,
    all_returned: bool,
    destination: RefundDestination,
    cash_increment: Decimal = CENT,
) -> tuple[Payout, ...]:
    """The payouts of one return.

    `balances` are the sale's tenders grouped by (method, reference), cash included whenever
    cash was paid or refunded; `goods_after` is the gross of everything returned from the sale
    once this return is made; `all_returned` says whether every unit is then back.
    """
    paid = sum((balance.paid for balance in balances), ZERO)
    handed_back = sum((balance.refunded for balance in balances), ZERO)
    target = money_target(goods_after=goods_after, paid=paid, all_returned=all_returned)
    due = max(target - handed_back, ZERO)
    left_to_refund = max(paid - handed_back, ZERO)  # never more than was paid, over all returns
    payouts: list[Payout] = []
    if destination is RefundDestination.ORIGINAL:
        for balance in balances:
            if balance.method is TenderMethod.CASH or due <= 0:
                continue
            amount = min(balance.refundable, due)
            if amount > 0:
                payouts.append(Payout(balance.method, amount, balance.reference))
                due -= amount
                left_to_refund -= amount
    # The return that completes the sale pays back exactly what is left of the cash paid: that is
    # already a multiple of the increment, unless the shop changed its increment since the sale.
    final_to_original = all_returned and destination is RefundDestination.ORIGINAL
    cash = _cash_out(due, left_to_refund, CENT if final_to_original else cash_increment)
    if cash > 0:
        payouts.append(Payout(TenderMethod.CASH, cash))
    return tuple(payouts)


def _cash_out(due: Decimal, limit: Decimal, increment: Decimal) -> Decimal:
    """`due` rounded to what the drawer can hand out, never above `limit`."""
    if due <= 0:
        return ZERO
    cash = round_cash(due, increment)
    if cash > limit:
        cash = round_cash(limit, increment, rounding=ROUND_DOWN)
    return cash
