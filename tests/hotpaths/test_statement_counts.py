"""No N+1 queries on the hot paths: the exact statements a scan and opening an order send.

A scan costs one SELECT (the barcode lookup, alone in SQLite's autocommit: no BEGIN/COMMIT
around it) and then the writes of one BEGIN IMMEDIATE transaction, whether it starts the sale or
lands on a sale that already has lines; opening an order in the history costs two SELECTs however
many lines, payments and refunds it has. Statements are recorded at the engine, so nothing the
Session does unseen can hide.
"""

from __future__ import annotations

import pytest
from hotpath_support import raw_rows, sent_statements

TEA = "4006381333931"
SOAP = "96385074"
LOOKUP = "SELECT items.id, items.sku, items.barcode, items.name, items.price"


@pytest.fixture
def query(db_path):
    return lambda sql, *params: raw_rows(db_path, sql, *params)


@pytest.fixture
def shelf(make_item):
    return {
        "tea": make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA, stock="10", tax_rate="20"),
        "soap": make_item("Olive soap", "4.00", sku="SOAP-1", barcode=SOAP, stock="5", tax_rate="20"),
        "jam": make_item("Plum jam", "3.10", sku="JAM-P", stock="5", tax_rate="5"),
    }


def _shape(sent) -> list[str]:
    """Each statement cut to what identifies it: the lookup, or the kind and table of a write."""
    shaped = []
    for statement in sent:
        if statement.startswith(LOOKUP):
            shaped.append("LOOKUP")
        elif statement.startswith(("INSERT INTO", "UPDATE", "DELETE FROM")):
            words = statement.split()
            shaped.append(" ".join(words[:3] if words[0] != "UPDATE" else words[:2]))
        else:
            shaped.append(statement)
    return shaped


def test_the_first_scan_looks_up_once_then_saves_the_draft_and_its_line(controllers, shelf, query):
    with sent_statements(controllers.engine) as sent:
        controllers.sale.scan(TEA)
    assert _shape(sent) == [
        "LOOKUP",
        "BEGIN IMMEDIATE",
        "INSERT INTO orders",
        "INSERT INTO order_items",
        "UPDATE orders",
        "COMMIT",
    ]
    assert len(sent.selects()) == 1
    assert query("SELECT status, total FROM orders") == [("draft", 250)]


def test_a_scan_onto_a_sale_with_lines_looks_up_once(controllers, shelf, query):
    sale = controllers.sale
    sale.scan(TEA)
    sale.scan("JAM-P")
    with sent_statements(controllers.engine) as new_line:
        sale.scan(SOAP)
    assert _shape(new_line) == [
        "LOOKUP",
        "BEGIN IMMEDIATE",
        "INSERT INTO order_items",
        "UPDATE orders",
        "COMMIT",
    ]
    with sent_statements(controllers.engine) as same_line:
        sale.scan(SOAP)
    assert _shape(same_line) == [
        "LOOKUP",
        "BEGIN IMMEDIATE",
        "UPDATE order_items",
        "UPDATE orders",
        "COMMIT",
    ]
    assert query("SELECT item_id, quantity FROM order_items ORDER BY id") == [
        (shelf["tea"], 1),
        (shelf["jam"], 1),
        (shelf["soap"], 2),
    ]
    assert [line.quantity for line in sale.cart().lines] == [1, 1, 2]


def test_an_unknown_barcode_costs_the_lookup_alone(controllers, shelf, query):
    controllers.sale.scan(TEA)
    with sent_statements(controllers.engine) as sent:
        controllers.sale.scan("5000000000000")
    assert _shape(sent) == ["LOOKUP"]
    assert query("SELECT COUNT(*) FROM order_items") == [(1,)]


def _refunded_sale(controllers, lines: int) -> int:
    """A paid sale of `lines` lines (both items, then jam) with one line partly refunded; its order id."""
    for code in (TEA, SOAP, "JAM-P")[:lines]:
        controllers.sale.scan(code)
    controllers.sale.scan(TEA)
    paid = controllers.sale.pay_cash()
    returnable = controllers.returns.find_sale(str(paid.receipt_no))
    controllers.returns.refund(paid.order_id, {returnable.lines[0].order_item_id: 1}, "Wrong flavour")
    controllers.returns.refund(paid.order_id, {returnable.lines[-1].order_item_id: 1}, "Dented tin")
    return paid.order_id


@pytest.mark.parametrize("lines", [1, 3])
def test_opening_an_order_costs_two_selects_whatever_it_holds(controllers, shelf, lines):
    order_id = _refunded_sale(controllers, lines)
    with sent_statements(controllers.engine) as sent:
        detail = controllers.history.detail(order_id)
    assert len(sent.selects()) == 2, sent
    assert [s.split()[0] for s in sent] == ["BEGIN", "SELECT", "SELECT", "COMMIT"]
    assert len(detail.lines) == lines
    # With one line both refunds took from it.
    assert detail.lines[0].quantity == 2
    assert detail.lines[0].refunded_quantity == (2 if lines == 1 else 1)
    assert [p.method for p in detail.payments] == ["cash"]
    assert sum(tax.tax for tax in detail.taxes) == detail.tax_total
    assert [refund.reason for refund in detail.refunds] == ["Wrong flavour", "Dented tin"]
    assert [len(refund.lines) for refund in detail.refunds] == [1, 1]
    assert all(refund.tenders and refund.tenders[0].amount == refund.total for refund in detail.refunds)


def test_an_order_without_lines_opens_in_two_selects_too(controllers, shelf):
    controllers.sale.scan(TEA)
    order_id = controllers.sale.cart().order_id
    line_id = controllers.sale.cart().lines[0].line_id
    controllers.sale.remove_line(line_id)
    with sent_statements(controllers.engine) as sent:
        detail = controllers.history.detail(order_id)
    assert len(sent.selects()) == 2
    assert (detail.status, detail.lines, detail.payments, detail.refunds) == ("draft", (), (), ())


def test_checkout_is_one_transaction_of_set_based_statements(controllers, shelf, query):
    for code in (TEA, SOAP, "JAM-P", TEA):
        controllers.sale.scan(code)
    with sent_statements(controllers.engine) as sent:
        receipt = controllers.sale.pay_cash()
    assert _shape(sent) == [
        "BEGIN IMMEDIATE",
        sent[1],  # the open shift and the next receipt number, read together
        "UPDATE orders",  # paid, with its totals, only WHERE status = 'draft'
        "UPDATE items",  # one executemany of decrements
        "INSERT INTO stock_movements",  # INSERT ... SELECT over the lines
        "INSERT INTO payments",
        "INSERT INTO order_taxes",  # one executemany, a row per rate
        "COMMIT",
    ]
    assert sent[1].startswith("SELECT (SELECT shifts.id")
    assert query("SELECT status, receipt_no, total FROM orders") == [("paid", receipt.receipt_no, 1210)]
    assert query("SELECT item_id, change FROM stock_movements WHERE kind = 'sale' ORDER BY id") == [
        (shelf["tea"], -2),
        (shelf["soap"], -1),
        (shelf["jam"], -1),
    ]
    assert query("SELECT stock FROM items ORDER BY id") == [(8,), (4,), (4,)]
    assert query("SELECT method, amount FROM payments") == [("cash", 1210)]
    assert query("SELECT tax_name, net, tax FROM order_taxes ORDER BY tax_rate") == [
        ("Tax 5%", 295, 15),
        ("Tax 20%", 750, 150),
    ]
