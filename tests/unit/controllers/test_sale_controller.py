"""Guards the till: scanning, editing lines, paying and voiding, each one committed transaction; the draft
surviving a crash; a sale never paid twice; stock decremented once by what was sold; totals in the
database that are exactly the priced lines; and the few SELECTs a scan or a resume may cost."""

from __future__ import annotations

import contextlib
import itertools
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, event

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.sale import ScanStatus, StaleSaleError
from pos_app.controllers.settings import ShopSettings
from pos_app.domain.money import from_minor, to_minor
from pos_app.domain.pricing import LineInput, price_cart
from pos_app.domain.validation import validate_customer, validate_item

D = Decimal
TEA = "4006381333931"
SOAP = "96385074"


@pytest.fixture
def shop(make_item):
    return {
        "tea": make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA, stock="10", tax_rate="20"),
        "soap": make_item("Olive soap", "4.00", sku="SOAP-1", barcode=SOAP, stock="5", tax_rate="20"),
        "dark": make_item("Dark chocolate", "1.99", sku="CHOC-D", stock="7"),
        "milk": make_item("Milk chocolate", "1.49", sku="CHOC-M", stock="7"),
    }


@pytest.fixture
def open_app(db_url):
    """Opens more AppControllers on the same file (another register, or the app after a crash)."""
    opened: list[AppControllers] = []

    def open_(settings: ShopSettings | None = None) -> AppControllers:
        app = AppControllers(db_url, settings)
        opened.append(app)
        return app

    yield open_
    for app in opened:
        app.close()


@pytest.fixture
def sale(controllers):
    return controllers.sale


def _line_ids(query, order_id=None):
    if order_id is None:
        return [row[0] for row in query("SELECT id FROM order_items ORDER BY id")]
    return [row[0] for row in query("SELECT id FROM order_items WHERE order_id = ? ORDER BY id", order_id)]


# -- scanning ----------------------------------------------------------------------------


def test_scanning_a_barcode_adds_the_item_and_saves_the_draft(sale, shop, query):
    changes = []
    sale.cart_changed.connect(lambda: changes.append(1))
    result = sale.scan(f"  {TEA}\n")
    assert result.status is ScanStatus.ADDED
    assert result.added.id == shop["tea"]
    assert "Green tea" in result.message
    assert changes
    order_id = sale.cart().order_id
    assert query("SELECT id, status, subtotal, tax_total, total FROM orders") == [
        (order_id, "draft", 208, 42, 250)  # 2.50 including 20% tax
    ]
    assert query("SELECT item_id, quantity, price_paid, tax_rate FROM order_items") == [
        (shop["tea"], 1, 250, 2000)
    ]


def test_scanning_again_increments_the_same_line(sale, shop, query):
    sale.scan(TEA)
    sale.scan(TEA)
    sale.scan(SOAP)
    sale.scan(TEA)
    assert query("SELECT item_id, quantity FROM order_items ORDER BY id") == [
        (shop["tea"], 3),
        (shop["soap"], 1),
    ]
    assert query("SELECT total FROM orders") == [(1150,)]
    cart = sale.cart()
    assert [(line.name, line.quantity, line.line_total) for line in cart.lines] == [
        ("Green tea", 3, D("7.50")),
        ("Olive soap", 1, D("4.00")),
    ]
    assert cart.total == D("11.50")


def test_exact_sku_adds(sale, shop, query):
    assert sale.scan("SOAP-1").status is ScanStatus.ADDED
    assert query("SELECT item_id FROM order_items") == [(shop["soap"],)]


def test_text_matching_one_item_adds_it(sale, shop, query):
    result = sale.scan("dark choc")
    assert result.status is ScanStatus.ADDED
    assert query("SELECT item_id FROM order_items") == [(shop["dark"],)]


def test_text_matching_several_items_offers_a_choice(sale, shop, query):
    result = sale.scan("choc")
    assert result.status is ScanStatus.CHOOSE
    assert [row.name for row in result.candidates] == ["Dark chocolate", "Milk chocolate"]
    assert query("SELECT count(*) FROM orders") == [(0,)]
    sale.add_item(result.candidates[1], quantity=2)
    assert query("SELECT item_id, quantity FROM order_items") == [(shop["milk"], 2)]


