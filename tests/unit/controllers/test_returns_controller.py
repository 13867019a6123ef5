"""Guards returns: a past sale found by its receipt, partial returns that never exceed what was sold and add
up to exactly what was paid, money back to the right tenders, stock restored, and every refusal changing
nothing while the Session stays usable."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest

import pos_app.controllers.returns as returns_module
from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import NotFoundError, UserError
from pos_app.controllers.returns import CLOSED_SHIFT, describe_payouts
from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.shift_queries import NO_OPEN_SHIFT
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.refund_payouts import Payout, RefundDestination, TenderBalance
from pos_app.domain.validation import validate_customer

D = Decimal
CASH, CARD, VOUCHER = TenderMethod.CASH, TenderMethod.CARD, TenderMethod.VOUCHER
ORIGINAL, TO_CASH = RefundDestination.ORIGINAL, RefundDestination.CASH
TEA = "4006381333931"
SOAP = "96385074"
PEN = "5901234123457"


@pytest.fixture
def shop(make_item):
    return {
        "tea": make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10", tax_rate="7"),
        "soap": make_item("Soap", "4.00", sku="SOAP", barcode=SOAP, stock="10", tax_rate="19"),
        "pen": make_item("Pen", "10.00", sku="PEN", barcode=PEN, stock="10", tax_rate="19"),
    }


@pytest.fixture
def make_customer_id(controllers):
    return lambda name: controllers.customers.add_customer(validate_customer(name=name))


def sell(app: AppControllers, codes: list[str], tenders: list[Tender] | None = None) -> int:
    """Ring up and pay a sale through the sale controller; returns its receipt number."""
    for code in codes:
        assert app.sale.scan(code).added is not None
    receipt = app.sale.pay(tenders) if tenders is not None else app.sale.pay_cash()
    return receipt.receipt_no


def counts(query) -> tuple:
    return query(
        "SELECT (SELECT count(*) FROM refunds), (SELECT count(*) FROM refund_lines),"
        " (SELECT count(*) FROM refund_tenders), (SELECT group_concat(stock) FROM items)"
    )[0]


def insert_paid_sale(db_path, lines, payments, *, receipt_no=None, cash_rounding=0, status="paid"):
    """A paid sale written straight into the tables, with line amounts as given (discounts and all).

    `lines`: (item_id, quantity, price_paid, net, tax, gross, tax_rate percent, discount percent or None),
    amounts in cents. `payments`: (method, amount, reference). Returns (order id, [order item ids]).
    """
    with closing(sqlite3.connect(db_path)) as connection, connection:
        number = (
            receipt_no
            or connection.execute("SELECT coalesce(max(receipt_no), 0) + 1 FROM orders").fetchone()[0]
        )
        total = sum(line[5] for line in lines)
        tax = sum(line[4] for line in lines)
        order_id = connection.execute(
            "INSERT INTO orders (status, created_at, paid_at, receipt_no, cash_rounding, shift_id,"
            " subtotal, tax_total, total, discount_total)"
            " VALUES (?, '2026-11-20 10:00:00', '2026-11-20 10:05:00', ?, ?, 1, ?, ?, ?, 0)",
            (status, number, cash_rounding, total - tax, tax, total),
        ).lastrowid
        item_ids = []
        for item_id, quantity, price, net, line_tax, gross, rate, discount in lines:
            item_ids.append(
                connection.execute(
                    "INSERT INTO order_items (order_id, item_id, quantity, price_paid, list_price,"
                    " tax_rate, tax_name, discount_kind, discount_value, discount_reason, line_discount,"
                    " order_discount, net, tax, gross) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                    (
                        order_id,
                        item_id,
                        quantity,
                        price,
                        price,
                        rate * 100,
                        f"Rate {rate}",
                        None if discount is None else "percent",
                        None if discount is None else discount * 100,
                        None if discount is None else "staff",
                        price * quantity - gross if discount is not None else 0,
                        net,
                        line_tax,
                        gross,
                    ),
                ).lastrowid
            )
        for method, amount, reference in payments:
            connection.execute(
                "INSERT INTO payments (order_id, method, amount, tendered, change_given, reference,"
                " created_at) VALUES (?, ?, ?, ?, 0, ?, '2026-11-20 10:05:00')",
                (order_id, method, amount, amount, reference),
            )
    return order_id, item_ids


# -- finding the sale ------------------------------------------------------------------------


def test_find_sale_by_number_or_barcode_shows_lines_and_tenders(controllers, shop, make_customer_id):
    controllers.sale.set_customer(make_customer_id("Ada Lovelace"))
    number = sell(
        controllers, [TEA, TEA, SOAP], [Tender(CARD, D("5.00"), "auth 77"), Tender(CASH, D("20.00"))]
    )
    for typed in (str(number), f"R-{number:06d}", f"  {number:06d} ", f"#{number}"):
        sale = controllers.returns.find_sale(typed)
        assert sale.receipt_no == number
        assert sale.customer_name == "Ada Lovelace"
        assert sale.total == D("9.00")
        assert sale.paid_at is not None
        assert [
            (ln.name, ln.sold, ln.returned, ln.returnable, ln.unit_price, ln.gross) for ln in sale.lines
        ] == [
            ("Green tea", 2, 0, 2, D("2.50"), D("5.00")),
            ("Soap", 1, 0, 1, D("4.00"), D("4.00")),
        ]
        assert sale.tenders == (
            TenderBalance(CARD, "auth 77", D("5.00"), D("0.00")),
            TenderBalance(CASH, None, D("4.00"), D("0.00")),
        )


@pytest.mark.parametrize(
    ("typed", "error", "message"),
    [
        ("", UserError, "Scan the receipt's barcode or type its number."),
        ("soap", UserError, "“soap” is not a receipt number"),
        ("99", NotFoundError, "There is no receipt 99."),
        ("R-000099", NotFoundError, "There is no receipt 99."),
    ],
)
def test_unknown_or_garbage_receipt_is_refused(controllers, shop, query, typed, error, message):
    sell(controllers, [TEA])
    before = counts(query)
    with pytest.raises(error) as caught:
        controllers.returns.find_sale(typed)
    assert message in caught.value.message
    assert counts(query) == before


def test_a_void_sale_cannot_be_returned(controllers, shop, db_path, query):
    order_id, _ = insert_paid_sale(db_path, [(shop["tea"], 1, 250, 234, 16, 250, 7, None)], [], status="void")
    with pytest.raises(UserError, match=r"Receipt 1 is not a completed sale \(void\)"):
        controllers.returns.find_sale("1")
    with pytest.raises(UserError, match="not a completed sale"):
        controllers.returns.refund(order_id, {1: 1}, "damaged")
    assert counts(query)[:3] == (0, 0, 0)


# -- partial returns -------------------------------------------------------------------------


def test_three_for_ten_returned_one_by_one_refunds_exactly_ten(controllers, shop, db_path, query):
    # 3 pens for 10.00 in all (a deal): 3.33 a unit does not add up, the cumulative refunds do.
    order_id, (line_id,) = insert_paid_sale(
        db_path, [(shop["pen"], 3, 333, 840, 160, 1000, 19, None)], [("cash", 1000, None)]
    )
    refunds = [controllers.returns.refund(order_id, {line_id: 1}, "changed mind", TO_CASH) for _ in range(3)]
    assert [r.total for r in refunds] == [D("3.33"), D("3.34"), D("3.33")]
    assert sum(r.total for r in refunds) == D("10.00")
    assert sum(r.net for r in refunds) == D("8.40")
    assert sum(r.tax for r in refunds) == D("1.60")
    assert query("SELECT sum(quantity), sum(net), sum(tax), sum(gross) FROM refund_lines") == [
        (3, 840, 160, 1000)
    ]
    assert query("SELECT sum(amount) FROM refund_tenders") == [(1000,)]
    assert query("SELECT stock FROM items WHERE id = ?", shop["pen"]) == [(13,)]
    with pytest.raises(UserError, match="Pen: All 3 have already been returned"):
        controllers.returns.refund(order_id, {line_id: 1}, "again")
    assert query("SELECT count(*) FROM refunds") == [(3,)]


def test_partial_returns_in_steps_never_exceed_what_was_sold(controllers, shop, query):
    number = sell(controllers, [TEA, TEA, TEA, SOAP])
    sale = controllers.returns.find_sale(str(number))
    tea, soap = sale.lines
    controllers.returns.refund(sale.order_id, {tea.order_item_id: 2}, "stale")
    sale = controllers.returns.sale(sale.order_id)
    assert [(ln.returned, ln.returnable) for ln in sale.lines] == [(2, 1), (0, 1)]
    before = counts(query)
    with pytest.raises(
        UserError, match=r"Green tea: Only 1 of 3 can be returned \(2 already returned\); 2 is too many"
    ):
        controllers.returns.refund(sale.order_id, {tea.order_item_id: 2, soap.order_item_id: 1}, "stale")
    assert counts(query) == before
    controllers.returns.refund(sale.order_id, {tea.order_item_id: 1, soap.order_item_id: 1}, "stale")
    assert controllers.returns.sale(sale.order_id).fully_returned
    assert query("SELECT order_item_id, sum(quantity) FROM refund_lines GROUP BY order_item_id") == [
        (tea.order_item_id, 3),
        (soap.order_item_id, 1),
    ]
    assert query("SELECT sku, stock FROM items ORDER BY id")[:2] == [("TEA", 10), ("SOAP", 10)]
    # The sale itself is never rewritten by a return.
    assert query("SELECT status, total FROM orders") == [("paid", 1150)]


def test_returning_everything_of_a_discounted_multi_rate_sale_refunds_its_totals_exactly(
    controllers, shop, db_path, query
):
    # Odd amounts: 7 teas at 2.50 with 13% off (15.23 of 17.50), 3 soaps, a pen; rates 7% and 19%.
    lines = [
        (shop["tea"], 7, 250, 1423, 100, 1523, 7, 13),
        (shop["soap"], 3, 400, 1008, 192, 1200, 19, None),
        (shop["pen"], 1, 1000, 756, 144, 900, 19, 10),
    ]
    order_id, ids = insert_paid_sale(db_path, lines, [("card", 2000, "auth 5"), ("cash", 1623, None)])
    steps = [{ids[0]: 3, ids[1]: 1}, {ids[0]: 2}, {ids[1]: 2, ids[2]: 1}, {ids[0]: 2}]
    receipts = [controllers.returns.refund(order_id, step, "recall") for step in steps]
    assert sum(r.total for r in receipts) == D("36.23")
    assert sum(r.net for r in receipts) == D("31.87")
    assert sum(r.tax for r in receipts) == D("4.36")
    assert query("SELECT sum(net), sum(tax), sum(total) FROM refunds") == [(3187, 436, 3623)]
    per_line = query(
        "SELECT order_item_id, sum(net), sum(tax), sum(gross) FROM refund_lines GROUP BY 1 ORDER BY 1"
    )
    assert per_line == [(ids[0], 1423, 100, 1523), (ids[1], 1008, 192, 1200), (ids[2], 756, 144, 900)]
    # Tax per rate of all the refunds together is the tax per rate the sale charged.
    refunded_by_rate: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for receipt in receipts:
        for row in receipt.taxes:
            base, tax = refunded_by_rate.get(row.rate.percent, (D(0), D(0)))
            refunded_by_rate[row.rate.percent] = (base + row.base, tax + row.tax)
    assert refunded_by_rate == {D("7.00"): (D("14.23"), D("1.00")), D("19.00"): (D("17.64"), D("3.36"))}
    assert query("SELECT method, reference, sum(amount) FROM refund_tenders GROUP BY 1, 2 ORDER BY 1") == [
        ("card", "auth 5", 2000),
        ("cash", None, 1623),
    ]


# -- tenders ---------------------------------------------------------------------------------


def test_original_tenders_card_and_voucher_first_with_their_references(controllers, shop, query):
    number = sell(
        controllers,
        [PEN, SOAP, TEA],  # 16.50
        [Tender(CASH, D("5.00")), Tender(CARD, D("6.00"), "auth 1"), Tender(VOUCHER, D("5.50"), "GV-9")],
    )
    sale = controllers.returns.find_sale(str(number))
    pen, soap, tea = sale.lines
    receipt = controllers.returns.refund(sale.order_id, {pen.order_item_id: 1}, "broken")
    assert receipt.tenders == (Payout(CARD, D("6.00"), "auth 1"), Payout(VOUCHER, D("4.00"), "GV-9"))
    assert describe_payouts(receipt) == "Refunded 10.00: card 6.00 (auth 1), voucher 4.00 (GV-9)."
    receipt = controllers.returns.refund(sale.order_id, {soap.order_item_id: 1}, "broken")
    assert receipt.tenders == (Payout(VOUCHER, D("1.50"), "GV-9"), Payout(CASH, D("2.50")))
    sale = controllers.returns.sale(sale.order_id)
    assert [(t.method, t.paid, t.refunded) for t in sale.tenders] == [
        (CASH, D("5.00"), D("2.50")),
        (CARD, D("6.00"), D("6.00")),
        (VOUCHER, D("5.50"), D("5.50")),
    ]
    receipt = controllers.returns.refund(sale.order_id, {tea.order_item_id: 1}, "broken")
    assert receipt.tenders == (Payout(CASH, D("2.50")),)
    assert describe_payouts(receipt) == "Refunded 2.50 in cash."
    assert query("SELECT method, reference, amount FROM refund_tenders ORDER BY id") == [
        ("card", "auth 1", 600),
        ("voucher", "GV-9", 400),
        ("voucher", "GV-9", 150),
        ("cash", None, 250),
        ("cash", None, 250),
    ]


def test_refund_in_cash_of_a_card_sale_then_the_rest_to_the_card(controllers, shop, query):
    number = sell(controllers, [PEN, SOAP], [Tender(CARD, D("14.00"), "auth 3")])
    sale = controllers.returns.find_sale(str(number))
    pen, soap = sale.lines
    receipt = controllers.returns.refund(sale.order_id, {soap.order_item_id: 1}, "gift", TO_CASH)
    assert receipt.tenders == (Payout(CASH, D("4.00")),)
    receipt = controllers.returns.refund(sale.order_id, {pen.order_item_id: 1}, "gift", ORIGINAL)
    assert receipt.tenders == (Payout(CARD, D("10.00"), "auth 3"),)
    assert query("SELECT sum(amount) FROM refund_tenders") == [(1400,)]


def test_cash_rounded_sale_refunds_in_whole_increments_and_exactly_what_was_paid(
    db_url, db_path, make_item, query
):
    app = AppControllers(db_url, ShopSettings(cash_increment=D("0.05")))
    make_item("Gum", "1.49", sku="GUM", barcode="96385074", stock="5")
    make_item("Mints", "0.99", sku="MNT", barcode="4006381333931", stock="5")
    try:
        number = sell(
            app, ["96385074", "96385074", "4006381333931"], [Tender(CASH, D("10.00"))]
        )  # 3.97 -> 3.95
        assert query("SELECT total, cash_rounding FROM orders") == [(397, -2)]
        sale = app.returns.find_sale(str(number))
        gum, mints = sale.lines
        first = app.returns.refund(sale.order_id, {gum.order_item_id: 1}, "too sweet")
        assert (first.total, first.paid_out) == (D("1.49"), D("1.50"))
        second = app.returns.refund(
            sale.order_id, {gum.order_item_id: 1, mints.order_item_id: 1}, "too sweet"
        )
        assert (second.total, second.paid_out, second.cash_rounding) == (D("2.48"), D("2.45"), D("-0.03"))
        assert query("SELECT sum(total) FROM refunds") == [(397,)]
        assert (
            query("SELECT sum(amount) FROM refund_tenders")
            == query("SELECT sum(amount) FROM payments")
            == [(395,)]
        )
    finally:
        app.close()


# -- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quantities", "reason", "message"),
    [
        ({}, "damaged", "Choose what comes back"),
        ("zero", "damaged", "Return at least one unit"),
        ("negative", "damaged", "Return at least one unit"),
        ("half", "damaged", "return a whole number of units"),
        ("bool", "damaged", "return a whole number of units"),
        ("too_many", "damaged", "Only 2 of 2 can be returned"),
        ("other_line", "damaged", "That line is not part of this sale."),
        ("one", "  ", "Type the reason for the return"),
        ("one", "x" * 201, "The reason is too long (201 characters, at most 200)"),
        ("one", "bad\x07reason", "control characters"),
    ],
)
def test_bad_input_changes_nothing_and_the_session_stays_usable(
    controllers, shop, query, quantities, reason, message
):
    number = sell(controllers, [TEA, TEA])
    sell(controllers, [SOAP])
    sale = controllers.returns.find_sale(str(number))
    line = sale.lines[0].order_item_id
    other = controllers.returns.find_sale(str(number + 1)).lines[0].order_item_id
    chosen = (
        {
            "zero": {line: 0},
            "negative": {line: -1},
            "half": {line: 1.5},
            "bool": {line: True},
            "too_many": {line: 3},
            "other_line": {other: 1},
            "one": {line: 1},
        }.get(quantities, quantities)
        if isinstance(quantities, str)
        else quantities
    )
    before = counts(query)
    with pytest.raises(UserError) as caught:
        controllers.returns.refund(sale.order_id, chosen, reason)
    assert message in caught.value.message
    assert counts(query) == before
    receipt = controllers.returns.refund(sale.order_id, {line: 1}, "damaged")
    assert receipt.lines[0].quantity == 1


def test_no_open_shift_refuses_and_nothing_changes(controllers, shop, db_path, query):
    number = sell(controllers, [TEA])
    sale = controllers.returns.find_sale(str(number))
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "UPDATE shifts SET closed_at = '2026-11-24 18:00', expected_cash = 0, counted_cash = 0"
        )
    before = counts(query)
    with pytest.raises(UserError) as caught:
        controllers.returns.refund(sale.order_id, {sale.lines[0].order_item_id: 1}, "damaged")
    assert caught.value.message == NO_OPEN_SHIFT
    assert counts(query) == before
    # A sale of a closed shift can still be returned into the next shift.
    controllers.shifts.open_shift("Grace", "50.00")
    receipt = controllers.returns.refund(sale.order_id, {sale.lines[0].order_item_id: 1}, "damaged")
    assert query("SELECT shift_id FROM refunds WHERE id = ?", receipt.refund_id) == [(2,)]


def test_a_refund_into_a_closed_shift_is_refused_by_the_database(
    controllers, shop, db_path, query, monkeypatch
):
    number = sell(controllers, [TEA])
    sale = controllers.returns.find_sale(str(number))
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(
            "UPDATE shifts SET closed_at = '2026-11-24 18:00', expected_cash = 0, counted_cash = 0"
        )
    # A stale shift id (the shift closed under the till) reaches the triggers of migration 0004.
    monkeypatch.setattr(returns_module, "open_shift_id", lambda _session: 1)
    before = counts(query)
    with pytest.raises(UserError) as caught:
        controllers.returns.refund(sale.order_id, {sale.lines[0].order_item_id: 1}, "damaged")
    assert caught.value.message == CLOSED_SHIFT
    assert counts(query) == before
    monkeypatch.undo()
    assert controllers.returns.find_sale(str(number)).lines[0].returnable == 1


def test_two_registers_cannot_return_the_same_units(db_url, controllers, shop, query):
    number = sell(controllers, [TEA, TEA])
    seen_here = controllers.returns.find_sale(str(number))
    other = AppControllers(db_url)
    try:
        there = other.returns.find_sale(str(number))
        other.returns.refund(there.order_id, {there.lines[0].order_item_id: 2}, "returned at register 2")
    finally:
        other.close()
    # This register still shows 2 returnable; the refund re-reads inside its transaction.
    assert seen_here.lines[0].returnable == 2
    with pytest.raises(UserError, match="All 2 have already been returned"):
        controllers.returns.refund(seen_here.order_id, {seen_here.lines[0].order_item_id: 1}, "again")
    assert query("SELECT count(*), sum(quantity) FROM refund_lines") == [(1, 2)]
    assert query("SELECT stock FROM items WHERE sku = 'TEA'") == [(10,)]


def test_refund_completed_signal_carries_the_receipt(qtbot, controllers, shop):
    number = sell(controllers, [SOAP])
    sale = controllers.returns.find_sale(str(number))
    with qtbot.waitSignal(controllers.returns.refund_completed) as blocker:
        receipt = controllers.returns.refund(
            sale.order_id, {sale.lines[0].order_item_id: 1}, "  wrong   size "
        )
    assert blocker.args == [receipt]
    assert receipt.reason == "wrong size"
    assert receipt.receipt_no == number
    assert receipt.lines[0].name == "Soap"
    assert [(t.rate.percent, t.base, t.tax) for t in receipt.taxes] == [(D("19.00"), D("3.36"), D("0.64"))]
