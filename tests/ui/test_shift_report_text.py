"""The report's text layout: every line fits the width, amounts sit at the margin, no "-0.00"."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pos_app.controllers.shift_report import CountLine, MovementLine, ShiftReport, TaxTotal, TenderTotal
from pos_app.ui.local_time import local_clock_text
from pos_app.ui.shift_report_text import WIDTH, figure_line, report_text

D = Decimal
AT = datetime(2026, 3, 2, 9, 30)


def report(**changes) -> ShiftReport:
    values = {
        "shift_id": 4,
        "register": "main",
        "cashier": "Ann",
        "opened_at": AT,
        "closed_at": None,
        "opening_float": D("100.00"),
        "sales_count": 0,
        "gross_sales": D("0.00"),
        "discounts": D("0.00"),
        "cash_rounding": D("0.00"),
        "refund_count": 0,
        "refunds_total": D("0.00"),
        "net_sales": D("0.00"),
        "taxes": (),
        "sales_by_tender": (),
        "refunds_by_tender": (),
        "paid_in": D("0.00"),
        "paid_out": D("0.00"),
        "movements": (),
        "expected_cash": D("100.00"),
        "counted_cash": None,
        "counts": (),
        "variance": None,
    }
    values.update(changes)
    return ShiftReport(**values)


def test_an_empty_x_report_has_no_negative_zeros_and_says_it_is_not_final():
    text = report_text(report())
    assert text.startswith("X report, shift 4 (open, not final)\n")
    assert "-0.00" not in text
    assert figure_line("Refunds (0)", D("0.00")) in text
    assert "Counted cash" not in text
    assert text.rstrip().endswith("X report: a reading, the shift stays open.")


def test_a_z_report_lists_everything_within_the_width():
    z = report(
        closed_at=datetime(2026, 3, 2, 17, 5),
        sales_count=2,
        gross_sales=D("1234.50"),
        refund_count=1,
        refunds_total=D("4.50"),
        net_sales=D("1230.00"),
        taxes=(TaxTotal("Standard", D("20.00"), D("1025.00"), D("205.00")),),
        sales_by_tender=(TenderTotal("cash", 1, D("34.50")), TenderTotal("card", 1, D("1200.00"))),
        refunds_by_tender=(TenderTotal("cash", 1, D("4.50")),),
        paid_out=D("3.00"),
        movements=(MovementLine("paid_out", D("3.00"), "A very long reason " * 4, AT),),
        expected_cash=D("127.00"),
        counted_cash=D("126.50"),
        counts=(CountLine(D("100.00"), 1, D("100.00")), CountLine(D("0.50"), 53, D("26.50"))),
        variance=D("-0.50"),
    )
    text = report_text(z)
    lines = text.splitlines()
    assert lines[0] == "Z report, shift 4 (closed)"
    assert all(len(line) <= WIDTH for line in lines)
    for expected in (
        figure_line("Sales (2)", D("1234.50")),
        figure_line("Refunds (1)", D("-4.50")),
        figure_line("Card (1)", D("1200.00"), indent=2),
        figure_line("Cash (1)", D("-4.50"), indent=2),
        figure_line("Standard tax", D("205.00"), indent=2),
        figure_line("Variance", D("-0.50"), indent=2),
        figure_line("0.50 x 53", D("26.50"), indent=2),
    ):
        assert expected in lines
    assert "1,234.50" in text
    # The long reason wrapped at words; its amount is on the last of its lines.
    at = local_clock_text(AT)  # shown in the shop's time zone and locale
    out = next(i for i, line in enumerate(lines) if line.startswith(f"  Out {at} A very long reason"))
    reason_lines = lines[out:]
    assert len(reason_lines) == 3
    assert all(line.startswith("        ") for line in reason_lines[1:])
    assert reason_lines[-1].endswith(" -3.00")
    assert " ".join(line.strip() for line in reason_lines).startswith(
        f"Out {at} " + "A very long reason " * 3
    )
