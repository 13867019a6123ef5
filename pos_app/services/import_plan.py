"""What an import would do, worked out before anything is written: the dry run the preview shows.

A plan says how the file was read (encoding, separator, which column feeds which field),
what is wrong with the mapping as a whole (`problems`), and row by row what would happen:
rows to add, rows to update (with each change, old → new), rows left unchanged, and rows with
errors (every one, up to a cap, each with its line number). Only a plan without problems or
errors can be applied; applying re-checks it against the database inside the write transaction.

`preview_rows(status, offset, limit)` gives the rows the preview table shows, a page at a time,
so a 100k-row plan never becomes 100k widgets or formatted strings at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pos_app.domain.i18n import translate
from pos_app.services.import_files import DELIMITER_NAMES, UTF8_BOM
from pos_app.services.import_mapping import FieldSpec

# Listing a million errors helps nobody; the count still says how many there were.
MAX_LISTED_ERRORS = 1000

Status = Literal["add", "update", "error"]
STATUSES: tuple[Status, ...] = ("error", "update", "add")


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that cannot be imported: the line it starts on and why."""

    line: int
    reason: str
    key: str = ""  # the row's SKU or email as written, when it has one
    name: str = ""


class Change(NamedTuple):
    """One field an update changes: 'price 1.19 → 1.25'. Values are kept as they are and
    formatted only when shown (formatting 100k Decimals up front cost more than planning them)."""

    field: str
    old: Any
    new: Any

    def text(self) -> str:
        return f"{_field_name(self.field)} {_shown(self.field, self.old)} → {_shown(self.field, self.new)}"


def _field_name(field: str) -> str:
    """How the preview names a changed field ("tax rate"), looked up when shown (translator installed)."""
    names = {
        "barcode": translate("ImportPlan", "barcode"),
        "name": translate("ImportPlan", "name"),
        "price": translate("ImportPlan", "price"),
        "stock": translate("ImportPlan", "stock"),
        "tax rate": translate("ImportPlan", "tax rate"),
        "phone": translate("ImportPlan", "phone"),
    }
    return names.get(field, field)


def _shown(field: str, value: Any) -> str:
    if value is None:
        return translate("ImportPlan", "none")
    if field == "price":
        return f"{value:,.2f}"
    if field == "tax rate":
        return f"{format(value.normalize(), 'f')}%"
    if field == "stock":
        return f"{value:,}"
    return str(value)


