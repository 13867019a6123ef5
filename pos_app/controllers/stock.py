"""Reading the stock journal for a screen: an item's movements, newest first, a page at a time.

The journal only grows, and an item sold every day gathers thousands of movements, so pages
are keyset-paged on (created_at, id) over the (item_id, created_at) index: the next page starts
after the last row shown, at the same cost however far back the reader scrolls. The writers
are in stock_journal.py (and deliveries.py); the stock list and adjustments in stock_levels.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject
from sqlalchemy import and_, or_, select

from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Delivery, Order, StockMovement

PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class StockMovementRow:
    """One movement as a screen shows it; `receipt_no` is the sale's receipt for sale movements,
    `supplier` and `delivery_reference` the delivery's for delivery movements."""

    id: int
    item_id: int
    created_at: datetime
    kind: str
    change: int
    reason: str | None
    order_id: int | None
    receipt_no: int | None
    refund_id: int | None
    delivery_id: int | None = None
    supplier: str | None = None
    delivery_reference: str | None = None


class StockController(QObject):
    """Reads the stock journal (no signals: it changes with every sale, screens re-read on show)."""

    def __init__(self, uow: UnitOfWork, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uow = uow

    def movements(
        self, item_id: int, *, after: StockMovementRow | None = None, limit: int = PAGE_SIZE
    ) -> list[StockMovementRow]:
        """Up to `limit` movements of the item, newest first; `after` is the last row of the previous page."""
        statement = (
            select(
                StockMovement.id,
                StockMovement.item_id,
                StockMovement.created_at,
                StockMovement.kind,
                StockMovement.change,
                StockMovement.reason,
                StockMovement.order_id,
                Order.receipt_no,
                StockMovement.refund_id,
                StockMovement.delivery_id,
                Delivery.supplier,
                Delivery.reference,
            )
            .outerjoin(Order, Order.id == StockMovement.order_id)
            .outerjoin(Delivery, Delivery.id == StockMovement.delivery_id)
            .where(StockMovement.item_id == item_id)
            .order_by(StockMovement.created_at.desc(), StockMovement.id.desc())
            .limit(max(limit, 0))
        )
        if after is not None:
            statement = statement.where(
                or_(
                    StockMovement.created_at < after.created_at,
                    and_(StockMovement.created_at == after.created_at, StockMovement.id < after.id),
                )
            )
        with self._uow.read() as session:
            return [StockMovementRow(*row) for row in session.execute(statement)]
