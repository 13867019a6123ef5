"""The import preview's controller: plan a file off the GUI thread, page its rows, apply it.

Planning 100k rows takes a second or more (reading, validating, comparing with the catalog), so
it runs on a worker thread from a QThreadPool. The application's Session is not thread-safe,
so the worker opens its own short-lived Session on the shared engine (SQLAlchemy's pool is
thread-safe; under WAL its read transaction does not block the till) and sends back only the
finished ImportPlan, plain data, through a queued signal. The other way, parsing on the worker
and looking up the catalog on the GUI thread, would put the part that grows with the catalog
back on the GUI thread. Applying runs on the GUI thread through the application's UnitOfWork:
it is one write transaction, and the till must not sell meanwhile anyway.

Signals:
    plan_ready(int, object): the plan (an ImportPlan) for the request with that number.
    plan_failed(int, str): the file of that request cannot be read; the message is fit to show.
    items_imported(): an items import was applied (the catalog changed).
    customers_imported(): a customers import was applied.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pos_app.controllers.errors import UserError
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.transactions import UnitOfWork
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission

if TYPE_CHECKING:
    from pos_app.services.csv_import import CsvImportError, ImportConflictError, ImportPlan, ImportReport
    from pos_app.services.import_mapping import IGNORE, UNMAPPED, FieldSpec
    from pos_app.services.import_plan import PreviewRow, Status

KINDS = ("items", "customers")

__all__ = [
    "IGNORE",
    "KINDS",
    "UNMAPPED",
    "CsvImportError",
    "FieldSpec",
    "ImportConflictError",
    "ImportController",
    "ImportPlan",
    "ImportReport",
    "PlanPageSource",
    "PreviewRow",
    "Status",
]

# The CSV machinery (pos_app.services.csv_import and its helpers) loads with the first import,
# not at start-up: these names are re-exported for the import dialog on first use.
_REEXPORTED = {
    "CsvImportError": "pos_app.services.csv_import",
    "ImportConflictError": "pos_app.services.csv_import",
    "ImportPlan": "pos_app.services.csv_import",
    "ImportReport": "pos_app.services.csv_import",
    "IGNORE": "pos_app.services.import_mapping",
    "UNMAPPED": "pos_app.services.import_mapping",
    "FieldSpec": "pos_app.services.import_mapping",
    "PreviewRow": "pos_app.services.import_plan",
    "Status": "pos_app.services.import_plan",
}


def __getattr__(name: str) -> Any:
    module = _REEXPORTED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


Planner = Callable[[UnitOfWork, Path, "Mapping[int, str] | None"], "ImportPlan"]


def _planner(kind: str) -> Planner:
    from pos_app.services.csv_import import plan_customers, plan_items

    planners: dict[str, Planner] = {"items": plan_items, "customers": plan_customers}
    return planners[kind]


class PlanPageSource:
    """The preview rows of a plan with one status (or all), a page at a time, for PagedTableModel."""

    def __init__(self, plan: ImportPlan, status: Status | None = None) -> None:
        self.plan = plan
        self.status = status

    def count(self) -> int:
        return self.plan.row_count(self.status)

    def fetch(self, offset: int, limit: int) -> Sequence[PreviewRow]:
        return self.plan.preview_rows(self.status, offset, limit)


class _JobSignals(QObject):
    # Lives in the GUI thread; emitted from the worker, so the slots run queued on the GUI thread.
    done = Signal(int, object)
    failed = Signal(int, str)


class _PlanJob(QRunnable):
    def __init__(
        self, number: int, engine: Engine, kind: str, path: Path, mapping: Mapping[int, str] | None
    ) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self._number = number
        self._engine = engine
        self._kind = kind
        self._path = path
        self._mapping = dict(mapping) if mapping else None

    def run(self) -> None:
        from pos_app.services.csv_import import CsvImportError

        try:
            with Session(self._engine, expire_on_commit=False) as session:
                plan = _planner(self._kind)(UnitOfWork(session), self._path, self._mapping)
        except CsvImportError as error:
            self.signals.failed.emit(self._number, str(error))
        except UserError as error:
            self.signals.failed.emit(self._number, error.message)
        except Exception as error:
            self.signals.failed.emit(
                self._number,
                translate("_PlanJob", "the file could not be checked ({error})").format(error=error),
            )
        else:
            self.signals.done.emit(self._number, plan)


class ImportController(QObject):
    """Plans and applies CSV imports of items and customers (see the module docstring)."""

    plan_ready = Signal(int, object)
    plan_failed = Signal(int, str)
    items_imported = Signal()
    customers_imported = Signal()

    def __init__(
        self,
        uow: UnitOfWork,
        engine: Engine,
        parent: QObject | None = None,
        *,
        staff: StaffController | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Applying an import changes the shop's records in bulk: Permission.CATALOG_EDIT
        # (None: scripts and `pos-app import`, unchecked). Planning only reads.
        self._staff = staff
        self._engine = engine
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one file at a time; a newer request waits its turn
        self._numbers = count(1)
        self._jobs: dict[int, _PlanJob] = {}

    def start_plan(self, kind: str, path: Path, mapping: Mapping[int, str] | None = None) -> int:
        """Plan `path` on a worker thread; returns the request number plan_ready/plan_failed carry."""
        if kind not in KINDS:
            raise ValueError(f"unknown import kind {kind!r}")
        number = next(self._numbers)
        job = _PlanJob(number, self._engine, kind, path, mapping)
        job.setAutoDelete(False)  # kept in _jobs until its signal arrives, so its signals live
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        self._jobs[number] = job
        self._pool.start(job)
        return number

    def plan(self, kind: str, path: Path, mapping: Mapping[int, str] | None = None) -> ImportPlan:
        """Plan on the calling thread through the application's Session (scripts and small files)."""
        return _planner(kind)(self._uow, path, mapping)

    def apply(self, plan: ImportPlan) -> ImportReport:
        """Write the plan in one transaction. Raises CsvImportError (nothing written) if it has errors
        or went stale since it was made, UserError for a database problem."""
        from pos_app.services.csv_import import apply_plan

        with guarded(self._staff, Permission.CATALOG_EDIT):
            report = apply_plan(self._uow, plan)
        (self.items_imported if plan.kind == "items" else self.customers_imported).emit()
        return report

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running plans (closing the app, tests); True when none is left."""
        return bool(self._pool.waitForDone(msecs))

    def _on_done(self, number: int, plan: object) -> None:
        self._jobs.pop(number, None)
        self.plan_ready.emit(number, plan)

    def _on_failed(self, number: int, message: str) -> None:
        self._jobs.pop(number, None)
        self.plan_failed.emit(number, message)
