"""The tamper-evident audit trail: append an event inside the caller's write transaction, and
verify the hash chain.

Every row carries `prev_hash` (the previous row's `hash`; GENESIS for the first) and
`hash = sha256(prev_hash || canonical JSON of the row's fields)`: sorted keys, no spaces, money
as strings, times as ISO text, the row's id included (so reordering rows breaks the chain).
`audit_head` holds the event count, last id and last hash, updated in the same transaction as
every append: removing the newest rows leaves a head that no longer matches the chain.

Threat model. SQLite triggers refuse UPDATE and DELETE, which stops mistakes and casual edits.
Someone with a SQLite shell can drop the triggers and edit rows; any change to a field, a
removed row (first, middle or last), a reordering or an inserted row is then detected by
`verify_chain`, which names the first bad row. What the chain cannot stop is an attacker who
has this code and rewrites every hash after the edit and the head consistently: only a copy
of the head kept outside the database defeats that (a future Z report printing the head hash
at each shift close is the planned anchor; `pos-app audit verify` prints it today).

Concurrency. The head row is read with SELECT ... FOR UPDATE (ignored by SQLite, where the
write transaction is BEGIN IMMEDIATE and so already the only writer): on PostgreSQL (issue 8)
the row lock serialises appenders, which the chain needs.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, text, update
from sqlalchemy.orm import Session

from pos_app.controllers.audit_rows import BadRow, ChainReport
from pos_app.db.engine import WRITE_TRANSACTION
from pos_app.db.models import AUDIT_EVENTS, AuditEvent, AuditHead, Shift, utc_now
from pos_app.domain.i18n import translate

GENESIS = "0" * 64
PAGE = 2000
NO_SHIFT_ACTOR = "(no open shift)"
DEFAULT_REGISTER = "main"

# Recorded by the staff controllers: login, login_failed, logout (controllers/users.py,
# staff.py) and user_change (staff_admin.py; the old -> new values, never a secret).
STAFF_EVENTS = ("login", "login_failed", "logout", "user_change")

# Who acts, kept on the long-lived Session: the logged-in person (set at login, cleared at
# logout) and, for the length of one approved action, the manager who approved it.
_ACTING = "pos_app.acting"
_APPROVER = "pos_app.approver"
_COLUMNS = (
    "id, created_at, event, actor, actor_user_id, approver, register, "
    "subject_type, subject_id, details, prev_hash, hash"
)


def _plain(value: Any) -> Any:
    """json.dumps' fallback: money and numbers as strings, times as ISO text, enums by value."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"{type(value).__name__} cannot go into an audit event")


def canonical_json(value: Any) -> str:
    """The one serialisation hashed and stored: sorted keys, no whitespace, UTF-8 text kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain)


def _time_text(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def row_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    """sha256 of the previous hash followed by the canonical JSON of the row's fields."""
    return hashlib.sha256((prev_hash + canonical_json(dict(fields))).encode("utf-8")).hexdigest()


def _hashed_fields(
    *,
    id: int,
    created_at: datetime,
    event: str,
    actor: str,
    actor_user_id: int | None,
    approver: str | None,
    register: str,
    subject_type: str | None,
    subject_id: str | None,
    details: str,
) -> dict[str, Any]:
    return {
        "id": id,
        "created_at": _time_text(created_at),
        "event": event,
        "actor": actor,
        "actor_user_id": actor_user_id,
        "approver": approver,
        "register": register,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "details": details,
    }


def set_acting(session: Session, who: tuple[str, int] | None) -> None:
    """Name (account name, user id) as the actor of the events recorded from now on; None: nobody."""
    if who is None:
        session.info.pop(_ACTING, None)
    else:
        session.info[_ACTING] = who


@contextmanager
def approved_by(session: Session, approver: str | None) -> Iterator[None]:
    """Record `approver` on the events written inside the block (one approved action)."""
    previous = session.info.get(_APPROVER)
    session.info[_APPROVER] = approver
    try:
        yield
    finally:
        session.info[_APPROVER] = previous