def test_unknown_numeric_barcode_is_not_found_and_nothing_is_saved(sale, shop, query):
    result = sale.scan("5012345678900")
    assert result.status is ScanStatus.NOT_FOUND
    assert result.message == "Unknown barcode 5012345678900: nothing was added."
    assert result.added is None
    assert query("SELECT count(*) FROM orders") == [(0,)]
    assert sale.cart().is_empty


def test_unknown_text_empty_and_overlong_input(sale, shop, query):
    assert sale.scan("zzz").status is ScanStatus.NOT_FOUND
    assert sale.scan("   ").status is ScanStatus.EMPTY
    long = sale.scan("x" * 5000)
    assert long.status is ScanStatus.NOT_FOUND
    assert "5000 characters" in long.message
    assert query("SELECT count(*) FROM orders") == [(0,)]


@pytest.mark.parametrize("typed", [".", '"*(', "-"])
def test_punctuation_alone_matches_nothing(controllers, make_item, query, typed):
    make_item("Green tea")
    result = controllers.sale.scan(typed)
    assert query("SELECT count(*) FROM order_items") == [(0,)]
    assert result.status is ScanStatus.NOT_FOUND


def test_inactive_item_is_refused(controllers, sale, shop, query):
    controllers.catalog.set_active(shop["tea"], False)
    with pytest.raises(UserError, match="no longer sold"):
        sale.scan(TEA)
    assert query("SELECT count(*) FROM orders") == [(0,)]
    assert sale.scan("green").status is ScanStatus.NOT_FOUND  # search hides it too


# -- crash safety and resuming -----------------------------------------------------------


def test_draft_survives_a_crash(controllers, sale, shop, open_app, query):
    sale.scan(TEA)
    sale.scan(TEA)
    sale.scan(SOAP)
    customer = controllers.customers.add_customer(validate_customer(name="Ann"))
    sale.set_customer(customer)
    # The first app is never closed: a second one opens the same file, as after a crash.
    restarted = open_app()
    cart = restarted.sale.cart()
    assert cart.order_id == sale.cart().order_id
    assert [(line.sku, line.name, line.quantity) for line in cart.lines] == [
        ("TEA-G", "Green tea", 2),
        ("SOAP-1", "Olive soap", 1),
    ]
    assert (cart.customer_id, cart.customer_name) == (customer, "Ann")
    assert cart.total == D("9.00")
    restarted.sale.scan(TEA)
    assert query("SELECT quantity FROM order_items ORDER BY id") == [(3,), (1,)]


def test_no_draft_means_an_empty_sale(controllers, shop, open_app):
    controllers.sale.scan(TEA)
    controllers.sale.pay_cash()
    assert open_app().sale.cart().is_empty
    assert open_app().sale.cart().order_id is None


# -- editing lines -----------------------------------------------------------------------


@pytest.fixture
def two_lines(sale, shop):
    sale.scan(TEA)
    sale.scan(SOAP)
    return [line.line_id for line in sale.cart().lines]


@pytest.mark.parametrize("typed", ["abc", "-1", "0", "", "1.5", "999999999"])
def test_bad_quantity_text_changes_nothing(sale, two_lines, query, typed):
    before = query("SELECT * FROM order_items"), query("SELECT * FROM orders")
    with pytest.raises(UserError) as caught:
        sale.set_quantity_text(two_lines[0], typed)
    assert caught.value.field == "quantity"
    assert (query("SELECT * FROM order_items"), query("SELECT * FROM orders")) == before
    assert [line.quantity for line in sale.cart().lines] == [1, 1]


@pytest.mark.parametrize("quantity", [0, -3, 100_001])
def test_bad_quantity_changes_nothing(sale, two_lines, query, quantity):
    with pytest.raises(UserError):
        sale.set_quantity(two_lines[0], quantity)
    assert query("SELECT quantity FROM order_items ORDER BY id") == [(1,), (1,)]


def test_set_quantity_updates_line_and_totals(sale, two_lines, query):
    sale.set_quantity_text(two_lines[0], " 4 ")
    assert query("SELECT quantity FROM order_items ORDER BY id") == [(4,), (1,)]
    assert query("SELECT total FROM orders") == [(1400,)]
    sale.set_quantity(two_lines[1], 2)
    assert query("SELECT total FROM orders") == [(1800,)]
    assert sale.cart().total == D("18.00")


def test_set_quantity_of_an_unknown_line(sale, two_lines, query):
    with pytest.raises(NotFoundError):
        sale.set_quantity(999, 2)
    assert query("SELECT quantity FROM order_items ORDER BY id") == [(1,), (1,)]
    sale.set_quantity(two_lines[0], 2)  # the controller is still usable
    assert query("SELECT quantity FROM order_items ORDER BY id") == [(2,), (1,)]


