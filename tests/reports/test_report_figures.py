"""Every report of the demo shop (returns, discounts, an override, voids, a parked sale, two tenders,
four weeks across a daylight-saving change) equals figures computed independently: line-level raw SQL,
local dates by zoneinfo. Voided, parked and draft orders never count."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from report_sums import FIGURES, expected_by, in_cents

from pos_app.controllers.app import AppControllers
from pos_app.controllers.report_rows import ReportKind
from pos_app.controllers.reports import NO_CUSTOMER, ReportsController
from pos_app.db.engine import sqlite_file
from pos_app.services.demo import seed_demo

MONEY_OF_ITEMS = ("gross_sales", "discounts", "refunds", "net_sales", "tax")
ZONE = "America/New_York"  # the demo's four weeks before 2026-11-24 include the end of DST (Nov 1)


@pytest.fixture
def demo(bare_db_url: str, shop_zone) -> Iterator[tuple[AppControllers, Path, ZoneInfo]]:
    zone = shop_zone(ZONE)
    app = AppControllers(bare_db_url)
    assert seed_demo(app.uow, settings=app.settings) is not None
    path = sqlite_file(bare_db_url)
    assert path is not None
    # And a sale left open on the till (a draft): it must not count either.
    [(barcode,)] = raw(path, "SELECT barcode FROM items WHERE barcode IS NOT NULL ORDER BY id LIMIT 1")
    assert app.sale.scan(barcode).added is not None
    yield app, path, zone
    app.close()


def raw(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def test_the_demo_has_what_must_not_count(demo):
    _, path, _ = demo
    statuses = dict(raw(path, "SELECT status, count(*) FROM orders GROUP BY status"))
    assert statuses.get("void", 0) >= 1
    assert statuses.get("parked", 0) >= 1
    assert statuses.get("draft", 0) == 1
    assert raw(path, "SELECT count(*) FROM refunds")[0][0] >= 5
    assert raw(path, "SELECT count(*) FROM order_items WHERE line_discount + order_discount > 0")[0][0] > 0


@pytest.mark.parametrize(
    ("kind", "local_key"),
    [
        (ReportKind.DAY, lambda local: local.strftime("%Y-%m-%d")),
        (ReportKind.WEEK, lambda local: "{}-W{:02d}".format(*local.isocalendar()[:2])),
        (ReportKind.MONTH, lambda local: local.strftime("%Y-%m")),
        (ReportKind.HOUR, lambda local: local.strftime("%H")),
    ],
)
def test_periods_match_independent_sums(demo, kind, local_key):
    app, path, zone = demo
    report = ReportsController(app.uow).sales_by_period(kind)
    expected = expected_by(path, lambda event: local_key(event.at.astimezone(zone)))
    assert {row.period: in_cents(row.figures) for row in report} == expected
    assert [row.period for row in report] == sorted(expected)
    assert len(report) > 1


def test_customers_and_cashiers_match_independent_sums(demo):
    app, path, _ = demo
    reports = ReportsController(app.uow)
    by_customer = reports.sales_by_customer()
    assert {row.customer_id: in_cents(row.figures) for row in by_customer} == expected_by(
        path, lambda event: event.customer_id
    )
    names = dict(raw(path, "SELECT id, name FROM customers"))
    assert all(row.customer == names.get(row.customer_id, NO_CUSTOMER) for row in by_customer)
    nets = [row.figures.net_sales for row in by_customer]
    assert nets == sorted(nets, reverse=True)
    assert {row.cashier: in_cents(row.figures) for row in reports.sales_by_cashier()} == expected_by(
        path, lambda event: event.cashier
    )


def test_items_match_independent_sums(demo):
    app, path, _ = demo
    sold = raw(
        path,
        """SELECT i.sku, SUM(oi.quantity), SUM(oi.gross + oi.line_discount + oi.order_discount),
                  SUM(oi.line_discount + oi.order_discount), SUM(oi.gross), SUM(oi.tax)
           FROM order_items oi JOIN orders o ON o.id = oi.order_id JOIN items i ON i.id = oi.item_id
           WHERE o.status = 'paid' GROUP BY i.sku""",
    )
    returned = {
        sku: (units, gross, tax)
        for sku, units, gross, tax in raw(
            path,
            """SELECT i.sku, SUM(rl.quantity), SUM(rl.gross), SUM(rl.tax)
               FROM refund_lines rl JOIN order_items oi ON oi.id = rl.order_item_id
               JOIN items i ON i.id = oi.item_id GROUP BY i.sku""",
        )
    }
    expected = {}
    for sku, units, gross, discounts, net, tax in sold:
        back_units, back_gross, back_tax = returned.get(sku, (0, 0, 0))
        expected[sku] = (units, back_units, gross, discounts, back_gross, net - back_gross, tax - back_tax)
    report = ReportsController(app.uow).sales_by_item()
    assert {
        row.sku: (
            row.units_sold,
            row.units_returned,
            *(
                int(getattr(row, name) * 100)
                for name in ("gross_sales", "discounts", "refunds", "net_sales", "tax")
            ),
        )
        for row in report
    } == expected
    assert all(row.units == row.units_sold - row.units_returned for row in report)
    assert sum(back for _, back, *_ in expected.values()) > 0


def test_top_items_by_revenue_and_by_units(demo):
    app, _, _ = demo
    reports = ReportsController(app.uow)
    every = reports.sales_by_item()
    top = reports.top_items(limit=5)
    assert top == every[:5]
    by_units = reports.top_items(by="units", limit=3)
    most = sorted((row.units for row in every), reverse=True)[:3]
    assert [row.units for row in by_units] == most
    with pytest.raises(ValueError, match="at least one"):
        reports.top_items(limit=0)


def test_tenders_match_independent_sums_and_add_up_to_the_takings(demo):
    app, path, _ = demo
    taken = {
        method: (count, amount)
        for method, count, amount in raw(
            path,
            """SELECT p.method, count(*), SUM(p.amount) FROM payments p JOIN orders o ON o.id = p.order_id
               WHERE o.status = 'paid' GROUP BY p.method""",
        )
    }
    given = {
        method: (count, amount)
        for method, count, amount in raw(
            path, "SELECT method, count(*), SUM(amount) FROM refund_tenders GROUP BY method"
        )
    }
    reports = ReportsController(app.uow)
    tenders = reports.sales_by_tender()
    assert [row.method for row in tenders] == ["cash", "card"]
    for row in tenders:
        count, amount = taken[row.method]
        back_count, back = given.get(row.method, (0, 0))
        assert (row.payments, row.amount, row.refunds, row.refunded) == (
            count,
            Decimal(amount) / 100,
            back_count,
            Decimal(back) / 100,
        )
    takings = sum((row.figures.total_collected for row in reports.sales_by_day()), Decimal(0))
    assert sum((row.net for row in tenders), Decimal(0)) == takings


def test_every_report_adds_up_to_the_same_totals(demo):
    app, path, _ = demo
    reports = ReportsController(app.uow)
    totals = expected_by(path, lambda event: "all")["all"]
    for kind in (ReportKind.DAY, ReportKind.WEEK, ReportKind.MONTH, ReportKind.HOUR):
        rows = reports.sales_by_period(kind)
        assert tuple(sum(in_cents(r.figures)[i] for r in rows) for i in range(len(FIGURES))) == totals
    for rows in (reports.sales_by_customer(), reports.sales_by_cashier()):
        assert tuple(sum(in_cents(r.figures)[i] for r in rows) for i in range(len(FIGURES))) == totals
    net_index = FIGURES.index("net_sales")
    assert sum(int(row.net_sales * 100) for row in reports.sales_by_item()) == totals[net_index]


def test_a_date_range_keeps_only_its_local_days(demo):
    app, _, _ = demo
    reports = ReportsController(app.uow)
    days = [row.period for row in reports.sales_by_day()]
    first, last = days[3], days[9]
    ranged = reports.sales_by_day(date.fromisoformat(first), date.fromisoformat(last))
    assert [row.period for row in ranged] == days[3:10]
    assert ranged == tuple(row for row in reports.sales_by_day() if first <= row.period <= last)