def shift_actor(session: Session) -> tuple[str, str]:
    """(cashier, register) of the open shift: who acts until staff accounts land."""
    row = session.execute(
        select(Shift.cashier, Shift.register).where(Shift.closed_at.is_(None)).order_by(Shift.id).limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else (NO_SHIFT_ACTOR, DEFAULT_REGISTER)


def record_event(
    session: Session,
    event: str,
    *,
    actor: str | None,
    subject: tuple[str, object] | None = None,
    details: Mapping[str, Any] | None = None,
    approver: str | None = None,
    actor_user_id: int | None = None,
    register: str | None = None,
) -> str:
    """Append one event to the chain inside the caller's write transaction; returns its hash.

    `actor` None means the person logged in (set_acting), or else the open shift's cashier;
    `approver` None means the approver of the action in progress (approved_by), if any.
    `subject` is (type, id), e.g. ("order", 42).
    Call it inside `with uow.write() as session:` so the event commits or rolls back with the
    action it records.
    """
    if event not in AUDIT_EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    if actor is None and _ACTING in session.info:
        actor, actor_user_id = session.info[_ACTING]
    if approver is None:
        approver = session.info.get(_APPROVER)
    if actor is None or register is None:
        cashier, till = shift_actor(session)
        actor = cashier if actor is None else actor
        register = till if register is None else register
    head = session.execute(
        select(AuditHead.count, AuditHead.last_id, AuditHead.last_hash)
        .where(AuditHead.id == 1)
        .with_for_update()
    ).first()
    count, last_id, prev_hash = (head[0], head[1], head[2]) if head is not None else (0, 0, GENESIS)
    fields = _hashed_fields(
        id=last_id + 1,
        created_at=utc_now(),
        event=event,
        actor=actor,
        actor_user_id=actor_user_id,
        approver=approver,
        register=register,
        subject_type=subject[0] if subject is not None else None,
        subject_id=str(subject[1]) if subject is not None and subject[1] is not None else None,
        details=canonical_json(dict(details or {})),
    )
    digest = row_hash(prev_hash, fields)
    values = {**fields, "created_at": datetime.fromisoformat(fields["created_at"])}
    session.execute(insert(AuditEvent).values(**values, prev_hash=prev_hash, hash=digest))
    moved = {"count": count + 1, "last_id": last_id + 1, "last_hash": digest}
    if head is None:
        session.execute(insert(AuditHead).values(id=1, **moved))
    else:
        session.execute(update(AuditHead).where(AuditHead.id == 1).values(**moved))
    return digest


# -- verification ----------------------------------------------------------------------------

Fetch = Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]


def verify_chain(source: Session | Path | str) -> BadRow | None:
    """The first bad row of the chain, or None when it is intact (see check_chain)."""
    return check_chain(source).bad


def check_chain(source: Session | Path | str) -> ChainReport:
    """Walk the whole chain in id order, a page at a time (constant memory), then the head.

    `source` is the app's Session (call inside `uow.read()`) or a SQLite file, opened read-only.
    """
    if isinstance(source, Session):
        connection = source.connection()
        return _walk(lambda sql, params: connection.execute(text(sql), dict(params)).all())
    uri = Path(source).resolve().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as raw:
        return _walk(lambda sql, params: raw.execute(sql, dict(params)).fetchall())


_PAGE_SQL = f"SELECT {_COLUMNS} FROM audit_events WHERE id > :after ORDER BY id LIMIT :limit"