def test_change_quantity(sale, two_lines, query):
    sale.change_quantity(two_lines[0], +2)
    sale.change_quantity(two_lines[0], -1)
    assert query("SELECT quantity FROM order_items ORDER BY id") == [(2,), (1,)]
    with pytest.raises(UserError, match="below 1"):
        sale.change_quantity(two_lines[1], -1)
    assert query("SELECT quantity FROM order_items ORDER BY id") == [(2,), (1,)]
    assert query("SELECT total FROM orders") == [(900,)]


def test_change_quantity_without_a_sale(sale):
    with pytest.raises(NotFoundError):
        sale.change_quantity(1, 1)


def test_remove_line_deletes_its_row(controllers, sale, two_lines, query, statement_log):
    with statement_log(controllers.engine) as statements:
        sale.remove_line(two_lines[0])
    assert statements.starting("DELETE") == ["DELETE FROM order_items WHERE order_items.id = ?"]
    assert _line_ids(query) == [two_lines[1]]
    assert query("SELECT total FROM orders") == [(400,)]
    assert [line.line_id for line in sale.cart().lines] == [two_lines[1]]
    with pytest.raises(NotFoundError):
        sale.remove_line(two_lines[0])


# -- paying ------------------------------------------------------------------------------


def test_pay_exact_cash(sale, shop, query):
    receipts = []
    sale.sale_completed.connect(receipts.append)
    sale.scan(TEA)
    sale.scan(TEA)
    order_id = sale.cart().order_id
    receipt = sale.pay_cash()
    assert (receipt.order_id, receipt.total, receipt.tendered, receipt.change) == (
        order_id,
        D("5.00"),
        D("5.00"),
        D("0.00"),
    )
    assert receipts == [receipt]
    assert query("SELECT status, total, paid_at IS NOT NULL FROM orders") == [("paid", 500, 1)]
    assert query("SELECT order_id, method, amount, tendered, change_given FROM payments") == [
        (order_id, "cash", 500, 500, 0)
    ]
    assert query("SELECT stock FROM items WHERE id = ?", shop["tea"]) == [(8,)]
    assert sale.cart().is_empty
    sale.scan(SOAP)  # the next sale is a new order
    assert query("SELECT status FROM orders ORDER BY id") == [("paid",), ("draft",)]
    assert _line_ids(query, order_id) != []


def test_pay_with_change(sale, shop, query):
    sale.scan(TEA)
    sale.scan(SOAP)
    receipt = sale.pay_cash(D("20.00"))
    assert (receipt.total, receipt.change) == (D("6.50"), D("13.50"))
    assert query("SELECT amount, tendered, change_given FROM payments") == [(650, 2000, 1350)]


def test_tender_less_than_total_is_refused(sale, shop, query):
    sale.scan(TEA)
    with pytest.raises(UserError, match="does not cover") as caught:
        sale.pay_cash(D("2.49"))
    assert caught.value.field == "tendered"
    assert query("SELECT status FROM orders") == [("draft",)]
    assert query("SELECT count(*) FROM payments") == [(0,)]
    assert query("SELECT stock FROM items WHERE id = ?", shop["tea"]) == [(10,)]
    assert not sale.cart().is_empty


def test_empty_sale_cannot_be_paid(sale, shop, query):
    with pytest.raises(UserError, match="empty"):
        sale.pay_cash()
    sale.scan(TEA)
    sale.remove_line(sale.cart().lines[0].line_id)
    with pytest.raises(UserError, match="empty"):
        sale.pay_cash()
    assert query("SELECT count(*) FROM payments") == [(0,)]


def test_stock_is_decremented_by_the_quantities_sold(sale, shop, query):
    sale.scan(TEA)
    sale.set_quantity(sale.cart().lines[0].line_id, 3)
    sale.scan("dark chocolate")
    sale.set_quantity(sale.cart().lines[1].line_id, 5)
    sale.pay_cash()
    assert query("SELECT id, stock FROM items ORDER BY id") == [
        (shop["tea"], 7),
        (shop["soap"], 5),
        (shop["dark"], 2),
        (shop["milk"], 7),
    ]


