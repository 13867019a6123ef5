"""The X and Z reports of a shift: what it sold, refunded and should hold in cash, from SQL aggregates.

An X report is read mid-shift and changes nothing; the Z report is the same figures for a
closed shift, with the cash counted and the variance. Every figure is an aggregate computed
by the database over the shift's rows (a handful of SELECTs, however many sales), so a
report costs the same on a quiet Monday as on a busy Saturday. The formulas:

- sales = paid orders with orders.shift_id = the shift (draft, parked and void never count);
  refunds = refunds with refunds.shift_id = the shift (the shift the money went back in,
  which may be later than the sale's).
- sales_count = COUNT(sales); gross_sales = SUM(sales.total): what the sales charged, tax
  included, after their discounts.
- discounts = SUM(sales.discount_total): taken off at shelf prices, already out of gross_sales.
- cash_rounding = SUM(sales.cash_rounding): the tenders of a sale add up to its total plus
  its cash rounding, so SUM(sales_by_tender) = gross_sales + cash_rounding.
- refund_count = COUNT(refunds); refunds_total = SUM(refunds.total).
- net_sales = gross_sales - refunds_total.
- taxes, per (tax name, rate): SUM(order_taxes.net, .tax) of the sales minus
  SUM(refund_lines.net, .tax) of the refunds' lines at that line's rate.
- sales_by_tender[method] = SUM(payments.amount) of the sales (amount is what the tender paid
  towards the sale: cash change is already netted out); refunds_by_tender[method] =
  SUM(refund_tenders.amount) of the refunds.
- paid_in / paid_out = SUM(cash_movements.amount) by kind.
- expected_cash = opening_float + sales_by_tender[cash] - refunds_by_tender[cash]
  + paid_in - paid_out.
- Once closed: counted_cash = SUM(denomination x count) of the count (stored with the shift,
  as is the expected cash at the moment of closing), and variance = counted - expected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Row, func, literal, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from pos_app.controllers.errors import NotFoundError
from pos_app.db.models import (
    CashCount,
    CashMovement,
    CashMovementKind,
    Order,
    OrderItem,
    OrderStatus,
    OrderTax,
    Payment,
    PaymentMethod,
    Refund,
    RefundLine,
    RefundTender,
    Shift,
)
from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO

# Tenders in the order a report lists them, whether or not the shift used them.
TENDER_ORDER = (PaymentMethod.CASH.value, PaymentMethod.CARD.value, PaymentMethod.VOUCHER.value)


@dataclass(frozen=True, slots=True)
class TenderTotal:
    """Money taken (or given back) by one tender: how many payments, and how much."""

    method: str
    count: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class TaxTotal:
    """One tax rate's taxable amount and tax over the shift, refunds taken off."""

    name: str
    rate: Decimal
    net: Decimal
    tax: Decimal


@dataclass(frozen=True, slots=True)
class MovementLine:
    """A paid in or paid out, as the report lists it."""

    kind: str
    amount: Decimal
    reason: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CountLine:
    """Pieces of one denomination counted at the close, and what they are worth."""

    denomination: Decimal
    count: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """An X report (open shift: no count yet) or a Z report (closed). See the module docstring."""

    shift_id: int
    register: str
    cashier: str
    opened_at: datetime
    closed_at: datetime | None
    opening_float: Decimal
    sales_count: int
    gross_sales: Decimal
    discounts: Decimal
    cash_rounding: Decimal
    refund_count: int
    refunds_total: Decimal
    net_sales: Decimal
    taxes: tuple[TaxTotal, ...]
    sales_by_tender: tuple[TenderTotal, ...]
    refunds_by_tender: tuple[TenderTotal, ...]
    paid_in: Decimal
    paid_out: Decimal
    movements: tuple[MovementLine, ...]
    expected_cash: Decimal
    counted_cash: Decimal | None
    counts: tuple[CountLine, ...]
    variance: Decimal | None

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    @property
    def kind(self) -> str:
        """ "Z" for a closed shift's final report, "X" for a reading of an open one."""
        return "Z" if self.is_closed else "X"

    @property
    def cash_sales(self) -> Decimal:
        return _tender_amount(self.sales_by_tender, PaymentMethod.CASH.value)

    @property
    def cash_refunds(self) -> Decimal:
        return _tender_amount(self.refunds_by_tender, PaymentMethod.CASH.value)


