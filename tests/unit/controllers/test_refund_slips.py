"""Refund slips built from real returns made through controllers.returns: what the slip shows, that
it adds up, how it is found again (its RF- number, its barcode, Ctrl+P's "last"), and how few SELECTs
it takes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import NotFoundError, UserError
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.refund_payouts import RefundDestination
from pos_app.receipts.document import Discount, ReceiptKind, ReceiptLine, TaxRow, consistency_problems
from pos_app.receipts.document import Tender as SlipTender
from pos_app.receipts.text_layout import layout_receipt, plain_lines

D = Decimal
CASH, CARD = TenderMethod.CASH, TenderMethod.CARD
ORIGINAL, TO_CASH = RefundDestination.ORIGINAL, RefundDestination.CASH
TEA, SOAP, PEN = "4006381333931", "96385074", "5901234123457"


@pytest.fixture
def shop(make_item):
    make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10", tax_rate="7")
    make_item("Soap", "4.00", sku="SOAP", barcode=SOAP, stock="10", tax_rate="19")
    make_item("Pen", "10.00", sku="PEN", barcode=PEN, stock="10", tax_rate="19")


def sell(app: AppControllers, codes: list[str], tenders: list[Tender] | None = None):
    for code in codes:
        assert app.sale.scan(code).added is not None
    return app.sale.pay(tenders) if tenders is not None else app.sale.pay_cash()


def line_ids(app: AppControllers, receipt_no: int) -> dict[str, int]:
    sale = app.returns.find_sale(str(receipt_no))
    return {line.name: line.order_item_id for line in sale.lines}


def test_a_partial_return_in_cash(controllers, shop):
    paid = sell(controllers, [TEA, TEA, TEA, PEN])
    ids = line_ids(controllers, paid.receipt_no)
    refund = controllers.returns.refund(
        paid.order_id, {ids["Green tea"]: 2}, "  changed her   mind ", TO_CASH
    )

    doc = controllers.receipts.document_for_refund(refund.refund_id)
    assert consistency_problems(doc) == []
    assert doc.kind is ReceiptKind.REFUND
    assert doc.number == "RF-000001"
    assert doc.barcode_payload == "RF-000001"
    assert doc.title == "Refund slip RF-000001"
    assert doc.original_number == "1"
    assert doc.reason == "changed her mind"
    assert doc.cashier == "Test cashier"
    assert doc.lines == (ReceiptLine("Green tea", -2, D("2.50"), D("-5.00"), "A"),)
    assert doc.taxes == (TaxRow("A", doc.taxes[0].name, D("7.00"), D("-4.67"), D("-0.33")),)
    assert doc.subtotal == doc.total == D("-5.00")
    assert doc.tenders == (SlipTender("Cash refunded", D("-5.00")),)
    assert doc.cash_rounding is None
    assert doc.change == 0
    # The date is the refund's, in local time, to the minute.
    assert abs((doc.issued_at - refund.created_at.astimezone().replace(tzinfo=None)).total_seconds()) < 1

    text = plain_lines(layout_receipt(doc))
    assert "*** REFUND ***".center(48).rstrip() in text
    assert "for receipt 1".center(48).rstrip() in text
    assert "Receipt: RF-000001" in text
    assert "Reason: changed her mind" in text
    assert "Green tea                                -5.00 A" in text
    assert "  -2 x 2.50" in text
    assert "REFUND TOTAL                             -5.00" in text
    assert "Cash refunded                            -5.00" in text


def test_a_return_to_the_card_keeps_its_reference(controllers, shop):
    paid = sell(controllers, [SOAP, PEN], [Tender(CARD, D("14.00"), "auth 5")])
    ids = line_ids(controllers, paid.receipt_no)
    refund = controllers.returns.refund(paid.order_id, {ids["Pen"]: 1}, "broken", ORIGINAL)
    doc = controllers.receipts.document_for_refund(refund.refund_id)
    assert consistency_problems(doc) == []
    assert doc.lines == (ReceiptLine("Pen", -1, D("10.00"), D("-10.00"), "A"),)
    assert [(row.percent, row.base, row.tax) for row in doc.taxes] == [(D("19.00"), D("-8.40"), D("-1.60"))]
    assert doc.tenders == (SlipTender("Card refunded", D("-10.00"), "auth 5"),)
    text = plain_lines(layout_receipt(doc))
    assert "  Ref: auth 5" in text


def test_a_discounted_multi_rate_sale_returned_in_two_slips(controllers, shop, query):
    for code in (TEA, TEA, TEA, SOAP, PEN):
        controllers.sale.scan(code)
    lines = {line.name: line.line_id for line in controllers.sale.cart().lines}
    controllers.sale.discount_line(lines["Pen"], "10%", "scratched")
    controllers.sale.discount_sale("5%", "loyalty")
    total = controllers.sale.cart().total
    paid = controllers.sale.pay([Tender(CARD, D("10.00"), "auth 9"), Tender(CASH, total - D("10.00"))])
    ids = line_ids(controllers, paid.receipt_no)

    first = controllers.returns.refund(paid.order_id, {ids["Green tea"]: 1, ids["Pen"]: 1}, "recall")
    second = controllers.returns.refund(paid.order_id, {ids["Green tea"]: 2, ids["Soap"]: 1}, "recall")
    slips = [controllers.receipts.document_for_refund(r.refund_id) for r in (first, second)]
    for slip, refund in zip(slips, (first, second), strict=True):
        assert consistency_problems(slip) == []
        assert slip.total == -refund.total
        assert slip.tendered == -refund.paid_out
    assert [slip.number for slip in slips] == ["RF-000001", "RF-000002"]

    tea, pen = slips[0].lines
    assert (tea.name, tea.quantity, tea.unit_price) == ("Green tea", -1, D("2.50"))
    assert tea.discount is not None
    assert tea.discount.text == "Order: 5% loyalty"
    # A refund's discount is negative: it takes back part of the negative quantity x price.
    assert (tea.line_total, tea.discount.amount) == (D("-2.37"), D("-0.13"))
    assert tea.amount_before_discount == D("-2.50")
    assert pen.discount == Discount("10% scratched; Order: 5% loyalty", D("-10.00") - pen.line_total)
    assert pen.amount_before_discount == D("-10.00")
    assert pen.line_total == D("-8.55")  # 10.00 - 10% - 5%

    # Both slips together give back exactly the tax per rate the sale charged.
    given_back: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for slip in slips:
        for row in slip.taxes:
            base, tax = given_back.get(row.percent, (D(0), D(0)))
            given_back[row.percent] = (base + row.base, tax + row.tax)
    charged = {
        D(rate) / 100: (-D(net) / 100, -D(tax) / 100)
        for rate, net, tax in query("SELECT tax_rate, net, tax FROM order_taxes")
    }
    assert given_back == charged
    assert sum(slip.total for slip in slips) == -total
    # The card is refunded first, with its reference; the rest in cash.
    assert slips[0].tenders == (
        SlipTender("Card refunded", D("-10.00"), "auth 9"),
        SlipTender("Cash refunded", D("-0.92")),
    )
    assert slips[1].tenders == (SlipTender("Cash refunded", D("-8.55")),)


def test_prices_without_tax_and_cash_rounding(db_url, shop):
    from pos_app.controllers.settings import ShopSettings

    app = AppControllers(db_url, ShopSettings(prices_include_tax=False, cash_increment=D("0.05")))
    try:
        paid = sell(app, [TEA, TEA, SOAP])
        ids = line_ids(app, paid.receipt_no)
        refund = app.returns.refund(paid.order_id, {ids["Green tea"]: 1}, "stale", TO_CASH)
        doc = app.receipts.document_for_refund(refund.refund_id)
        assert consistency_problems(doc) == []
        assert doc.prices_include_tax is False
        assert doc.lines == (ReceiptLine("Green tea", -1, D("2.50"), D("-2.50"), "A"),)
        assert doc.subtotal == D("-2.50")
        assert doc.total == -refund.total == D("-2.68")  # 2.50 + 7% tax
        assert doc.tenders == (SlipTender("Cash refunded", D("-2.70")),)  # to the nearest 0.05
        assert doc.cash_rounding == D("-0.02")
        assert doc.amount_due == D("-2.70")
    finally:
        app.close()


def test_found_by_number_and_barcode_but_never_as_a_sale(controllers, shop):
    paid = sell(controllers, [TEA, TEA])
    ids = line_ids(controllers, paid.receipt_no)
    refund = controllers.returns.refund(paid.order_id, {ids["Green tea"]: 1}, "stale", TO_CASH)
    doc = controllers.receipts.document_for_refund(refund.refund_id)
    for typed in ("RF-000001", " rf1 ", "RF000001", doc.barcode_payload):
        assert controllers.receipts.document_for_number(typed) == doc
    with pytest.raises(NotFoundError, match=r"^Refund slip RF-000002 does not exist\.$"):
        controllers.receipts.document_for_number("RF-000002")
    with pytest.raises(NotFoundError, match="Refund slip RF-000009 does not exist"):
        controllers.receipts.document_for_refund(9)
    with pytest.raises(UserError, match="Refund slip numbers start at 1"):
        controllers.receipts.document_for_number("RF-0")
    # Scanned into a return (F9), the slip is refused as what it is.
    with pytest.raises(UserError, match=r"^That is a refund slip, not a sale receipt"):
        controllers.returns.find_sale(doc.barcode_payload)
    assert controllers.receipts.document_for_number("1").number == "1"


def test_the_last_receipt_is_whatever_was_handed_over_last(controllers, shop):
    with pytest.raises(NotFoundError, match="No sale has been completed yet"):
        controllers.receipts.last_document()
    first = sell(controllers, [TEA, TEA])
    assert controllers.receipts.last_document().number == "1"
    ids = line_ids(controllers, first.receipt_no)
    controllers.returns.refund(first.order_id, {ids["Green tea"]: 1}, "stale", TO_CASH)
    assert controllers.receipts.last_document().number == "RF-000001"
    sell(controllers, [PEN])
    assert controllers.receipts.last_document().number == "2"
    controllers.returns.refund(first.order_id, {ids["Green tea"]: 1}, "stale", TO_CASH)
    assert controllers.receipts.last_document().number == "RF-000002"


def test_a_slip_takes_two_selects_and_the_last_receipt_three(controllers, shop, statement_log):
    paid = sell(controllers, [TEA, TEA, SOAP, PEN])
    ids = line_ids(controllers, paid.receipt_no)
    controllers.returns.refund(paid.order_id, {ids["Green tea"]: 2, ids["Soap"]: 1, ids["Pen"]: 1}, "x")
    with statement_log(controllers.engine) as statements:
        doc = controllers.receipts.document_for_refund(1)
    assert len(doc.lines) == 3
    assert len(statements.selects()) == 2
    with statement_log(controllers.engine) as statements:
        assert controllers.receipts.last_document() == doc
    assert len(statements.selects()) == 3
