"""Plain rows the order history screen shows: a page row per order, and one order in detail.

Frozen dataclasses and NamedTuples, never ORM objects, so a page of them costs little memory and nothing
about them can lazy-load later (see TECH-NOTES: rows, not entities, feed list models).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple


@dataclass(frozen=True, slots=True, order=True)
class HistoryKey:
    """Where an order sorts in the history: newest first on (created_at, id), the id breaking ties."""

    created_at: datetime
    id: int


class HistoryRow(NamedTuple):
    """One order as the history list shows it. Times are naive UTC, as stored.

    A NamedTuple rather than a frozen dataclass: a page builds hundreds of them, and a frozen
    dataclass's __init__ (one object.__setattr__ per field) cost more than SQLite's own read.
    """

    id: int
    receipt_no: int | None
    created_at: datetime
    paid_at: datetime | None
    customer_name: str | None
    cashier: str | None
    status: str
    item_count: int  # units on the order's lines
    total: Decimal
    refunded_total: Decimal

    @property
    def key(self) -> HistoryKey:
        return HistoryKey(self.created_at, self.id)


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """A line of the order as charged: catalog price, any override or discount, and what came back."""

    id: int
    item_name: str
    sku: str
    quantity: int
    list_price: Decimal
    price_paid: Decimal
    override_reason: str | None
    discount_kind: str | None
    discount_value: Decimal | None
    discount_reason: str | None
    line_discount: Decimal
    order_discount: Decimal  # this line's share of the order discount
    tax_name: str
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    refunded_quantity: int


@dataclass(frozen=True, slots=True)
class HistoryPayment:
    method: str
    amount: Decimal
    tendered: Decimal
    change_given: Decimal
    reference: str | None


@dataclass(frozen=True, slots=True)
class HistoryTax:
    """The tax the order charged at one rate (written when it was paid)."""

    name: str
    rate: Decimal
    net: Decimal
    tax: Decimal


@dataclass(frozen=True, slots=True)
class HistoryRefundLine:
    order_item_id: int
    item_name: str
    quantity: int
    gross: Decimal


@dataclass(frozen=True, slots=True)
class HistoryRefundTender:
    method: str
    amount: Decimal
    reference: str | None


@dataclass(frozen=True, slots=True)
class HistoryRefund:
    """A return against the order: its lines and the money given back."""

    id: int
    created_at: datetime
    reason: str
    net: Decimal
    tax: Decimal
    total: Decimal
    lines: tuple[HistoryRefundLine, ...]
    tenders: tuple[HistoryRefundTender, ...]


@dataclass(frozen=True, slots=True)
class OrderDetail:
    """Everything the detail pane shows about one order."""

    id: int
    receipt_no: int | None
    status: str
    created_at: datetime
    paid_at: datetime | None
    customer_name: str | None
    cashier: str | None
    register: str | None
    park_label: str | None
    void_reason: str | None
    discount_kind: str | None
    discount_value: Decimal | None
    discount_reason: str | None
    discount_total: Decimal
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal
    cash_rounding: Decimal
    lines: tuple[HistoryLine, ...]
    payments: tuple[HistoryPayment, ...]
    taxes: tuple[HistoryTax, ...]
    refunds: tuple[HistoryRefund, ...]

    @property
    def order_discount(self) -> Decimal:
        """What the order discount took off, spread over the lines."""
        return sum((line.order_discount for line in self.lines), Decimal("0.00"))

    @property
    def refunded_total(self) -> Decimal:
        return sum((refund.total for refund in self.refunds), Decimal("0.00"))
