"""Reading a past sale for a return: its lines with what came back, its tenders with what went back.

Aggregated in SQL, four small SELECTs whatever the number of earlier returns, and read as plain
rows so no ORM object is left in the Session. The refund transaction calls the same function
inside its BEGIN IMMEDIATE, so what it checks against is what is in the database at that moment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.controllers.return_rows import ReturnableLine, ReturnableSale
from pos_app.db.models import Customer, Item, Order, OrderItem, Payment, Refund, RefundLine, RefundTender
from pos_app.domain.cash import TenderMethod
from pos_app.domain.money import ZERO
from pos_app.domain.refund_payouts import TenderBalance
from pos_app.domain.tax import TaxRate


@dataclass(frozen=True, slots=True)
class SaleHeader:
    """The order behind a receipt number, whatever its status."""

    order_id: int
    receipt_no: int | None
    status: str
    paid_at: datetime | None
    customer_name: str | None
    total: Decimal
    cash_rounding: Decimal


def find_header(
    session: Session, *, receipt_no: int | None = None, order_id: int | None = None
) -> SaleHeader | None:
    """The order with that receipt number (or id), or None; one SELECT."""
    statement = select(
        Order.id,
        Order.receipt_no,
        Order.status,
        Order.paid_at,
        Customer.name,
        Order.total,
        Order.cash_rounding,
    ).outerjoin(Customer, Customer.id == Order.customer_id)
    if receipt_no is not None:
        statement = statement.where(Order.receipt_no == receipt_no)
    else:
        statement = statement.where(Order.id == order_id)
    row = session.execute(statement).first()
    return None if row is None else SaleHeader(*row)


def load_returnable_sale(session: Session, header: SaleHeader) -> ReturnableSale:
    """The sale behind a paid order's header, with its earlier returns and refunds."""
    if header.receipt_no is None or header.paid_at is None:
        raise ValueError(f"order {header.order_id} is not a paid sale")
    return ReturnableSale(
        order_id=header.order_id,
        receipt_no=header.receipt_no,
        paid_at=header.paid_at,
        customer_name=header.customer_name,
        total=header.total,
        cash_rounding=header.cash_rounding,
        lines=_lines(session, header.order_id),
        tenders=_tenders(session, header.order_id),
    )


def _lines(session: Session, order_id: int) -> tuple[ReturnableLine, ...]:
    returned = (
        select(
            RefundLine.order_item_id.label("order_item_id"),
            func.sum(RefundLine.quantity).label("quantity"),
            func.sum(RefundLine.gross).label("gross"),
        )
        .join(OrderItem, OrderItem.id == RefundLine.order_item_id)
        .where(OrderItem.order_id == order_id)
        .group_by(RefundLine.order_item_id)
        .subquery()
    )
    statement = (
        select(
            OrderItem.id,
            OrderItem.item_id,
            Item.sku,
            Item.name,
            OrderItem.quantity,
            returned.c.quantity,
            OrderItem.price_paid,
            OrderItem.net,
            OrderItem.tax,
            OrderItem.gross,
            OrderItem.tax_name,
            OrderItem.tax_rate,
            returned.c.gross,
        )
        .join(Item, Item.id == OrderItem.item_id)
        .outerjoin(returned, returned.c.order_item_id == OrderItem.id)
        .where(OrderItem.order_id == order_id)
        .order_by(OrderItem.id)
    )
    return tuple(
        ReturnableLine(
            order_item_id=line_id,
            item_id=item_id,
            sku=sku,
            name=name,
            sold=sold,
            returned=int(back or 0),
            unit_price=unit_price,
            net=net,
            tax=tax,
            gross=gross,
            # A line sold before rates were named carries only its percent.
            tax_rate=TaxRate(tax_name or f"Tax {percent.normalize():f}%", percent),
            refunded_gross=refunded if refunded is not None else ZERO,
        )
        for (
            line_id,
            item_id,
            sku,
            name,
            sold,
            back,
            unit_price,
            net,
            tax,
            gross,
            tax_name,
            percent,
            refunded,
        ) in session.execute(statement)
    )


def _tenders(session: Session, order_id: int) -> tuple[TenderBalance, ...]:
    """Payments grouped by (method, reference) in the order taken, with the refunds made to each.

    A refund tender is matched to the payment of the same method and reference: a card refund
    keeps the card's reference, and every cash refund (also one for a card sale paid out in cash)
    counts against the cash.
    """
    paid = session.execute(
        select(Payment.method, Payment.reference, func.sum(Payment.amount))
        .where(Payment.order_id == order_id)
        .group_by(Payment.method, Payment.reference)
        .order_by(func.min(Payment.id))
    ).all()
    refunded = session.execute(
        select(RefundTender.method, RefundTender.reference, func.sum(RefundTender.amount))
        .join(Refund, Refund.id == RefundTender.refund_id)
        .where(Refund.order_id == order_id)
        .group_by(RefundTender.method, RefundTender.reference)
    ).all()
    return _balances(paid, refunded)


def _balances(
    paid: Sequence[tuple[str, str | None, Decimal]], refunded: Sequence[tuple[str, str | None, Decimal]]
) -> tuple[TenderBalance, ...]:
    back = {(method, reference): amount for method, reference, amount in refunded}
    balances = [
        TenderBalance(TenderMethod(method), reference, amount, back.pop((method, reference), ZERO))
        for method, reference, amount in paid
    ]
    # Refunds with no matching payment: cash given back for a card sale, say.
    balances += [
        TenderBalance(TenderMethod(method), reference, ZERO, amount)
        for (method, reference), amount in back.items()
    ]
    return tuple(balances)