class PlannedRow(NamedTuple):
    """A row to add or update. `payload` is what the apply step writes (validated values).

    A NamedTuple rather than a frozen dataclass: a plan makes one per row, and a frozen
    dataclass costs about 1 µs more to create.
    """

    line: int
    key: str  # the SKU or the email that identifies the row
    name: str
    payload: Any
    changes: tuple[Change, ...] = ()
    old: Any = None  # the stored state the preview compared against (updates)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One line of the preview table."""

    line: int
    status: Status
    key: str
    name: str
    detail: str  # the changes of an update, the reason of an error


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import changed: rows added, existing rows updated, existing rows already identical."""

    added: int
    updated: int
    unchanged: int = 0
    noun: str = "item"

    def summary(self) -> str:
        # Whole phrases per noun and number: a translator cannot inflect a noun slotted in.
        if self.noun == "customer":
            if self.added == 1:
                added = translate("ImportReport", "1 customer added")
            else:
                added = translate("ImportReport", "{count} customers added")
        elif self.noun == "item":
            if self.added == 1:
                added = translate("ImportReport", "1 item added")
            else:
                added = translate("ImportReport", "{count} items added")
        else:
            added = "{count} " + (self.noun if self.added == 1 else f"{self.noun}s") + " added"
        text = added.format(count=f"{self.added:,}")
        text += translate("ImportReport", ", {count} updated").format(count=f"{self.updated:,}")
        if self.unchanged:
            text += translate("ImportReport", ", {count} unchanged").format(count=f"{self.unchanged:,}")
        return text


@dataclass
class ImportPlan:
    """The dry run of importing `path` as `kind` ("items" or "customers"). See the module docstring."""

    kind: str
    path: Path
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    mapping: tuple[str, ...]
    chosen: dict[int, str]  # the person's choices over the guessed mapping
    problems: list[str] = field(default_factory=list)
    adds: list[PlannedRow] = field(default_factory=list)
    updates: list[PlannedRow] = field(default_factory=list)
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    # Which optional fields the file provides (an absent column keeps what is stored).
    provided: frozenset[str] = frozenset()

    @property
    def noun(self) -> str:
        return "item" if self.kind == "items" else "customer"

    @property
    def can_apply(self) -> bool:
        return not self.problems and self.error_count == 0 and bool(self.adds or self.updates)

    @property
    def delimiter_name(self) -> str:
        # Named here rather than through DELIMITER_NAMES: the table is read at import, before the
        # translator is installed.
        if self.delimiter == ",":
            return translate("ImportPlan", "comma")
        if self.delimiter == ";":
            return translate("ImportPlan", "semicolon")
        if self.delimiter == "\t":
            return translate("ImportPlan", "tab")
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    @property
    def encoding_name(self) -> str:
        """The encoding as the preview names it ("UTF-8 with BOM"); `encoding` stays the fixed name."""
        if self.encoding == UTF8_BOM:
            return translate("ImportPlan", "UTF-8 with BOM")
        return self.encoding

    def add_error(self, line: int, reason: str, key: str = "", name: str = "") -> None:
        self.errors.append(RowError(line, reason, key[:64], name[:80]))

    def finish_errors(self) -> None:
        """Order the errors by line (checks run in several passes) and keep the first MAX_LISTED_ERRORS."""
        self.errors.sort(key=lambda error: error.line)
        self.error_count = len(self.errors)
        del self.errors[MAX_LISTED_ERRORS:]

    def summary(self) -> str:
        """Counts as the preview shows them."""
        text = translate("ImportPlan", "{adds} to add, {updates} to update, {errors} with errors").format(
            adds=f"{len(self.adds):,}", updates=f"{len(self.updates):,}", errors=f"{self.error_count:,}"
        )
        if self.unchanged:
            text += translate("ImportPlan", ", {count} unchanged").format(count=f"{self.unchanged:,}")
        return text

    # -- the preview table, a page at a time ---------------------------------------------------

    def row_count(self, status: Status | None = None) -> int:
        """Rows the preview lists for `status` (None: all; errors beyond the cap are not listed)."""
        return sum(len(self._rows_of(each)) for each in self._statuses(status))

    def preview_rows(self, status: Status | None, offset: int, limit: int) -> list[PreviewRow]:
        """Rows `offset`…`offset + limit` of the list for `status`: errors, then updates, then adds."""
        page: list[PreviewRow] = []
        for each in self._statuses(status):
            rows = self._rows_of(each)
            if offset >= len(rows):
                offset -= len(rows)
                continue
            for row in rows[offset : offset + limit - len(page)]:
                page.append(_preview(each, row))
            offset = 0
            if len(page) >= limit:
                break
        return page

    def _statuses(self, status: Status | None) -> tuple[Status, ...]:
        return STATUSES if status is None else (status,)

    def _rows_of(self, status: Status) -> Sequence[PlannedRow | RowError]:
        if status == "error":
            return self.errors
        return self.updates if status == "update" else self.adds


def _preview(status: Status, row: PlannedRow | RowError) -> PreviewRow:
    if isinstance(row, RowError):
        return PreviewRow(row.line, status, row.key, row.name, row.reason)
    detail = ", ".join(change.text() for change in row.changes) if status == "update" else _added(row.payload)
    return PreviewRow(row.line, status, row.key, row.name, detail)


def _added(payload: Any) -> str:
    """What a new row brings besides its key and name."""
    if hasattr(payload, "price"):  # an item
        parts = [
            translate("ImportPlan", "price {value}").format(value=_shown("price", payload.price)),
            translate("ImportPlan", "stock {value}").format(value=_shown("stock", payload.stock)),
            translate("ImportPlan", "tax rate {value}").format(value=_shown("tax rate", payload.tax_rate)),
        ]
        if payload.barcode is not None:
            parts.insert(0, translate("ImportPlan", "barcode {value}").format(value=payload.barcode))
        return ", ".join(parts)
    if getattr(payload, "phone", None):
        return translate("ImportPlan", "phone {value}").format(value=payload.phone)
    return ""
