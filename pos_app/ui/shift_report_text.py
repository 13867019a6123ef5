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
from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO, format_money
from pos_app.ui.local_time import local_clock_text, local_time_text

WIDTH = 44
RULE = "-" * WIDTH


def tender_name(method: str) -> str:
    """A tender method as the report shows it; an unknown method as stored."""
    names = {
        "cash": translate("ShiftReportText", "Cash"),
        "card": translate("ShiftReportText", "Card"),
        "voucher": translate("ShiftReportText", "Voucher"),
    }
    return names.get(method, method)


def figure_line(label: str, amount: Decimal, indent: int = 0) -> str:
    """`label` on the left, the amount right-aligned at the margin."""
    text = " " * indent + label
    value = format_money(amount if amount else ZERO)  # never "-0.00"
    return f"{text}{' ' * max(WIDTH - len(text) - len(value), 1)}{value}"


def report_title(report: ShiftReport) -> str:
    if report.is_closed:
        title = translate("ShiftReportText", "{kind} report, shift {shift} (closed)")
    else:
        title = translate("ShiftReportText", "{kind} report, shift {shift} (open, not final)")
    return title.format(kind=report.kind, shift=report.shift_id)


def report_text(report: ShiftReport) -> str:
    """The whole report, one line per figure, lines at most WIDTH characters (longer reasons wrap)."""
    lines = [
        report_title(report),
        translate("ShiftReportText", "Register {register}").format(register=report.register),
        translate("ShiftReportText", "Cashier  {cashier}").format(cashier=report.cashier),
        translate("ShiftReportText", "Opened   {time}").format(time=local_time_text(report.opened_at)),
    ]
    if report.closed_at is not None:
        lines.append(
            translate("ShiftReportText", "Closed   {time}").format(time=local_time_text(report.closed_at))
        )
    lines += [
        RULE,
        figure_line(
            translate("ShiftReportText", "Sales ({count})").format(count=report.sales_count),
            report.gross_sales,
        ),
        figure_line(
            translate("ShiftReportText", "Refunds ({count})").format(count=report.refund_count),
            -report.refunds_total,
        ),
        figure_line(translate("ShiftReportText", "Net sales"), report.net_sales),
        figure_line(translate("ShiftReportText", "Discounts given (in sales)"), report.discounts),
        figure_line(translate("ShiftReportText", "Cash rounding"), report.cash_rounding),
        RULE,
        translate("ShiftReportText", "Sales by tender"),
        *_tender_lines(report.sales_by_tender, sign=1),
        translate("ShiftReportText", "Refunds by tender"),
        *_tender_lines(report.refunds_by_tender, sign=-1),
        RULE,
        translate("ShiftReportText", "Tax per rate (sales less refunds)"),
    ]
    if not report.taxes:
        lines.append("  " + translate("ShiftReportText", "none"))
    for tax in report.taxes:
        lines.append(
            figure_line(translate("ShiftReportText", "{rate} net").format(rate=tax.name), tax.net, indent=2)
        )
        lines.append(
            figure_line(translate("ShiftReportText", "{rate} tax").format(rate=tax.name), tax.tax, indent=2)
        )
    lines += [
        RULE,
        translate("ShiftReportText", "Cash drawer"),
        figure_line(translate("ShiftReportText", "Opening float"), report.opening_float, indent=2),
        figure_line(translate("ShiftReportText", "Cash sales"), report.cash_sales, indent=2),
        figure_line(translate("ShiftReportText", "Cash refunds"), -report.cash_refunds, indent=2),
        figure_line(translate("ShiftReportText", "Paid in"), report.paid_in, indent=2),
        figure_line(translate("ShiftReportText", "Paid out"), -report.paid_out, indent=2),
        figure_line(translate("ShiftReportText", "Expected cash"), report.expected_cash, indent=2),
    ]
    if report.counted_cash is not None and report.variance is not None:
        lines.append(figure_line(translate("ShiftReportText", "Counted cash"), report.counted_cash, indent=2))
        lines.append(figure_line(translate("ShiftReportText", "Variance"), report.variance, indent=2))
        lines += [RULE, translate("ShiftReportText", "Cash counted")]
        lines += [
            figure_line(f"{denomination_text(c.denomination)} x {c.count}", c.amount, indent=2)
            for c in report.counts
        ] or ["  " + translate("ShiftReportText", "nothing")]
    if report.movements:
        lines += [RULE, translate("ShiftReportText", "Paid in and out")]
        for movement in report.movements:
            sign = 1 if movement.kind == "paid_in" else -1
            at = local_clock_text(movement.created_at)
            # "In"/"Out" padded to one width, so the times line up.
            direction = (
                translate("ShiftReportText", "In") if sign > 0 else translate("ShiftReportText", "Out")
            )
            label = f"{direction:<3} {at} {movement.reason}"
            # A long reason wraps at words; the amount stays on its last line.
            room = WIDTH - 2 - len(format_money(-movement.amount)) - 1
            wrapped = textwrap.wrap(label, room, subsequent_indent="      ", break_long_words=True)
            lines += ["  " + part for part in wrapped[:-1]]
            lines.append(figure_line(wrapped[-1], sign * movement.amount, indent=2))
    if not report.is_closed:
        lines += [RULE, translate("ShiftReportText", "X report: a reading, the shift stays open.")]
    return "\n".join(lines) + "\n"


def _tender_lines(tenders: tuple[TenderTotal, ...], sign: int) -> list[str]:
    if not tenders:
        return [figure_line(translate("ShiftReportText", "none"), ZERO, indent=2)]
    return [
        figure_line(
            translate("ShiftReportText", "{tender} ({count})").format(
                tender=tender_name(t.method), count=t.count
            ),
            sign * t.amount,
            indent=2,
        )
        for t in tenders
    ]
