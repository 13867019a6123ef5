"""Sales reports for the owner: by day, ISO week, month, hour of day, item, customer, cashier and tender.

Each report is ONE aggregate SQL statement. Lines, payments and refunds are aggregated by the
database (in subqueries keyed by order or refund id, or grouped by item, customer or shift id),
and names (items, customers, cashiers) are joined to the few aggregated rows afterwards. Python
only turns the aggregated integers (minor units) into Decimal rows, so a report over a million
orders costs what the SQL costs.

What counts:
- A sale is an order with status 'paid', dated by `orders.paid_at`. Drafts, parked and voided
  orders never count.
- A return is a refund of a paid sale, dated by `refunds.created_at`: a return is a new record on
  the day it happens, so a sale of March returned in April lowers April, and March stays as it
  was reported.
- Periods are the shop's LOCAL time. Timestamps are stored as naive UTC; SQLite's 'localtime'
  modifier converts each one with the C library's time zone of this process (the TZ variable or
  the system's zone, daylight saving time included: a sale at 23:30 local belongs to that local
  day, whatever its UTC date). This is the same zone in which the screens show times
  (ui/local_time.py). `first`/`last` are inclusive local dates: the range runs from local
  midnight of `first` to local midnight after `last`, turned into UTC bounds in Python.

The figures of a period (customer, cashier) row, all money with tax included, as charged:
- orders: the number of sales.
- units: units sold minus units returned.
- gross_sales: what the sold lines would have charged without their discounts, i.e. the sum of
  the lines' gross plus their discounts (= orders.total + orders.discount_total). When the shop's
  prices include tax (the default) that is shelf price x quantity; when they do not, discounts
  are before tax (they come off the shelf price), and gross_sales is what was charged plus them.
- discounts: line discounts plus the shares of sale discounts (orders.discount_total), in the
  terms of the shelf prices. Price overrides are not discounts: the overridden price is the sale.
- refunds: the money value of the returned goods (refunds.total, tax included).
- net_sales = gross_sales - discounts - refunds: what the sales charged less what the returns
  gave back, tax included (orders.total - refunds.total). net_sales - tax is the revenue before tax.
- tax: tax charged by the sales minus tax given back by the returns.
- total_collected: payments taken minus refund payouts (payments.amount - refund_tenders.amount),
  cash rounding included; total_collected - net_sales is the net cash rounding
  (`SalesFigures.cash_rounding`), zero when the shop rounds cash to the cent.
A customer row holds that customer's sales and the returns of those sales; a cashier row the
sales paid in that cashier's shifts and the returns taken in them.

Item rows (by item and top items): units_sold, units_returned, units (sold - returned), and
gross_sales, discounts, refunds, net_sales, tax as above per line (order_items.gross + discounts,
refund_lines.gross). Tender rows: payments (count) and amount taken with that tender,
refunds (count) and refunded paid out with it, net = amount - refunded; the nets of all tenders
add up to total_collected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject
from sqlalchemy import DateTime, TextClause, bindparam, text

from pos_app.controllers.report_rows import (
    SALES_FIGURES,
    CashierSales,
    Cell,
    CustomerSales,
    ItemSales,
    PeriodSales,
    ReportKind,
    ReportTable,
    SalesFigures,
    TenderSales,
)
from pos_app.controllers.staff import StaffController
from pos_app.controllers.transactions import UnitOfWork
from pos_app.domain.i18n import translate
from pos_app.domain.money import from_minor
from pos_app.domain.permissions import Permission

# The English text, for tests; reports show it through translate().
NO_CUSTOMER = "(no customer)"
TOP_ITEMS_LIMIT = 10
TENDER_ORDER = ("cash", "card", "voucher")


class ReportRangeError(ValueError):
    """The dates of a report make no range (the first is after the last)."""


# The local period of a naive UTC timestamp column, as SQL text. ISO weeks: the week of a day is
# the week of its Thursday (date(d, '-3 days', 'weekday 4') moves to it), numbered within the
# Thursday's year; SQLite 3.40 has no %V/%G.
def _day(column: str) -> str:
    return f"strftime('%Y-%m-%d', {column}, 'localtime')"


def _month(column: str) -> str:
    return f"strftime('%Y-%m', {column}, 'localtime')"


def _hour(column: str) -> str:
    return f"strftime('%H', {column}, 'localtime')"


def _week(column: str) -> str:
    thursday = f"date({column}, 'localtime', '-3 days', 'weekday 4')"
    return (
        f"(strftime('%Y', {thursday}) || '-W' || "
        f"printf('%02d', (CAST(strftime('%j', {thursday}) AS INTEGER) - 1) / 7 + 1))"
    )


_PERIODS: dict[ReportKind, Callable[[str], str]] = {
    ReportKind.DAY: _day,
    ReportKind.WEEK: _week,
    ReportKind.MONTH: _month,
    ReportKind.HOUR: _hour,
}

# Per-sale and per-refund rows of the figures, keyed by {sale_key} / {refund_key}; a refund's
# orders row `o` is its sale. Money in minor units: amounts are summed as stored integers.
# Returns are found from `refunds` (by its created_at index when a range is given) and their sale
# looked up by primary key: SQLite's CROSS JOIN keeps that order, where the planner would
# otherwise walk every paid order (through the status index) looking for its refunds.
_SUMMARY_PARTS = """
    SELECT {sale_key} AS key,
           1 AS orders,
           (SELECT SUM(oi.quantity) FROM order_items oi WHERE oi.order_id = o.id) AS units,
           o.total + o.discount_total AS gross_sales,
           o.discount_total AS discounts,
           0 AS refunds,
           o.total AS net_sales,
           o.tax_total AS tax,
           (SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.order_id = o.id) AS collected
    FROM orders o
    WHERE o.status = 'paid'{sale_range}
    UNION ALL
    SELECT {refund_key},
           0,
           -(SELECT COALESCE(SUM(rl.quantity), 0) FROM refund_lines rl WHERE rl.refund_id = r.id),
           0,
           0,
           r.total,
           -r.total,
           -r.tax,
           -(SELECT COALESCE(SUM(rt.amount), 0) FROM refund_tenders rt WHERE rt.refund_id = r.id)
    FROM refunds r CROSS JOIN orders o
    WHERE o.id = r.order_id AND o.status = 'paid'{refund_range}
