"""Browsing the audit trail: filtered, keyset-paged reads for the owner's screen and `pos-app audit
list`, and the chain check behind the "Verify chain" button.

The trail only grows (every sale edit with a discount adds a row), so pages are keyset-paged on
the primary key: the next page starts after the last row shown, at the same cost at any depth.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QObject
from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.controllers.audit import check_chain
from pos_app.controllers.audit_rows import AuditFilter, AuditRow, ChainReport
from pos_app.controllers.sql_types import SelectT
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import AUDIT_EVENTS, AuditEvent

PAGE_SIZE = 200
_FIELDS = (
    AuditEvent.id,
    AuditEvent.created_at,
    AuditEvent.event,
    AuditEvent.actor,
    AuditEvent.actor_user_id,
    AuditEvent.approver,
    AuditEvent.register,
    AuditEvent.subject_type,
    AuditEvent.subject_id,
    AuditEvent.details,
    AuditEvent.hash,
)


def _utc_start_of(day: date) -> datetime:
    """Local midnight at the start of `day` as the naive UTC the database stores."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(statement: SelectT, wanted: AuditFilter) -> SelectT:
    if wanted.date_from is not None:
        statement = statement.where(AuditEvent.created_at >= _utc_start_of(wanted.date_from))
    if wanted.date_to is not None:
        statement = statement.where(AuditEvent.created_at < _utc_start_of(wanted.date_to + timedelta(days=1)))
    if wanted.event:
        statement = statement.where(AuditEvent.event == wanted.event)
    if wanted.actor.strip():
        statement = statement.where(AuditEvent.actor.like(_like(wanted.actor.strip()), escape="\\"))
    if wanted.text.strip():
        statement = statement.where(AuditEvent.details.like(_like(wanted.text.strip()), escape="\\"))
    return statement


def audit_page(
    session: Session,
    wanted: AuditFilter,
    *,
    after_id: int | None = None,
    newest_first: bool = True,
    limit: int = PAGE_SIZE,
) -> list[AuditRow]:
    """Up to `limit` events matching `wanted`; `after_id` is the id of the last row of the previous page."""
    statement = _filtered(select(*_FIELDS), wanted)
    if newest_first:
        if after_id is not None:
            statement = statement.where(AuditEvent.id < after_id)
        statement = statement.order_by(AuditEvent.id.desc())
    else:
        if after_id is not None:
            statement = statement.where(AuditEvent.id > after_id)
        statement = statement.order_by(AuditEvent.id)
    return [AuditRow(*row) for row in session.execute(statement.limit(limit)).all()]


def all_events(session: Session, wanted: AuditFilter, *, page: int = 1000) -> Iterator[AuditRow]:
    """Every matching event, oldest first, a page at a time (for the command line)."""
    after: int | None = None
    while True:
        rows = audit_page(session, wanted, after_id=after, newest_first=False, limit=page)
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1].id


class AuditController(QObject):
    """Reads the audit trail for the owner's screen (no signals: the screen re-reads on demand)."""

    events = AUDIT_EVENTS

    def __init__(self, uow: UnitOfWork, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uow = uow

    def page(
        self, wanted: AuditFilter, after_id: int | None = None, limit: int = PAGE_SIZE
    ) -> list[AuditRow]:
        """One page of matching events, newest first."""
        with self._uow.read() as session:
            return audit_page(session, wanted, after_id=after_id, limit=limit)

    def verify(self) -> ChainReport:
        """Walk the whole chain (constant memory) and report the first bad row, if any."""
        with self._uow.read() as session:
            return check_chain(session)
