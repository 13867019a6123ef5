"""Bring a catalog or a customer list over from a spreadsheet in one go, or not at all.

A shop moving to pos_app has its items in a spreadsheet or another till's export. Half
an import is worse than none (which rows made it?), so the whole file is checked first
and written in one transaction; the first bad row stops everything and is named by its
line number as a text editor or spreadsheet shows it (the header is line 1; a quoted
value spanning lines counts from the line where its row starts).

Rules shared by both kinds of file:
- UTF-8, with or without a byte-order mark (what "CSV UTF-8" in spreadsheets writes);
  comma, semicolon or tab separated, guessed from the header line.
- A header row; names are trimmed and case-insensitive, in any order. Unknown columns are
  refused rather than ignored, so a misspelt optional column is not silently dropped.
  Columns with an empty header (a spreadsheet's trailing separator) are ignored, as long
  as no row puts a value in them.
- Blank rows are skipped; every other row must have as many fields as the header.

Writing uses set-based SQL (one query for what exists, executemany inserts and updates by
primary key): per-row ORM objects made a 100k-item import about 20x slower. The stock journal
is written the same way in the same transaction: one INSERT ... SELECT of 'opening' movements
for the new items, one executemany of 'adjustment' movements for changed stock counts.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Executable, insert, select, update
from sqlalchemy.orm import Session

from pos_app.controllers.stock_journal import record_adjustments, record_openings
from pos_app.controllers.tax_rates import named_percents, no_rate_message
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Customer, Item, utc_now
from pos_app.domain.validation import (
    CustomerDraft,
    ItemDraft,
    ValidationError,
    validate_customer,
    validate_item,
)

# 100k items take about 6 MB; far beyond that the file is more likely a mistake than a
# catalog, and reading it whole would only cost memory before the first error shows.
MAX_FILE_BYTES = 64 * 1024 * 1024

ITEM_REQUIRED = ("sku", "barcode", "name", "price")
ITEM_OPTIONAL = ("stock", "tax_rate")
CUSTOMER_REQUIRED = ("name", "email")
CUSTOMER_OPTIONAL = ("phone",)

_DELIMITERS = (",", ";", "\t")


class CsvImportError(Exception):
    """The file cannot be imported; nothing was written. `line` is None for whole-file problems."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class ImportReport:
    """What an import changed: rows added, existing rows updated, existing rows already identical."""

    added: int
    updated: int
    unchanged: int = 0
    noun: str = "item"

    def summary(self) -> str:
        plural = self.noun if self.added == 1 else f"{self.noun}s"
        text = f"{self.added:,} {plural} added, {self.updated:,} updated"
        if self.unchanged:
            text += f", {self.unchanged:,} unchanged"
        return text


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    values: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Table:
    columns: frozenset[str]
    rows: list[_Row]


class _StoredItem(NamedTuple):
    id: int
    sku: str
    barcode: str | None
    name: str
    price: Decimal
    stock: int
    tax_rate: Decimal


# -- items ------------------------------------------------------------------------------