def _walk(fetch: Fetch) -> ChainReport:
    expected_prev, last_id, count = GENESIS, 0, 0
    last: Sequence[Any] | None = None
    while True:
        page = list(fetch(_PAGE_SQL, {"after": last_id, "limit": PAGE}))
        for row in page:
            count += 1
            problem = _row_problem(row, expected_prev)
            if problem is not None:
                return ChainReport(count - 1, expected_prev, _bad(row, problem))
            expected_prev, last_id, last = row[11], row[0], row
        if len(page) < PAGE:
            break
    heads = list(fetch("SELECT count, last_id, last_hash FROM audit_head WHERE id = 1", {}))
    head = heads[0] if heads else (0, 0, GENESIS)
    if tuple(head) != (count, last_id, expected_prev):
        problem = translate(
            "Audit",
            "the trail ends here after {count:,} events, but the head records "
            "{recorded:,} events ending at row {last_row} with hash {hash}…: events "
            "were removed from the end or the head was altered",
        ).format(count=count, recorded=head[0], last_row=head[1], hash=str(head[2])[:12])
        bad = _bad(last, problem) if last is not None else BadRow(0, "-", "-", problem)
        return ChainReport(count, expected_prev, bad)
    return ChainReport(count, expected_prev, None)


def _bad(row: Sequence[Any], problem: str) -> BadRow:
    return BadRow(id=int(row[0]), created_at=str(row[1]), event=str(row[2]), problem=problem)


def _row_problem(row: Sequence[Any], expected_prev: str) -> str | None:
    """What is wrong with one row given the previous row's hash, or None."""
    row_id, created_at, event, actor, user_id, approver, register, s_type, s_id, details, prev, digest = row
    if prev != expected_prev:
        return translate(
            "Audit",
            "its prev_hash does not link to the previous row's hash: a row before it "
            "was removed, inserted or reordered",
        )
    try:
        moment = created_at if isinstance(created_at, datetime) else datetime.fromisoformat(str(created_at))
        fields = _hashed_fields(
            id=int(row_id),
            created_at=moment,
            event=str(event),
            actor=str(actor),
            actor_user_id=None if user_id is None else int(user_id),
            approver=approver,
            register=str(register),
            subject_type=s_type,
            subject_id=s_id,
            details=str(details),
        )
    except (TypeError, ValueError):
        return translate("Audit", "a field no longer holds a valid value: the row was edited")
    if row_hash(str(prev), fields) != digest:
        return translate(
            "Audit", "its hash does not match its contents: the row was edited after it was written"
        )
    return None


# -- helpers for the hooks -------------------------------------------------------------------


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """{field: {"old": ..., "new": ...}} for every field whose value differs."""
    return {
        name: {"old": before.get(name), "new": after.get(name)}
        for name in sorted(set(before) | set(after))
        if before.get(name) != after.get(name)
    }


def record_edit(
    session: Session,
    event: str,
    *,
    subject: tuple[str, object] | None,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    actor: str | None = None,
) -> str | None:
    """Record `event` with the old -> new values when anything changed; None (no event) otherwise."""
    changes = changed_fields(before, after)
    if not changes:
        return None
    return record_event(session, event, actor=actor, subject=subject, details={"changes": changes})


def audited_item(item: Any) -> dict[str, Any]:
    """The catalog fields an item edit is audited for (stock is journaled in stock_movements)."""
    return {
        "sku": item.sku,
        "barcode": item.barcode,
        "name": item.name,
        "price": item.price,
        "tax_rate": item.tax_rate,
        "active": item.active,
    }


def record_item_edit(session: Session, item: Any, before: Mapping[str, Any]) -> str | None:
    """One event for an item edit: `price_change` when the price changed, `deletion` when the item
    was deactivated (and its price kept), `item_change` for any other change; none if unchanged."""
    after = audited_item(item)
    if before.get("price") != after["price"]:
        event = "price_change"
    elif before.get("active") and not after["active"]:
        event = "deletion"
    else:
        event = "item_change"
    return record_edit(session, event, subject=("item", item.id), before=before, after=after)


def record_in_own_transaction(engine: Engine, event: str, **kwargs: Any) -> str:
    """record_event in a short write transaction of its own, for work done outside the app's
    Session (the CSV export runs on a worker thread with its own connection)."""
    with Session(engine) as session:
        session.connection(execution_options={WRITE_TRANSACTION: True})
        digest = record_event(session, event, actor=kwargs.pop("actor", None), **kwargs)
        session.commit()
    return digest
