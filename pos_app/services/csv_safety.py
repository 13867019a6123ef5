"""Keep a spreadsheet from running a CSV cell as a formula (CSV injection).

A customer named `=HYPERLINK(...)` or an item called `+1 free` would be evaluated by Excel or
LibreOffice when an owner opens an export. OWASP's advice: prefix a single quote to any cell
starting with `=`, `+`, `-`, `@`, a tab or a carriage return, so the spreadsheet shows it as text.

Apply it to text that people typed (names, SKUs, emails...), not to numbers the app writes
itself: a refund's `-1.50` is data, and quoting it would turn it into text in the sheet.
"""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """`value`, with a leading single quote if a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
