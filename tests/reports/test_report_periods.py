"""Periods are the shop's local time: a sale at 23:30 local is that local day's, whatever its UTC date,
also across daylight-saving changes; ISO weeks at year ends; returns count on the day they happen;
--from/--to are inclusive local days. Sales are rung up through the real till at set moments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from pos_app.controllers.report_rows import ReportKind
from pos_app.controllers.reports import ReportRangeError, utc_bounds
from pos_app.domain.refund_payouts import RefundDestination

D = Decimal
BREAD = "4006381333931"


@pytest.fixture
def bread(make_item):
    return make_item("Bread", "2.50", sku="BREAD", barcode=BREAD, stock="500", tax_rate="7")


def sell_at(controllers, till_clock, moment: datetime, quantity: int = 1) -> int:
    till_clock(moment)
    for _ in range(quantity):
        assert controllers.sale.scan(BREAD).added is not None
    return controllers.sale.pay_cash().order_id


def test_a_sale_at_half_past_eleven_local_is_that_local_day(
    controllers, reports, shop_zone, till_clock, bread
):
    berlin = shop_zone("Europe/Berlin")
    sell_at(controllers, till_clock, datetime(2026, 3, 14, 23, 30, tzinfo=berlin))  # 22:30 UTC, the 14th
    sell_at(controllers, till_clock, datetime(2026, 3, 15, 0, 30, tzinfo=berlin), 2)  # 23:30 UTC, the 14th
    days = {row.period: (row.figures.orders, row.figures.units) for row in reports.sales_by_day()}
    assert days == {"2026-03-14": (1, 1), "2026-03-15": (1, 2)}
    hours = {row.period: row.figures.orders for row in reports.sales_by_hour()}
    assert hours == {"23": 1, "00": 1}
    # --from/--to are local days, inclusive.
    only_15th = reports.sales_by_day(date(2026, 3, 15), date(2026, 3, 15))
    assert [(row.period, row.figures.units) for row in only_15th] == [("2026-03-15", 2)]
    assert [row.period for row in reports.sales_by_day(None, date(2026, 3, 14))] == ["2026-03-14"]
    assert [row.period for row in reports.sales_by_day(date(2026, 3, 16))] == []


def test_the_same_sales_fall_on_other_days_in_another_zone(
    controllers, reports, shop_zone, till_clock, bread
):
    utc = shop_zone("UTC")
    sell_at(controllers, till_clock, datetime(2026, 3, 14, 22, 30, tzinfo=utc))
    sell_at(controllers, till_clock, datetime(2026, 3, 14, 23, 30, tzinfo=utc))
    assert [row.period for row in reports.sales_by_day()] == ["2026-03-14"]
    shop_zone("Asia/Tokyo")  # UTC+9: both are the next morning
    assert [(row.period, row.figures.orders) for row in reports.sales_by_day()] == [("2026-03-15", 2)]


def test_days_around_daylight_saving_changes(controllers, reports, shop_zone, till_clock, bread):
    berlin = shop_zone("Europe/Berlin")
    # Summer time starts 2026-03-29 02:00 (UTC+1 -> UTC+2) and ends 2026-10-25 03:00.
    moments = [
        datetime(2026, 3, 29, 0, 15, tzinfo=berlin),  # still UTC+1: 23:15 UTC on the 28th
        datetime(2026, 3, 29, 23, 45, tzinfo=berlin),  # UTC+2: 21:45 UTC
        datetime(2026, 3, 30, 0, 30, tzinfo=berlin),  # UTC+2: 22:30 UTC on the 29th
        datetime(2026, 10, 25, 0, 30, tzinfo=berlin),  # UTC+2: 22:30 UTC on the 24th
        datetime(2026, 10, 25, 23, 30, tzinfo=berlin),  # UTC+1: 22:30 UTC on the 25th
    ]
    for moment in moments:
        sell_at(controllers, till_clock, moment)
    days = {row.period: row.figures.orders for row in reports.sales_by_day()}
    assert days == {"2026-03-29": 2, "2026-03-30": 1, "2026-10-25": 2}
    assert [row.period for row in reports.sales_by_day(date(2026, 3, 29), date(2026, 3, 29))] == [
        "2026-03-29"
    ]
    assert {row.period: row.figures.orders for row in reports.sales_by_month()} == {
        "2026-03": 3,
        "2026-10": 2,
    }
    # The range bounds are local midnights in UTC, one hour apart in winter and summer.
    assert utc_bounds(date(2026, 3, 29), date(2026, 3, 29)) == (
        datetime(2026, 3, 28, 23, 0),
        datetime(2026, 3, 29, 22, 0),
    )


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 12, 31),
        date(2027, 1, 1),
        date(2027, 1, 3),
        date(2027, 1, 4),
        date(2024, 12, 30),
        date(2021, 1, 3),
    ],
)
def test_iso_weeks_at_year_ends(controllers, reports, shop_zone, till_clock, bread, day):
    zone = shop_zone("Europe/Berlin")
    sell_at(controllers, till_clock, datetime(day.year, day.month, day.day, 23, 50, tzinfo=zone))
    year, week, _ = day.isocalendar()
    assert [row.period for row in reports.sales_by_week()] == [f"{year}-W{week:02d}"]


def test_a_return_counts_on_the_day_it_is_taken(controllers, reports, shop_zone, till_clock, bread):
    zone = shop_zone("Europe/Berlin")
    order_id = sell_at(controllers, till_clock, datetime(2026, 5, 4, 12, 0, tzinfo=zone), 3)
    till_clock(datetime(2026, 5, 6, 9, 0, tzinfo=zone))
    line_id = controllers.returns.sale(order_id).lines[0].order_item_id
    controllers.returns.refund(order_id, {line_id: 1}, "stale", RefundDestination.CASH)
    rows = {row.period: row.figures for row in reports.sales_by_day()}
    assert set(rows) == {"2026-05-04", "2026-05-06"}
    sale, back = rows["2026-05-04"], rows["2026-05-06"]
    assert (sale.orders, sale.units, sale.gross_sales, sale.refunds, sale.net_sales) == (
        1,
        3,
        D("7.50"),
        0,
        D("7.50"),
    )
    assert (back.orders, back.units, back.gross_sales, back.refunds, back.net_sales) == (
        0,
        -1,
        D("0.00"),
        D("2.50"),
        D("-2.50"),
    )
    assert back.tax == -D("0.16")  # 2.50 contains 0.16 of 7% tax
    assert back.total_collected == -D("2.50")
    # A range of the sale's day alone does not see the return, and the other way round.
    assert [r.period for r in reports.sales_by_day(date(2026, 5, 4), date(2026, 5, 5))] == ["2026-05-04"]
    [item] = reports.sales_by_item(date(2026, 5, 6), date(2026, 5, 6))
    assert (item.sku, item.units_sold, item.units_returned, item.units, item.net_sales) == (
        "BREAD",
        0,
        1,
        -1,
        D("-2.50"),
    )


def test_voided_and_parked_sales_never_count(controllers, reports, shop_zone, till_clock, bread):
    zone = shop_zone("Europe/Berlin")
    till_clock(datetime(2026, 5, 4, 10, 0, tzinfo=zone))
    controllers.sale.scan(BREAD)
    controllers.sale.cancel_sale("customer left")
    controllers.sale.scan(BREAD)
    controllers.sale.park("Anna")
    controllers.sale.scan(BREAD)  # a draft open on the till
    assert reports.sales_by_day() == ()
    assert reports.sales_by_item() == ()
    assert reports.sales_by_tender() == ()
    assert reports.sales_by_customer() == ()


def test_first_after_last_is_refused(reports):
    with pytest.raises(
        ReportRangeError, match=r"first day \(2026-03-02\) is after the last day \(2026-03-01\)"
    ):
        reports.sales_by_day(date(2026, 3, 2), date(2026, 3, 1))
    # Dates at the ends of the calendar are no bound rather than an overflow.
    assert reports.sales_by_day(date.min, date.max) == ()
    assert utc_bounds(date(2026, 3, 1), date(2026, 3, 1))[1] - utc_bounds(date(2026, 3, 1), None)[
        0
    ] <= timedelta(hours=25)


def test_every_kind_has_a_table_with_documented_columns(reports):
    expected_first = {
        ReportKind.DAY: "period",
        ReportKind.WEEK: "period",
        ReportKind.MONTH: "period",
        ReportKind.HOUR: "hour",
        ReportKind.ITEM: "sku",
        ReportKind.TOP_ITEMS: "sku",
        ReportKind.CUSTOMER: "customer_id",
        ReportKind.CASHIER: "cashier",
        ReportKind.TENDER: "method",
    }
    for kind, first in expected_first.items():
        table = reports.table(kind)
        assert table.columns[0] == first
        assert table.rows == ()
