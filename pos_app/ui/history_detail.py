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
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_quantity
from pos_app.domain.money import format_money
from pos_app.ui.history_model import receipt_text, status_text
from pos_app.ui.local_time import local_time_text


def method_text(method: str) -> str:
    """A stored payment method ("cash") as shown ("Cash"), in the user's language."""
    return {
        "cash": translate("HistoryDetail", "Cash"),
        "card": translate("HistoryDetail", "Card"),
        "voucher": translate("HistoryDetail", "Voucher"),
    }.get(method, method)


def empty_text() -> str:
    return translate("HistoryDetail", "Select an order to see its lines, payments and returns.")


def _money(amount: Decimal) -> str:
    return escape(format_money(amount))


def _percent(value: Decimal) -> str:
    return f"{value.normalize():f}%"


def _discount_text(kind: str | None, value: Decimal | None, reason: str | None) -> str:
    if kind is None or value is None:
        return ""
    shown = _percent(value) if kind == "percent" else format_money(value)
    if reason:
        return translate("HistoryDetail", "{amount} off ({reason})").format(amount=shown, reason=reason)
    return translate("HistoryDetail", "{amount} off").format(amount=shown)


def _line_notes(line: HistoryLine) -> str:
    notes: list[str] = []
    if line.price_paid != line.list_price:
        reason = f": {line.override_reason}" if line.override_reason else ""
        notes.append(
            translate("HistoryDetail", "price {paid} instead of {listed}").format(
                paid=format_money(line.price_paid), listed=format_money(line.list_price)
            )
            + reason
        )
    if line.line_discount:
        discount = _discount_text(line.discount_kind, line.discount_value, line.discount_reason)
        notes.append(
            translate("HistoryDetail", "discount -{amount}").format(amount=format_money(line.line_discount))
            + (f", {discount}" if discount else "")
        )
    if line.order_discount:
        notes.append(
            translate("HistoryDetail", "order discount -{amount}").format(
                amount=format_money(line.order_discount)
            )
        )
    if line.refunded_quantity:
        notes.append(
            translate("HistoryDetail", "{count} returned").format(
                count=format_quantity(line.refunded_quantity)
            )
        )
    return escape("; ".join(notes))