"""

_FIGURES = ("orders", "units", "gross_sales", "discounts", "refunds", "net_sales", "tax", "collected")
# The parts summed per key: one short row per period, customer or shift.
_GROUPED = (
    "SELECT key, " + ", ".join(f"SUM({name}) AS {name}" for name in _FIGURES) + " FROM ({parts}) GROUP BY key"
)
_FIGURES_OF_G = ", ".join(f"g.{name}" for name in _FIGURES)
_SUMS_OF_G = ", ".join(f"SUM(g.{name})" for name in _FIGURES)


def _grouped(sale_key: str, refund_key: str) -> str:
    """The figures per key, with {sale_range}/{refund_range} left for `_run` to fill in."""
    parts = _SUMMARY_PARTS.format(
        sale_key=sale_key, refund_key=refund_key, sale_range="{sale_range}", refund_range="{refund_range}"
    )
    return _GROUPED.replace("{parts}", parts)


_ITEM_PARTS = """
    SELECT oi.item_id AS item_id,
           oi.quantity AS sold,
           0 AS returned,
           oi.gross + oi.line_discount + oi.order_discount AS gross_sales,
           oi.line_discount + oi.order_discount AS discounts,
           0 AS refunds,
           oi.gross AS net_sales,
           oi.tax AS tax
    FROM orders o JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status = 'paid'{sale_range}
    UNION ALL
    SELECT oi.item_id, 0, rl.quantity, 0, 0, rl.gross, -rl.gross, -rl.tax
    FROM refunds r
    CROSS JOIN orders o ON o.id = r.order_id
    JOIN refund_lines rl ON rl.refund_id = r.id
    JOIN order_items oi ON oi.id = rl.order_item_id
    WHERE o.status = 'paid'{refund_range}
