"""Keeping exported CSV cells from running as spreadsheet formulas (CSV injection).

A cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip
before looking) is read as a formula by Excel, LibreOffice and Google Sheets: an item named
`=HYPERLINK(...)` would become a live link in the owner's export. Such text gets a leading
apostrophe, which spreadsheets show as plain text. Apply it to text cells only: numbers the
program formats itself (a negative amount like -4.50) must stay numbers.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """`text` as a CSV cell that a spreadsheet shows as text, never evaluates."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
