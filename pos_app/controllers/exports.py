"""CSV exports from the window: the permission check on the GUI thread, the export on a worker.

An export reads on a connection of its own, on a worker thread (services.csv_export), where no
approval dialog can be shown. So `permit()` checks Permission.EXPORTS where the person is (it may
ask a manager to approve, through the staff controller's approval prompt) and hands out a
one-use permit naming who exported and who approved; `export()` runs only with a permit it
issued, and the audit event it writes carries those names.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from pos_app.controllers.staff import PermissionDeniedError, StaffController
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission
from pos_app.services.export_kinds import ExportKind

if TYPE_CHECKING:
    from pos_app.services.csv_export import ExportReport, Progress


def export_csv(*args: Any, **kwargs: Any) -> ExportReport:
    """pos_app.services.csv_export.export_csv, imported with the first export, not at start-up."""
    from pos_app.services.csv_export import export_csv as write

    return write(*args, **kwargs)


@dataclass(frozen=True, slots=True)
class ExportPermit:
    """Leave to run one export, as `ExportController.permit` gave it."""

    actor: str | None  # None: nobody is logged in (a shop without accounts)
    actor_user_id: int | None
    approver: str | None
    token: str


class ExportController:
    """Exports the shop's orders, lines, items or customers to CSV, checked and audited."""

    def __init__(self, engine: Engine, staff: StaffController) -> None:
        self._engine = engine
        self._staff = staff
        self._open: set[str] = set()
        self._lock = threading.Lock()  # permits are used up on worker threads

    def permit(self) -> ExportPermit:
        """Check that the person at the till may export (asking for approval if they may not)."""
        approver = self._staff.require(Permission.EXPORTS)
        who = self._staff.current
        permit = ExportPermit(
            actor=who.name if who is not None else None,
            actor_user_id=who.id if who is not None else None,
            approver=approver.name if approver is not None else None,
            token=secrets.token_hex(16),
        )
        with self._lock:
            self._open.add(permit.token)
        return permit

    def export(
        self,
        permit: ExportPermit,
        kind: ExportKind,
        path: Path,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        progress: Progress | None = None,
    ) -> ExportReport:
        """Write `kind` to `path` (any thread); CsvExportError when the file cannot be written."""
        with self._lock:
            if permit.token not in self._open:
                raise PermissionDeniedError(
                    translate(
                        "ExportController",
                        "That export was not permitted here, or its permit was used already.",
                    ),
                    Permission.EXPORTS,
                )
            self._open.discard(permit.token)
        recorded_as: dict[str, object] = {"approver": permit.approver}
        if permit.actor is not None:
            recorded_as |= {"actor": permit.actor, "actor_user_id": permit.actor_user_id}
        return export_csv(
            self._engine,
            kind,
            path,
            date_from=date_from,
            date_to=date_to,
            progress=progress,
            recorded_as=recorded_as,
        )
