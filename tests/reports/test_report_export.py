"""The writers shared by `pos-app report` and the Reports tab: spreadsheet-safe text, money cells,
JSON values, the text table's title for each kind of date range."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pos_app.controllers.report_rows import ReportKind, ReportTable
from pos_app.services.csv_safety import spreadsheet_safe
from pos_app.services.report_export import cell_text, csv_text, json_text, report_heading, text_table


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@Anna", "'@Anna"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("Anna", "Anna"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_spreadsheet_safe(text, safe):
    assert spreadsheet_safe(text) == safe


def table(rows, first=None, last=None) -> ReportTable:
    return ReportTable(ReportKind.CUSTOMER, "Sales by customer", ("customer_id", "customer", "net_sales"),
                       rows, 1, 2, first, last)  # fmt: skip


def test_cells_numbers_stay_numbers_and_text_is_made_safe():
    rows = ((None, "-Bob", Decimal("-4.50")), (7, "Ann", Decimal("1234.5")))
    assert csv_text(table(rows)) == "customer_id,customer,net_sales\n,'-Bob,-4.50\n7,Ann,1234.50\n"
    assert json_text(table(rows)).replace(" ", "").replace("\n", "") == (
        '[{"customer_id":null,"customer":"-Bob","net_sales":"-4.50"},'
        '{"customer_id":7,"customer":"Ann","net_sales":"1234.50"}]'
    )
    assert [cell_text(c) for c in (None, 3, Decimal("0"), "x")] == ["", "3", "0.00", "x"]


def test_text_table_headings_and_an_empty_report():
    assert report_heading(table(())) == "Sales by customer, all dates"
    assert report_heading(table((), last=date(2026, 1, 31))) == "Sales by customer, up to 2026-01-31"
    assert report_heading(table((), date(2026, 1, 1), date(2026, 1, 31))) == (
        "Sales by customer, 2026-01-01 to 2026-01-31"
    )
    assert text_table(table(())).splitlines()[-1] == "(no sales in this range)"
