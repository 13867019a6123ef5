"""The ORM models: customers, items, orders, their lines and payments.

Times are stored as naive UTC. Money columns use `Money` (integer minor units).
Deleting an order or a customer cascades in the database (`ON DELETE CASCADE`,
`passive_deletes=True`) so unloaded children go with one DELETE.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pos_app.db.types import Money, Percent
from pos_app.domain.money import ZERO

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time as naive UTC, the form every timestamp column stores."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class OrderStatus(enum.StrEnum):
    DRAFT = "draft"  # the sale open on a till
    PARKED = "parked"  # set aside with a label, to be resumed; never counts as a sale
    PAID = "paid"
    VOID = "void"


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    VOUCHER = "voucher"  # store credit or a gift voucher


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    orders: Mapped[list[Order]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("tax_rate >= 0 AND tax_rate <= 10000", name="tax_rate_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    price: Mapped[Decimal] = mapped_column(Money)
    stock: Mapped[int] = mapped_column(default=0)
    tax_rate: Mapped[Decimal] = mapped_column(Percent, default=ZERO)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'parked', 'paid', 'void')", name="status_known"),
        CheckConstraint("status != 'parked' OR park_label IS NOT NULL", name="parked_has_label"),
        CheckConstraint("status != 'paid' OR receipt_no IS NOT NULL", name="paid_has_receipt_no"),
        Index("ix_orders_status_created_at", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(8), default=OrderStatus.DRAFT.value)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Sequential without gaps, assigned in the payment transaction (see SaleController.pay).
    receipt_no: Mapped[int | None] = mapped_column(unique=True)
    # Cash rounding (to 0.05, say) applied when paid: payments add up to total + cash_rounding.
    cash_rounding: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")
    park_label: Mapped[str | None] = mapped_column(String(100))
    parked_at: Mapped[datetime | None] = mapped_column(DateTime)
    subtotal: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    tax_total: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    total: Mapped[Decimal] = mapped_column(Money, default=ZERO)

    customer: Mapped[Customer | None] = relationship(back_populates="orders")
    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="OrderItem.id",
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="order",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Payment.id",
    )


class OrderItem(Base):
    __tablename__ = "order_items"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[int]
    # Price and tax rate as charged at sale time: later catalog edits never rewrite history.
    price_paid: Mapped[Decimal] = mapped_column(Money)
    tax_rate: Mapped[Decimal] = mapped_column(Percent, default=ZERO)

    order: Mapped[Order] = relationship(back_populates="items")
    item: Mapped[Item] = relationship()


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (CheckConstraint("method IN ('cash', 'card', 'voucher')", name="method_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(16), default=PaymentMethod.CASH.value)
    # amount is what the tender pays towards the order; tendered - change_given == amount.
    amount: Mapped[Decimal] = mapped_column(Money)
    tendered: Mapped[Decimal] = mapped_column(Money)
    change_given: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    reference: Mapped[str | None] = mapped_column(String(64))  # card slip or voucher number
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    order: Mapped[Order] = relationship(back_populates="payments")
