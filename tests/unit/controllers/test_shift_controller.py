"""Opening, paying cash in and out, and closing shifts: refusals change nothing, a closed shift is frozen
(through the controllers and through raw SQL), and every paid sale belongs to a shift."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest
from sqlalchemy import update

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.db.models import Order, Refund, RefundLine, RefundTender
from pos_app.domain.cash import Tender, TenderMethod

D = Decimal


@pytest.fixture
def bare(bare_db_url):
    app = AppControllers(bare_db_url)
    yield app
    app.close()


def counts_of(query) -> list[tuple]:
    return query("SELECT kind, amount, reason FROM cash_movements ORDER BY id")


def test_paid_in_and_out_are_recorded_in_the_open_shift(controllers, query):
    moved: list[str] = []
    controllers.shifts.cash_moved.connect(lambda: moved.append("moved"))
    row = controllers.shifts.paid_in(" 25,50 ", "  More   change ")
    controllers.shifts.paid_out("4", "Milk for the staff room")
    assert (row.kind, row.amount, row.reason) == ("paid_in", D("25.50"), "More change")
    assert query("SELECT shift_id, kind, amount, reason FROM cash_movements ORDER BY id") == [
        (1, "paid_in", 2550, "More change"),
        (1, "paid_out", 400, "Milk for the staff room"),
    ]
    assert moved == ["moved", "moved"]


@pytest.mark.parametrize(
    ("amount", "reason", "message", "field"),
    [
        ("abc", "x", "must be a number", "amount"),
        ("-5", "x", "cannot be negative", "amount"),
        ("0", "x", "more than 0", "amount"),
        ("1.234", "x", "at most 2 decimal places", "amount"),
        ("", "x", "is required", "amount"),
        ("5", "   ", "type the reason", "reason"),
        ("5", "x" * 201, "too long", "reason"),
        ("5", "bad\x07reason", "control characters", "reason"),
    ],
)
def test_bad_cash_movements_are_refused_and_change_nothing(
    controllers, query, amount, reason, message, field
):
    for move in (controllers.shifts.paid_in, controllers.shifts.paid_out):
        with pytest.raises(UserError, match=message) as refused:
            move(amount, reason)
        assert refused.value.field == field
    assert counts_of(query) == []


def test_without_an_open_shift_nothing_but_opening_one_works(bare):
    shifts = bare.shifts
    assert shifts.current() is None
    with pytest.raises(UserError, match="No shift is open"):
        shifts.paid_in("5", "float top-up")
    with pytest.raises(UserError, match="No shift is open"):
        shifts.x_report()
    with pytest.raises(UserError, match="nothing to close"):
        shifts.close_shift({})
    with pytest.raises(NotFoundError, match="no shift number 7"):
        shifts.report(7)
    assert shifts.last_cashier() == ""
    row = shifts.open_shift("Ann", "150")
    assert shifts.current() == row
    assert shifts.last_cashier() == "Ann"


@pytest.mark.parametrize(
    ("cashier", "float_text", "message"),
    [("", "100", "required"), ("Ann", "ten", "must be a number"), ("Ann", "-1", "cannot be negative")],
)
def test_bad_open_shift_input_is_refused(bare, query, bare_db_url, cashier, float_text, message):
    with pytest.raises(UserError, match=message):
        bare.shifts.open_shift(cashier, float_text)
    assert bare.shifts.current() is None


def test_a_second_open_shift_is_refused(controllers, query):
    with pytest.raises(ConflictError, match="already open"):
        controllers.shifts.open_shift("Bob", "50")
    # Even written past the controller, the database keeps one open shift per register.
    with pytest.raises(sqlite3.IntegrityError, match=r"shifts\.register"):
        query("INSERT INTO shifts (cashier, opened_at, opening_float) VALUES ('Bob', '2026-01-01', 0)")
    assert query("SELECT count(*) FROM shifts") == [(1,)]


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ({D("20"): -1}, "cannot be negative"),
        ({D("20"): "two"}, "whole number of pieces"),
        ({D("20"): "1.5"}, "whole number of pieces"),
        ({D("20"): "-1"}, "whole number of pieces"),
        ({D("3"): 1}, "3.00 is not a denomination"),
        ({D("20"): True}, "whole number"),
        ({D("20"): "1000000"}, "more than 100,000"),
    ],
)
def test_bad_counts_are_refused_and_the_shift_stays_open(controllers, query, counts, message):
    with pytest.raises(UserError, match=message):
        controllers.shifts.close_shift(counts)
    assert query("SELECT closed_at, counted_cash FROM shifts") == [(None, None)]
    assert query("SELECT count(*) FROM cash_counts") == [(0,)]
    assert controllers.shifts.current() is not None


def test_a_closed_shift_cannot_change_through_the_controllers(controllers, make_item, query):
    make_item("Tea", "2.50", sku="TEA")
    controllers.sale.scan("TEA")
    receipt = controllers.sale.pay_cash()
    changes: list[str] = []
    controllers.shifts.shift_changed.connect(lambda: changes.append("changed"))
    controllers.shifts.close_shift({D("100"): 1, D("2"): 1, D("0.50"): 1})
    assert changes == ["changed"]
    with pytest.raises(UserError, match="nothing to close"):
        controllers.shifts.close_shift({D("100"): 1})
    with pytest.raises(UserError, match="No shift is open"):
        controllers.shifts.paid_out("1", "late")
    controllers.sale.scan("TEA")
    with pytest.raises(UserError, match="No shift is open"):
        controllers.sale.pay_cash()
    # A write that touches the closed shift's records reaches the person as a clear refusal.
    with pytest.raises(ConflictError, match="That shift is closed"), controllers.uow.write() as session:
        session.execute(update(Order).where(Order.id == receipt.order_id).values(total=D("0.01")))
    assert query("SELECT total, shift_id FROM orders WHERE id = ?", receipt.order_id) == [(250, 1)]
    assert query("SELECT count(*) FROM cash_counts") == [(3,)]
    assert query("SELECT counted_cash, expected_cash FROM shifts") == [(10250, 10250)]


RAW_CHANGES = [
    "UPDATE shifts SET counted_cash = 0",
    "DELETE FROM shifts",
    "UPDATE orders SET total = 1 WHERE shift_id = 1",
    "DELETE FROM orders WHERE shift_id = 1",
    "UPDATE payments SET amount = 1",
    "DELETE FROM payments",
    "INSERT INTO payments (order_id, method, amount, tendered, change_given, created_at) "
    "SELECT id, 'cash', 1, 1, 0, created_at FROM orders WHERE shift_id = 1",
    "UPDATE order_items SET quantity = 9",
    "DELETE FROM order_taxes",
    "UPDATE cash_movements SET amount = 1",
    "DELETE FROM cash_movements",
    "INSERT INTO cash_movements (shift_id, kind, amount, reason, created_at) "
    "VALUES (1, 'paid_in', 1, 'x', '2026-01-01')",
    "UPDATE cash_counts SET count = 0",
    "INSERT INTO cash_counts (shift_id, denomination, count) VALUES (1, 1, 1)",
    "UPDATE refunds SET total = 1",
    "DELETE FROM refund_tenders",
    "UPDATE refund_lines SET quantity = 2",
    "INSERT INTO refunds (order_id, shift_id, created_at, reason, net, tax, total) "
    "SELECT id, 1, created_at, 'x', 1, 0, 1 FROM orders WHERE shift_id = 1",
]


@pytest.fixture
def closed_shift_with_everything(controllers, make_item, query):
    make_item("Tea", "2.50", sku="TEA", tax_rate="7")
    controllers.sale.scan("TEA")
    receipt = controllers.sale.pay([Tender(TenderMethod.CASH, D("5.00"))])
    controllers.shifts.paid_in("10", "change")
    with controllers.uow.write() as session:
        line_id = query("SELECT id FROM order_items")[0][0]
        refund = Refund(
            order_id=receipt.order_id, shift_id=1, reason="x", net=D("2.34"), tax=D("0.16"), total=D("2.50")
        )
        refund.lines.append(
            RefundLine(order_item_id=line_id, quantity=1, net=D("2.34"), tax=D("0.16"), gross=D("2.50"))
        )
        refund.tenders.append(RefundTender(method="cash", amount=D("2.50")))
        session.add(refund)
    controllers.shifts.close_shift({D("100"): 1, D("10"): 1})
    return controllers


@pytest.mark.parametrize("sql", RAW_CHANGES)
def test_the_database_refuses_any_change_to_a_closed_shift(closed_shift_with_everything, db_path, sql):
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        before = connection.execute("SELECT total_changes()").fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="closed shift"):
            connection.execute(sql)
        assert connection.execute("SELECT total_changes()").fetchone() == before


def test_every_paid_sale_belongs_to_the_shift_open_when_it_was_paid(controllers, make_item, query):
    make_item("Tea", "2.50", sku="TEA")
    controllers.sale.scan("TEA")
    controllers.sale.pay_cash()
    controllers.shifts.close_shift({D("100"): 1, D("2"): 1, D("0.50"): 1})
    second = controllers.shifts.open_shift("Bob", "50")
    controllers.sale.scan("TEA")
    controllers.sale.scan("TEA")
    controllers.sale.pay_cash()
    assert query("SELECT count(*) FROM orders WHERE status = 'paid' AND shift_id IS NULL") == [(0,)]
    assert query("SELECT shift_id, total FROM orders WHERE status = 'paid' ORDER BY id") == [
        (1, 250),
        (second.id, 500),
    ]
    report = controllers.shifts.x_report()
    assert (report.shift_id, report.sales_count, report.gross_sales, report.expected_cash) == (
        second.id,
        1,
        D("5.00"),
        D("55.00"),
    )
    assert [row.id for row in controllers.shifts.recent_shifts()] == [second.id, 1]


def test_a_refund_counts_in_the_shift_it_was_given_in(controllers, make_item, query):
    make_item("Tea", "2.50", sku="TEA", tax_rate="7")
    controllers.sale.scan("TEA")
    receipt = controllers.sale.pay_cash()
    controllers.shifts.close_shift({D("100"): 1, D("2"): 1, D("0.50"): 1})
    second = controllers.shifts.open_shift("Bob", "50")
    line_id, net, tax = query("SELECT id, net, tax FROM order_items")[0]
    with controllers.uow.write() as session:
        refund = Refund(
            order_id=receipt.order_id,
            shift_id=second.id,
            reason="faulty",
            net=D(net) / 100,
            tax=D(tax) / 100,
            total=D("2.50"),
        )
        refund.lines.append(
            RefundLine(order_item_id=line_id, quantity=1, net=D(net) / 100, tax=D(tax) / 100, gross=D("2.50"))
        )
        refund.tenders.append(RefundTender(method="cash", amount=D("2.50")))
        session.add(refund)
    report = controllers.shifts.x_report()
    assert (report.sales_count, report.refund_count, report.refunds_total, report.net_sales) == (
        0,
        1,
        D("2.50"),
        D("-2.50"),
    )
    assert [(t.name, t.rate, t.net, t.tax) for t in report.taxes] == [
        ("Tax 7%", D("7.00"), -D(net) / 100, -D(tax) / 100)
    ]
    assert report.expected_cash == D("47.50")
    # The first shift's Z report is untouched by it.
    first = controllers.shifts.report(1)
    assert (first.refund_count, first.expected_cash, first.variance) == (0, D("102.50"), D("0.00"))
