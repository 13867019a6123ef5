"""The demo shop: a believable catalog and four weeks of sales that obey the till's own invariants.

Besides plain sales the demo holds discounts, a price override, returns, cash paid in and out,
counted drawers, voided sales and a parked one; each is checked here against the rules the till
keeps, with raw SQL that does not share the demo's code.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from stdnum import ean

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.domain.denominations import DEFAULT_DENOMINATIONS
from pos_app.domain.discounts import Discount, DiscountKind, PriceOverride
from pos_app.domain.money import from_minor
from pos_app.domain.pricing import OrderLine, price_order
from pos_app.domain.refunds import ChargedLine, refund_line
from pos_app.domain.tax import RoundingPolicy, TaxRate
from pos_app.domain.validation import validate_customer
from pos_app.services.demo import DemoReport, drawer_count, seed_demo


def query(db_path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql, params).fetchall()


TABLES = (
    "items",
    "customers",
    "orders",
    "order_items",
    "payments",
    "refunds",
    "refund_lines",
    "refund_tenders",
    "cash_movements",
    "cash_counts",
    "stock_movements",
    "shifts",
)


def counts(db_path: Path) -> dict[str, int]:
    return {table: query(db_path, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}


def paid_counts(db_path: Path) -> dict[str, int]:
    """Rows of the paid sales only: what DemoReport counts."""
    return {
        "orders": query(db_path, "SELECT count(*) FROM orders WHERE status = 'paid'")[0][0],
        "order_items": query(
            db_path,
            "SELECT count(*) FROM order_items l JOIN orders o ON o.id = l.order_id WHERE o.status = 'paid'",
        )[0][0],
        "payments": query(db_path, "SELECT count(*) FROM payments")[0][0],
    }


@pytest.fixture
def db_url(db_path: Path) -> str:
    """A new shop: migrated, no shift open yet (the demo opens and closes its own)."""
    url = sqlite_url(db_path)
    upgrade_database(url)
    return url


@pytest.fixture
def seeded(controllers: AppControllers, db_path: Path) -> DemoReport:
    started = time.perf_counter()
    report = seed_demo(controllers.uow)
    elapsed = time.perf_counter() - started
    print(f"\ndemo seed: {elapsed:.2f} s")
    assert report is not None
    # About 0.3 s alone; the bound leaves room for a busy machine but catches row-by-row inserts.
    assert elapsed < 3
    return report


def test_report_matches_the_database(seeded: DemoReport, db_path: Path) -> None:
    assert paid_counts(db_path) == {
        "orders": seeded.orders,
        "order_items": seeded.order_lines,
        "payments": seeded.payments,
    }
    assert counts(db_path)["items"] == seeded.items
    assert counts(db_path)["customers"] == seeded.customers
    (takings,) = query(db_path, "SELECT sum(total) FROM orders WHERE status = 'paid'")[0]
    assert seeded.takings == from_minor(takings)
    refunds, refunded = query(db_path, "SELECT count(*), sum(total) FROM refunds")[0]
    assert (seeded.refunds, seeded.refunded) == (refunds, from_minor(refunded))
    summary = seeded.summary()
    assert summary.startswith(f"Demo shop added: {seeded.items} items, {seeded.customers} customers")
    assert f"{refunds} returns refunding {from_minor(refunded):,.2f}" in summary


def test_catalog_has_200_items_with_valid_in_store_ean13(seeded: DemoReport, db_path: Path) -> None:
    rows = query(db_path, "SELECT sku, barcode, name, price, tax_rate, stock, active FROM items")
    assert len(rows) >= 200
    barcodes = [row[1] for row in rows]
    assert all(len(code) == 13 and code.startswith("200") and ean.validate(code) for code in barcodes)
    assert len(set(barcodes)) == len(rows)
    assert len({row[0] for row in rows}) == len(rows)
    assert {row[0].split("-")[0] for row in rows} >= {"DAI", "BAK", "FRU", "PAN", "SNA", "BEV", "HOU"}
    assert "Dark chocolate 70% 100 g" in {row[2] for row in rows}
    assert all(row[3] > 0 for row in rows)
    assert {row[4] for row in rows} == {0, 1000, 2000}  # 0 %, 10 %, 20 % in hundredths
    # At most 200 on the shelf, plus the few units customers brought back.
    (returned,) = query(db_path, "SELECT sum(quantity) FROM refund_lines")[0]
    assert all(0 <= row[5] <= 200 + returned for row in rows)
    assert all(row[6] for row in rows)


def test_customers_have_unique_emails(seeded: DemoReport, db_path: Path) -> None:
    rows = query(db_path, "SELECT name, email FROM customers")
    assert len(rows) >= 25
    emails = [email for _name, email in rows]
    assert None not in emails
    assert len(set(emails)) == len(emails)


def test_orders_are_paid_over_four_weeks_in_shop_hours(seeded: DemoReport, db_path: Path) -> None:
    rows = query(db_path, "SELECT status, created_at, paid_at, customer_id FROM orders WHERE status = 'paid'")
    created = [datetime.fromisoformat(row[1]) for row in rows]
    paid = [datetime.fromisoformat(row[2]) for row in rows]
    assert all(p > c for c, p in zip(created, paid, strict=True))
    assert len({c.date() for c in created}) >= 21
    assert (max(created) - min(created)).days >= 21
    assert max(paid) < datetime.now(UTC).replace(tzinfo=None)
    local_hours = {c.replace(tzinfo=UTC).astimezone().hour for c in created}
    assert min(local_hours) >= 8
    assert max(local_hours) < 20
    per_day = [
        n
        for (n,) in query(
            db_path, "SELECT count(*) FROM orders WHERE status = 'paid' GROUP BY date(created_at)"
        )
    ]
    assert sum(per_day) / len(per_day) >= 15
    with_customer = sum(1 for row in rows if row[3] is not None)
    assert 0 < with_customer < len(rows)


def test_order_totals_equal_the_sum_of_their_lines(seeded: DemoReport, db_path: Path) -> None:
    # Shelf prices include tax (the default setting): a line's gross is the unit price charged
    # x quantity, less its own discount and its share of the sale's. Paid, void and parked alike.
    mismatched = query(
        db_path,
        """
        SELECT o.id FROM orders o
        LEFT JOIN (
            SELECT order_id, sum(gross) AS gross, sum(net) AS net, sum(tax) AS tax,
                   sum(line_discount + order_discount) AS discounts, count(*) AS lines,
                   sum(price_paid * quantity - line_discount - order_discount != gross) AS off
            FROM order_items GROUP BY order_id
        ) l ON l.order_id = o.id
        WHERE l.gross IS NULL OR o.total != l.gross OR o.subtotal != l.net OR o.tax_total != l.tax
            OR o.subtotal + o.tax_total != o.total OR o.discount_total != l.discounts OR l.off != 0
            OR l.lines NOT BETWEEN 1 AND 6
        """,
    )
    assert mismatched == []


def _discount(kind: str | None, value: int | None, reason: str | None) -> Discount | None:
    if kind is None or value is None or reason is None:
        return None
    return Discount(DiscountKind(kind), from_minor(value), reason)


def test_every_order_is_priced_as_the_till_prices_it(seeded: DemoReport, db_path: Path) -> None:
    # Re-price each order from its stored inputs (prices, overrides, discounts) with the default
    # settings and compare every stored amount, line by line, as SaleController stores them.
    lines: dict[int, list[tuple[Any, ...]]] = {}
    for row in query(
        db_path,
        """
        SELECT order_id, list_price, price_paid, override_reason, quantity, tax_name, tax_rate,
               discount_kind, discount_value, discount_reason,
               line_discount, order_discount, net, tax, gross
        FROM order_items ORDER BY id
        """,
    ):
        lines.setdefault(row[0], []).append(row[1:])
    orders = query(
        db_path,
        "SELECT id, discount_kind, discount_value, discount_reason, discount_total, subtotal, tax_total,"
        " total FROM orders",
    )
    policy = RoundingPolicy()
    for order_id, kind, value, reason, discount_total, subtotal, tax, total in orders:
        order_lines = [
            OrderLine(
                from_minor(list_price),
                quantity,
                TaxRate(tax_name, from_minor(rate)),
                discount=_discount(line_kind, line_value, line_reason),
                override=(
                    None
                    if price_paid == list_price
                    else PriceOverride(from_minor(price_paid), override_reason)
                ),
            )
            for (
                list_price,
                price_paid,
                override_reason,
                quantity,
                tax_name,
                rate,
                line_kind,
                line_value,
                line_reason,
                *_stored,
            ) in lines[order_id]
        ]
        totals = price_order(
            order_lines,
            prices_include_tax=True,
            rounding=policy,
            order_discount=_discount(kind, value, reason),
        )
        assert [tuple(from_minor(amount) for amount in stored[-5:]) for stored in lines[order_id]] == [
            (p.line_discount, p.order_discount, p.net, p.tax, p.gross) for p in totals.lines
        ]
        assert tuple(from_minor(x) for x in (discount_total, subtotal, tax, total)) == (
            totals.discounts,
            totals.subtotal,
            totals.tax,
            totals.total,
        )


def test_lines_carry_the_item_price_and_rate(seeded: DemoReport, db_path: Path) -> None:
    differing = query(
        db_path,
        """
        SELECT l.id FROM order_items l JOIN items i ON i.id = l.item_id
        WHERE l.list_price != i.price OR l.tax_rate != i.tax_rate OR l.quantity < 1
            OR (l.price_paid != l.list_price) != (l.override_reason IS NOT NULL)
            OR l.price_paid > l.list_price
        """,
    )
    assert differing == []
    # One line per item and order, as the till merges repeated scans.
    repeated = "SELECT 1 FROM order_items GROUP BY order_id, item_id HAVING count(*) > 1"
    assert query(db_path, repeated) == []


def test_some_sales_have_discounts_and_a_price_override(seeded: DemoReport, db_path: Path) -> None:
    line_discounts = query(
        db_path,
        "SELECT l.discount_kind, l.discount_value, l.discount_reason, count(*) FROM order_items l"
        " JOIN orders o ON o.id = l.order_id"
        " WHERE o.status = 'paid' AND l.discount_kind IS NOT NULL AND l.line_discount > 0"
        " GROUP BY 1, 2, 3 ORDER BY 1",
    )
    assert [row[:3] for row in line_discounts] == [
        ("amount", 50, "Dented packaging"),
        ("percent", 2000, "Short date"),
    ]
    sale_discounts = dict(
        query(
            db_path,
            "SELECT discount_reason, count(*) FROM orders WHERE status = 'paid' AND discount_kind = 'percent'"
            " AND discount_total > 0 GROUP BY discount_reason",
        )
    )
    assert set(sale_discounts) == {"Staff", "Loyalty"}
    discounted = sum(row[3] for row in line_discounts) + sum(sale_discounts.values())
    # A few percent of the sales, not most of them.
    assert 0.02 * seeded.orders < discounted < 0.15 * seeded.orders
    # Loyalty is given to known customers; a sale discount is shared over every line.
    assert query(
        db_path,
        "SELECT count(*) FROM orders WHERE discount_reason = 'Loyalty' AND customer_id IS NULL",
    ) == [(0,)]
    assert query(
        db_path,
        "SELECT count(*) FROM orders o WHERE o.discount_kind IS NOT NULL AND o.discount_total !="
        " (SELECT sum(line_discount + order_discount) FROM order_items WHERE order_id = o.id)",
    ) == [(0,)]
    overrides = query(
        db_path,
        "SELECT l.list_price, l.price_paid FROM order_items l JOIN orders o ON o.id = l.order_id"
        " WHERE o.status = 'paid' AND l.override_reason = 'Price match'",
    )
    assert 0 < len(overrides) < 0.02 * seeded.order_lines
    assert all(0 < paid < listed for listed, paid in overrides)
    # The discounts show in the shifts' reports: what the Z reports sum equals the lines'.
    (shelf, charged) = query(
        db_path,
        "SELECT sum(price_paid * quantity), sum(gross) FROM order_items l"
        " JOIN orders o ON o.id = l.order_id WHERE o.status = 'paid'",
    )[0]
    (discounts,) = query(db_path, "SELECT sum(discount_total) FROM orders WHERE status = 'paid'")[0]
    assert shelf - charged == discounts > 0


def test_every_paid_order_has_one_cash_or_card_payment(seeded: DemoReport, db_path: Path) -> None:
    bad = query(
        db_path,
        """
        SELECT o.id FROM orders o LEFT JOIN payments p ON p.order_id = o.id
        WHERE o.status = 'paid'
        GROUP BY o.id
        HAVING count(p.id) != 1 OR min(p.method) NOT IN ('cash', 'card') OR min(p.amount) != o.total
            OR min(p.tendered) < o.total OR min(p.tendered - p.change_given) != o.total
            OR min(p.created_at) != o.paid_at
            OR (min(p.method) = 'card' AND (min(p.change_given) != 0 OR min(p.reference) IS NULL))
        """,
    )
    assert bad == []
    methods = dict(query(db_path, "SELECT method, count(*) FROM payments GROUP BY method"))
    assert methods["cash"] > 0
    assert methods["card"] > 0


def test_receipt_numbers_are_gapless_in_payment_order(seeded: DemoReport, db_path: Path) -> None:
    numbers = [
        n for (n,) in query(db_path, "SELECT receipt_no FROM orders WHERE status = 'paid' ORDER BY paid_at")
    ]
    assert numbers == list(range(1, seeded.orders + 1))
    assert query(
        db_path, "SELECT count(*) FROM orders WHERE status != 'paid' AND receipt_no IS NOT NULL"
    ) == [(0,)]


SHIFT_CASH = """
    SELECT s.id, s.opening_float, s.expected_cash, s.counted_cash,
           (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN orders o ON o.id = p.order_id
            WHERE o.shift_id = s.id AND o.status = 'paid' AND p.method = 'cash'),
           (SELECT coalesce(sum(t.amount), 0) FROM refund_tenders t JOIN refunds r ON r.id = t.refund_id
            WHERE r.shift_id = s.id AND t.method = 'cash'),
           (SELECT coalesce(sum(amount), 0) FROM cash_movements WHERE shift_id = s.id AND kind = 'paid_in'),
           (SELECT coalesce(sum(amount), 0) FROM cash_movements WHERE shift_id = s.id AND kind = 'paid_out'),
           (SELECT sum(denomination * count) FROM cash_counts WHERE shift_id = s.id)
    FROM shifts s WHERE s.closed_at IS NOT NULL ORDER BY s.id
