"""spreadsheet_safe: cells a spreadsheet would run as a formula get a leading quote; nothing else changes."""

from __future__ import annotations

import pytest

from pos_app.services.csv_safety import spreadsheet_safe


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
    ],
)
def test_formula_starts_are_quoted(typed: str, written: str) -> None:
    assert spreadsheet_safe(typed) == written


@pytest.mark.parametrize(
    "typed", ["", "Tea", "a=b", "1+1", "ann@example.com", " =not first", "'quoted", "Crème"]
)
def test_other_text_is_left_alone(typed: str) -> None:
    assert spreadsheet_safe(typed) == typed
