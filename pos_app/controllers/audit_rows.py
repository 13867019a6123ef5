"""Plain rows of the audit trail for the screen and the command line, and the browse filter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from pos_app.domain.i18n import translate


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One event as shown: times are naive UTC, `details` is the stored canonical JSON text."""

    id: int
    created_at: datetime
    event: str
    actor: str
    actor_user_id: int | None
    approver: str | None
    register: str
    subject_type: str | None
    subject_id: str | None
    details: str
    hash: str

    @property
    def subject(self) -> str:
        if self.subject_type is None:
            return ""
        return f"{self.subject_type} {self.subject_id}" if self.subject_id is not None else self.subject_type


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the owner narrows the trail to; every field optional. Dates are local days, inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    event: str | None = None
    actor: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class BadRow:
    """The first row where the chain breaks, and what is wrong with it."""

    id: int
    created_at: str
    event: str
    problem: str

    def describe(self) -> str:
        return translate("BadRow", "row {id} ({created_at}, {event}): {problem}").format(
            id=self.id, created_at=self.created_at, event=self.event, problem=self.problem
        )


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of walking the whole chain: events checked, the last hash, the first bad row."""

    count: int
    head: str
    bad: BadRow | None
