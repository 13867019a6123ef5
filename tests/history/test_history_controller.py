"""HistoryController on a generated shop of 30,000 orders, checked against plain SQL.

Every filter's count equals an independent COUNT; a full keyset walk (down, and up from the
end) is contiguous, never overlaps and equals ORDER BY created_at DESC, id DESC; jumps to any
row equal what `LIMIT 1 OFFSET k` gives; bad filter text is refused with a clear message.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from history_bigdata import CASHIERS, PARK_EVERY, REFUND_EVERY, VOID_EVERY

from pos_app.controllers.errors import NotFoundError, UserError
from pos_app.controllers.order_history import (
    HistoryController,
    HistoryFilter,
    parse_history_filter,
)
from pos_app.controllers.order_history_pages import HistoryPageSource

NEWEST_FIRST = "ORDER BY created_at DESC, id DESC"
LONDON = ZoneInfo("Europe/London")

# (what a person typed, the same orders in plain SQL).
FILTERS = {
    "none": ({}, "1"),
    "dates": (
        {"date_from": "2023-01-20", "date_to": "2023-02-03"},
        "created_at >= '2023-01-20 00:00:00' AND created_at < '2023-02-04 00:00:00'",
    ),
    "customer id": ({"customer": "#{customer}"}, "customer_id = {customer}"),
    "customer text": (
        {"customer": "customer 0012"},
        "customer_id IN (SELECT id FROM customers WHERE name LIKE '%customer 0012%')",
    ),
    "customer phone": (
        {"customer": "7700 000123"},
        "customer_id IN (SELECT id FROM customers WHERE phone LIKE '%7700 000123%')",
    ),
    "void or parked": ({"statuses": ["void", "parked"]}, "status IN ('void', 'parked')"),
    "receipt": ({"receipt": "R-012345"}, "receipt_no = 12345"),
    "amount range": ({"amount_min": "20", "amount_max": "25.50"}, "total BETWEEN 2000 AND 2550"),
    "cashier": ({"cashier": "chen"}, "shift_id IN (SELECT id FROM shifts WHERE cashier = 'Chen')"),
    "combined": (
        {"cashier": "Dana", "amount_min": "10", "statuses": ["paid"], "date_from": "2023-01-05"},
        "shift_id IN (SELECT id FROM shifts WHERE cashier = 'Dana') AND total >= 1000 AND status = 'paid'"
        " AND created_at >= '2023-01-05 00:00:00'",
    ),
}


@pytest.fixture(scope="module")
def history(mid_app):
    """Date filters in UTC, so the plain SQL above can say the bounds outright."""
    return HistoryController(mid_app.uow, zone=ZoneInfo("UTC"))


def expected_ids(mid_sql, where: str) -> list[int]:
    return [row[0] for row in mid_sql(f"SELECT id FROM orders WHERE {where} {NEWEST_FIRST}")]


@pytest.fixture(scope="module")
def customer_id(mid_sql) -> int:
    """A customer who bought something: the one of the first order with a customer."""
    return mid_sql("SELECT customer_id FROM orders WHERE customer_id IS NOT NULL ORDER BY id LIMIT 1")[0][0]


@pytest.mark.parametrize("name", list(FILTERS))
def test_each_filter_counts_what_plain_sql_counts(history, mid_sql, customer_id, name):
    typed, where = FILTERS[name]
    typed = {
        key: value.format(customer=customer_id) if isinstance(value, str) else value
        for key, value in typed.items()
    }
    where = where.format(customer=customer_id)
    expected = mid_sql(f"SELECT COUNT(*) FROM orders WHERE {where}")[0][0]
    assert history.count(parse_history_filter(**typed)) == expected
    assert expected > 0, "a filter that matches nothing proves nothing"


@pytest.mark.parametrize("name", ["none", "cashier", "void or parked", "customer text", "combined"])
def test_a_full_keyset_walk_down_is_contiguous_and_in_order(history, mid_sql, name):
    typed, where = FILTERS[name]
    wanted = parse_history_filter(**typed)
    walked: list[int] = []
    key = None
    while True:
        page = history.page_after(wanted, key, 997)
        if not page:
            break
        walked.extend(row.id for row in page)
        key = page[-1].key
    assert walked == expected_ids(mid_sql, where)
    assert len(set(walked)) == len(walked)


def test_a_walk_up_from_the_end_gives_the_same_rows_reversed(history, mid_sql):
    wanted = parse_history_filter(cashier="Alice")
    pages = []
    key = None
    while page := history.page_before(wanted, key, 500):
        assert [row.key for row in page] == sorted((row.key for row in page), reverse=True)
        pages.append([row.id for row in page])
        key = page[0].key
    walked = [order_id for page in reversed(pages) for order_id in page]
    assert walked == expected_ids(mid_sql, FILTERS["cashier"][1].replace("Chen", "Alice"))


def test_pages_hold_what_the_list_shows(history, mid_sql):
    page = history.page_after(HistoryFilter(), None, 50)
    first = page[0]
    raw = mid_sql(
        f"""SELECT o.id, o.receipt_no, c.name, s.cashier, o.status, o.total,
                  (SELECT SUM(quantity) FROM order_items WHERE order_id = o.id)
           FROM orders o LEFT JOIN customers c ON c.id = o.customer_id LEFT JOIN shifts s ON s.id = o.shift_id
           {NEWEST_FIRST.replace("created_at", "o.created_at").replace("id DESC", "o.id DESC")} LIMIT 1"""
    )[0]
    assert (first.id, first.receipt_no, first.customer_name, first.cashier, first.status) == raw[:5]
    assert first.total == Decimal(raw[5]) / 100
    assert first.item_count == raw[6]
    refunded = history.page_after(parse_history_filter(receipt=str(_receipt_of(mid_sql, REFUND_EVERY))), None)
    (row,) = refunded
    expected = mid_sql("SELECT total FROM refunds WHERE order_id = ?", REFUND_EVERY)[0][0]
    assert row.refunded_total == Decimal(expected) / 100 > 0


def _receipt_of(mid_sql, order_id: int) -> int:
    return mid_sql("SELECT receipt_no FROM orders WHERE id = ?", order_id)[0][0]


@pytest.mark.parametrize("name", ["none", "cashier", "dates", "amount range"])
@pytest.mark.parametrize("page_size", [200, 37])
def test_jumps_to_any_row_equal_plain_sql_offset(history, mid_sql, name, page_size):
    typed, where = FILTERS[name]
    source = HistoryPageSource(history, parse_history_filter(**typed), page_size=page_size)
    total = source.count()
    rng = random.Random(f"{name}-{page_size}")
    rows = [0, total - 1, total // 2, *(rng.randrange(total) for _ in range(25))]
    for row in rows:
        (got,) = source.fetch(row, 1)
        expected = mid_sql(f"SELECT id FROM orders WHERE {where} {NEWEST_FIRST} LIMIT 1 OFFSET ?", row)
        assert got.id == expected[0][0], f"row {row} of {total}"


def test_random_page_order_serves_every_page_like_plain_sql(history, mid_sql):
    typed, where = FILTERS["none"]
    source = HistoryPageSource(history, parse_history_filter(**typed), page_size=100)
    total = source.count()
    expected = expected_ids(mid_sql, where)
    numbers = list(range((total + 99) // 100))
    random.Random(7).shuffle(numbers)
    for number in numbers:
        assert [row.id for row in source.fetch(number * 100, 100)] == expected[
            number * 100 : number * 100 + 100
        ]
    # Anchors came from the nearer end, a few statements for hundreds of jumps.
    assert 0 < source.anchor_reads < 40


def test_scrolling_needs_no_anchors(history):
    source = HistoryPageSource(history, HistoryFilter(), page_size=100)
    total = source.count()
    for offset in range(0, 30 * 100, 100):  # down from the top
        assert len(source.fetch(offset, 100)) == 100
    last = (total - 1) // 100 * 100
    for offset in range(last, last - 30 * 100, -100):  # the end, then up from there
        assert source.fetch(offset, 100)
    assert source.anchor_reads == 0


def test_a_dense_filter_walks_the_time_index_and_a_sparse_one_its_own(history, mid_sql):
    dense = HistoryPageSource(history, parse_history_filter(cashier="Bruno"))
    sparse = HistoryPageSource(history, parse_history_filter(receipt="777"))
    assert dense.count() > 1000
    assert sparse.count() == 1
    assert dense.by_time
    assert not sparse.by_time
    # Both plans give the same rows.
    wanted = parse_history_filter(cashier="Bruno")
    key = history.page_after(wanted, None, 300)[-1].key
    assert history.page_after(wanted, key, 300, by_time=True) == history.page_after(wanted, key, 300)


def test_statuses_are_counted_as_generated(history):
    counts = {
        status: history.count(HistoryFilter(statuses=frozenset({status}))) for status in ("void", "parked")
    }
    total = history.count(HistoryFilter())
    assert counts["void"] == total // VOID_EVERY
    assert counts["parked"] == total // PARK_EVERY - total // (VOID_EVERY * PARK_EVERY)


def test_cashiers_are_everyone_who_opened_a_shift(history):
    assert history.cashiers() == sorted(CASHIERS)


@pytest.mark.parametrize(
    ("typed", "field", "message"),
    [
        ({"date_from": "yesterday"}, "date_from", "From date must be a date like 2026-11-24"),
        ({"date_to": "2026-13-01"}, "date_to", "To date must be a date like 2026-11-24"),
        ({"date_from": "20261124"}, "date_from", "From date must be a date"),
        (
            {"date_from": "2026-11-25", "date_to": "2026-11-24"},
            "date_from",
            "The From date is after the To date",
        ),
        ({"customer": "#abc"}, "customer", "A customer number is # and digits"),
        ({"customer": "#0"}, "customer", "A customer number is # and digits"),
        ({"receipt": "RF-000012"}, "receipt", "That is a refund slip"),
        ({"receipt": "twelve"}, "receipt", "is not a receipt number"),
        ({"amount_min": "ten"}, "amount_min", "Minimum amount must be a number"),
        ({"amount_max": "-5"}, "amount_max", "Maximum amount cannot be negative"),
        ({"amount_max": "1.234"}, "amount_max", "at most 2 decimal places"),
        ({"amount_min": "9", "amount_max": "5"}, "amount_min", "minimum amount is more than the maximum"),
        ({"statuses": ["lost"]}, "statuses", "Unknown order status: lost"),
        ({"cashier": "x" * 201}, "cashier", "longer than 200 characters"),
    ],
)
def test_bad_filter_text_is_refused_with_a_clear_message(typed, field, message):
    with pytest.raises(UserError) as refused:
        parse_history_filter(**typed)
    assert message in refused.value.message
    assert refused.value.field == field


def test_typed_filters_are_read_generously():
    read = parse_history_filter(
        date_from=" 2026-01-31 ",
        customer="  Ann   Lee ",
        receipt="#000123",
        amount_min="1,50",
        amount_max="  ",
        cashier=" bruno ",
        statuses=["paid"],
    )
    assert read == HistoryFilter(
        date_from=date(2026, 1, 31),
        customer_text="Ann Lee",
        receipt_no=123,
        amount_min=Decimal("1.50"),
        cashier="bruno",
        statuses=frozenset({"paid"}),
    )
    assert parse_history_filter().is_empty


def test_local_dates_become_utc_bounds_across_a_clock_change():
    # London moved to summer time on 2024-03-31: that day is 23 hours long.
    bounds = HistoryFilter(date_from=date(2024, 3, 31), date_to=date(2024, 3, 31)).utc_bounds(LONDON)
    assert bounds == (datetime(2024, 3, 31, 0, 0), datetime(2024, 3, 31, 23, 0))
    summer = HistoryFilter(date_from=date(2024, 7, 1)).utc_bounds(LONDON)
    assert summer == (datetime(2024, 6, 30, 23, 0), None)


def test_a_local_date_filter_keeps_the_orders_of_that_local_day(mid_app, mid_sql):
    in_tokyo = HistoryController(mid_app.uow, zone=ZoneInfo("Asia/Tokyo"))  # UTC+9, no DST
    wanted = parse_history_filter(date_from="2023-01-10", date_to="2023-01-10")
    expected = mid_sql(
        "SELECT COUNT(*) FROM orders"
        " WHERE created_at >= '2023-01-09 15:00:00' AND created_at < '2023-01-10 15:00:00'"
    )[0][0]
    assert in_tokyo.count(wanted) == expected > 0


def test_an_order_in_detail_matches_the_database(history, mid_sql):
    # Order 173*40 = 6920 is refunded (every 173rd) and its first line... pick one with everything:
    order_id = next(
        i
        for i in range(REFUND_EVERY, 30_000, REFUND_EVERY)
        if mid_sql("SELECT status FROM orders WHERE id = ?", i)[0][0] == "paid"
        and mid_sql("SELECT COUNT(*) FROM order_items WHERE order_id = ?", i)[0][0] >= 2
    )
    detail = history.detail(order_id)
    order = mid_sql(
        "SELECT receipt_no, status, total, subtotal, tax_total FROM orders WHERE id = ?", order_id
    )[0]
    assert (detail.receipt_no, detail.status) == order[:2]
    assert [detail.total, detail.subtotal, detail.tax_total] == [Decimal(v) / 100 for v in order[2:]]
    lines = mid_sql(
        "SELECT items.name, quantity, gross FROM order_items JOIN items ON items.id = item_id "
        "WHERE order_id = ? ORDER BY order_items.id",
        order_id,
    )
    assert [(line.item_name, line.quantity, line.gross) for line in detail.lines] == [
        (name, quantity, Decimal(gross) / 100) for name, quantity, gross in lines
    ]
    assert detail.lines[0].refunded_quantity == 1
    assert [(p.method, p.amount) for p in detail.payments] == [
        (method, Decimal(amount) / 100)
        for method, amount in mid_sql("SELECT method, amount FROM payments WHERE order_id = ?", order_id)
    ]
    assert sum(tax.tax for tax in detail.taxes) == detail.tax_total
    (refund,) = detail.refunds
    assert refund.lines[0].item_name == detail.lines[0].item_name
    assert refund.tenders[0].method == "cash"
    assert refund.tenders[0].amount == refund.total
    assert detail.refunded_total == refund.total


def test_discounts_and_overrides_show_in_detail(history, mid_sql):
    discounted = mid_sql("SELECT order_id FROM order_items WHERE line_discount > 0 LIMIT 1")[0][0]
    overridden = mid_sql("SELECT order_id FROM order_items WHERE price_paid != list_price LIMIT 1")[0][0]
    line = next(line for line in history.detail(discounted).lines if line.line_discount)
    assert (line.discount_kind, line.discount_value, line.discount_reason) == (
        "percent",
        Decimal("10.00"),
        "Loyalty card",
    )
    line = next(line for line in history.detail(overridden).lines if line.price_paid != line.list_price)
    assert line.override_reason == "Damaged packaging"


def test_opening_an_order_takes_two_selects(history, mid_app, statement_log):
    history.detail(REFUND_EVERY)  # warm the statement cache: its size is not what is measured
    with statement_log(mid_app.engine) as statements:
        detail = history.detail(REFUND_EVERY * 2)
    assert detail.lines
    assert detail.payments
    assert detail.taxes
    assert len(statements.selects()) == 2


def test_a_page_is_one_select(history, mid_app, statement_log):
    with statement_log(mid_app.engine) as statements:
        page = history.page_after(HistoryFilter(), None, 200)
    assert len(page) == 200
    assert len(statements.selects()) == 1


def test_an_order_that_is_gone_says_so(history):
    with pytest.raises(NotFoundError, match="no longer exists"):
        history.detail(10_000_000)
