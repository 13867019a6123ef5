"""Customers from a CSV file: plan (the dry run the preview shows), then apply (one transaction).

Columns name, email[, phone] (or their aliases, see import_mapping). An email already on file
(compared case-insensitively) updates that customer's name, and phone when the file has a phone
column. A row without an email is always a new customer: there is nothing to recognise it by.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Customer, utc_now
from pos_app.domain.i18n import translate
from pos_app.domain.validation import CustomerDraft, ValidationError, validate_customer
from pos_app.services.import_files import read_csv_file
from pos_app.services.import_gc import collector_paused_during
from pos_app.services.import_mapping import CUSTOMER_FIELDS
from pos_app.services.import_plan import Change, ImportPlan, ImportReport, PlannedRow
from pos_app.services.import_rows import ImportConflictError, as_reason, mapped_rows, new_plan, refuse_unready


class StoredCustomer(NamedTuple):
    id: int
    name: str
    phone: str | None


@collector_paused_during
def plan_customers(uow: UnitOfWork, path: Path, mapping: Mapping[int, str] | None = None) -> ImportPlan:
    """Read and check the whole file against the customer list; writes nothing.

    Raises CsvImportError only for a file that cannot be read at all.
    """
    csv_file = read_csv_file(path)
    plan = new_plan("customers", path, csv_file, CUSTOMER_FIELDS, mapping)
    if plan.problems:
        return plan
    drafts = _validate(plan, mapped_rows(plan, csv_file))
    with uow.read() as session:
        existing = _stored_customers(session)
    has_phone = "phone" in plan.provided
    for line, draft in drafts:
        old = existing.get(draft.email) if draft.email is not None else None
        key = draft.email or ""
        if old is None:
            plan.adds.append(PlannedRow(line, key, draft.name, draft))
            continue
        changes = _changes(old, draft, has_phone=has_phone)
        if changes:
            plan.updates.append(PlannedRow(line, key, draft.name, draft, changes, old))
        else:
            plan.unchanged += 1
    plan.finish_errors()
    return plan


@collector_paused_during
def apply_customers(uow: UnitOfWork, plan: ImportPlan) -> ImportReport:
    """Write a clean plan in one transaction; ImportConflictError if the customers it relies on changed."""
    refuse_unready(plan)
    now = utc_now()
    has_phone = "phone" in plan.provided
    with uow.write() as session:
        existing = _stored_customers(session)
        conflicts = [
            (
                row.line,
                translate("ImportCustomers", "a customer with the email {email} was added").format(
                    email=row.key
                ),
            )
            for row in plan.adds
            if row.key and row.key in existing
        ] + [
            (
                row.line,
                translate(
                    "ImportCustomers", "the customer with the email {email} was changed or removed"
                ).format(email=row.key),
            )
            for row in plan.updates
            if existing.get(row.key) != row.old
        ]
        if conflicts:
            raise ImportConflictError.of(translate("ImportCustomers", "customer list"), sorted(conflicts))
        changed_rows: list[dict[str, Any]] = []
        for row in plan.updates:
            draft: CustomerDraft = row.payload
            values: dict[str, Any] = {"id": row.old.id, "name": draft.name}
            if has_phone:
                values["phone"] = draft.phone
            changed_rows.append(values)
        new_rows = [
            {"name": draft.name, "email": draft.email, "phone": draft.phone, "created_at": now}
            for draft in (row.payload for row in plan.adds)
        ]
        if changed_rows:  # an empty list would run the statement once without parameters
            session.execute(update(Customer), changed_rows)
        if new_rows:
            session.execute(insert(Customer), new_rows)
    return ImportReport(
        added=len(plan.adds), updated=len(plan.updates), unchanged=plan.unchanged, noun="customer"
    )


def _validate(
    plan: ImportPlan, rows: Iterable[tuple[int, tuple[str, ...]]]
) -> list[tuple[int, CustomerDraft]]:
    drafts: list[tuple[int, CustomerDraft]] = []
    email_lines: dict[str, int] = {}
    for line, (name, email, phone) in rows:
        try:
            draft = validate_customer(name=name, email=email, phone=phone)
        except ValidationError as error:
            plan.add_error(line, as_reason(error.message), email.strip(), name.strip())
            continue
        if draft.email is not None:
            first = email_lines.setdefault(draft.email, line)
            if first != line:
                reason = translate(
                    "ImportCustomers", "email {email} appears twice in the file (first on line {first})"
                ).format(email=draft.email, first=first)
                plan.add_error(line, reason, draft.email, draft.name)
                continue
        drafts.append((line, draft))
    return drafts


def _changes(old: StoredCustomer, draft: CustomerDraft, *, has_phone: bool) -> tuple[Change, ...]:
    changes: list[Change] = []
    if old.name != draft.name:
        changes.append(Change("name", old.name, draft.name))
    if has_phone and old.phone != draft.phone:
        changes.append(Change("phone", old.phone, draft.phone))
    return tuple(changes)


def _stored_customers(session: Session) -> dict[str, StoredCustomer]:
    """Customers with an email, by the email in lower case."""
    stored = select(Customer.id, Customer.name, Customer.email, Customer.phone).where(
        Customer.email.is_not(None)
    )
    return {
        email.lower(): StoredCustomer(customer_id, name, phone)
        for customer_id, name, email, phone in session.execute(stored)
        if email is not None
    }
