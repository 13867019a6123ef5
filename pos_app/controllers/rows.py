"""Plain rows handed to the screens: immutable snapshots, never live ORM objects.

Screens keep these instead of entities so the identity map does not grow with
what has been scrolled past, and no widget can trigger a lazy load.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: int
    sku: str
    barcode: str | None
    name: str
    price: Decimal
    stock: int
    tax_rate: Decimal
    active: bool
    tax_name: str = ""  # the named rate with this percent; "" if the shop has not named it


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    name: str
    email: str | None
    phone: str | None
    order_count: int = 0


@dataclass(frozen=True, slots=True)
class OrderSummary:
    id: int
    created_at: datetime
    status: str
    line_count: int
    total: Decimal


@dataclass(frozen=True, slots=True)
class CartLine:
    line_id: int
    item_id: int
    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    tax_rate: Decimal
    line_total: Decimal
    list_price: Decimal | None = None  # the catalog price, when an override replaced it
    override_reason: str | None = None
    discount: Decimal = Decimal("0.00")  # the line's own discount plus its share of the order's
    discount_text: str | None = None  # e.g. "10% staff" for the screen and the receipt


@dataclass(frozen=True, slots=True)
class CartView:
    """What the sell screen shows: the lines, the customer and the running totals."""

    order_id: int | None
    customer_id: int | None
    customer_name: str | None
    lines: tuple[CartLine, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    discounts: Decimal = Decimal("0.00")  # all line and order discounts together
    order_discount_text: str | None = None  # e.g. "5.00 loyalty" when the order has a discount

    @property
    def is_empty(self) -> bool:
        return not self.lines


@dataclass(frozen=True, slots=True)
class ParkedSale:
    """A sale set aside to be resumed: what the cashier needs to pick the right one."""

    order_id: int
    label: str
    parked_at: datetime
    line_count: int
    total: Decimal
    customer_name: str | None


@dataclass(frozen=True, slots=True)
class PaidTender:
    """One tender of a completed sale: handed over, applied to the sale, and its reference."""

    method: str
    tendered: Decimal
    applied: Decimal
    reference: str | None


@dataclass(frozen=True, slots=True)
class SaleReceipt:
    """A completed sale: its receipt number, what was paid by which tender, and the change."""

    order_id: int
    receipt_no: int
    total: Decimal
    tendered: Decimal
    change: Decimal
    paid_at: datetime
    tenders: tuple[PaidTender, ...] = ()
    cash_rounding: Decimal = Decimal("0.00")
