"""Plain rows for returns: a past sale as the Return dialog shows it, a quoted refund, a refund made.

Immutable snapshots, never ORM objects, like controllers/rows.py; kept in their own module so the
returns feature does not grow the shared one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos_app.domain.money import ZERO
from pos_app.domain.refund_payouts import Payout, RefundDestination, TenderBalance
from pos_app.domain.refunds import ChargedLine
from pos_app.domain.tax import TaxLine, TaxRate


@dataclass(frozen=True, slots=True)
class ReturnableLine:
    """One line of a paid sale: what was sold and charged, and what has come back so far."""

    order_item_id: int
    item_id: int
    sku: str
    name: str
    sold: int
    returned: int
    unit_price: Decimal  # the unit price charged
    net: Decimal  # the line as charged: net + tax = gross
    tax: Decimal
    gross: Decimal
    tax_rate: TaxRate
    refunded_gross: Decimal  # refunded for this line by earlier returns

    @property
    def returnable(self) -> int:
        return self.sold - self.returned

    @property
    def charged(self) -> ChargedLine:
        return ChargedLine(self.sold, self.net, self.tax, self.gross, self.tax_rate)


@dataclass(frozen=True, slots=True)
class ReturnableSale:
    """A paid sale found for a return: its lines, its tenders and what was refunded before."""

    order_id: int
    receipt_no: int
    paid_at: datetime
    customer_name: str | None
    total: Decimal  # the goods as charged
    cash_rounding: Decimal  # what was paid = total + cash_rounding
    lines: tuple[ReturnableLine, ...]
    tenders: tuple[TenderBalance, ...]  # by (method, reference), in the order they were taken

    @property
    def paid(self) -> Decimal:
        return sum((tender.paid for tender in self.tenders), ZERO)

    @property
    def refunded(self) -> Decimal:
        """Money handed back for this sale by earlier returns."""
        return sum((tender.refunded for tender in self.tenders), ZERO)

    @property
    def fully_returned(self) -> bool:
        return all(line.returnable == 0 for line in self.lines)

    def line(self, order_item_id: int) -> ReturnableLine | None:
        return next((line for line in self.lines if line.order_item_id == order_item_id), None)


@dataclass(frozen=True, slots=True)
class RefundedLine:
    """Units of one sold line coming back, and what they refund (net + tax = gross)."""

    order_item_id: int
    item_id: int
    name: str
    quantity: int
    unit_price: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    tax_rate: TaxRate


@dataclass(frozen=True, slots=True)
class RefundQuote:
    """What a return would refund: the lines, their sums, the tax per rate, and the payouts."""

    lines: tuple[RefundedLine, ...]
    net: Decimal
    tax: Decimal
    total: Decimal  # the goods' gross
    taxes: tuple[TaxLine, ...]
    payouts: tuple[Payout, ...]
    destination: RefundDestination

    @property
    def paid_out(self) -> Decimal:
        """The money handed back: the total after cash rounding."""
        return sum((payout.amount for payout in self.payouts), ZERO)


@dataclass(frozen=True, slots=True)
class RefundReceipt:
    """A committed return, with everything a refund receipt prints.

    `total` is the goods' gross; the tenders hand back `paid_out`, which differs from it only by
    cash rounding (`cash_rounding` = paid_out - total).
    """

    refund_id: int
    order_id: int
    receipt_no: int  # the number of the sale returned
    created_at: datetime
    reason: str
    lines: tuple[RefundedLine, ...]
    net: Decimal
    tax: Decimal
    total: Decimal
    taxes: tuple[TaxLine, ...]
    tenders: tuple[Payout, ...]
    destination: RefundDestination
    customer_name: str | None = None

    @property
    def paid_out(self) -> Decimal:
        return sum((tender.amount for tender in self.tenders), ZERO)

    @property
    def cash_rounding(self) -> Decimal:
        return self.paid_out - self.total
