"""X and Z report figures, each checked against the database with raw SQL written independently.

One busy shift: cash with change, a split card + cash payment with cash rounding to 0.05, a
voucher sale with an order discount, a void and a parked sale (neither counts), two refunds
(rows inserted directly, as the returns feature writes them), a paid in and a paid out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.shift_report import ShiftReport
from pos_app.db.models import Refund, RefundLine, RefundTender
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.validation import validate_item

D = Decimal
CASH, CARD, VOUCHER = TenderMethod.CASH, TenderMethod.CARD, TenderMethod.VOUCHER
SHIFT = 1  # the shift the db_url fixture opened, float 100.00


def minor(value: int | None) -> Decimal:
    return D(value or 0).scaleb(-2).quantize(D("0.01"))


def make_app(db_url: str) -> AppControllers:
    return AppControllers(db_url, ShopSettings(cash_increment=D("0.05")))


@pytest.fixture
def busy_shift(db_url: str, db_path: Path, query, tax_rate) -> Iterator[AppControllers]:
    app = make_app(db_url)
    for sku, price, rate in (("TEA", "2.50", "7"), ("SOAP", "4.00", "19"), ("MINT", "0.99", "7")):
        tax_rate(rate, app=app)
        app.catalog.add_item(
            validate_item(sku=sku, barcode="", name=sku, price=price, stock="50", tax_rate=rate)
        )
    sale = app.sale
    # A: 6.50 in cash, 10.00 handed over, 3.50 change.
    sale.scan("TEA")
    sale.scan("SOAP")
    sale.pay([Tender(CASH, D("10.00"))])
    # B: 4.99; 3.00 on card, the 1.99 left rounds to 2.00 in cash; 5.00 handed over.
    sale.scan("SOAP")
    sale.scan("MINT")
    sale.pay([Tender(CARD, D("3.00"), "auth 1"), Tender(CASH, D("5.00"))])
    # Void and parked sales never count.
    sale.scan("TEA")
    sale.cancel_sale("customer left")
    sale.scan("MINT")
    sale.park("Table 4")
    # C: two teas (5.00) with 1.00 off the order, paid by voucher. The discount is set on the
    # draft in the database and the till restarted: the resumed sale is priced with it.
    sale.scan("TEA")
    sale.scan("TEA")
    app.close()
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "UPDATE orders SET discount_kind = 'amount', discount_value = 100, discount_reason = 'loyal' "
            "WHERE status = 'draft'"
        )
    app = make_app(db_url)
    assert app.sale.cart().total == D("4.00")
    app.sale.pay([Tender(VOUCHER, D("4.00"), "GV-1")])

    # Refunds as the returns feature records them: the soap of A back in cash, the mint of B on card.
    with app.uow.write() as session:
        for order_total, sku, method in ((650, "SOAP", "cash"), (499, "MINT", "card")):
            line_id, net, tax, gross = query(
                "SELECT oi.id, oi.net, oi.tax, oi.gross FROM order_items oi "
                "JOIN orders o ON o.id = oi.order_id JOIN items i ON i.id = oi.item_id "
                "WHERE o.total = ? AND i.sku = ?",
                order_total,
                sku,
            )[0]
            order_id = query("SELECT order_id FROM order_items WHERE id = ?", line_id)[0][0]
            refund = Refund(
                order_id=order_id,
                shift_id=SHIFT,
                reason="returned",
                net=minor(net),
                tax=minor(tax),
                total=minor(gross),
            )
            refund.lines.append(
                RefundLine(
                    order_item_id=line_id, quantity=1, net=minor(net), tax=minor(tax), gross=minor(gross)
                )
            )
            refund.tenders.append(RefundTender(method=method, amount=minor(gross)))
            session.add(refund)
    app.shifts.paid_in("20.00", "Change from the bank")
    app.shifts.paid_out("7.50", "Window cleaner")
    yield app
    app.close()


def one(query, sql: str) -> Decimal:
    return minor(query(sql, SHIFT)[0][0])


def by_method(query, sql: str) -> dict[str, tuple[int, Decimal]]:
    return {method: (count, minor(amount)) for method, count, amount in query(sql, SHIFT)}


def test_x_report_figures_match_the_database(busy_shift, query):
    report = busy_shift.shifts.x_report()
    paid = "FROM orders WHERE status = 'paid' AND shift_id = ?"
    assert report.shift_id == SHIFT
    assert report.cashier == "Test cashier"
    assert report.closed_at is None
    assert report.kind == "X"
    assert report.opening_float == one(query, "SELECT opening_float FROM shifts WHERE id = ?")
    assert report.sales_count == query(f"SELECT count(*) {paid}", SHIFT)[0][0] == 3
    assert report.gross_sales == one(query, f"SELECT sum(total) {paid}") == D("15.49")
    assert report.discounts == one(query, f"SELECT sum(discount_total) {paid}") == D("1.00")
    assert report.cash_rounding == one(query, f"SELECT sum(cash_rounding) {paid}") == D("0.01")
    assert report.refund_count == query("SELECT count(*) FROM refunds WHERE shift_id = ?", SHIFT)[0][0] == 2
    assert (
        report.refunds_total == one(query, "SELECT sum(total) FROM refunds WHERE shift_id = ?") == D("4.99")
    )
    assert report.net_sales == report.gross_sales - report.refunds_total == D("10.50")

    sales_by_tender = by_method(
        query,
        "SELECT p.method, count(*), sum(p.amount) FROM payments p JOIN orders o ON o.id = p.order_id "
        "WHERE o.status = 'paid' AND o.shift_id = ? GROUP BY p.method",
    )
    assert {t.method: (t.count, t.amount) for t in report.sales_by_tender} == sales_by_tender
    assert sales_by_tender == {"cash": (2, D("8.50")), "card": (1, D("3.00")), "voucher": (1, D("4.00"))}
    # The tenders add up to the sales plus the cash rounding.
    assert sum(t.amount for t in report.sales_by_tender) == report.gross_sales + report.cash_rounding
    refunds_by_tender = by_method(
        query,
        "SELECT t.method, count(*), sum(t.amount) FROM refund_tenders t JOIN refunds r ON r.id = t.refund_id "
        "WHERE r.shift_id = ? GROUP BY t.method",
    )
    assert {t.method: (t.count, t.amount) for t in report.refunds_by_tender} == refunds_by_tender
    assert refunds_by_tender == {"cash": (1, D("4.00")), "card": (1, D("0.99"))}

    assert report.paid_in == D("20.00")
    assert report.paid_out == D("7.50")
    assert [(m.kind, m.amount, m.reason) for m in report.movements] == [
        ("paid_in", D("20.00"), "Change from the bank"),
        ("paid_out", D("7.50"), "Window cleaner"),
    ]
    expected = one(
        query,
        "SELECT s.opening_float"
        " + (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN orders o ON o.id = p.order_id"
        "    WHERE o.shift_id = s.id AND o.status = 'paid' AND p.method = 'cash')"
        " - (SELECT coalesce(sum(t.amount), 0) FROM refund_tenders t JOIN refunds r ON r.id = t.refund_id"
        "    WHERE r.shift_id = s.id AND t.method = 'cash')"
        " + (SELECT coalesce(sum(amount), 0) FROM cash_movements WHERE shift_id = s.id AND kind = 'paid_in')"
        " - (SELECT coalesce(sum(amount), 0) FROM cash_movements WHERE shift_id = s.id AND kind = 'paid_out')"
        " FROM shifts s WHERE s.id = ?",
    )
    # 100.00 float + 8.50 cash taken (change netted) - 4.00 cash refunded + 20.00 in - 7.50 out.
    assert report.expected_cash == expected == D("117.00")
    assert report.cash_sales == D("8.50")
    assert report.cash_refunds == D("4.00")
    assert report.counted_cash is None
    assert report.variance is None
    assert report.counts == ()


def test_tax_per_rate_is_sales_minus_refunds(busy_shift, query):
    report = busy_shift.shifts.x_report()
    sold = {
        minor(rate): (minor(net), minor(tax))
        for rate, net, tax in query(
            "SELECT t.tax_rate, sum(t.net), sum(t.tax) FROM order_taxes t "
            "JOIN orders o ON o.id = t.order_id WHERE o.status = 'paid' AND o.shift_id = ? "
            "GROUP BY t.tax_rate",
            SHIFT,
        )
    }
    returned = {
        minor(rate): (minor(net), minor(tax))
        for rate, net, tax in query(
            "SELECT oi.tax_rate, sum(l.net), sum(l.tax) FROM refund_lines l "
            "JOIN refunds r ON r.id = l.refund_id JOIN order_items oi ON oi.id = l.order_item_id "
            "WHERE r.shift_id = ? GROUP BY oi.tax_rate",
            SHIFT,
        )
    }
    assert set(returned) <= set(sold)
    expected = {
        key: (net - returned.get(key, (D(0), D(0)))[0], tax - returned.get(key, (D(0), D(0)))[1])
        for key, (net, tax) in sold.items()
    }
    assert {t.rate: (t.net, t.tax) for t in report.taxes} == expected
    assert [(t.name, t.rate) for t in report.taxes] == [("Tax 7%", D("7.00")), ("Tax 19%", D("19.00"))]
    # Every rate's net + tax together is what was sold less what was refunded.
    assert sum(t.net + t.tax for t in report.taxes) == report.net_sales


def test_closing_stores_the_count_and_returns_the_z_report(busy_shift, query):
    x = busy_shift.shifts.x_report()
    counts = {D("100"): 1, D("10"): "1", D("5"): "1", D("2"): "", D("0.50"): "3", D("0.10"): 0}
    z = busy_shift.shifts.close_shift(counts)
    assert z.kind == "Z"
    assert z.closed_at is not None
    assert query(
        "SELECT denomination, count FROM cash_counts WHERE shift_id = ? ORDER BY denomination DESC", SHIFT
    ) == [
        (10000, 1),
        (1000, 1),
        (500, 1),
        (50, 3),
    ]
    closed_at, expected, counted = query(
        "SELECT closed_at, expected_cash, counted_cash FROM shifts WHERE id = ?", SHIFT
    )[0]
    assert closed_at is not None
    assert minor(expected) == z.expected_cash == x.expected_cash == D("117.00")
    assert minor(counted) == z.counted_cash == D("116.50")
    assert z.variance == D("-0.50")
    assert [(c.denomination, c.count, c.amount) for c in z.counts] == [
        (D("100.00"), 1, D("100.00")),
        (D("10.00"), 1, D("10.00")),
        (D("5.00"), 1, D("5.00")),
        (D("0.50"), 3, D("1.50")),
    ]
    # Everything else is the X report's figures, frozen.
    for name in ("sales_count", "gross_sales", "discounts", "refunds_total", "taxes", "sales_by_tender"):
        assert getattr(z, name) == getattr(x, name), name
    # A reprint later is the same report.
    assert busy_shift.shifts.report(SHIFT) == z
    assert busy_shift.shifts.current() is None


def test_an_empty_shift_reports_zeros(controllers):
    report: ShiftReport = controllers.shifts.x_report()
    assert (report.sales_count, report.gross_sales, report.refund_count, report.taxes) == (
        0,
        D("0.00"),
        0,
        (),
    )
    assert report.sales_by_tender == ()
    assert report.expected_cash == D("100.00")
    z = controllers.shifts.close_shift({})
    assert (z.counted_cash, z.variance) == (D("0.00"), D("-100.00"))


def test_reports_read_a_fixed_number_of_statements_however_many_sales(controllers, make_item, statement_log):
    make_item("Tea", "2.50", sku="TEA")

    def statements_for_report() -> int:
        with statement_log(controllers.engine) as statements:
            controllers.shifts.x_report()
        return len(statements.selects())

    controllers.sale.scan("TEA")
    controllers.sale.pay_cash()
    once = statements_for_report()
    for _ in range(5):
        controllers.sale.scan("TEA")
        controllers.sale.pay_cash()
    assert statements_for_report() == once