def build_report(session: Session, shift_id: int) -> ShiftReport:
    """The report of shift `shift_id` as the database holds it now; NotFoundError if there is none."""
    shift = session.execute(
        select(
            Shift.register,
            Shift.cashier,
            Shift.opened_at,
            Shift.closed_at,
            Shift.opening_float,
            Shift.expected_cash,
            Shift.counted_cash,
        ).where(Shift.id == shift_id)
    ).one_or_none()
    if shift is None:
        raise NotFoundError(
            translate("ShiftReport", "There is no shift number {shift_id}.").format(shift_id=shift_id)
        )
    sales_count, gross, discounts, rounding = session.execute(
        select(
            func.count(Order.id),
            func.coalesce(func.sum(Order.total), ZERO),
            func.coalesce(func.sum(Order.discount_total), ZERO),
            func.coalesce(func.sum(Order.cash_rounding), ZERO),
        ).where(*_sales_of(shift_id))
    ).one()
    refund_count, refunds_total = session.execute(
        select(func.count(Refund.id), func.coalesce(func.sum(Refund.total), ZERO)).where(
            Refund.shift_id == shift_id
        )
    ).one()
    sales_by_tender = _tenders(
        session.execute(
            select(Payment.method, func.count(Payment.id), func.sum(Payment.amount))
            .join(Order, Order.id == Payment.order_id)
            .where(*_sales_of(shift_id))
            .group_by(Payment.method)
        ).all()
    )
    refunds_by_tender = _tenders(
        session.execute(
            select(RefundTender.method, func.count(RefundTender.id), func.sum(RefundTender.amount))
            .join(Refund, Refund.id == RefundTender.refund_id)
            .where(Refund.shift_id == shift_id)
            .group_by(RefundTender.method)
        ).all()
    )
    moved = dict(
        session.execute(
            select(CashMovement.kind, func.sum(CashMovement.amount))
            .where(CashMovement.shift_id == shift_id)
            .group_by(CashMovement.kind)
        ).all()
    )
    paid_in = moved.get(CashMovementKind.PAID_IN.value, ZERO)
    paid_out = moved.get(CashMovementKind.PAID_OUT.value, ZERO)
    movements = tuple(
        MovementLine(kind, amount, reason, created_at)
        for kind, amount, reason, created_at in session.execute(
            select(CashMovement.kind, CashMovement.amount, CashMovement.reason, CashMovement.created_at)
            .where(CashMovement.shift_id == shift_id)
            .order_by(CashMovement.id)
        ).all()
    )
    counts = tuple(
        CountLine(denomination, count, denomination * count)
        for denomination, count in session.execute(
            select(CashCount.denomination, CashCount.count)
            .where(CashCount.shift_id == shift_id)
            .order_by(CashCount.denomination.desc())
        ).all()
    )

    live_expected = (
        shift.opening_float
        + _tender_amount(sales_by_tender, PaymentMethod.CASH.value)
        - _tender_amount(refunds_by_tender, PaymentMethod.CASH.value)
        + paid_in
        - paid_out
    )
    # A closed shift reports what was stored when it closed; nothing recorded in it can have
    # changed since (the triggers refuse), so the two agree, and the record is what counts.
    expected = shift.expected_cash if shift.closed_at is not None else live_expected
    counted = shift.counted_cash
    return ShiftReport(
        shift_id=shift_id,
        register=shift.register,
        cashier=shift.cashier,
        opened_at=shift.opened_at,
        closed_at=shift.closed_at,
        opening_float=shift.opening_float,
        sales_count=sales_count,
        gross_sales=gross,
        discounts=discounts,
        cash_rounding=rounding,
        refund_count=refund_count,
        refunds_total=refunds_total,
        net_sales=gross - refunds_total,
        taxes=_taxes(session, shift_id),
        sales_by_tender=sales_by_tender,
        refunds_by_tender=refunds_by_tender,
        paid_in=paid_in,
        paid_out=paid_out,
        movements=movements,
        expected_cash=expected,
        counted_cash=counted,
        counts=counts,
        variance=None if counted is None else counted - expected,
    )


def _sales_of(shift_id: int) -> tuple[ColumnElement[bool], ...]:
    return (Order.shift_id == shift_id, Order.status == OrderStatus.PAID.value)


def _taxes(session: Session, shift_id: int) -> tuple[TaxTotal, ...]:
    """Tax per rate: the sales' order_taxes plus the refunds' lines negated, summed per rate.

    Items refer to a rate by its percent (unique among the named rates), so the percent is the
    key; the name is the one the sale recorded (MAX: a refund's line may carry none).
    """
    sold = (
        select(
            OrderTax.tax_rate.label("rate"),
            OrderTax.tax_name.label("name"),
            OrderTax.net.label("net"),
            OrderTax.tax.label("tax"),
        )
        .join(Order, Order.id == OrderTax.order_id)
        .where(*_sales_of(shift_id))
    )
    # literal(0) - x rather than -x: the result keeps the Money type of the column.
    returned = (
        select(
            OrderItem.tax_rate,
            OrderItem.tax_name,
            literal(0) - RefundLine.net,
            literal(0) - RefundLine.tax,
        )
        .join(Refund, Refund.id == RefundLine.refund_id)
        .join(OrderItem, OrderItem.id == RefundLine.order_item_id)
        .where(Refund.shift_id == shift_id)
    )
    both = union_all(sold, returned).subquery()
    rows = session.execute(
        select(func.max(both.c.name), both.c.rate, func.sum(both.c.net), func.sum(both.c.tax))
        .group_by(both.c.rate)
        .order_by(both.c.rate)
    ).all()
    # A line without a named rate is charged as "Tax 7%" (SaleController's price_order_of).
    return tuple(
        TaxTotal(name or f"Tax {rate.normalize():f}%", rate, net, tax) for name, rate, net, tax in rows
    )


def _tenders(rows: Sequence[Row[str, int, Decimal]]) -> tuple[TenderTotal, ...]:
    found = {method: (count, amount) for method, count, amount in rows}
    known = [m for m in TENDER_ORDER if m in found] + sorted(m for m in found if m not in TENDER_ORDER)
    return tuple(TenderTotal(method, found[method][0], found[method][1]) for method in known)


def _tender_amount(tenders: tuple[TenderTotal, ...], method: str) -> Decimal:
    return next((t.amount for t in tenders if t.method == method), ZERO)
