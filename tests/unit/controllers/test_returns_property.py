"""Property: through the returns controller and a real database, any sequence of partial returns that brings
a whole sale back refunds exactly what was paid: per line, per rate, per tender, and all the stock.

Sales are random carts priced by domain.pricing (line and order discounts, several rates, prices with or
without tax, per-line or per-order tax rounding), paid by random tenders with cash rounding, and written
into the tables as the sale controller writes them.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.controllers.app import AppControllers
from pos_app.controllers.settings import CASH_INCREMENTS, ShopSettings
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.domain.cash import Tender, TenderMethod, allocate_tenders
from pos_app.domain.discounts import Discount, DiscountKind
from pos_app.domain.money import from_minor, to_minor
from pos_app.domain.pricing import OrderLine, OrderTotals, price_order
from pos_app.domain.refund_payouts import RefundDestination
from pos_app.domain.tax import RoundingPolicy, TaxRate, TaxRounding

D = Decimal
RATES = [
    TaxRate("Zero", D("0")),
    TaxRate("Reduced", D("7")),
    TaxRate("Standard", D("19")),
    TaxRate("UK", D("20")),
]
ITEMS = 6
STOCK = 1000


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with an open shift and a few items, copied for every example."""
    path = tmp_path_factory.mktemp("returns-property") / "template.sqlite3"
    upgrade_database(sqlite_url(path))
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO shifts (cashier, opened_at, opening_float) VALUES ('Prop', '2026-11-24 08:00', 0)"
        )
        for n in range(1, ITEMS + 1):
            connection.execute(
                "INSERT INTO items (sku, name, price, stock, tax_rate, active, created_at, updated_at)"
                " VALUES (?, ?, 100, ?, 0, 1, '2026-11-24', '2026-11-24')",
                (f"P{n}", f"Item {n}", STOCK),
            )
    return path


@st.composite
def discounts(draw: st.DrawFn) -> Discount | None:
    if not draw(st.booleans()):
        return None
    if draw(st.booleans()):
        return Discount(
            DiscountKind.PERCENT, D(draw(st.integers(min_value=1, max_value=9999))) / 100, "promo"
        )
    return Discount(DiscountKind.AMOUNT, from_minor(draw(st.integers(min_value=1, max_value=300))), "promo")


@st.composite
def priced_sales(draw: st.DrawFn) -> tuple[list[tuple[int, OrderLine]], OrderTotals]:
    while True:
        count = draw(st.integers(min_value=1, max_value=4))
        item_ids = draw(st.lists(st.integers(1, ITEMS), min_size=count, max_size=count, unique=True))
        lines = [
            (
                item_id,
                OrderLine(
                    list_price=from_minor(draw(st.integers(min_value=1, max_value=5000))),
                    quantity=draw(st.integers(min_value=1, max_value=7)),
                    tax_rate=draw(st.sampled_from(RATES)),
                    discount=draw(discounts()),
                ),
            )
            for item_id in item_ids
        ]
        try:
            totals = price_order(
                [line for _, line in lines],
                prices_include_tax=draw(st.booleans()),
                rounding=RoundingPolicy(tax=draw(st.sampled_from(list(TaxRounding)))),
                order_discount=draw(discounts()),
            )
        except ValueError:  # an amount discount larger than what it applies to
            continue
        if totals.total > 0:
            return lines, totals