def import_items(uow: UnitOfWork, path: Path) -> ImportReport:
    """Add or update catalog items from `path`; columns sku, barcode, name, price[, stock, tax_rate].

    An existing SKU updates that item. Stock and tax rate (in percent) default to 0 when a
    cell is empty; when the column is absent altogether, an updated item keeps its stock
    and rate, so a price list without stock counts never zeroes the shelf. Every rate an
    item ends up with must be a named rate (Catalog → Tax rates…), as in the item form.

    Raises CsvImportError for the first problem found, with nothing written.
    """
    table = _read_table(path, ITEM_REQUIRED, ITEM_OPTIONAL)
    drafts = _validate_items(table.rows)
    has_stock = "stock" in table.columns
    has_tax_rate = "tax_rate" in table.columns
    now = utc_now()
    with uow.write() as session:
        # Read inside the write transaction (BEGIN IMMEDIATE): nobody can add a clashing
        # item between this check and the writes.
        existing = {row.sku: row for row in map(_StoredItem._make, session.execute(select(*_ITEM_STATE)))}
        _check_barcodes_free(drafts, existing)
        _check_rates_named(session, drafts, existing, has_tax_rate=has_tax_rate)
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        freed_barcodes: list[dict[str, Any]] = []
        # (item id, new - old stock): the old stock was read above inside this same transaction.
        stock_changes: list[tuple[int, int]] = []
        unchanged = 0
        for _line, draft in drafts:
            old = existing.get(draft.sku)
            if old is None:
                new_rows.append(_new_item(draft, now))
                continue
            values = _item_changes(draft, has_stock=has_stock, has_tax_rate=has_tax_rate)
            if all(getattr(old, key) == value for key, value in values.items()):
                unchanged += 1
                continue
            changed_rows.append({"id": old.id, **values, "updated_at": now})
            if has_stock and draft.stock != old.stock:
                stock_changes.append((old.id, draft.stock - old.stock))
            if old.barcode is not None and old.barcode != draft.barcode:
                freed_barcodes.append({"id": old.id, "barcode": None})
        # Items swapping barcodes within one file would trip the UNIQUE constraint row by
        # row, so every barcode that moves is released first.
        last_id = max((row.id for row in existing.values()), default=0)
        _execute_many(session, update(Item), freed_barcodes)
        _execute_many(session, update(Item), changed_rows)
        _execute_many(session, insert(Item), new_rows)
        record_adjustments(
            session, stock_changes, reason=f"Stock counted in the CSV import {path.name}", created_at=now
        )
        record_openings(
            session, after_id=last_id, reason=f"Opening stock from the CSV import {path.name}", created_at=now
        )
    return ImportReport(added=len(new_rows), updated=len(changed_rows), unchanged=unchanged, noun="item")


_ITEM_STATE = (Item.id, Item.sku, Item.barcode, Item.name, Item.price, Item.stock, Item.tax_rate)


def _validate_items(rows: Iterable[_Row]) -> list[tuple[int, ItemDraft]]:
    drafts: list[tuple[int, ItemDraft]] = []
    sku_lines: dict[str, int] = {}
    barcode_lines: dict[str, int] = {}
    for row in rows:
        values = row.values
        try:
            draft = validate_item(
                sku=values["sku"],
                barcode=values["barcode"],
                name=values["name"],
                price=values["price"],
                stock=values.get("stock", "").strip() or "0",
                tax_rate=values.get("tax_rate", "").strip() or "0",
            )
        except ValidationError as error:
            raise CsvImportError(_as_reason(error.message), row.line) from None
        first = sku_lines.setdefault(draft.sku, row.line)
        if first != row.line:
            raise CsvImportError(
                f"SKU {draft.sku} appears twice in the file (first on line {first})", row.line
            )
        if draft.barcode is not None:
            first = barcode_lines.setdefault(draft.barcode, row.line)
            if first != row.line:
                raise CsvImportError(
                    f"barcode {draft.barcode} appears twice in the file (first on line {first})", row.line
                )
        drafts.append((row.line, draft))
    return drafts


def _check_barcodes_free(drafts: list[tuple[int, ItemDraft]], existing: dict[str, _StoredItem]) -> None:
    """Refuse a barcode that an item outside the file keeps; items in the file may trade theirs."""
    in_file = {draft.sku for _line, draft in drafts}
    kept = {
        row.barcode: row for sku, row in existing.items() if row.barcode is not None and sku not in in_file
    }
    for line, draft in drafts:
        owner = kept.get(draft.barcode) if draft.barcode is not None else None
        if owner is not None:
            raise CsvImportError(
                f"barcode {draft.barcode} is already used by SKU {owner.sku} “{owner.name}”", line
            )


