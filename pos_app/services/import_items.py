"""Items from a CSV file: plan (the dry run the preview shows), then apply (one transaction).

Columns sku, barcode, name, price[, stock, tax_rate] (or their aliases, see import_mapping).
An existing SKU updates that item. Stock and tax rate (in percent) default to 0 when a cell is
empty; when the column is absent altogether, an updated item keeps its stock and rate, so a
price list without stock counts never zeroes the shelf. Every rate an item ends up with must be
a named rate (Catalog → Tax rates…), as in the item form.

Writing is set-based: one SELECT of what exists, executemany updates by primary key, and the
ORM bulk insert (`session.execute(insert(Item), rows)`; per-row ORM objects were 20x slower)
with the search index filled in one statement (import_search_index). The stock journal is
written the same way in the same transaction: one INSERT ... SELECT of 'opening' movements for
the new items, one executemany of 'adjustment' movements for changed stock counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import DateTime, Executable, func, insert, literal_column, select, true, update
from sqlalchemy.orm import Session

from pos_app.controllers.stock_journal import record_adjustments, record_openings
from pos_app.controllers.tax_rates import named_percents, no_rate_message, percent_text
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Item, utc_now
from pos_app.domain.i18n import translate
from pos_app.domain.validation import ValidationError
from pos_app.services.import_checks import ItemChecker, ItemValues
from pos_app.services.import_files import CsvImportError, read_csv_file
from pos_app.services.import_gc import collector_paused_during
from pos_app.services.import_mapping import ITEM_FIELDS
from pos_app.services.import_plan import Change, ImportPlan, ImportReport, PlannedRow
from pos_app.services.import_rows import (
    ImportConflictError,
    as_reason,
    mapped_rows,
    new_plan,
    refuse_unready,
)
from pos_app.services.import_search_index import search_triggers_suspended


class StoredItem(NamedTuple):
    id: int
    sku: str
    barcode: str | None
    name: str
    price: Decimal
    stock: int
    tax_rate: Decimal


_ITEM_STATE = (Item.id, Item.sku, Item.barcode, Item.name, Item.price, Item.stock, Item.tax_rate)


@collector_paused_during
def plan_items(uow: UnitOfWork, path: Path, mapping: Mapping[int, str] | None = None) -> ImportPlan:
    """Read and check the whole file against the catalog; writes nothing.

    `mapping` overrides the guessed column mapping (column index → field key or "ignore").
    Raises CsvImportError only for a file that cannot be read at all.
    """
    csv_file = read_csv_file(path)
    plan = new_plan("items", path, csv_file, ITEM_FIELDS, mapping)
    if plan.problems:
        return plan
    drafts = _validate(plan, mapped_rows(plan, csv_file))
    with uow.read() as session:
        existing = _stored_items(session)
        named = named_percents(session)
    _classify(plan, drafts, existing, named)
    plan.finish_errors()
    return plan


@collector_paused_during
def apply_items(uow: UnitOfWork, plan: ImportPlan) -> ImportReport:
    """Write a clean plan in one transaction, after re-checking it against the catalog as it is now.

    Raises ImportConflictError (nothing written) when the catalog changed since the plan in a way
    that matters: a SKU to add now exists, an item to update was edited or removed, a barcode was
    given to another item, a rate was deleted.
    """
    refuse_unready(plan)
    now = utc_now()
    has_stock = "stock" in plan.provided
    with uow.write() as session:
        # Read inside the write transaction (BEGIN IMMEDIATE): nobody can change the catalog
        # between this check and the writes.
        existing = _stored_items(session)
        _check_unchanged_since_plan(plan, existing, named_percents(session))
        changed_rows: list[dict[str, Any]] = []
        freed_barcodes: list[dict[str, Any]] = []
        stock_changes: list[tuple[int, int]] = []  # (item id, new - old stock)
        for row in plan.updates:
            draft: ItemValues = row.payload
            old: StoredItem = row.old
            changed_rows.append({"id": old.id, **_item_values(draft, plan), "updated_at": now})
            if has_stock and draft.stock != old.stock:
                stock_changes.append((old.id, draft.stock - old.stock))
            if old.barcode is not None and old.barcode != draft.barcode:
                freed_barcodes.append({"id": old.id, "barcode": None})
        last_id = session.scalar(select(func.max(Item.id))) or 0
        # Rebuilding the whole index beats the update trigger once a twentieth of the catalog
        # gets a new name or barcode (see import_search_index).
        searched = sum(
            1
            for row in plan.updates
            if row.old.name != row.payload.name or row.old.barcode != row.payload.barcode
        )
        with search_triggers_suspended(session, after_id=last_id, rebuild=searched > len(existing) // 20):
            # Items swapping barcodes within one file would trip the UNIQUE constraint row by
            # row, so every barcode that moves is released first.
            # (A literal updated_at, as for inserts, measured slower here: bound per row it stays.)
            _execute_many(session, update(Item), freed_barcodes)
            _execute_many(session, update(Item), changed_rows)
            _insert_items(session, [row.payload for row in plan.adds], now)
        name = plan.path.name
        record_adjustments(
            session,
            stock_changes,
            reason=translate("ImportItems", "Stock counted in the CSV import {file}").format(file=name),
            created_at=now,
        )
        record_openings(
            session,
            after_id=last_id,
            reason=translate("ImportItems", "Opening stock from the CSV import {file}").format(file=name),
            created_at=now,
        )
    return ImportReport(
        added=len(plan.adds), updated=len(plan.updates), unchanged=plan.unchanged, noun="item"
    )


# -- planning ---------------------------------------------------------------------------


def _validate(plan: ImportPlan, rows: Iterable[tuple[int, tuple[str, ...]]]) -> list[tuple[int, ItemValues]]:
    checker = ItemChecker()
    drafts: list[tuple[int, ItemValues]] = []
    sku_lines: dict[str, int] = {}
    barcode_lines: dict[str, int] = {}
    for line, (sku, barcode, name, price, stock, tax_rate) in rows:
        try:
            draft = checker.values(sku, barcode, name, price, stock, tax_rate)
        except ValidationError as error:
            plan.add_error(line, as_reason(error.message), sku.strip(), name.strip())
            continue
        first = sku_lines.setdefault(draft.sku, line)
        if first != line:
            plan.add_error(
                line,
                translate(
                    "ImportItems", "SKU {sku} appears twice in the file (first on line {first})"
                ).format(sku=draft.sku, first=first),
                draft.sku,
                draft.name,
            )
            continue
        if draft.barcode is not None:
            first = barcode_lines.setdefault(draft.barcode, line)
            if first != line:
                reason = translate(
                    "ImportItems", "barcode {barcode} appears twice in the file (first on line {first})"
                ).format(barcode=draft.barcode, first=first)
                plan.add_error(line, reason, draft.sku, draft.name)
                continue
        drafts.append((line, draft))
    return drafts


def _classify(
    plan: ImportPlan,
    drafts: list[tuple[int, ItemValues]],
    existing: dict[str, StoredItem],
    named: set[Decimal],
) -> None:
    has_stock = "stock" in plan.provided
    has_tax_rate = "tax_rate" in plan.provided
    kept = _barcodes_kept(existing, {draft.sku for _line, draft in drafts})
    for line, draft in drafts:
        owner = kept.get(draft.barcode) if draft.barcode is not None else None
        if owner is not None:
            reason = translate(
                "ImportItems", "barcode {barcode} is already used by SKU {sku} “{name}”"
            ).format(barcode=draft.barcode, sku=owner.sku, name=owner.name)
            plan.add_error(line, reason, draft.sku, draft.name)
            continue
        old = existing.get(draft.sku)
        # An updated item without a tax_rate column keeps its rate, which is not the file's doing.
        if (has_tax_rate or old is None) and draft.tax_rate not in named:
            plan.add_error(line, as_reason(no_rate_message(draft.tax_rate)), draft.sku, draft.name)
            continue
        if old is None:
            plan.adds.append(PlannedRow(line, draft.sku, draft.name, draft))
            continue
        changes = _changes(old, draft, has_stock=has_stock, has_tax_rate=has_tax_rate)
        if changes:
            plan.updates.append(PlannedRow(line, draft.sku, draft.name, draft, changes, old))
        else:
            plan.unchanged += 1


def _barcodes_kept(existing: dict[str, StoredItem], in_file: set[str]) -> dict[str, StoredItem]:
    """Barcodes of items the file leaves alone: refused to others. Items in the file may trade theirs."""
    return {
        row.barcode: row for sku, row in existing.items() if row.barcode is not None and sku not in in_file
    }


def _changes(
    old: StoredItem, draft: ItemValues, *, has_stock: bool, has_tax_rate: bool
) -> tuple[Change, ...]:
    changes: list[Change] = []
    if old.barcode != draft.barcode:
        changes.append(Change("barcode", old.barcode, draft.barcode))
    if old.name != draft.name:
        changes.append(Change("name", old.name, draft.name))
    if old.price != draft.price:
        changes.append(Change("price", old.price, draft.price))
    if has_stock and old.stock != draft.stock:
        changes.append(Change("stock", old.stock, draft.stock))
    if has_tax_rate and old.tax_rate != draft.tax_rate:
        changes.append(Change("tax rate", old.tax_rate, draft.tax_rate))
    return tuple(changes)


def _stored_items(session: Session) -> dict[str, StoredItem]:
    return {row.sku: row for row in map(StoredItem._make, session.execute(select(*_ITEM_STATE)))}


# -- applying ---------------------------------------------------------------------------


def _check_unchanged_since_plan(
    plan: ImportPlan, existing: dict[str, StoredItem], named: set[Decimal]
) -> None:
    has_tax_rate = "tax_rate" in plan.provided
    written = [*plan.updates, *plan.adds]
    kept = _barcodes_kept(existing, {row.key for row in written})
    conflicts: list[tuple[int, str]] = []
    for row in plan.adds:
        now = existing.get(row.key)
        if now is not None:
            conflicts.append(
                (
                    row.line,
                    translate("ImportItems", "SKU {sku} was added to the catalog (“{name}”)").format(
                        sku=row.key, name=now.name
                    ),
                )
            )
    # A sale meanwhile moves the stock: that matters only to a file that sets the stock.
    has_stock = "stock" in plan.provided
    for row in plan.updates:
        now = existing.get(row.key)
        if now is None or (now if has_stock else now._replace(stock=row.old.stock)) != row.old:
            conflicts.append(
                (row.line, translate("ImportItems", "item {sku} was changed or removed").format(sku=row.key))
            )
    for row in written:
        draft: ItemValues = row.payload
        owner = kept.get(draft.barcode) if draft.barcode is not None else None
        if owner is not None:
            conflicts.append(
                (
                    row.line,
                    translate("ImportItems", "barcode {barcode} was given to SKU {sku} “{name}”").format(
                        barcode=draft.barcode, sku=owner.sku, name=owner.name
                    ),
                )
            )
        elif (has_tax_rate or row.old is None) and draft.tax_rate not in named:
            conflicts.append(
                (
                    row.line,
                    translate("ImportItems", "the tax rate of {percent}% was deleted").format(
                        percent=percent_text(draft.tax_rate)
                    ),
                )
            )
    if conflicts:
        raise ImportConflictError.of(translate("ImportItems", "catalog"), sorted(conflicts))


def _item_values(draft: ItemValues, plan: ImportPlan) -> dict[str, Any]:
    values: dict[str, Any] = {"barcode": draft.barcode, "name": draft.name, "price": draft.price}
    if "stock" in plan.provided:
        values["stock"] = draft.stock
    if "tax_rate" in plan.provided:
        values["tax_rate"] = draft.tax_rate
    return values


def _insert_items(session: Session, drafts: list[ItemValues], now: datetime) -> None:
    """The ORM bulk insert of new items, with the columns every row shares given once as SQL.

    Binding `active`, `created_at` and `updated_at` per row cost a third of the insert (SQLite's
    DateTime bind processor formats each datetime); as literals they are rendered once.
    """
    if not drafts:
        return
    stamp = _literal_time(session, now)
    statement = insert(Item).values(active=true(), created_at=stamp, updated_at=stamp)
    session.execute(statement, [draft._asdict() for draft in drafts])


def _literal_time(session: Session, when: datetime) -> Any:
    """`when` as SQL text: one timestamp for every row of a bulk statement, formatted once.

    Rendered by the dialect's own DateTime literal processor, so it is stored exactly as a bound
    value would be (tests/imports compares the two)."""
    render = DateTime().literal_processor(session.get_bind().dialect)  # type: ignore[no-untyped-call]
    return literal_column(render(when), DateTime)


def _execute_many(session: Session, statement: Executable, rows: list[dict[str, Any]]) -> None:
    # An ORM insert/update with a list of parameter sets runs as one executemany; an
    # empty list would instead run the statement once without parameters.
    if rows:
        session.execute(statement, rows)


__all__ = ["CsvImportError", "ImportConflictError", "StoredItem", "apply_items", "plan_items"]
