"""The shift report and the returns controller together: a return made at the till shows in the
Z report, in the drawer's expected cash and in the tax per rate, exactly as the rows say."""

from __future__ import annotations

from decimal import Decimal

from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.refund_payouts import RefundDestination

D = Decimal


def test_a_cash_return_and_a_card_return_show_in_the_z_report(controllers, make_item, query):
    tea = make_item("Tea", "2.50", sku="TEA", tax_rate="20", stock="10")
    make_item("Soap", "4.00", sku="SOAP", tax_rate="0", stock="10")
    sale = controllers.sale
    for code in ("TEA", "TEA", "SOAP"):
        sale.scan(code)
    cash_sale = sale.pay_cash(D("10.00"))  # 9.00, 1.00 change
    sale.scan("TEA")
    card_sale = sale.pay([Tender(TenderMethod.CARD, D("2.50"), "slip 7")])

    returns = controllers.returns
    sold = returns.find_sale(str(cash_sale.receipt_no))
    tea_line = next(line for line in sold.lines if line.item_id == tea)
    returns.refund(sold.order_id, {tea_line.order_item_id: 1}, "stale", RefundDestination.CASH)
    by_card = returns.find_sale(str(card_sale.receipt_no))
    returns.refund(by_card.order_id, {by_card.lines[0].order_item_id: 1}, "wrong tea")
    controllers.shifts.paid_out("1.50", "window cleaner")

    report = controllers.shifts.close_shift({D("50"): 2, D("5"): 1, D("2"): 1, D("0.50"): 1})

    assert (report.sales_count, report.gross_sales) == (2, D("11.50"))
    assert (report.refund_count, report.refunds_total, report.net_sales) == (2, D("5.00"), D("6.50"))
    assert {(t.method, t.amount) for t in report.refunds_by_tender} == {
        ("cash", D("2.50")),
        ("card", D("2.50")),
    }
    # Float 100.00 + cash taken 9.00 - cash refunded 2.50 - paid out 1.50.
    assert report.expected_cash == D("105.00")
    assert (report.counted_cash, report.variance) == (D("107.50"), D("2.50"))
    # Tea at 20 %: three sold (net 6.25, tax 1.25), two came back; what is left is one tea's worth.
    taxes = {t.rate: (t.net, t.tax) for t in report.taxes}
    sold_minus_returned = query(
        """
        SELECT (SELECT sum(net) FROM order_taxes WHERE tax_rate = 2000)
                 - (SELECT sum(l.net) FROM refund_lines l JOIN order_items i ON i.id = l.order_item_id
                    WHERE i.tax_rate = 2000),
               (SELECT sum(tax) FROM order_taxes WHERE tax_rate = 2000)
                 - (SELECT sum(l.tax) FROM refund_lines l JOIN order_items i ON i.id = l.order_item_id
                    WHERE i.tax_rate = 2000)
        """
    )[0]
    assert taxes[D("20.00")] == tuple(D(v) / 100 for v in sold_minus_returned)
    assert sum(taxes[D("20.00")]) == D("2.50")
    assert taxes[D("0.00")] == (D("4.00"), D("0.00"))

    (refunded,) = query("SELECT sum(total) FROM refunds WHERE shift_id = ?", report.shift_id)[0]
    assert D(refunded) / 100 == report.refunds_total
    assert query("SELECT stock FROM items ORDER BY id") == [(9,), (9,)]