def test_pressing_pay_twice_charges_once(sale, shop, query):
    sale.scan(TEA)
    sale.pay_cash()
    with pytest.raises(UserError):
        sale.pay_cash()
    assert query("SELECT count(*) FROM payments") == [(1,)]
    assert query("SELECT stock FROM items WHERE id = ?", shop["tea"]) == [(9,)]


def test_two_registers_paying_the_same_draft_charge_once(sale, shop, open_app, query):
    sale.scan(TEA)
    sale.scan(TEA)
    other = open_app()
    assert other.sale.cart().order_id == sale.cart().order_id

    sale.pay_cash()
    with pytest.raises(ConflictError, match="already completed"):
        other.sale.pay_cash(D("10.00"))

    assert query("SELECT status FROM orders") == [("paid",)]
    assert query("SELECT amount, tendered FROM payments") == [(500, 500)]
    assert query("SELECT stock FROM items WHERE id = ?", shop["tea"]) == [(8,)]


def test_a_register_cannot_change_a_sale_another_register_completed(sale, shop, open_app, query):
    sale.scan(TEA)
    other = open_app()
    sale.pay_cash()
    paid_lines = query("SELECT * FROM order_items")
    paid_order = query("SELECT * FROM orders")
    with contextlib.suppress(UserError):  # refusing is fine; changing the paid sale is not
        other.sale.scan(TEA)
    assert query("SELECT * FROM orders WHERE status = 'paid'") == paid_order
    assert query("SELECT * FROM order_items WHERE order_id = ?", paid_order[0][0]) == paid_lines


def test_register_left_with_a_completed_sale_starts_a_new_one(
    qtbot, controllers, sale, shop, open_app, query
):
    sale.scan(TEA)
    other = open_app()
    sale.pay_cash()
    paid_id = query("SELECT id FROM orders")[0][0]
    ann = controllers.customers.add_customer(validate_customer(name="Ann"))

    with qtbot.waitSignal(other.sale.cart_changed), pytest.raises(StaleSaleError, match="new sale"):
        other.sale.set_customer(ann)
    assert query("SELECT customer_id FROM orders WHERE id = ?", paid_id) == [(None,)]
    assert other.sale.cart().is_empty

    # The register carries on: the next scan opens a new draft beside the paid sale.
    other.sale.scan(SOAP)
    assert query("SELECT status, total FROM orders ORDER BY id") == [("paid", 250), ("draft", 400)]


def test_cancel_sale_voids_it(sale, shop, query):
    sale.cancel_sale("customer left")  # nothing open: nothing happens
    assert query("SELECT count(*) FROM orders") == [(0,)]
    sale.scan(TEA)
    order_id = sale.cart().order_id
    sale.cancel_sale("customer left")
    assert query("SELECT id, status, void_reason FROM orders") == [(order_id, "void", "customer left")]
    assert query("SELECT count(*) FROM order_items WHERE order_id = ?", order_id) == [(1,)]  # kept on record
    assert query("SELECT stock FROM items WHERE id = ?", shop["tea"]) == [(10,)]
    assert query("SELECT count(*) FROM payments") == [(0,)]
    assert sale.cart().is_empty
    sale.scan(SOAP)
    assert query("SELECT status FROM orders ORDER BY id") == [("void",), ("draft",)]


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("", "A reason is required"),
        ("   ", "A reason is required"),
        ("x" * 201, "too long"),
        ("a\x07b", "control"),
    ],
)
def test_void_needs_a_plain_reason_and_a_refusal_changes_nothing(sale, shop, query, reason, message):
    sale.scan(TEA)
    with pytest.raises(UserError, match=message):
        sale.cancel_sale(reason)
    assert query("SELECT status, void_reason FROM orders") == [("draft", None)]
    assert len(sale.cart().lines) == 1
    sale.cancel_sale("  wrong   customer ")
    assert query("SELECT status, void_reason FROM orders") == [("void", "wrong customer")]


def test_cancel_a_sale_another_register_paid(sale, shop, open_app, query):
    sale.scan(TEA)
    other = open_app()
    sale.pay_cash()
    with pytest.raises(ConflictError, match="no longer open"):
        other.sale.cancel_sale("customer left")
    assert query("SELECT status FROM orders") == [("paid",)]