def _check_rates_named(
    session: Session,
    drafts: list[tuple[int, ItemDraft]],
    existing: dict[str, _StoredItem],
    *,
    has_tax_rate: bool,
) -> None:
    """Refuse a row whose item would be at a percent with no named rate (an updated item without a
    tax_rate column keeps its rate, which is not the file's doing)."""
    named = named_percents(session)
    for line, draft in drafts:
        if (has_tax_rate or draft.sku not in existing) and draft.tax_rate not in named:
            raise CsvImportError(_as_reason(no_rate_message(draft.tax_rate)), line)


def _new_item(draft: ItemDraft, now: datetime) -> dict[str, Any]:
    return {
        "sku": draft.sku,
        "barcode": draft.barcode,
        "name": draft.name,
        "price": draft.price,
        "stock": draft.stock,
        "tax_rate": draft.tax_rate,
        "active": True,
        "created_at": now,
        "updated_at": now,
    }


def _item_changes(draft: ItemDraft, *, has_stock: bool, has_tax_rate: bool) -> dict[str, Any]:
    values: dict[str, Any] = {"barcode": draft.barcode, "name": draft.name, "price": draft.price}
    if has_stock:
        values["stock"] = draft.stock
    if has_tax_rate:
        values["tax_rate"] = draft.tax_rate
    return values


# -- customers --------------------------------------------------------------------------


def import_customers(uow: UnitOfWork, path: Path) -> ImportReport:
    """Add or update customers from `path`; columns name, email[, phone].

    An email already on file (compared case-insensitively) updates that customer's name,
    and phone when the file has a phone column. A row without an email is always a new
    customer: there is nothing to recognise it by.

    Raises CsvImportError for the first problem found, with nothing written.
    """
    table = _read_table(path, CUSTOMER_REQUIRED, CUSTOMER_OPTIONAL)
    drafts = _validate_customers(table.rows)
    has_phone = "phone" in table.columns
    now = utc_now()
    with uow.write() as session:
        stored = select(Customer.id, Customer.name, Customer.email, Customer.phone)
        existing = {
            email.lower(): (customer_id, name, phone)
            for customer_id, name, email, phone in session.execute(stored)
            if email is not None
        }
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        unchanged = 0
        for draft in drafts:
            old = existing.get(draft.email) if draft.email is not None else None
            if old is None:
                new_rows.append(
                    {"name": draft.name, "email": draft.email, "phone": draft.phone, "created_at": now}
                )
                continue
            customer_id, old_name, old_phone = old
            values: dict[str, Any] = {"name": draft.name}
            if has_phone:
                values["phone"] = draft.phone
            if old_name == draft.name and (not has_phone or old_phone == draft.phone):
                unchanged += 1
                continue
            changed_rows.append({"id": customer_id, **values})
        _execute_many(session, update(Customer), changed_rows)
        _execute_many(session, insert(Customer), new_rows)
    return ImportReport(added=len(new_rows), updated=len(changed_rows), unchanged=unchanged, noun="customer")


def _validate_customers(rows: Iterable[_Row]) -> list[CustomerDraft]:
    drafts: list[CustomerDraft] = []
    email_lines: dict[str, int] = {}
    for row in rows:
        values = row.values
        try:
            draft = validate_customer(
                name=values["name"], email=values["email"], phone=values.get("phone", "")
            )
        except ValidationError as error:
            raise CsvImportError(_as_reason(error.message), row.line) from None
        if draft.email is not None:
            first = email_lines.setdefault(draft.email, row.line)
            if first != row.line:
                raise CsvImportError(
                    f"email {draft.email} appears twice in the file (first on line {first})", row.line
                )
        drafts.append(draft)
    return drafts


# -- reading the file -------------------------------------------------------------------