def detail_html(detail: OrderDetail) -> str:
    """The detail pane's page for one order."""
    title = (
        translate("HistoryDetail", "Receipt {number}").format(number=receipt_text(detail.receipt_no))
        if detail.receipt_no is not None
        else translate("HistoryDetail", "Order {id}").format(id=detail.id)
    )
    facts = [f"<b>{escape(status_text(detail.status))}</b>"]
    facts.append(
        translate("HistoryDetail", "started {time}").format(time=escape(local_time_text(detail.created_at)))
    )
    if detail.paid_at is not None:
        facts.append(
            translate("HistoryDetail", "paid {time}").format(time=escape(local_time_text(detail.paid_at)))
        )
    if detail.cashier:
        facts.append(translate("HistoryDetail", "cashier {name}").format(name=escape(detail.cashier)))
    if detail.customer_name:
        facts.append(translate("HistoryDetail", "customer {name}").format(name=escape(detail.customer_name)))
    if detail.park_label:
        facts.append(
            translate("HistoryDetail", "parked as “{label}”").format(label=escape(detail.park_label))
        )
    if detail.void_reason:
        facts.append(translate("HistoryDetail", "voided: {reason}").format(reason=escape(detail.void_reason)))
    parts = [f"<h3>{escape(title)}</h3>", "<p>" + " · ".join(facts) + "</p>"]

    rows = "".join(
        f"<tr><td>{escape(line.item_name)}<br/><small>{escape(line.sku)}</small></td>"
        f"<td align='right'>{format_quantity(line.quantity)}</td>"
        f"<td align='right'>{_money(line.price_paid)}</td>"
        f"<td align='right'>{_money(line.gross)}</td><td>{escape(line.tax_name)}</td>"
        f"<td>{_line_notes(line)}</td></tr>"
        for line in detail.lines
    )
    headings = (
        ("left", translate("HistoryDetail", "Item")),
        ("right", translate("HistoryDetail", "Qty")),
        ("right", translate("HistoryDetail", "Price")),
        ("right", translate("HistoryDetail", "Amount")),
        ("left", translate("HistoryDetail", "Tax")),
        ("left", translate("HistoryDetail", "Notes")),
    )
    header = "".join(f"<th align='{align}'>{escape(text)}</th>" for align, text in headings)
    parts.append(f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{header}</tr>{rows}</table>")
    totals = []
    if detail.discount_kind is not None:
        discount = _discount_text(detail.discount_kind, detail.discount_value, detail.discount_reason)
        totals.append(
            translate("HistoryDetail", "Order discount: {discount} = -{amount}").format(
                discount=escape(discount), amount=_money(detail.order_discount)
            )
        )
    if detail.discount_total:
        totals.append(
            translate("HistoryDetail", "All discounts: -{amount}").format(
                amount=_money(detail.discount_total)
            )
        )
    totals.append(translate("HistoryDetail", "Net: {amount}").format(amount=_money(detail.subtotal)))
    totals.append(translate("HistoryDetail", "Tax: {amount}").format(amount=_money(detail.tax_total)))
    if detail.cash_rounding:
        totals.append(
            translate("HistoryDetail", "Cash rounding: {amount}").format(amount=_money(detail.cash_rounding))
        )
    totals.append(
        "<b>" + translate("HistoryDetail", "Total: {amount}").format(amount=_money(detail.total)) + "</b>"
    )
    parts.append("<p>" + "<br/>".join(totals) + "</p>")

    if detail.taxes:
        parts.append("<p><b>" + escape(translate("HistoryDetail", "Tax per rate")) + "</b><br/>")
        parts.append(
            "<br/>".join(
                f"{escape(tax.name)} ({escape(_percent(tax.rate))}): "
                + translate("HistoryDetail", "tax {tax} on net {net}").format(
                    tax=_money(tax.tax), net=_money(tax.net)
                )
                for tax in detail.taxes
            )
            + "</p>"
        )
    if detail.payments:
        parts.append("<p><b>" + escape(translate("HistoryDetail", "Payments")) + "</b><br/>")
        lines = []
        for payment in detail.payments:
            text = f"{escape(method_text(payment.method))} {_money(payment.amount)}"
            if payment.change_given:
                text += translate("HistoryDetail", " (tendered {tendered}, change {change})").format(
                    tendered=_money(payment.tendered), change=_money(payment.change_given)
                )
            if payment.reference:
                text += translate("HistoryDetail", " ref. {reference}").format(
                    reference=escape(payment.reference)
                )
            lines.append(text)
        parts.append("<br/>".join(lines) + "</p>")
    for refund in detail.refunds:
        parts.append(
            "<p><b>"
            + translate("HistoryDetail", "Return on {time}").format(
                time=escape(local_time_text(refund.created_at))
            )
            + "</b>: "
            + translate("HistoryDetail", "{reason}, {amount} back").format(
                reason=escape(refund.reason), amount=_money(refund.total)
            )
            + "<br/>"
        )
        items = [
            f"{format_quantity(line.quantity)} x {escape(line.item_name)} {_money(line.gross)}"
            for line in refund.lines
        ]
        tenders = [
            f"{escape(method_text(tender.method))} {_money(tender.amount)}"
            + (
                translate("HistoryDetail", " ref. {reference}").format(reference=escape(tender.reference))
                if tender.reference
                else ""
            )
            for tender in refund.tenders
        ]
        given_back = translate("HistoryDetail", "Given back: {tenders}")
        parts.append(
            "<br/>".join(items + ([given_back.format(tenders=", ".join(tenders))] if tenders else []))
            + "</p>"
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
            self.setPlainText(empty_text())
        else:
            self.setHtml(detail_html(detail))
