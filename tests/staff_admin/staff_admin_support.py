"""What the staff-screen tests share: the shop's people and their secrets, and readers of the database.

The readers go to the database itself (not through the controller under test), so a test sees what
was really committed: the users table as plain tuples and the "user_change" audit events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from pos_app.controllers.app import AppControllers
from pos_app.db.models import AuditEvent, User

OWNER, OWNER_PASSWORD = "Olga", "shop-owner-1"
MANAGER, MANAGER_PASSWORD = "Mia", "floor-boss-1"
OTHER_MANAGER, OTHER_MANAGER_PASSWORD = "Max", "second-boss-2"
CASHIER, CASHIER_PIN = "Ann", "4071"
FORMER_CASHIER, FORMER_PIN = "Zed", "6259"


@dataclass(frozen=True)
class Event:
    """A user_change event as stored, its details parsed."""

    actor: str
    actor_user_id: int | None
    approver: str | None
    subject_type: str | None
    subject_id: str | None
    details: dict[str, Any]
    raw_details: str


def users_table(app: AppControllers) -> list[tuple[Any, ...]]:
    """Every column of every account that a change could touch, hashes included, by id."""
    with app.uow.read() as session:
        rows = session.execute(
            select(
                User.id,
                User.name,
                User.role,
                User.active,
                User.pin_hash,
                User.password_hash,
                User.failed_attempts,
                User.locked_until,
            ).order_by(User.id)
        ).all()
    return [tuple(row) for row in rows]


def user_events(app: AppControllers) -> list[Event]:
    """The user_change events, oldest first."""
    with app.uow.read() as session:
        rows = session.execute(
            select(
                AuditEvent.actor,
                AuditEvent.actor_user_id,
                AuditEvent.approver,
                AuditEvent.subject_type,
                AuditEvent.subject_id,
                AuditEvent.details,
            )
            .where(AuditEvent.event == "user_change")
            .order_by(AuditEvent.id)
        ).all()
    return [Event(*row[:5], json.loads(row[5]), row[5]) for row in rows]


def account_id(app: AppControllers, name: str) -> int:
    return app.users.find(name).id