def _read_table(path: Path, required: tuple[str, ...], optional: tuple[str, ...]) -> _Table:
    text = _read_text(path)
    if not text.strip():
        raise CsvImportError("the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_guess_delimiter(text), strict=True)
    rows = _numbered_rows(reader)
    header = next(rows, None)
    if header is None:
        raise CsvImportError("the file is empty")
    columns = _parse_header(header[1], required, optional)
    width = len(columns)
    parsed: list[_Row] = []
    for line, fields in rows:
        if len(fields) != width:
            hint = (
                " (a value containing the separator must be in double quotes)" if len(fields) > width else ""
            )
            raise CsvImportError(f"expected {width} fields as in the header, found {len(fields)}{hint}", line)
        values: dict[str, str] = {}
        for column, value in zip(columns, fields, strict=True):
            if column is not None:
                values[column] = value
            elif value.strip():
                raise CsvImportError(f"value {_shorten(value)!r} is in a column without a name", line)
        parsed.append(_Row(line, values))
    if not parsed:
        raise CsvImportError("the file has a header but no rows")
    return _Table(frozenset(c for c in columns if c is not None), parsed)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CsvImportError(
                f"the file is too large ({size / 1_048_576:,.1f} MB, at most "
                f"{MAX_FILE_BYTES // 1_048_576} MB); split it into smaller files"
            )
        data = path.read_bytes()
    except OSError as error:
        raise CsvImportError(f"cannot read the file ({error.strerror or error})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        byte = error.object[error.start]
        raise CsvImportError(
            f"the file is not UTF-8 text (byte 0x{byte:02X} cannot be read); "
            "save it from the spreadsheet as “CSV UTF-8”",
            line,
        ) from None
    # Some Python versions' csv module pass NUL through; it is never part of a name or a code.
    nul = text.find("\x00")
    if nul >= 0:
        raise CsvImportError(
            "the file contains a NUL character: it is not a CSV text file", _line_at(text, nul)
        )
    return text


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _guess_delimiter(text: str) -> str:
    # Spreadsheets in comma-decimal locales write ';'; the header names contain none of these.
    first_line = re.split(r"[\r\n]", text.lstrip("\r\n"), maxsplit=1)[0]
    return max(_DELIMITERS, key=first_line.count)


def _numbered_rows(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with the line on which each starts; csv errors become CsvImportErrors."""
    ended_on = 0
    while True:
        try:
            fields: list[str] = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise CsvImportError(f"the row cannot be read as CSV ({error})", reader.line_num) from None
        starts_on = ended_on + 1
        ended_on = reader.line_num
        if any(field.strip() for field in fields):
            yield starts_on, fields


def _parse_header(
    fields: list[str], required: tuple[str, ...], optional: tuple[str, ...]
) -> list[str | None]:
    """Map each header field to a known column name, or None for an unnamed (ignored) column."""
    expected = f"expected {', '.join(required)} and optionally {', '.join(optional)}"
    columns: list[str | None] = []
    unknown: list[str] = []
    for field in fields:
        # "Tax rate", "TAX-RATE" and "tax_rate" all name the same column.
        name = "_".join(field.strip().lower().replace("-", " ").split())
        if name and name in columns:
            raise CsvImportError(f"the header names the column {field.strip()!r} twice")
        if name and name not in required and name not in optional:
            unknown.append(field.strip())
        columns.append(name or None)
    if not any(name in required for name in columns):
        raise CsvImportError(f"the first line must be a header naming the columns; {expected}")
    if unknown:
        raise CsvImportError(f"unknown column {_listing(unknown)} in the header; {expected}")
    missing = [name for name in required if name not in columns]
    if missing:
        raise CsvImportError(f"the header lacks the column {_listing(missing)}; {expected}")
    return columns


# -- helpers ----------------------------------------------------------------------------


def _execute_many(session: Session, statement: Executable, rows: list[dict[str, Any]]) -> None:
    # An ORM insert/update with a list of parameter sets runs as one executemany; an
    # empty list would instead run the statement once without parameters.
    if rows:
        session.execute(statement, rows)


def _as_reason(message: str) -> str:
    """'Price must be…' reads as 'line 7: price must be…'; acronyms such as SKU keep their case."""
    if len(message) > 1 and message[0].isupper() and not message[1].isupper():
        return message[0].lower() + message[1:]
    return message


def _listing(names: list[str]) -> str:
    return ", ".join(repr(name) for name in names)


def _shorten(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
