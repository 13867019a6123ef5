"""The table of the audit trail screen: events matching the owner's filter, newest first, page by page.

The trail only grows, so it is read as ui/growing_model.py reads any journal: newest first, the
next page keyset-paged after the last row when the view scrolls to the bottom.
"""

from __future__ import annotations

import json

from pos_app.controllers.audit_browse import AuditController
from pos_app.controllers.audit_rows import AuditFilter, AuditRow
from pos_app.domain.i18n import translate
from pos_app.ui.growing_model import GrowingTableModel
from pos_app.ui.local_time import local_time_text

PAGE_SIZE = 200
SHORT_DETAILS = 120


def audit_columns() -> tuple[str, ...]:
    """The column headings, translated when the table is made."""
    return (
        "#",
        translate("AuditModel", "Time"),
        translate("AuditModel", "Event"),
        translate("AuditModel", "Who"),
        translate("AuditModel", "Subject"),
        translate("AuditModel", "Details"),
    )


def event_label(event: str) -> str:
    return event.replace("_", " ").capitalize()


def short_details(details: str) -> str:
    """The details on one line: `key: value` pairs, cut to fit a cell."""
    try:
        parsed = json.loads(details)
    except ValueError:
        return details[:SHORT_DETAILS]
    if not isinstance(parsed, dict):
        return details[:SHORT_DETAILS]
    text = "; ".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in parsed.items())
    return text if len(text) <= SHORT_DETAILS else text[: SHORT_DETAILS - 1] + "…"


def _cell(row: AuditRow, column: int) -> str:
    if column == 0:
        return str(row.id)
    if column == 1:
        return local_time_text(row.created_at)
    if column == 2:
        return event_label(row.event)
    if column == 3:
        return (
            row.actor
            if row.approver is None
            else translate("AuditModel", "{actor} (approved by {approver})").format(
                actor=row.actor, approver=row.approver
            )
        )
    if column == 4:
        return row.subject
    return short_details(row.details)


class AuditModel(GrowingTableModel):
    """Audit events matching a filter, newest first, read a page at a time as the view scrolls."""

    def __init__(self, audit: AuditController, page_size: int = PAGE_SIZE) -> None:
        super().__init__(audit_columns(), page_size)
        self._audit = audit
        self._filter = AuditFilter()

    def set_filter(self, wanted: AuditFilter) -> None:
        """Show the events matching `wanted`, starting again from the newest."""
        self._filter = wanted
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def event_at(self, row: int) -> AuditRow | None:
        event: AuditRow | None = self.row_at(row)
        return event

    def _read_page(self, after: AuditRow | None, limit: int) -> list[AuditRow]:
        return self._audit.page(self._filter, None if after is None else after.id, limit)

    def _cell(self, row: AuditRow, column: int) -> str:
        return _cell(row, column)
