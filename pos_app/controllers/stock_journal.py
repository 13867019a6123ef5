"""Writing the stock journal: one set-based statement for each path that changes stock.

`items.stock` is the fast "on hand" column and `stock_movements` the record (migration 0005);
for every item, stock == SUM(change). Every write that moves `items.stock` calls one of these
inside its own write transaction, so the column and the journal commit or roll back together.

Each writer is one statement whatever the number of lines: an INSERT ... SELECT from the rows
the transaction has just written (a sale's lines, a refund's lines, newly imported items), or
one executemany. The stock an adjustment starts from is the stored one, read inside the write
transaction (by the INSERT itself for a catalog edit), never a figure carried over from a screen
that may have been open for minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import DateTime, Integer, String, Table, bindparam, insert, literal, select, update
from sqlalchemy.orm import Session

from pos_app.controllers.prepared import Prepared
from pos_app.db.models import (
    Item,
    Order,
    OrderItem,
    OrderStatus,
    RefundLine,
    StockMovement,
    StockMovementKind,
)

MAX_REASON = 200  # stock_movements.reason is String(200)

_MOVEMENTS = cast(Table, StockMovement.__table__)
_COLUMNS = ("item_id", "change", "kind", "reason", "order_id", "refund_id", "created_at")


def fit_reason(text: str) -> str:
    """A reason shortened to what the column holds (file names can be long)."""
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"


def _kind(kind: StockMovementKind) -> Any:
    return literal(kind.value, String())


def _when(created_at: datetime) -> Any:
    return literal(created_at, DateTime())


def _none() -> Any:
    return literal(None, Integer())


# Built once: a sale's movements are written inside the cashier's checkout commit.
_SALE_MOVEMENTS = Prepared(
    insert(_MOVEMENTS).from_select(
        _COLUMNS,
        select(
            OrderItem.item_id,
            -OrderItem.quantity,
            _kind(StockMovementKind.SALE),
            literal(None, String()),
            bindparam("sale_order_id", type_=Integer()),
            _none(),
            bindparam("sold_at", type_=DateTime()),
        )
        .where(OrderItem.order_id == bindparam("sale_order_id", type_=Integer()))
        .order_by(OrderItem.id),
    )
)


def record_sale(session: Session, order_id: int, paid_at: datetime) -> None:
    """A 'sale' movement of -quantity for every line of the order, dated when it was paid."""
    _SALE_MOVEMENTS.execute(session.connection(), {"sale_order_id": order_id, "sold_at": paid_at})


def record_sales_since(session: Session, first_order_id: int) -> None:
    """A 'sale' movement for every line of every paid order from `first_order_id` on (bulk loads)."""
    lines = (
        select(
            OrderItem.item_id,
            -OrderItem.quantity,
            _kind(StockMovementKind.SALE),
            literal(None, String()),
            Order.id,
            _none(),
            Order.paid_at,
        )
        .join(Order, Order.id == OrderItem.order_id)
        .where(Order.id >= first_order_id, Order.status == OrderStatus.PAID.value)
        .order_by(Order.paid_at, OrderItem.id)
    )
    session.execute(insert(_MOVEMENTS).from_select(_COLUMNS, lines))


def record_return(session: Session, refund_id: int, created_at: datetime) -> None:
    """A 'return' movement of +quantity for every line of the refund, dated with the refund."""
    lines = (
        select(
            OrderItem.item_id,
            RefundLine.quantity,
            _kind(StockMovementKind.RETURN),
            literal(None, String()),
            _none(),
            literal(refund_id, Integer()),
            _when(created_at),
        )
        .join(OrderItem, OrderItem.id == RefundLine.order_item_id)
        .where(RefundLine.refund_id == refund_id)
        .order_by(RefundLine.id)
    )
    session.execute(insert(_MOVEMENTS).from_select(_COLUMNS, lines))


def record_openings(session: Session, *, after_id: int, reason: str, created_at: datetime) -> None:
    """An 'opening' movement of its stock for every item with an id above `after_id` and stock.

    For items the transaction has just inserted: under BEGIN IMMEDIATE no other writer can add
    items meanwhile, and SQLite gives new rows ids above the largest one.
    """
    new_items = (
        select(
            Item.id,
            Item.stock,
            _kind(StockMovementKind.OPENING),
            literal(fit_reason(reason), String()),
            _none(),
            _none(),
            _when(created_at),
        )
        .where(Item.id > after_id, Item.stock != 0)
        .order_by(Item.id)
    )
    session.execute(insert(_MOVEMENTS).from_select(_COLUMNS, new_items))


def set_stock(session: Session, item_id: int, stock: int, *, reason: str, created_at: datetime) -> bool:
    """Set an item's stock to a counted figure, journaling the difference as an 'adjustment'.

    The difference is taken from the stored stock by the INSERT itself, inside the caller's
    write transaction: a sale committed on another register a moment ago is counted in it, not
    lost. Returns whether the stock changed (no movement is written for a zero difference).
    """
    difference = select(
        Item.id,
        stock - Item.stock,
        _kind(StockMovementKind.ADJUSTMENT),
        literal(fit_reason(reason), String()),
        _none(),
        _none(),
        _when(created_at),
    ).where(Item.id == item_id, Item.stock != stock)
    written = session.execute(insert(_MOVEMENTS).from_select(_COLUMNS, difference))
    if written.rowcount != 1:  # type: ignore[attr-defined]
        return False
    # ORM-enabled, so an Item the Session holds sees its new stock too.
    session.execute(update(Item).where(Item.id == item_id).values(stock=stock))
    return True


def record_adjustments(
    session: Session, changes: Sequence[tuple[int, int]], *, reason: str, created_at: datetime
) -> None:
    """One executemany of 'adjustment' movements: (item_id, change) pairs, zero changes skipped.

    For callers that read the old stock inside the same write transaction (the CSV import
    compares every row anyway), so the change is exact.
    """
    rows = [
        {
            "item_id": item_id,
            "change": change,
            "kind": StockMovementKind.ADJUSTMENT.value,
            "reason": fit_reason(reason),
            "created_at": created_at,
        }
        for item_id, change in changes
        if change != 0
    ]
    if rows:  # an empty list would run the INSERT once without parameters
        session.connection().execute(insert(_MOVEMENTS), rows)


def record_opening_rows(
    session: Session, openings: Sequence[tuple[int, int, datetime]], *, reason: str
) -> None:
    """One executemany of 'opening' movements: (item_id, quantity, when), zero quantities skipped."""
    rows = [
        {
            "item_id": item_id,
            "change": quantity,
            "kind": StockMovementKind.OPENING.value,
            "reason": fit_reason(reason),
            "created_at": when,
        }
        for item_id, quantity, when in openings
        if quantity != 0
    ]
    if rows:
        session.connection().execute(insert(_MOVEMENTS), rows)