"""


def test_every_day_is_a_closed_shift_whose_drawer_adds_up(seeded: DemoReport, db_path: Path) -> None:
    shifts = query(db_path, SHIFT_CASH)
    assert len(shifts) == seeded.days
    for _id, opening_float, expected, counted, cash_sales, cash_refunds, paid_in, paid_out, count in shifts:
        assert expected == opening_float + cash_sales - cash_refunds + paid_in - paid_out
        assert counted == count
        assert abs(counted - expected) <= 100
    assert query(db_path, "SELECT count(*) FROM orders WHERE status = 'paid' AND shift_id IS NULL") == [(0,)]
    # Today's shift is left open so the demo till can sell straight away.
    assert query(db_path, "SELECT count(*) FROM shifts WHERE closed_at IS NULL") == [(1,)]


def test_each_closed_drawer_is_counted_by_denomination(seeded: DemoReport, db_path: Path) -> None:
    rows = query(
        db_path,
        "SELECT c.shift_id, c.denomination, c.count FROM cash_counts c"
        " JOIN shifts s ON s.id = c.shift_id WHERE s.closed_at IS NOT NULL",
    )
    allowed = {int(d * 100) for d in DEFAULT_DENOMINATIONS}
    assert {denomination for _shift, denomination, _count in rows} <= allowed
    assert all(count > 0 for _shift, _denomination, count in rows)
    assert len({shift for shift, _d, _c in rows}) == seeded.days
    # The open shift has not been counted yet.
    assert query(
        db_path,
        "SELECT count(*) FROM cash_counts c JOIN shifts s ON s.id = c.shift_id WHERE s.closed_at IS NULL",
    ) == [(0,)]


def test_drawer_count_is_a_greedy_breakdown_that_adds_up() -> None:
    counted = drawer_count(Decimal("187.68"))

    assert counted == {
        Decimal("50.00"): 3,
        Decimal("20.00"): 1,
        Decimal("10.00"): 1,
        Decimal("5.00"): 1,
        Decimal("2.00"): 1,
        Decimal("0.50"): 1,
        Decimal("0.10"): 1,
        Decimal("0.05"): 1,
        Decimal("0.02"): 1,
        Decimal("0.01"): 1,
    }
    assert sum(d * n for d, n in counted.items()) == Decimal("187.68")
    assert drawer_count(Decimal("0.00")) == {}
    with pytest.raises(ValueError, match="not an amount of cash"):
        drawer_count(Decimal("-1.00"))


def test_cash_is_paid_in_and_out_during_the_days(seeded: DemoReport, db_path: Path) -> None:
    movements = query(
        db_path,
        "SELECT m.kind, m.amount, m.reason, m.created_at, s.opened_at, s.closed_at"
        " FROM cash_movements m JOIN shifts s ON s.id = m.shift_id",
    )
    assert {row[0] for row in movements} == {"paid_in", "paid_out"}
    assert "Window cleaner" in {row[2] for row in movements if row[0] == "paid_out"}
    assert "Change from bank" in {row[2] for row in movements if row[0] == "paid_in"}
    assert all(amount > 0 and reason for _kind, amount, reason, *_ in movements)
    assert all(opened <= moved <= closed for *_, moved, opened, closed in movements)


def test_some_sales_are_partly_returned_a_day_or_two_later(seeded: DemoReport, db_path: Path) -> None:
    refunds = query(
        db_path,
        """
        SELECT r.id, r.order_id, r.created_at, r.net, r.tax, r.total, o.paid_at, s.opened_at, s.closed_at,
               r.shift_id != o.shift_id, r.reason
        FROM refunds r JOIN orders o ON o.id = r.order_id JOIN shifts s ON s.id = r.shift_id
        WHERE o.status = 'paid'
        """,
    )
    assert 5 <= len(refunds) == seeded.refunds
    for _id, _order, created, net, tax, total, paid, opened, closed, later_shift, reason in refunds:
        assert net + tax == total > 0
        assert later_shift
        assert reason
        assert opened <= created <= closed
        days_later = (datetime.fromisoformat(created).date() - datetime.fromisoformat(paid).date()).days
        assert days_later in (1, 2)
    # Each refund is its lines, and each line's amounts are the cumulative share of what it was charged.
    lines = query(
        db_path,
        """
        SELECT r.id, r.net, r.tax, r.total, rl.quantity, rl.net, rl.tax, rl.gross,
               l.quantity, l.net, l.tax, l.gross, l.tax_name, l.tax_rate
        FROM refunds r JOIN refund_lines rl ON rl.refund_id = r.id
        JOIN order_items l ON l.id = rl.order_item_id
        """,
    )
    assert len(lines) == len(refunds)  # one line per return in the demo
    partly = 0
    for _id, net, tax, total, back, *amounts, sold, sold_net, sold_tax, sold_gross, name, rate in [
        (*row[:8], *row[8:]) for row in lines
    ]:
        charged = ChargedLine(
            sold,
            from_minor(sold_net),
            from_minor(sold_tax),
            from_minor(sold_gross),
            TaxRate(name, from_minor(rate)),
        )
        refund = refund_line(charged, already_returned=0, quantity=back)
        assert tuple(from_minor(a) for a in amounts) == (refund.net, refund.tax, refund.gross)
        assert (net, tax, total) == tuple(amounts)
        partly += back < sold
    assert partly > 0
    # The money went back to the original tender or in cash, adding up to the refund; a card
    # refund carries the card's slip reference.
    money = query(
        db_path,
        """
        SELECT r.id, r.total, (SELECT sum(amount) FROM refund_tenders WHERE refund_id = r.id),
               (SELECT count(*) FROM refund_tenders t JOIN payments p ON p.order_id = r.order_id
                WHERE t.refund_id = r.id AND t.method = 'card'
                    AND (p.method != 'card' OR t.reference IS NOT p.reference))
        FROM refunds r
        """,
    )
    assert all(total == paid_back and mismatched == 0 for _id, total, paid_back, mismatched in money)
    tenders = {method for (method,) in query(db_path, "SELECT DISTINCT method FROM refund_tenders")}
    assert tenders == {"cash", "card"}


def test_returns_put_the_stock_back(seeded: DemoReport, db_path: Path) -> None:
    back = query(
        db_path,
        """
        SELECT count(*) FROM refund_lines rl
        JOIN refunds r ON r.id = rl.refund_id JOIN order_items l ON l.id = rl.order_item_id
        JOIN stock_movements m ON m.refund_id = r.id AND m.item_id = l.item_id
        WHERE m.kind = 'return' AND m.change = rl.quantity AND m.created_at = r.created_at
        """,
    )
    assert back == [(seeded.refunds,)]


def test_a_closed_shift_report_matches_the_database(
    seeded: DemoReport, controllers: AppControllers, db_path: Path
) -> None:
    # The busiest shift for the report: one with a refund and cash moved, if there is one.
    (shift_id,) = query(
        db_path,
        """
        SELECT s.id FROM shifts s WHERE s.closed_at IS NOT NULL
        ORDER BY (SELECT count(*) FROM refunds WHERE shift_id = s.id) > 0
                 AND (SELECT count(*) FROM cash_movements WHERE shift_id = s.id) > 0 DESC, s.id
        LIMIT 1
        """,
    )[0]
    row = next(r for r in query(db_path, SHIFT_CASH) if r[0] == shift_id)
    _id, opening_float, expected, counted, cash_sales, cash_refunds, paid_in, paid_out, _count = row
    sales, gross, discounts = query(
        db_path,
        "SELECT count(*), sum(total), sum(discount_total) FROM orders WHERE shift_id = ? AND status = 'paid'",
        shift_id,
    )[0]
    refund_count, refunds_total = query(
        db_path, "SELECT count(*), coalesce(sum(total), 0) FROM refunds WHERE shift_id = ?", shift_id
    )[0]
    counts_sql = query(
        db_path,
        "SELECT denomination, count FROM cash_counts WHERE shift_id = ? ORDER BY denomination DESC",
        shift_id,
    )

    report = controllers.shifts.report(shift_id)

    assert report.is_closed
    assert (report.sales_count, report.gross_sales, report.discounts) == (
        sales,
        from_minor(gross),
        from_minor(discounts),
    )
    assert (report.refund_count, report.refunds_total) == (refund_count, from_minor(refunds_total))
    assert report.refund_count > 0
    assert report.net_sales == from_minor(gross - refunds_total)
    assert (report.cash_sales, report.cash_refunds) == (from_minor(cash_sales), from_minor(cash_refunds))
    assert (report.paid_in, report.paid_out) == (from_minor(paid_in), from_minor(paid_out))
    assert report.paid_in + report.paid_out > 0
    assert report.opening_float == from_minor(opening_float)
    assert report.expected_cash == from_minor(expected)
    assert report.counted_cash == from_minor(counted)
    assert report.variance == from_minor(counted - expected)
    assert [(c.denomination, c.count) for c in report.counts] == [(from_minor(d), n) for d, n in counts_sql]
    # The report's own live figure for the cash agrees with the one stored at the close.
    assert report.expected_cash == (
        report.opening_float + report.cash_sales - report.cash_refunds + report.paid_in - report.paid_out
    )


def test_voided_and_parked_sales_are_not_sales(
    seeded: DemoReport, controllers: AppControllers, db_path: Path
) -> None:
    voids = query(
        db_path,
        "SELECT id, void_reason, receipt_no, shift_id, paid_at, total FROM orders WHERE status = 'void'",
    )
    assert len(voids) >= 2
    assert all(
        reason and receipt is None and shift is None and paid is None
        for _id, reason, receipt, shift, paid, _t in voids
    )
    parked = query(
        db_path,
        "SELECT id, park_label, parked_at, receipt_no, shift_id, paid_at FROM orders WHERE status = 'parked'",
    )
    assert len(parked) == 1
    assert parked[0][1]
    assert parked[0][2] is not None
    assert parked[0][3:] == (None, None, None)
    unpaid = [row[0] for row in voids] + [parked[0][0]]
    marks = ",".join("?" * len(unpaid))
    # Their lines are kept (the till keeps them), but nothing was paid, taxed or taken from stock.
    assert query(
        db_path, f"SELECT count(DISTINCT order_id) FROM order_items WHERE order_id IN ({marks})", *unpaid
    ) == [(len(unpaid),)]
    for table in ("payments", "order_taxes", "stock_movements", "refunds"):
        assert query(db_path, f"SELECT count(*) FROM {table} WHERE order_id IN ({marks})", *unpaid) == [(0,)]
    # The parked sale waits at the till, to be resumed (F7).
    waiting = controllers.sale.parked_sales()
    assert [(sale.order_id, sale.label) for sale in waiting] == [(parked[0][0], parked[0][1])]


def test_tax_per_rate_adds_up_to_each_order(seeded: DemoReport, db_path: Path) -> None:
    bad = query(
        db_path,
        """
        SELECT o.id FROM orders o JOIN order_taxes t ON t.order_id = o.id
        GROUP BY o.id HAVING sum(t.tax) != o.tax_total OR sum(t.net) + sum(t.tax) != o.total
        """,
    )
    assert bad == []
    rates = query(db_path, "SELECT name FROM tax_rates ORDER BY percent")
    assert rates == [("Zero",), ("Reduced",), ("Standard",)]
    unpriced = "SELECT count(*) FROM order_items WHERE net + tax != gross OR tax_name = ''"
    assert query(db_path, unpriced) == [(0,)]
    (with_change,) = query(db_path, "SELECT count(*) FROM payments WHERE change_given > 0")[0]
    assert with_change > 0


def test_foreign_keys_hold(seeded: DemoReport, db_path: Path) -> None:
    assert query(db_path, "PRAGMA foreign_key_check") == []


def test_every_items_stock_is_the_sum_of_its_journal(seeded: DemoReport, db_path: Path) -> None:
    off_the_journal = (
        "SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
        " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0)"
    )
    assert query(db_path, off_the_journal) == []
    # A sale movement per paid line, dated when it was paid, and nothing else but openings.
    assert query(
        db_path,
        "SELECT count(*) FROM stock_movements m JOIN orders o ON o.id = m.order_id"
        " JOIN order_items l ON l.order_id = o.id AND l.item_id = m.item_id"
        " WHERE m.kind = 'sale' AND m.change = -l.quantity AND m.created_at = o.paid_at",
    ) == [(seeded.order_lines,)]
    assert query(db_path, "SELECT kind, count(*) FROM stock_movements GROUP BY kind ORDER BY kind") == [
        ("opening", seeded.items),
        ("return", seeded.refunds),
        ("sale", seeded.order_lines),
    ]
    # Each opening count is dated before the item's first sale.
    assert query(
        db_path,
        "SELECT count(*) FROM stock_movements s JOIN stock_movements o"
        " ON o.item_id = s.item_id AND o.kind = 'opening'"
        " WHERE s.kind = 'sale' AND s.created_at <= o.created_at",
    ) == [(0,)]


def test_seeded_shop_works_at_the_till(
    seeded: DemoReport, controllers: AppControllers, db_path: Path
) -> None:
    barcode, stock = query(db_path, "SELECT barcode, stock FROM items WHERE stock > 0 ORDER BY id LIMIT 1")[0]

    result = controllers.sale.scan(barcode)
    receipt = controllers.sale.pay_cash(Decimal("50.00"))

    assert result.added is not None
    assert receipt.total == result.added.price
    assert query(db_path, "SELECT stock FROM items WHERE barcode = ?", barcode) == [(stock - 1,)]
    assert [row.sku for row in controllers.catalog.items("whole milk").fetch(0, 5)] == ["DAI-0001"]


def test_second_call_adds_nothing(seeded: DemoReport, controllers: AppControllers, db_path: Path) -> None:
    before = counts(db_path)

    assert seed_demo(controllers.uow) is None

    assert counts(db_path) == before


def test_shop_with_an_item_is_left_alone(
    controllers: AppControllers, db_path: Path, make_item: Callable[..., int]
) -> None:
    make_item("My own item")

    assert seed_demo(controllers.uow) is None

    assert counts(db_path) == {table: 1 if table == "items" else 0 for table in TABLES} | {
        "stock_movements": counts(db_path)["stock_movements"],
        "shifts": 0,
    }


def test_existing_customer_email_is_not_duplicated(controllers: AppControllers, db_path: Path) -> None:
    controllers.customers.add_customer(validate_customer(name="Anna", email="anna.schmidt@example.com"))

    report = seed_demo(controllers.uow)

    assert report is not None
    assert query(db_path, "SELECT count(*) FROM customers WHERE email = 'anna.schmidt@example.com'") == [(1,)]
    assert counts(db_path)["customers"] == report.customers + 1


def _seed_fresh(tmp_path: Path, name: str, seed: int) -> list[tuple[Any, ...]]:
    path = tmp_path / name
    url = sqlite_url(path)
    upgrade_database(url)
    app = AppControllers(url)
    try:
        assert seed_demo(app.uow, seed=seed) is not None
    finally:
        app.close()
    return (
        query(path, "SELECT sku, barcode, name, price, stock FROM items ORDER BY id")
        + query(path, "SELECT item_id, quantity, price_paid, discount_reason FROM order_items ORDER BY id")
        + query(path, "SELECT order_id, total FROM refunds ORDER BY id")
        + query(path, "SELECT kind, amount FROM cash_movements ORDER BY id")
    )


def test_same_seed_same_shop(tmp_path: Path) -> None:
    first = _seed_fresh(tmp_path, "a.sqlite3", 7)
    again = _seed_fresh(tmp_path, "b.sqlite3", 7)
    other = _seed_fresh(tmp_path, "c.sqlite3", 8)

    assert first == again
    assert first != other


def test_some_items_have_reorder_points_and_some_are_low(seeded: DemoReport, db_path: Path) -> None:
    ((tracked, low, untracked),) = query(
        db_path,
        "SELECT count(reorder_point), sum(stock <= reorder_point), sum(reorder_point IS NULL) FROM items",
    )
    # The stock screen's low-stock list has something to show, and not everything is tracked.
    assert tracked > 50
    assert untracked > 50
    assert 0 < low < tracked
