"""The ORM models: customers, items, orders and their lines, payments and taxes; returns; shifts;
the stock journal and supplier deliveries.

Times are stored as naive UTC. Money columns use `Money` (integer minor units).
Deleting an order or a customer cascades in the database (`ON DELETE CASCADE`,
`passive_deletes=True`) so unloaded children go with one DELETE: lines, payments, taxes and
returns (refunds, their lines and tenders); stock movements stay with their link set NULL.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import Decimal
from typing import cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine.default import DefaultExecutionContext
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


class DiscountKind(enum.StrEnum):
    PERCENT = "percent"  # value is a percent with two decimals
    AMOUNT = "amount"  # value is money


class CashMovementKind(enum.StrEnum):
    PAID_IN = "paid_in"  # cash put into the drawer that is not a sale (more change, say)
    PAID_OUT = "paid_out"  # cash taken out that is not a refund (a supplier paid from the till)


class Setting(Base):
    """One shop setting as text; `pos_app.controllers.settings` knows the keys and their types."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PurgePermit(Base):
    """Holds a row only inside a purge's own write transaction (pos_app.controllers.purge).

    While it does, the closed-shift DELETE guards stand aside (migration 0008); the row is
    deleted again before that transaction commits, so no other connection ever sees it.
    """

    __tablename__ = "purge_permit"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    granted_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class User(Base):
    """A person who works the till. Deactivated when they leave, never deleted (sales point at them).

    Cashiers have a PIN and no password; managers and owners a password and no PIN (migration
    0009 says why). The hashes are argon2 strings (pos_app.controllers.hashing). The name is
    unique without regard to case.
    """

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("role IN ('cashier', 'manager', 'owner')", name="role_known"),
        CheckConstraint(
            "(role = 'cashier') = (pin_hash IS NOT NULL) AND (role = 'cashier') = (password_hash IS NULL)",
            name="credential_fits_role",
        ),
        CheckConstraint("failed_attempts >= 0", name="failed_attempts_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Case-insensitive: SQLite's NOCASE here; migration 0009 adds a lower(name) index on other databases.
    name: Mapped[str] = mapped_column(
        String(60).with_variant(String(60, collation="NOCASE"), "sqlite"), unique=True
    )
    role: Mapped[str] = mapped_column(String(8))  # a pos_app.domain.permissions.Role value
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Consecutive failed password logins; at the limit the account is locked until `locked_until`.
    failed_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


AUDIT_EVENTS = (
    "login",
    "login_failed",
    "logout",
    "user_change",
    "void",
    "refund",
    "discount",
    "price_override",
    "drawer_open",
    "price_change",
    "item_change",
    "deletion",
    "export",
    "purge",
    "settings_change",
    "shift_open",
    "shift_close",
    "paid_in",
    "paid_out",
)


class AuditEvent(Base):
    """One sensitive event in the append-only, hash-chained audit trail (migration 0010).

    Written only by pos_app.controllers.audit.record_event; triggers refuse UPDATE and DELETE.
    `actor_user_id` is the actor's account when they have one.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        CheckConstraint(
            "event IN (" + ", ".join(f"'{name}'" for name in AUDIT_EVENTS) + ")", name="event_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    event: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approver: Mapped[str | None] = mapped_column(String(100))
    register: Mapped[str] = mapped_column(String(64))
    subject_type: Mapped[str | None] = mapped_column(String(32))
    subject_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    """The single row anchoring the end of the audit chain: event count, last id and hash."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    count: Mapped[int]
    last_id: Mapped[int]
    last_hash: Mapped[str] = mapped_column(String(64))


class TaxRate(Base):
    """A named tax rate. Items refer to a rate by its percent, which is therefore unique."""

    __tablename__ = "tax_rates"
    __table_args__ = (CheckConstraint("percent >= 0 AND percent <= 10000", name="percent_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    percent: Mapped[Decimal] = mapped_column(Percent, unique=True)


class Shift(Base):
    """A cashier's shift at the till: the float, and once closed, the cash counted and the variance.

    A closed shift is immutable: triggers refuse any change to it, to its cash movements, and
    any sale or refund recorded into it (SQLite: migrations 0004 and 0008; PostgreSQL: 0011).
    """

    __tablename__ = "shifts"
    __table_args__ = (
        CheckConstraint("opening_float >= 0", name="float_not_negative"),
        CheckConstraint(
            "(closed_at IS NULL) = (counted_cash IS NULL) AND (closed_at IS NULL) = (expected_cash IS NULL)",
            name="closed_has_count",
        ),
        # One open shift per register.
        Index(
            "uq_shifts_one_open",
            "register",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The till the shift runs on; one database serves one register until registers are named.
    register: Mapped[str] = mapped_column(String(40), default="main", server_default="main")
    cashier: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    opening_float: Mapped[Decimal] = mapped_column(Money)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    expected_cash: Mapped[Decimal | None] = mapped_column(Money)
    counted_cash: Mapped[Decimal | None] = mapped_column(Money)
    # The account that opened the shift; NULL for shifts from before staff accounts (0009).
    # No ON DELETE action (NO ACTION): deleting a user who opened a shift is refused (migration 0009).
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)

    movements: Mapped[list[CashMovement]] = relationship(back_populates="shift", order_by="CashMovement.id")
    counts: Mapped[list[CashCount]] = relationship(
        back_populates="shift", order_by="CashCount.denomination.desc()"
    )


class CashMovement(Base):
    """Cash paid into or out of the drawer during a shift, with a reason."""

    __tablename__ = "cash_movements"
    __table_args__ = (
        CheckConstraint("kind IN ('paid_in', 'paid_out')", name="kind_known"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)

    shift: Mapped[Shift] = relationship(back_populates="movements")


class CashCount(Base):
    """How many notes or coins of one denomination were counted when the shift closed."""

    __tablename__ = "cash_counts"
    __table_args__ = (
        UniqueConstraint("shift_id", "denomination"),
        CheckConstraint("denomination > 0", name="denomination_positive"),
        CheckConstraint("count >= 0", name="count_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="RESTRICT"), index=True)
    denomination: Mapped[Decimal] = mapped_column(Money)
    count: Mapped[int]

    shift: Mapped[Shift] = relationship(back_populates="counts")


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
        CheckConstraint("reorder_point >= 0", name="reorder_point_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    price: Mapped[Decimal] = mapped_column(Money)
    stock: Mapped[int] = mapped_column(default=0)
    # Stock at or below this is low and shows on the low-stock list; NULL: not tracked.
    reorder_point: Mapped[int | None] = mapped_column()
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
        CheckConstraint("status != 'paid' OR shift_id IS NOT NULL", name="paid_has_shift"),
        CheckConstraint("discount_kind IN ('percent', 'amount')", name="discount_kind_known"),
        CheckConstraint("(discount_kind IS NULL) = (discount_reason IS NULL)", name="discount_has_reason"),
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
    void_reason: Mapped[str | None] = mapped_column(String(200))  # why the cashier voided it
    # The shift the sale was paid in; set in the payment transaction.
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id", ondelete="RESTRICT"), index=True)
    # The order discount as the cashier gave it (percent or amount, and why); NULL: none.
    discount_kind: Mapped[str | None] = mapped_column(String(8))
    discount_value: Mapped[Decimal | None] = mapped_column(Money)
    discount_reason: Mapped[str | None] = mapped_column(String(200))
    # Everything taken off (line and order discounts), in the terms of the shelf prices.
    discount_total: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")
    subtotal: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    tax_total: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    total: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    # The other system's order_ref for a sale imported from it (services.order_import); NULL for
    # the till's own sales. Unique, so a re-imported file never records a sale twice.
    import_ref: Mapped[str | None] = mapped_column(String(64), index=True, unique=True)
    # Who rang the sale up; NULL for sales from before staff accounts (0009) and imported history.
    # No ON DELETE action (NO ACTION): deleting a user who rang up a sale is refused (migration 0009).
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)

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
    taxes: Mapped[list[OrderTax]] = relationship(
        back_populates="order",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="OrderTax.id",
    )
    shift: Mapped[Shift | None] = relationship()


def _charged_price(context: DefaultExecutionContext) -> Decimal:
    """A line created without a catalog price was charged its catalog price: no override."""
    return cast(Decimal, context.get_current_parameters()["price_paid"])  # type: ignore[no-untyped-call]


class OrderItem(Base):
    __tablename__ = "order_items"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("discount_kind IN ('percent', 'amount')", name="discount_kind_known"),
        CheckConstraint("(discount_kind IS NULL) = (discount_reason IS NULL)", name="discount_has_reason"),
        CheckConstraint("net + tax = gross", name="amounts_add_up"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[int]
    # Price and tax rate as charged at sale time: later catalog edits never rewrite history.
    # price_paid is the unit price charged; list_price the catalog's, which differs after an override.
    price_paid: Mapped[Decimal] = mapped_column(Money)
    list_price: Mapped[Decimal] = mapped_column(Money, default=_charged_price)
    override_reason: Mapped[str | None] = mapped_column(String(200))
    tax_rate: Mapped[Decimal] = mapped_column(Percent, default=ZERO)
    tax_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    discount_kind: Mapped[str | None] = mapped_column(String(8))
    discount_value: Mapped[Decimal | None] = mapped_column(Money)
    discount_reason: Mapped[str | None] = mapped_column(String(200))
    # The line as priced (pos_app.domain.pricing.price_order), kept up to date on every edit:
    # its own discount, its share of the order discount, and net + tax = gross charged.
    line_discount: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")
    order_discount: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")
    net: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")
    tax: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")
    gross: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")

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


class OrderImport(Base):
    """One import of sales history that added sales: what came in, when, and the closed shift holding it.

    An import that found only sales already imported writes nothing, so it leaves no row here.
    """

    __tablename__ = "order_imports"
    __table_args__ = (CheckConstraint("order_count > 0", name="order_count_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    shift_id: Mapped[int] = mapped_column(
        ForeignKey("shifts.id", ondelete="RESTRICT"), index=True, unique=True
    )
    order_count: Mapped[int]
    line_count: Mapped[int]
    # Orders of the file that an earlier import had already brought in.
    skipped_count: Mapped[int]


class StockMovementKind(enum.StrEnum):
    OPENING = "opening"  # the count an item started with (or had when the journal began)
    SALE = "sale"
    RETURN = "return"
    DELIVERY = "delivery"
    ADJUSTMENT = "adjustment"  # a correction after counting, with a reason


class Delivery(Base):
    """Goods received from a supplier: one 'delivery' stock movement per item links back to it."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str | None] = mapped_column(String(64))  # the supplier's delivery note number
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    note: Mapped[str | None] = mapped_column(String(500))


class StockMovement(Base):
    """The stock journal: every change of an item's stock, signed. Stock on hand is its sum.

    Append-only: on SQLite a trigger refuses changing or deleting a movement (migrations 0005, 0006).
    The links to the sale or refund become NULL if that history is ever purged; the movement stays.
    """

    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint("kind IN ('opening', 'sale', 'return', 'delivery', 'adjustment')", name="kind_known"),
        Index("ix_stock_movements_item_id_created_at", "item_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="RESTRICT"))
    change: Mapped[int]
    kind: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(String(200))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"), index=True)
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("refunds.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    # The delivery a 'delivery' movement came with (migration 0006); deliveries are never deleted.
    delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliveries.id", ondelete="RESTRICT"), index=True
    )


class OrderTax(Base):
    """The tax an order charged at one rate, written when it is paid: the books' tax per rate."""

    __tablename__ = "order_taxes"
    __table_args__ = (UniqueConstraint("order_id", "tax_name", "tax_rate"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    tax_name: Mapped[str] = mapped_column(String(64))
    tax_rate: Mapped[Decimal] = mapped_column(Percent)
    net: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal] = mapped_column(Money)

    order: Mapped[Order] = relationship(back_populates="taxes")


class Refund(Base):
    """A return against a paid sale: which lines came back, and the money given back.

    A sale can have several refunds; domain.refunds keeps their sum within what was paid.
    """

    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A purge of old sales takes their returns with them (migration 0008).
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="RESTRICT"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    reason: Mapped[str] = mapped_column(String(200))
    net: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)

    lines: Mapped[list[RefundLine]] = relationship(
        back_populates="refund", cascade="all, delete-orphan", order_by="RefundLine.id"
    )
    tenders: Mapped[list[RefundTender]] = relationship(
        back_populates="refund", cascade="all, delete-orphan", order_by="RefundTender.id"
    )


class RefundLine(Base):
    __tablename__ = "refund_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("net + tax = gross", name="amounts_add_up"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refunds.id", ondelete="CASCADE"), index=True)
    order_item_id: Mapped[int] = mapped_column(ForeignKey("order_items.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[int]
    net: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money)

    refund: Mapped[Refund] = relationship(back_populates="lines")


class RefundTender(Base):
    """Money given back for a refund, by tender (the original tender, or cash)."""

    __tablename__ = "refund_tenders"
    __table_args__ = (
        CheckConstraint("method IN ('cash', 'card', 'voucher')", name="method_known"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refunds.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal] = mapped_column(Money)
    reference: Mapped[str | None] = mapped_column(String(64))

    refund: Mapped[Refund] = relationship(back_populates="tenders")
