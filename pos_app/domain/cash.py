"""Taking payment: cash rounding, change, and splitting a total over several tenders.

The rules a till enforces on tenders live here, apart from pricing, because they apply to a
total already fixed: only cash may be overpaid (change comes from cash alone), and cash rounding
(to 0.05, say, where small coins are gone) touches only the part paid in cash. The rounding
difference is reported on its own so the books still balance against the order's total.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pos_app.domain.i18n import translate
from pos_app.domain.money import CENT, MAX_AMOUNT, ZERO, format_money
from pos_app.domain.validation import ValidationError

MAX_REFERENCE = 64


class TenderError(ValidationError):
    """Tenders that cannot pay a total as given; `message` is fit to show the cashier."""


class TenderMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    VOUCHER = "voucher"  # store credit or a gift voucher


@dataclass(frozen=True, slots=True)
class Tender:
    """What the customer handed over by one method: a positive amount in whole cents.

    `reference` is the card slip or voucher number a cashier may note; it is only stored.
    """

    method: TenderMethod
    amount: Decimal
    reference: str | None = None

    def __post_init__(self) -> None:
        reference = " ".join((self.reference or "").split()) or None
        if reference is not None and (len(reference) > MAX_REFERENCE or not reference.isprintable()):
            raise TenderError(
                "reference",
                translate("Tender", "A payment reference has at most {limit} printable characters").format(
                    limit=MAX_REFERENCE
                ),
            )
        object.__setattr__(self, "reference", reference)
        amount = self.amount
        if not amount.is_finite() or amount <= 0:
            raise TenderError("amount", translate("Tender", "A payment must be more than 0"))
        if amount > MAX_AMOUNT:
            raise TenderError("amount", translate("Tender", "The payment is too large"))
        if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
            raise TenderError("amount", translate("Tender", "A payment can have at most 2 decimal places"))
        object.__setattr__(self, "method", TenderMethod(self.method))
        object.__setattr__(self, "amount", amount.quantize(CENT))


@dataclass(frozen=True, slots=True)
class AppliedTender:
    """One tender after allocation: what was handed over, and how much of it pays the sale."""

    method: TenderMethod
    tendered: Decimal
    applied: Decimal
    reference: str | None = None

    @property
    def change(self) -> Decimal:
        """The part handed back; only ever non-zero for cash."""
        return self.tendered - self.applied


@dataclass(frozen=True, slots=True)
class TenderAllocation:
    """How tenders pay a total: per tender in the order given, the change, and the cash rounding.

    `paid` (the sum applied) = total + `cash_rounding`; `cash_rounding` is negative when the
    cash due was rounded down. `change` is the cash handed back.
    """

    tenders: tuple[AppliedTender, ...]
    paid: Decimal
    cash_rounding: Decimal
    change: Decimal


def round_cash(amount: Decimal, increment: Decimal = CENT, *, rounding: str = ROUND_HALF_UP) -> Decimal:
    """Round an amount due in cash to a multiple of `increment` (0.05, 0.10, 1.00 ...), half up."""
    _check_increment(increment)
    steps = (amount / increment).quantize(Decimal(1), rounding=rounding)
    return (steps * increment).quantize(CENT)


def allocate_tenders(
    total: Decimal,
    tenders: Iterable[Tender],
    *,
    cash_increment: Decimal = CENT,
    rounding: str = ROUND_HALF_UP,
) -> TenderAllocation:
    """Apply tenders to `total`; raises TenderError if they break a rule or fall short.

    Card and voucher tenders are applied first, in the order given, and none may exceed what
    is still due. If any cash was tendered, what remains is rounded with `round_cash` and paid
    from the cash tenders in order; cash beyond that is change. Without cash tenders nothing is
    rounded: a card pays to the cent. The order of the list therefore never changes the result.
    """
    if not total.is_finite() or total < 0 or total != total.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValueError(f"{total} is not a total to pay")
    given = tuple(tenders)
    applied: dict[int, Decimal] = {}
    remaining = total.quantize(CENT)
    for index, tender in enumerate(given):
        if tender.method is TenderMethod.CASH:
            continue
        if tender.amount > remaining:
            # One whole sentence per method: a translator cannot inflect a method name slotted in.
            if tender.method is TenderMethod.CARD:
                overpaid = translate(
                    "Cash",
                    "A card payment of {amount} is more than the {due} still due; only cash may be overpaid",
                )
            else:
                overpaid = translate(
                    "Cash",
                    "A voucher payment of {amount} is more than the {due} still due; "
                    "only cash may be overpaid",
                )
            raise TenderError(
                "amount", overpaid.format(amount=format_money(tender.amount), due=format_money(remaining))
            )
        applied[index] = tender.amount
        remaining -= tender.amount

    cash = [index for index, tender in enumerate(given) if tender.method is TenderMethod.CASH]
    cash_rounding = ZERO
    if cash:
        due_in_cash = round_cash(remaining, cash_increment, rounding=rounding)
        cash_rounding = due_in_cash - remaining
        remaining = due_in_cash
        for index in cash:
            applied[index] = min(given[index].amount, remaining)
            remaining -= applied[index]
    if remaining > 0:
        raise TenderError(
            "amount", translate("Cash", "{amount} is still due").format(amount=format_money(remaining))
        )

    result = tuple(
        AppliedTender(
            method=tender.method, tendered=tender.amount, applied=applied[index], reference=tender.reference
        )
        for index, tender in enumerate(given)
    )
    return TenderAllocation(
        tenders=result,
        paid=sum((t.applied for t in result), ZERO),
        cash_rounding=cash_rounding,
        change=sum((t.change for t in result), ZERO),
    )


def _check_increment(increment: Decimal) -> None:
    if not increment.is_finite() or increment <= 0 or increment > MAX_AMOUNT:
        raise ValueError(f"{increment} is not a cash rounding increment")
    if increment != increment.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValueError(f"cash rounding increment {increment} is finer than a cent")