"""

_TENDER_SQL = """
SELECT t.method, SUM(t.payments), SUM(t.amount), SUM(t.refunds), SUM(t.refunded)
FROM (
    SELECT p.method AS method, 1 AS payments, p.amount AS amount, 0 AS refunds, 0 AS refunded
    FROM orders o JOIN payments p ON p.order_id = o.id
    WHERE o.status = 'paid'{sale_range}
    UNION ALL
    SELECT rt.method, 0, 0, 1, rt.amount
    FROM refunds r
    CROSS JOIN orders o ON o.id = r.order_id
    JOIN refund_tenders rt ON rt.refund_id = r.id
    WHERE o.status = 'paid'{refund_range}
) t
GROUP BY t.method
ORDER BY CASE t.method WHEN 'cash' THEN 0 WHEN 'card' THEN 1 WHEN 'voucher' THEN 2 ELSE 3 END, t.method
"""


def report_title(kind: ReportKind) -> str:
    """The report's title in the user's language; built per call because the translator is
    installed after this module is imported."""
    titles = {
        ReportKind.DAY: translate("Reports", "Sales by day"),
        ReportKind.WEEK: translate("Reports", "Sales by week"),
        ReportKind.MONTH: translate("Reports", "Sales by month"),
        ReportKind.HOUR: translate("Reports", "Sales by hour of day"),
        ReportKind.ITEM: translate("Reports", "Sales by item"),
        ReportKind.TOP_ITEMS: translate("Reports", "Top items by net sales"),
        ReportKind.CUSTOMER: translate("Reports", "Sales by customer"),
        ReportKind.CASHIER: translate("Reports", "Sales by cashier"),
        ReportKind.TENDER: translate("Reports", "Payments by tender"),
    }
    return titles[kind]


PERIOD_COLUMN = {
    ReportKind.DAY: "period",
    ReportKind.WEEK: "period",
    ReportKind.MONTH: "period",
    ReportKind.HOUR: "hour",
}
ITEM_COLUMNS = (
    "sku",
    "name",
    "units_sold",
    "units_returned",
    "units",
    "gross_sales",
    "discounts",
    "refunds",
    "net_sales",
    "tax",
)
CUSTOMER_COLUMNS = ("customer_id", "customer", *SALES_FIGURES)
CASHIER_COLUMNS = ("cashier", *SALES_FIGURES)
TENDER_COLUMNS = ("method", "payments", "amount", "refunds", "refunded", "net")


def check_range(first: date | None, last: date | None) -> None:
    """Raise ReportRangeError when `first` comes after `last`."""
    if first is not None and last is not None and first > last:
        raise ReportRangeError(
            translate("Reports", "The first day ({first}) is after the last day ({last}).").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )


def utc_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """The naive UTC instants of local midnight on `first` and local midnight after `last`.

    Python's naive `astimezone()` uses the same C library zone as SQLite's 'localtime'. A bound out
    of the zone's range (year 1, year 9999) is no bound at all.
    """
    check_range(first, last)
    return _local_midnight(first, 0), _local_midnight(last, 1)


def _local_midnight(day: date | None, days_after: int) -> datetime | None:
    if day is None:
        return None
    try:
        local = datetime(day.year, day.month, day.day) + timedelta(days=days_after)
        return local.astimezone().astimezone(UTC).replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return None


class ReportsController(QObject):
    """Runs the sales reports in one read transaction each; see the module docstring for the figures.

    No signals: a report is read when asked for.
    """

    def __init__(
        self, uow: UnitOfWork, parent: QObject | None = None, *, staff: StaffController | None = None
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Every report needs Permission.REPORTS (None: scripts, unchecked).
        self._staff = staff

    # -- typed reports -------------------------------------------------------------------

    def sales_by_period(
        self, kind: ReportKind, first: date | None = None, last: date | None = None
    ) -> tuple[PeriodSales, ...]:
        """Sales per local day, ISO week, month or hour of day (kind DAY, WEEK, MONTH, HOUR), in order."""
        period = _PERIODS[ReportKind(kind)]
        grouped = _grouped(period("o.paid_at"), period("r.created_at"))
        sql = f"SELECT g.key, {_FIGURES_OF_G} FROM ({grouped}) g ORDER BY g.key"
        rows = self._run(sql, first, last)
        return tuple(PeriodSales(row[0], _figures(row[1:])) for row in rows)

    def sales_by_day(self, first: date | None = None, last: date | None = None) -> tuple[PeriodSales, ...]:
        return self.sales_by_period(ReportKind.DAY, first, last)

    def sales_by_week(self, first: date | None = None, last: date | None = None) -> tuple[PeriodSales, ...]:
        return self.sales_by_period(ReportKind.WEEK, first, last)

    def sales_by_month(self, first: date | None = None, last: date | None = None) -> tuple[PeriodSales, ...]:
        return self.sales_by_period(ReportKind.MONTH, first, last)

    def sales_by_hour(self, first: date | None = None, last: date | None = None) -> tuple[PeriodSales, ...]:
        return self.sales_by_period(ReportKind.HOUR, first, last)

    def sales_by_customer(
        self, first: date | None = None, last: date | None = None
    ) -> tuple[CustomerSales, ...]:
        """Per customer, highest net sales first; sales without a customer are one row (id None)."""
        grouped = _grouped("o.customer_id", "o.customer_id")
        sql = (
            f"SELECT g.key, c.name, {_FIGURES_OF_G} FROM ({grouped}) g "
            "LEFT JOIN customers c ON c.id = g.key ORDER BY g.net_sales DESC, c.name, g.key"
        )
        rows = self._run(sql, first, last)
        return tuple(
            CustomerSales(
                row[0],
                translate("ReportsController", "(no customer)") if row[0] is None else row[1],
                _figures(row[2:]),
            )
            for row in rows
        )

    def sales_by_cashier(
        self, first: date | None = None, last: date | None = None
    ) -> tuple[CashierSales, ...]:
        """Per cashier (shifts.cashier): sales paid in their shifts, returns taken in their shifts."""
        grouped = _grouped("o.shift_id", "r.shift_id")
        sql = (
            f"SELECT s.cashier, {_SUMS_OF_G} FROM ({grouped}) g JOIN shifts s ON s.id = g.key "
            "GROUP BY s.cashier ORDER BY SUM(g.net_sales) DESC, s.cashier"
        )
        rows = self._run(sql, first, last)
        return tuple(CashierSales(row[0], _figures(row[1:])) for row in rows)

    def sales_by_item(
        self,
        first: date | None = None,
        last: date | None = None,
        *,
        order_by: str = "net_sales",
        limit: int | None = None,
    ) -> tuple[ItemSales, ...]:
        """Per item sold or returned in the range; highest `order_by` ("net_sales" or "units") first."""
        if order_by not in ("net_sales", "units"):
            raise ValueError(f"items are ordered by net_sales or units, not {order_by!r}")
        ranking = "SUM(sold) - SUM(returned)" if order_by == "units" else "SUM(net_sales)"
        per_item = (
            "SELECT item_id, SUM(sold) AS sold, SUM(returned) AS returned, SUM(gross_sales) AS gross_sales, "
            "SUM(discounts) AS discounts, SUM(refunds) AS refunds, SUM(net_sales) AS net_sales, "
            f"SUM(tax) AS tax, {ranking} AS ranking FROM (" + _ITEM_PARTS + ") GROUP BY item_id"
        )
        # Rank and cut on the aggregated rows, then join the names of only those items.
        if limit is not None:
            per_item += f" ORDER BY ranking DESC, item_id LIMIT {int(limit)}"
        sql = (
            "SELECT g.item_id, i.sku, i.name, g.sold, g.returned, g.gross_sales, g.discounts, g.refunds, "
            f"g.net_sales, g.tax FROM ({per_item}) g JOIN items i ON i.id = g.item_id "
            "ORDER BY g.ranking DESC, i.name, i.sku"
        )
        rows = self._run(sql, first, last)
        return tuple(
            ItemSales(
                item_id=row[0],
                sku=row[1],
                name=row[2],
                units_sold=row[3],
                units_returned=row[4],
                gross_sales=from_minor(row[5]),
                discounts=from_minor(row[6]),
                refunds=from_minor(row[7]),
                net_sales=from_minor(row[8]),
                tax=from_minor(row[9]),
            )
            for row in rows
        )

    def top_items(
        self,
        first: date | None = None,
        last: date | None = None,
        *,
        by: str = "net_sales",
        limit: int = TOP_ITEMS_LIMIT,
    ) -> tuple[ItemSales, ...]:
        """The `limit` best items by net sales (revenue) or by units."""
        if limit < 1:
            raise ValueError("a top list needs at least one item")
        return self.sales_by_item(first, last, order_by=by, limit=limit)

    def sales_by_tender(self, first: date | None = None, last: date | None = None) -> tuple[TenderSales, ...]:
        """Per payment method: payments taken and refunds paid out; cash, card, voucher first."""
        rows = self._run(_TENDER_SQL, first, last)
        return tuple(
            TenderSales(row[0], row[1], from_minor(row[2]), row[3], from_minor(row[4])) for row in rows
        )

    # -- one shape for writers and views -----------------------------------------------------

    def table(self, kind: ReportKind, first: date | None = None, last: date | None = None) -> ReportTable:
        """Report `kind` as a ReportTable (columns as documented for `pos-app report`)."""
        kind = ReportKind(kind)
        columns: tuple[str, ...]
        cells: tuple[tuple[Cell, ...], ...]
        if kind in _PERIODS:
            columns = (PERIOD_COLUMN[kind], *SALES_FIGURES)
            cells = tuple((r.period, *r.figures.cells()) for r in self.sales_by_period(kind, first, last))
            label, chart = 0, columns.index("net_sales")
        elif kind in (ReportKind.ITEM, ReportKind.TOP_ITEMS):
            items = (
                self.sales_by_item(first, last) if kind is ReportKind.ITEM else self.top_items(first, last)
            )
            columns = ITEM_COLUMNS
            cells = tuple(
                (
                    r.sku,
                    r.name,
                    r.units_sold,
                    r.units_returned,
                    r.units,
                    r.gross_sales,
                    r.discounts,
                    r.refunds,
                    r.net_sales,
                    r.tax,
                )
                for r in items
            )
            label, chart = 1, columns.index("net_sales")
        elif kind is ReportKind.CUSTOMER:
            columns = CUSTOMER_COLUMNS
            cells = tuple(
                (r.customer_id, r.customer, *r.figures.cells()) for r in self.sales_by_customer(first, last)
            )
            label, chart = 1, columns.index("net_sales")
        elif kind is ReportKind.CASHIER:
            columns = CASHIER_COLUMNS
            cells = tuple((r.cashier, *r.figures.cells()) for r in self.sales_by_cashier(first, last))
            label, chart = 0, columns.index("net_sales")
        else:
            columns = TENDER_COLUMNS
            cells = tuple(
                (r.method, r.payments, r.amount, r.refunds, r.refunded, r.net)
                for r in self.sales_by_tender(first, last)
            )
            label, chart = 0, columns.index("net")
        return ReportTable(kind, report_title(kind), columns, cells, label, chart, first, last)

    # -- internals -----------------------------------------------------------------------

    def _run(self, sql: str, first: date | None, last: date | None) -> Sequence[Any]:
        if self._staff is not None:
            self._staff.require(Permission.REPORTS)
        start, end = utc_bounds(first, last)
        sale_range, refund_range, params = "", "", {}
        if start is not None:
            sale_range += " AND o.paid_at >= :start"
            refund_range += " AND r.created_at >= :start"
            params["start"] = start
        if end is not None:
            sale_range += " AND o.paid_at < :end"
            refund_range += " AND r.created_at < :end"
            params["end"] = end
        statement: TextClause = text(sql.format(sale_range=sale_range, refund_range=refund_range))
        if params:
            # Bound as DateTime so the bounds are written exactly as the timestamp columns store them.
            statement = statement.bindparams(*(bindparam(name, type_=DateTime()) for name in params))
        with self._uow.read() as session:
            return session.execute(statement, params).all()


def _figures(sums: Sequence[Any]) -> SalesFigures:
    orders, units, gross, discounts, refunds, net, tax, collected = sums
    return SalesFigures(
        orders=orders or 0,
        units=units or 0,
        gross_sales=from_minor(gross or 0),
        discounts=from_minor(discounts or 0),
        refunds=from_minor(refunds or 0),
        net_sales=from_minor(net or 0),
        tax=from_minor(tax or 0),
        total_collected=from_minor(collected or 0),
    )
