"""An X or Z report laid out as monospaced text: the same lines on screen, on paper and in a PDF.

A fixed-width layout reads well on a till's screen and on an 80 mm roll alike, and a label
followed by its amount at the right margin lets anyone (or a test) find a figure by its label.
Plain Python: no widgets, so it is cheap to test.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal

from pos_app.controllers.shift_report import ShiftReport, TenderTotal
from pos_app.domain.denominations import denomination_text
from pos_app.domain.money import ZERO, format_money
from pos_app.ui.local_time import local_clock_text, local_time_text

WIDTH = 44
RULE = "-" * WIDTH
TENDER_NAMES = {"cash": "Cash", "card": "Card", "voucher": "Voucher"}


def figure_line(label: str, amount: Decimal, indent: int = 0) -> str:
    """`label` on the left, the amount right-aligned at the margin."""
    text = " " * indent + label
    value = format_money(amount if amount else ZERO)  # never "-0.00"
    return f"{text}{' ' * max(WIDTH - len(text) - len(value), 1)}{value}"


def report_title(report: ShiftReport) -> str:
    state = "closed" if report.is_closed else "open, not final"
    return f"{report.kind} report, shift {report.shift_id} ({state})"


def report_text(report: ShiftReport) -> str:
    """The whole report, one line per figure, lines at most WIDTH characters (longer reasons wrap)."""
    lines = [report_title(report), f"Register {report.register}", f"Cashier  {report.cashier}"]
    lines.append(f"Opened   {local_time_text(report.opened_at)}")
    if report.closed_at is not None:
        lines.append(f"Closed   {local_time_text(report.closed_at)}")
    lines += [
        RULE,
        figure_line(f"Sales ({report.sales_count})", report.gross_sales),
        figure_line(f"Refunds ({report.refund_count})", -report.refunds_total),
        figure_line("Net sales", report.net_sales),
        figure_line("Discounts given (in sales)", report.discounts),
        figure_line("Cash rounding", report.cash_rounding),
        RULE,
        "Sales by tender",
        *_tender_lines(report.sales_by_tender, sign=1),
        "Refunds by tender",
        *_tender_lines(report.refunds_by_tender, sign=-1),
        RULE,
        "Tax per rate (sales less refunds)",
    ]
    if not report.taxes:
        lines.append("  none")
    for tax in report.taxes:
        lines.append(figure_line(f"{tax.name} net", tax.net, indent=2))
        lines.append(figure_line(f"{tax.name} tax", tax.tax, indent=2))
    lines += [
        RULE,
        "Cash drawer",
        figure_line("Opening float", report.opening_float, indent=2),
        figure_line("Cash sales", report.cash_sales, indent=2),
        figure_line("Cash refunds", -report.cash_refunds, indent=2),
        figure_line("Paid in", report.paid_in, indent=2),
        figure_line("Paid out", -report.paid_out, indent=2),
        figure_line("Expected cash", report.expected_cash, indent=2),
    ]
    if report.counted_cash is not None and report.variance is not None:
        lines.append(figure_line("Counted cash", report.counted_cash, indent=2))
        lines.append(figure_line("Variance", report.variance, indent=2))
        lines += [RULE, "Cash counted"]
        lines += [
            figure_line(f"{denomination_text(c.denomination)} x {c.count}", c.amount, indent=2)
            for c in report.counts
        ] or ["  nothing"]
    if report.movements:
        lines += [RULE, "Paid in and out"]
        for movement in report.movements:
            sign = 1 if movement.kind == "paid_in" else -1
            at = local_clock_text(movement.created_at)
            label = f"{'In ' if sign > 0 else 'Out'} {at} {movement.reason}"
            # A long reason wraps at words; the amount stays on its last line.
            room = WIDTH - 2 - len(format_money(-movement.amount)) - 1
            wrapped = textwrap.wrap(label, room, subsequent_indent="      ", break_long_words=True)
            lines += ["  " + part for part in wrapped[:-1]]
            lines.append(figure_line(wrapped[-1], sign * movement.amount, indent=2))
    if not report.is_closed:
        lines += [RULE, "X report: a reading, the shift stays open."]
    return "\n".join(lines) + "\n"


def _tender_lines(tenders: tuple[TenderTotal, ...], sign: int) -> list[str]:
    if not tenders:
        return [figure_line("none", ZERO, indent=2)]
    return [
        figure_line(f"{TENDER_NAMES.get(t.method, t.method)} ({t.count})", sign * t.amount, indent=2)
        for t in tenders
    ]
