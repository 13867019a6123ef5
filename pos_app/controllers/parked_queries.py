"""The list of parked sales, aggregated in SQL: one row per sale, no lines loaded."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.controllers.rows import ParkedSale
from pos_app.db.models import Customer, Order, OrderItem, OrderStatus


def list_parked_sales(session: Session) -> list[ParkedSale]:
    line_count = select(func.count(OrderItem.id)).where(OrderItem.order_id == Order.id).scalar_subquery()
    statement = (
        select(Order.id, Order.park_label, Order.parked_at, line_count, Order.total, Customer.name)
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .where(Order.status == OrderStatus.PARKED.value)
        .order_by(Order.parked_at, Order.id)
    )
    return [ParkedSale(*row) for row in session.execute(statement)]
