"""One call per audited action, so each hook in a controller is a single line inside its existing
`with uow.write() as session:` block (easy to merge with the permission checks the staff-accounts
branch adds at the top of the same methods). Each function says what the event's details hold.
The actor is the person logged in, or the open shift's cashier in a shop without accounts
(record_event's actor=None); an approver is named by StaffController.authorised around the action.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pos_app.controllers.audit import record_edit, record_event
from pos_app.db.models import OrderItem
from pos_app.domain.discounts import Discount


def voided(session: Session, order_id: int, reason: str, total: Decimal) -> None:
    record_event(
        session, "void", actor=None, subject=("order", order_id), details={"reason": reason, "total": total}
    )


def discounted(
    session: Session, order_id: int, discount: Discount | None, line_id: int | None = None
) -> None:
    """A line discount (with `line_id`) or a sale discount; `discount` None: the discount was removed."""
    details: dict[str, Any] = (
        {"removed": True}
        if discount is None
        else {"kind": discount.kind, "value": discount.value, "reason": discount.reason}
    )
    if line_id is not None:
        details["line"] = line_id
    record_event(session, "discount", actor=None, subject=("order", order_id), details=details)


def price_overridden(
    session: Session, order_id: int, line: OrderItem, price: Decimal, reason: str | None
) -> None:
    """Before the line changes: its price now, the new one, the catalog's; `reason` None: override removed."""
    details: dict[str, Any] = {
        "line": line.id,
        "old": line.price_paid,
        "new": price,
        "list_price": line.list_price,
    }
    details.update({"removed": True} if reason is None else {"reason": reason})
    record_event(session, "price_override", actor=None, subject=("order", order_id), details=details)


def refunded(
    session: Session,
    order_id: int,
    refund_id: int,
    total: Decimal,
    reason: str,
    destination: Any,
    quantities: Mapping[int, int],
) -> None:
    details = {
        "refund": refund_id,
        "total": total,
        "reason": reason,
        "destination": destination,
        "quantities": {str(line): units for line, units in quantities.items()},
    }
    record_event(session, "refund", actor=None, subject=("order", order_id), details=details)


def customer_deleted(session: Session, customer_id: int, orders: int) -> None:
    # The name is not kept: a deleted customer's personal data must not outlive them here.
    record_event(
        session, "deletion", actor=None, subject=("customer", customer_id), details={"orders_deleted": orders}
    )


def settings_changed(session: Session, before: Any, after: Any) -> None:
    """Old -> new of every setting that changed (none: no event). Both are ShopSettings dataclasses."""
    record_edit(
        session, "settings_change", subject=("settings", None), before=asdict(before), after=asdict(after)
    )


def shift_opened(session: Session, cashier: str, shift_id: int, opening_float: Decimal) -> None:
    record_event(
        session,
        "shift_open",
        actor=cashier,
        subject=("shift", shift_id),
        details={"opening_float": opening_float},
    )


def shift_closed(session: Session, cashier: str, shift_id: int, expected: Decimal, counted: Decimal) -> None:
    details = {"expected": expected, "counted": counted}
    record_event(session, "shift_close", actor=cashier, subject=("shift", shift_id), details=details)


def cash_moved(session: Session, kind: str, shift_id: int, amount: Decimal, reason: str) -> None:
    """`kind` is "paid_in" or "paid_out"."""
    record_event(
        session, kind, actor=None, subject=("shift", shift_id), details={"amount": amount, "reason": reason}
    )


def drawer_opened(session: Session, reason: str) -> None:
    """The drawer opened without a sale (a sale's own drawer kick is part of the sale)."""
    record_event(session, "drawer_open", actor=None, details={"no_sale": True, "reason": reason})


def purged(session: Session, cutoff: date, orders: int, shifts: int, backup: Path) -> None:
    details = {"cutoff": cutoff, "orders": orders, "shifts": shifts, "backup": str(backup)}
    record_event(session, "purge", actor=None, details=details)