def write_paid_sale(path: Path, lines: list[tuple[int, OrderLine]], totals: OrderTotals, allocation) -> int:
    """The sale as SaleController.pay stores it: order, priced lines, payments."""
    with closing(sqlite3.connect(path)) as connection, connection:
        order_id = connection.execute(
            "INSERT INTO orders (status, created_at, paid_at, receipt_no, cash_rounding, shift_id,"
            " subtotal, tax_total, total, discount_total)"
            " VALUES ('paid', '2026-11-24 09:00', '2026-11-24 09:01', 1, ?, 1, ?, ?, ?, ?)",
            (
                to_minor(allocation.cash_rounding),
                to_minor(totals.subtotal),
                to_minor(totals.tax),
                to_minor(totals.total),
                to_minor(totals.discounts),
            ),
        ).lastrowid
        for (item_id, _), priced in zip(lines, totals.lines, strict=True):
            connection.execute(
                "INSERT INTO order_items (order_id, item_id, quantity, price_paid, list_price, tax_rate,"
                " tax_name, line_discount, order_discount, net, tax, gross)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    order_id,
                    item_id,
                    priced.quantity,
                    to_minor(priced.unit_price),
                    to_minor(priced.list_price),
                    to_minor(priced.tax_rate.percent),
                    priced.tax_rate.name,
                    to_minor(priced.line_discount),
                    to_minor(priced.order_discount),
                    to_minor(priced.net),
                    to_minor(priced.tax),
                    to_minor(priced.gross),
                ),
            )
        for tender in allocation.tenders:
            connection.execute(
                "INSERT INTO payments (order_id, method, amount, tendered, change_given, reference,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, '2026-11-24 09:01')",
                (
                    order_id,
                    tender.method.value,
                    to_minor(tender.applied),
                    to_minor(tender.tendered),
                    to_minor(tender.change),
                    tender.reference,
                ),
            )
    return order_id


def raw(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), sale=priced_sales(), increment=st.sampled_from(CASH_INCREMENTS))
def test_returning_a_whole_sale_in_any_steps_refunds_exactly_what_was_paid(
    template, tmp_path_factory, data, sale, increment
):
    lines, totals = sale
    path = tmp_path_factory.mktemp("example") / "shop.sqlite3"
    shutil.copy(template, path)
    card = data.draw(st.integers(min_value=0, max_value=to_minor(totals.total)))
    tenders = [Tender(TenderMethod.CARD, from_minor(card), "auth")] if card else []
    if card < to_minor(totals.total):
        tenders.append(Tender(TenderMethod.CASH, totals.total + 1))  # with change
    allocation = allocate_tenders(totals.total, tenders, cash_increment=increment)
    order_id = write_paid_sale(path, lines, totals, allocation)

    app = AppControllers(sqlite_url(path), ShopSettings(cash_increment=increment))
    try:
        left = {line.order_item_id: line.sold for line in app.returns.sale(order_id).lines}
        goods = handed_back = D("0.00")
        while any(left.values()):
            open_lines = [line_id for line_id, units in left.items() if units]
            chosen = data.draw(st.lists(st.sampled_from(open_lines), min_size=1, unique=True))
            step = {
                line_id: data.draw(st.integers(min_value=1, max_value=left[line_id])) for line_id in chosen
            }
            receipt = app.returns.refund(order_id, step, "property", RefundDestination.ORIGINAL)
            assert receipt.net + receipt.tax == receipt.total
            # Along the way, the money handed back follows the goods within the cash rounding.
            goods += receipt.total
            handed_back += receipt.paid_out
            assert abs(handed_back - min(goods, allocation.paid)) <= increment / 2
            for line_id, units in step.items():
                left[line_id] -= units
    finally:
        app.close()

    per_line = raw(
        path, "SELECT sum(net), sum(tax), sum(gross), sum(quantity) FROM refund_lines GROUP BY order_item_id"
    )
    assert per_line == [
        (to_minor(p.net), to_minor(p.tax), to_minor(p.gross), p.quantity) for p in totals.lines
    ]
    assert raw(path, "SELECT sum(net), sum(tax), sum(total) FROM refunds") == [
        (to_minor(totals.subtotal), to_minor(totals.tax), to_minor(totals.total))
    ]
    assert raw(path, "SELECT method, sum(amount) FROM refund_tenders GROUP BY method ORDER BY method") == raw(
        path, "SELECT method, sum(amount) FROM payments WHERE amount > 0 GROUP BY method ORDER BY method"
    )
    sold = {item_id: priced.quantity for (item_id, _), priced in zip(lines, totals.lines, strict=True)}
    assert raw(path, "SELECT id, stock FROM items ORDER BY id") == [
        (item_id, STOCK + sold.get(item_id, 0)) for item_id in range(1, ITEMS + 1)
    ]
