"""Bring a catalog or a customer list over from a spreadsheet in one go, or not at all.

A shop moving to pos_app has its items in a spreadsheet or another till's export. Half an
import is worse than none (which rows made it?), so an import is two steps:

1. plan (`plan_items`, `plan_customers`): read and check the whole file against the database
   inside a read transaction, writing nothing. The plan (import_plan.ImportPlan) is the dry run
   the GUI previews: encoding and separator detected, column mapping, rows to add, rows to update
   (old → new), and every row with an error, named by its line number as a text editor or
   spreadsheet shows it (the header is line 1; a quoted value spanning lines counts from the
   line where its row starts).
2. apply (`apply_plan`): write a plan without errors in one transaction, re-checking inside it
   that nothing changed meanwhile that would break it.

`import_items` / `import_customers` (the command line's `pos-app import`) do both, refusing the
whole file when any row has an error.

Rules shared by both kinds of file:
- UTF-8, with or without a byte-order mark (what "CSV UTF-8" in spreadsheets writes), or
  Windows-1252 (older "CSV" exports); comma, semicolon or tab separated, guessed from the header.
- A header row; names are trimmed and case-insensitive, in any order, with common aliases
  ("EAN", "Unit price", "Qty"...; see import_mapping). Unknown columns are refused unless
  mapped to "ignore" in the preview, so a misspelt optional column is not silently dropped.
  Columns with an empty header (a spreadsheet's trailing separator) are ignored, as long as no
  row puts a value in them.
- Blank rows are skipped; every other row must have as many fields as the header.
"""

from __future__ import annotations

from pathlib import Path

from pos_app.controllers.transactions import UnitOfWork
from pos_app.services.import_customers import apply_customers, plan_customers
from pos_app.services.import_files import MAX_FILE_BYTES, CsvImportError
from pos_app.services.import_items import apply_items, plan_items
from pos_app.services.import_plan import ImportPlan, ImportReport
from pos_app.services.import_rows import ImportConflictError

ITEM_REQUIRED = ("sku", "barcode", "name", "price")
ITEM_OPTIONAL = ("stock", "tax_rate")
CUSTOMER_REQUIRED = ("name", "email")
CUSTOMER_OPTIONAL = ("phone",)


def import_items(uow: UnitOfWork, path: Path) -> ImportReport:
    """Add or update catalog items from `path` (see import_items for the columns and rules).

    Raises CsvImportError naming every bad row (the first in `line`/`reason`), with nothing written.
    """
    return apply_plan(uow, plan_items(uow, path))


def import_customers(uow: UnitOfWork, path: Path) -> ImportReport:
    """Add or update customers from `path` (see import_customers for the columns and rules).

    Raises CsvImportError naming every bad row (the first in `line`/`reason`), with nothing written.
    """
    return apply_plan(uow, plan_customers(uow, path))


def apply_plan(uow: UnitOfWork, plan: ImportPlan) -> ImportReport:
    """Write `plan` in one transaction; CsvImportError (nothing written) if it has errors or went stale."""
    if plan.kind == "items":
        return apply_items(uow, plan)
    return apply_customers(uow, plan)


__all__ = [
    "MAX_FILE_BYTES",
    "CsvImportError",
    "ImportConflictError",
    "ImportPlan",
    "ImportReport",
    "apply_plan",
    "import_customers",
    "import_items",
    "plan_customers",
    "plan_items",
]
