"""The order history's detail pane: one order laid out as a small HTML page, in local time.

Lines with their catalog price, any price override (with its reason) and discount, the
order discount, tax per rate, payments and every return with its lines and the money given
back. A plain function of an OrderDetail, so the pane holds no state of its own.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from pos_app.controllers.order_history_rows import HistoryLine, OrderDetail
from pos_app.domain.money import format_money
from pos_app.ui.history_model import STATUS_TEXT, receipt_text
from pos_app.ui.local_time import local_time_text

METHOD_TEXT = {"cash": "Cash", "card": "Card", "voucher": "Voucher"}
EMPTY_TEXT = "Select an order to see its lines, payments and returns."


def _money(amount: Decimal) -> str:
    return escape(format_money(amount))


def _percent(value: Decimal) -> str:
    return f"{value.normalize():f}%"


def _discount_text(kind: str | None, value: Decimal | None, reason: str | None) -> str:
    if kind is None or value is None:
        return ""
    shown = _percent(value) if kind == "percent" else format_money(value)
    return f"{shown} off ({reason})" if reason else f"{shown} off"


def _line_notes(line: HistoryLine) -> str:
    notes: list[str] = []
    if line.price_paid != line.list_price:
        reason = f": {line.override_reason}" if line.override_reason else ""
        notes.append(
            f"price {format_money(line.price_paid)} instead of {format_money(line.list_price)}{reason}"
        )
    if line.line_discount:
        discount = _discount_text(line.discount_kind, line.discount_value, line.discount_reason)
        notes.append(f"discount -{format_money(line.line_discount)}" + (f", {discount}" if discount else ""))
    if line.order_discount:
        notes.append(f"order discount -{format_money(line.order_discount)}")
    if line.refunded_quantity:
        notes.append(f"{line.refunded_quantity} returned")
    return escape("; ".join(notes))


def detail_html(detail: OrderDetail) -> str:
    """The detail pane's page for one order."""
    title = (
        f"Receipt {receipt_text(detail.receipt_no)}"
        if detail.receipt_no is not None
        else f"Order {detail.id}"
    )
    facts = [f"<b>{escape(STATUS_TEXT.get(detail.status, detail.status))}</b>"]
    facts.append(f"started {escape(local_time_text(detail.created_at))}")
    if detail.paid_at is not None:
        facts.append(f"paid {escape(local_time_text(detail.paid_at))}")
    if detail.cashier:
        facts.append(f"cashier {escape(detail.cashier)}")
    if detail.customer_name:
        facts.append(f"customer {escape(detail.customer_name)}")
    if detail.park_label:
        facts.append(f"parked as “{escape(detail.park_label)}”")
    if detail.void_reason:
        facts.append(f"voided: {escape(detail.void_reason)}")
    parts = [f"<h3>{escape(title)}</h3>", "<p>" + " · ".join(facts) + "</p>"]

    rows = "".join(
        f"<tr><td>{escape(line.item_name)}<br/><small>{escape(line.sku)}</small></td>"
        f"<td align='right'>{line.quantity}</td><td align='right'>{_money(line.price_paid)}</td>"
        f"<td align='right'>{_money(line.gross)}</td><td>{escape(line.tax_name)}</td>"
        f"<td>{_line_notes(line)}</td></tr>"
        for line in detail.lines
    )
    parts.append(
        "<table cellspacing='0' cellpadding='3' width='100%'>"
        "<tr><th align='left'>Item</th><th align='right'>Qty</th><th align='right'>Price</th>"
        "<th align='right'>Amount</th><th align='left'>Tax</th><th align='left'>Notes</th></tr>"
        f"{rows}</table>"
    )
    totals = []
    if detail.discount_kind is not None:
        discount = _discount_text(detail.discount_kind, detail.discount_value, detail.discount_reason)
        totals.append(f"Order discount: {escape(discount)} = -{_money(detail.order_discount)}")
    if detail.discount_total:
        totals.append(f"All discounts: -{_money(detail.discount_total)}")
    totals.append(f"Net: {_money(detail.subtotal)}")
    totals.append(f"Tax: {_money(detail.tax_total)}")
    if detail.cash_rounding:
        totals.append(f"Cash rounding: {_money(detail.cash_rounding)}")
    totals.append(f"<b>Total: {_money(detail.total)}</b>")
    parts.append("<p>" + "<br/>".join(totals) + "</p>")

    if detail.taxes:
        parts.append("<p><b>Tax per rate</b><br/>")
        parts.append(
            "<br/>".join(
                f"{escape(tax.name)} ({escape(_percent(tax.rate))}): "
                f"tax {_money(tax.tax)} on net {_money(tax.net)}"
                for tax in detail.taxes
            )
            + "</p>"
        )
    if detail.payments:
        parts.append("<p><b>Payments</b><br/>")
        lines = []
        for payment in detail.payments:
            text = f"{escape(METHOD_TEXT.get(payment.method, payment.method))} {_money(payment.amount)}"
            if payment.change_given:
                text += f" (tendered {_money(payment.tendered)}, change {_money(payment.change_given)})"
            if payment.reference:
                text += f" ref. {escape(payment.reference)}"
            lines.append(text)
        parts.append("<br/>".join(lines) + "</p>")
    for refund in detail.refunds:
        parts.append(
            f"<p><b>Return on {escape(local_time_text(refund.created_at))}</b>: {escape(refund.reason)}, "
            f"{_money(refund.total)} back<br/>"
        )
        items = [f"{line.quantity} x {escape(line.item_name)} {_money(line.gross)}" for line in refund.lines]
        tenders = [
            f"{escape(METHOD_TEXT.get(tender.method, tender.method))} {_money(tender.amount)}"
            + (f" ref. {escape(tender.reference)}" if tender.reference else "")
            for tender in refund.tenders
        ]
        parts.append(
            "<br/>".join(items + (["Given back: " + ", ".join(tenders)] if tenders else [])) + "</p>"
        )
    return "".join(parts)


class OrderDetailView(QTextBrowser):
    """Read-only view of one order; `show_detail(None)` shows what to do instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.detail: OrderDetail | None = None
        self.show_detail(None)

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.setPlainText(EMPTY_TEXT)
        else:
            self.setHtml(detail_html(detail))