def test_customer_on_the_sale(controllers, sale, shop, query):
    ann = controllers.customers.add_customer(validate_customer(name="Ann"))
    sale.set_customer(ann)  # before the sale exists
    sale.scan(TEA)
    assert query("SELECT customer_id FROM orders") == [(ann,)]
    assert sale.cart().customer_name == "Ann"
    sale.set_customer(None)
    assert query("SELECT customer_id FROM orders") == [(None,)]
    with pytest.raises(NotFoundError):
        sale.set_customer(9999)
    sale.set_customer(ann)
    order_id = sale.pay_cash().order_id
    assert [o.id for o in controllers.customers.orders_of(ann)] == [order_id]
    assert sale.cart().customer_id is None  # the next sale starts as walk-in


def test_prices_excluding_tax(open_app, shop, query):
    app = open_app(ShopSettings(prices_include_tax=False))
    app.sale.scan(TEA)
    app.sale.scan(SOAP)
    # 2.50 + 20% = 3.00 and 4.00 + 20% = 4.80
    assert query("SELECT subtotal, tax_total, total FROM orders") == [(650, 130, 780)]
    assert app.sale.pay_cash().total == D("7.80")


# -- statement counts --------------------------------------------------------------------


def test_scanning_onto_an_existing_sale_costs_one_select(controllers, sale, shop, statement_log):
    sale.scan(TEA)
    for code in (TEA, SOAP, SOAP):
        with statement_log(controllers.engine) as statements:
            assert sale.scan(code).status is ScanStatus.ADDED
        assert len(statements.selects()) <= 1, statements


def test_resuming_costs_at_most_two_selects(controllers, sale, shop, db_url):
    ann = controllers.customers.add_customer(validate_customer(name="Ann"))
    sale.set_customer(ann)
    for code in (TEA, SOAP, "CHOC-D"):
        sale.scan(code)

    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        app = AppControllers(db_url)
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    try:
        cart = app.sale.cart()
        assert len(cart.lines) == 3
        assert cart.customer_name == "Ann"
    finally:
        app.close()
    # Loading the shop's settings and whether it has staff accounts is start-up, not resuming the sale.
    selects = [
        s
        for s in statements
        if s.lstrip().upper().startswith("SELECT") and "FROM settings" not in s and "FROM users" not in s
    ]
    assert 1 <= len(selects) <= 2, statements


# -- totals in the database are the priced lines --------------------------------------------

TAX_RATES = ["0", "5", "7", "10", "19", "20", "21", "7.7"]
_skus = itertools.count()

cart_lines = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=1_000_000),  # price in cents
        st.integers(min_value=1, max_value=1000),
        st.sampled_from(TAX_RATES),
        st.sampled_from(["keep", "scan again", "set quantity"]),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=cart_lines, prices_include_tax=st.booleans())
def test_stored_order_totals_equal_the_priced_lines(db_url, query, lines, prices_include_tax):
    app = AppControllers(db_url, ShopSettings(prices_include_tax=prices_include_tax))
    try:
        for price, quantity, rate, then in lines:
            if all(named.percent != Decimal(rate) for named in app.tax_rates.rates()):
                app.tax_rates.add_rate(f"Tax {rate}%", rate)
            sku = f"P{next(_skus)}"
            draft = validate_item(
                sku=sku, barcode="", name=sku, price=str(from_minor(price)), stock="0", tax_rate=rate
            )
            row = app.catalog.get_item(app.catalog.add_item(draft))
            app.sale.add_item(row, quantity=quantity)
            if then == "scan again":
                app.sale.scan(sku)
            elif then == "set quantity":
                app.sale.set_quantity(app.sale.cart().lines[-1].line_id, quantity + 7)
        order_id = app.sale.cart().order_id
        stored = query("SELECT price_paid, quantity, tax_rate FROM order_items WHERE order_id = ?", order_id)
        assert len(stored) == len(lines)
        expected = price_cart(
            (LineInput(from_minor(p), q, from_minor(r)) for p, q, r in stored),
            prices_include_tax=prices_include_tax,
        )
        totals = query("SELECT subtotal, tax_total, total FROM orders WHERE id = ?", order_id)
        assert totals == [(to_minor(expected.subtotal), to_minor(expected.tax), to_minor(expected.total))]
        extended = sum(p * q for p, q, _ in stored)
        assert extended == to_minor(expected.total if prices_include_tax else expected.subtotal)
        assert app.sale.cart().total == expected.total
        receipt = app.sale.pay_cash()
        # A sale that costs nothing is paid by no tender at all.
        payments = [] if receipt.total == 0 else [(to_minor(receipt.total),)]
        assert query("SELECT amount FROM payments WHERE order_id = ?", order_id) == payments
        assert receipt.total == expected.total
    finally:
        app.close()
