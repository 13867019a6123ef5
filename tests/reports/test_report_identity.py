"""On random trading rung up through the real till (discounts, overrides, cash rounding to 0.05, card and
cash, partial returns days later, in both tax modes), every row of every report keeps its identities to
the cent: net_sales = gross_sales - discounts - refunds, and total_collected - net_sales is exactly the
cash rounding the tills made; and every figure equals the independent line-level sums."""

from __future__ import annotations

import random
import sqlite3
from collections import defaultdict
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from report_sums import expected_by, in_cents

from pos_app.controllers.report_rows import ReportKind
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.refund_payouts import RefundDestination

D = Decimal


def rounding_by_day(db_path, zone) -> dict[str, int]:
    """Cash rounding per local day, from the raw tables: sales' own, and refund payouts against goods."""
    found: dict[str, int] = defaultdict(int)
    with closing(sqlite3.connect(db_path)) as connection:
        for paid_at, rounding in connection.execute(
            "SELECT paid_at, cash_rounding FROM orders WHERE status = 'paid'"
        ):
            found[_local_day(paid_at, zone)] += rounding
        for created_at, total, paid_out in connection.execute(
            "SELECT r.created_at, r.total, (SELECT COALESCE(SUM(amount), 0) FROM refund_tenders t"
            " WHERE t.refund_id = r.id) FROM refunds r"
        ):
            found[_local_day(created_at, zone)] -= paid_out - total
    return dict(found)


def _local_day(stored: str, zone) -> str:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone(zone).strftime("%Y-%m-%d")


@pytest.mark.parametrize(("seed", "prices_include_tax"), [(1, True), (2, False), (3, True)])
def test_identities_hold_in_every_row(
    controllers, reports, make_item, shop_zone, till_clock, db_path, seed, prices_include_tax
):
    rng = random.Random(seed)
    zone = shop_zone("Europe/Berlin")
    controllers.shop_settings.save(
        replace(controllers.settings, prices_include_tax=prices_include_tax, cash_increment=D("0.05"))
    )
    codes = []
    for n, rate in enumerate(("0", "7", "19", "19", "7")):
        price = f"{rng.randint(10, 2500) / 100:.2f}"
        codes.append(f"ITEM{n}")
        make_item(f"Item {n}", price, sku=f"ITEM{n}", barcode=f"ITEM{n}", stock="1000", tax_rate=rate)
    start = datetime(2026, 6, 1, 8, 0, tzinfo=zone)
    paid = []
    for n in range(18):
        till_clock(start + timedelta(hours=rng.randint(0, 24 * 6), minutes=rng.randint(0, 59)))
        for code in rng.sample(codes, rng.randint(1, 3)):
            controllers.sale.scan(code)
        lines = controllers.sale.cart().lines
        if rng.random() < 0.5:
            controllers.sale.set_quantity(lines[0].line_id, rng.randint(2, 5))
        if rng.random() < 0.4:
            controllers.sale.discount_line(lines[-1].line_id, rng.choice(["10%", "15%", "0.30"]), "promo")
        if rng.random() < 0.3:
            controllers.sale.discount_sale(rng.choice(["5%", "12.5%"]), "loyal")
        if rng.random() < 0.2:
            controllers.sale.override_price(lines[0].line_id, "0.99", "damaged box")
        if n % 7 == 3:
            controllers.sale.cancel_sale("changed mind")
            continue
        total = controllers.sale.cart().total
        if rng.random() < 0.5:
            given = controllers.sale.cash_due(total) + D(rng.choice(["0", "5"]))
            receipt = controllers.sale.pay([Tender(TenderMethod.CASH, given)])
        else:
            receipt = controllers.sale.pay([Tender(TenderMethod.CARD, total)])
        paid.append(receipt.order_id)
    # Returns one to three days later, some in cash (rounded to 0.05), some to the card.
    for order_id in rng.sample(paid, 6):
        sale = controllers.returns.sale(order_id)
        till_clock(sale.paid_at.replace(tzinfo=None) + timedelta(days=rng.randint(1, 3)))
        line = rng.choice(sale.lines)
        destination = rng.choice([RefundDestination.CASH, RefundDestination.ORIGINAL])
        controllers.returns.refund(
            order_id, {line.order_item_id: rng.randint(1, line.sold)}, "unwanted", destination
        )

    roundings = rounding_by_day(db_path, zone)
    assert any(roundings.values()), "the cash rounding of 0.05 should show somewhere"
    days = reports.sales_by_day()
    assert len(days) >= 4
    for row in days:
        f = row.figures
        assert f.net_sales == f.gross_sales - f.discounts - f.refunds
        assert f.total_collected - f.net_sales == f.cash_rounding == D(roundings.get(row.period, 0)) / 100
    assert {row.period: in_cents(row.figures) for row in days} == expected_by(
        db_path, lambda event: event.at.astimezone(zone).strftime("%Y-%m-%d")
    )
    for kind in (ReportKind.WEEK, ReportKind.MONTH, ReportKind.HOUR):
        for row in reports.sales_by_period(kind):
            assert (
                row.figures.net_sales == row.figures.gross_sales - row.figures.discounts - row.figures.refunds
            )
    for row in (*reports.sales_by_customer(), *reports.sales_by_cashier()):
        assert row.figures.net_sales == row.figures.gross_sales - row.figures.discounts - row.figures.refunds
    items = reports.sales_by_item()
    for item in items:
        assert item.net_sales == item.gross_sales - item.discounts - item.refunds
    assert sum((i.net_sales for i in items), D(0)) == sum((r.figures.net_sales for r in days), D(0))
    assert sum((i.tax for i in items), D(0)) == sum((r.figures.tax for r in days), D(0))
    assert sum((t.net for t in reports.sales_by_tender()), D(0)) == sum(
        (r.figures.total_collected for r in days), D(0)
    )
