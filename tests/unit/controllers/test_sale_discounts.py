"""Guards discounts and price overrides at the till: a line or the whole sale, percent or amount, each
with a reason, stored on the order and its lines; every refusal changes nothing in the database or
in the open sale, and the till carries on; a per-order-rounding checkout writes exact tax per rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import NotFoundError, UserError
from pos_app.controllers.settings import ShopSettings
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.tax import TaxRounding

D = Decimal
TEA = "4006381333931"
SOAP = "96385074"
ORDER_SQL = (
    "SELECT status, discount_kind, discount_value, discount_reason, discount_total, "
    "subtotal, tax_total, total FROM orders ORDER BY id"
)
LINES_SQL = (
    "SELECT price_paid, list_price, override_reason, discount_kind, discount_value, discount_reason, "
    "line_discount, order_discount, net, tax, gross FROM order_items ORDER BY id"
)


@pytest.fixture
def shop(make_item):
    return {
        "tea": make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10", tax_rate="20"),
        "soap": make_item("Olive soap", "4.00", sku="SOAP", barcode=SOAP, stock="10", tax_rate="20"),
        "bread": make_item("Sourdough bread", "3.50", sku="BREAD", stock="10", tax_rate="7"),
    }


@pytest.fixture
def sale(controllers, shop):
    return controllers.sale


def line_ids(sale) -> list[int]:
    return [line.line_id for line in sale.cart().lines]


def snapshot(query) -> tuple[list[tuple], list[tuple]]:
    return query(ORDER_SQL), query(LINES_SQL)


def assert_adds_up(query) -> None:
    """What the database holds for the sale adds up to the cent, line by line and in total."""
    lines = query("SELECT net, tax, gross, line_discount + order_discount FROM order_items")
    [(subtotal, tax, total, discounts)] = query(
        "SELECT subtotal, tax_total, total, discount_total FROM orders"
    )
    assert all(net + line_tax == gross for net, line_tax, gross, _ in lines)
    assert sum(row[0] for row in lines) == subtotal
    assert sum(row[1] for row in lines) == tax
    assert sum(row[2] for row in lines) == total == subtotal + tax
    assert sum(row[3] for row in lines) == discounts


# -- applying -------------------------------------------------------------------------------


def test_percent_line_discount_is_stored_and_priced(sale, query):
    sale.scan(TEA)
    sale.scan(TEA)  # 2 x 2.50, 20% tax included
    changes = []
    sale.cart_changed.connect(lambda: changes.append(1))

    sale.discount_line(line_ids(sale)[0], " 10 % ", "  staff ")

    assert changes == [1]
    assert query(LINES_SQL) == [(250, 250, None, "percent", 1000, "staff", 50, 0, 375, 75, 450)]
    assert query(ORDER_SQL) == [("draft", None, None, None, 50, 375, 75, 450)]
    [line] = sale.cart().lines
    assert (line.discount, line.discount_text, line.line_total) == (D("0.50"), "10% staff", D("4.50"))
    assert sale.cart().discounts == D("0.50")


def test_amount_line_discount(sale, query):
    sale.scan(SOAP)
    sale.discount_line(line_ids(sale)[0], "1,50", "damaged box")
    assert query(LINES_SQL) == [(400, 400, None, "amount", 150, "damaged box", 150, 0, 208, 42, 250)]
    assert sale.cart().lines[0].discount_text == "1.50 damaged box"
    assert_adds_up(query)


def test_sale_discount_is_spread_over_the_lines_for_tax(sale, shop, query):
    sale.scan(TEA)
    sale.scan(SOAP)
    sale.scan("BREAD")  # 2.50 + 4.00 + 3.50 = 10.00

    sale.discount_sale("10%", "loyalty card")

    assert query(ORDER_SQL) == [("draft", "percent", 1000, "loyalty card", 100, 782, 118, 900)]
    assert query("SELECT order_discount, gross FROM order_items ORDER BY id") == [
        (25, 225),
        (40, 360),
        (35, 315),
    ]
    cart = sale.cart()
    assert (cart.discounts, cart.order_discount_text, cart.total) == (
        D("1.00"),
        "10% loyalty card",
        D("9.00"),
    )
    assert [line.discount for line in cart.lines] == [D("0.25"), D("0.40"), D("0.35")]
    assert_adds_up(query)


def test_line_and_sale_discounts_together(sale, query):
    sale.scan(TEA)
    sale.scan(SOAP)
    tea, _soap = line_ids(sale)
    sale.discount_line(tea, "0.50", "bruised")  # tea 2.00
    sale.discount_sale("1.20", "voucher")  # 6.00 left: tea 0.40, soap 0.80
    assert query("SELECT line_discount, order_discount, gross FROM order_items ORDER BY id") == [
        (50, 40, 160),
        (0, 80, 320),
    ]
    assert query("SELECT discount_total, total FROM orders") == [(170, 480)]
    assert_adds_up(query)


def test_price_override_keeps_the_catalog_price_and_can_be_undone(sale, query):
    sale.scan("BREAD")
    [bread] = line_ids(sale)

    sale.override_price(bread, "2.80", "price match")

    assert query("SELECT price_paid, list_price, override_reason, gross FROM order_items") == [
        (280, 350, "price match", 280)
    ]
    [line] = sale.cart().lines
    assert (line.unit_price, line.list_price, line.override_reason) == (D("2.80"), D("3.50"), "price match")

    sale.remove_price_override(bread)
    assert query("SELECT price_paid, list_price, override_reason, gross FROM order_items") == [
        (350, 350, None, 350)
    ]
    assert sale.cart().lines[0].list_price is None


def test_override_may_be_zero_and_a_discount_then_applies_to_the_new_price(sale, query):
    sale.scan(TEA)
    sale.scan(SOAP)
    tea, soap = line_ids(sale)
    sale.override_price(tea, "0", "free sample")
    sale.override_price(soap, "3.00", "shelf label")
    sale.discount_line(soap, "50%", "staff")
    assert query("SELECT price_paid, line_discount, gross FROM order_items ORDER BY id") == [
        (0, 0, 0),
        (300, 150, 150),
    ]
    assert_adds_up(query)


def test_removing_discounts(sale, query):
    sale.scan(TEA)
    sale.scan(SOAP)
    tea, _soap = line_ids(sale)
    sale.discount_line(tea, "10%", "staff")
    sale.discount_sale("5%", "loyalty")

    sale.remove_line_discount(tea)
    assert query("SELECT discount_kind, discount_value, discount_reason, line_discount FROM order_items") == [
        (None, None, None, 0),
        (None, None, None, 0),
    ]
    sale.remove_sale_discount()
    assert query(ORDER_SQL) == [("draft", None, None, None, 0, 541, 109, 650)]
    assert sale.cart().discounts == 0
    assert sale.cart().order_discount_text is None


def test_a_new_discount_replaces_the_old_one(sale, query):
    sale.scan(TEA)
    [tea] = line_ids(sale)
    sale.discount_line(tea, "10%", "staff")
    sale.discount_line(tea, "1.00", "damaged")
    assert query("SELECT discount_kind, discount_value, discount_reason, gross FROM order_items") == [
        ("amount", 100, "damaged", 150)
    ]


def test_discounts_survive_parking_and_a_restart(sale, db_url, query):
    sale.scan(TEA)
    sale.discount_line(line_ids(sale)[0], "20%", "staff")
    sale.discount_sale("0.50", "loyalty")
    order_id = sale.park("Mrs Lee")
    other = AppControllers(db_url)
    try:
        other.sale.resume_parked(order_id)
        cart = other.sale.cart()
        assert (cart.lines[0].discount_text, cart.order_discount_text, cart.total) == (
            "20% staff",
            "0.50 loyalty",
            D("1.50"),
        )
    finally:
        other.close()


# -- refusals -------------------------------------------------------------------------------

LINE_REFUSALS = [
    ("abc", "staff", "discount", "Discount must be a percentage like 10% or an amount like 2.50 (got 'abc')"),
    ("", "staff", "discount", "Discount is required"),
    ("150%", "staff", "discount", "A discount cannot be more than 100%"),
    ("0%", "staff", "discount", "A discount must be more than 0"),
    ("-1", "staff", "discount", "Discount cannot be negative"),
    ("1.999", "staff", "discount", "Discount can have at most 2 decimal places"),
    ("10%", "   ", "reason", "A reason is required for a discount"),
    ("10%", "x" * 201, "reason", "The reason is too long (201 characters, at most 200)"),
    ("10%", "bad\x07reason", "reason", "The reason contains control characters"),
    (
        "2.51",
        "staff",
        "discount",
        "A discount of 2.51 is more than the 2.50 it applies to. Nothing was changed.",
    ),
]


@pytest.mark.parametrize(("typed", "reason", "field", "message"), LINE_REFUSALS)
def test_bad_line_discount_changes_nothing(sale, query, typed, reason, field, message):
    sale.scan(TEA)
    [tea] = line_ids(sale)
    sale.discount_line(tea, "5%", "first")
    before, cart_before = snapshot(query), sale.cart()

    with pytest.raises(UserError) as caught:
        sale.discount_line(tea, typed, reason)

    assert (caught.value.message, caught.value.field) == (message, field)
    assert snapshot(query) == before
    assert sale.cart() == cart_before
    sale.scan(TEA)  # the till carries on
    assert query("SELECT quantity, discount_reason FROM order_items") == [(2, "first")]


@pytest.mark.parametrize(("typed", "reason", "field", "message"), LINE_REFUSALS[:-1])
def test_bad_sale_discount_changes_nothing(sale, query, typed, reason, field, message):
    sale.scan(TEA)
    before, cart_before = snapshot(query), sale.cart()
    with pytest.raises(UserError) as caught:
        sale.discount_sale(typed, reason)
    assert (caught.value.message, caught.value.field) == (message, field)
    assert snapshot(query) == before
    assert sale.cart() == cart_before


def test_sale_discount_larger_than_the_sale_is_refused(sale, query):
    sale.scan(TEA)
    sale.discount_line(line_ids(sale)[0], "0.50", "bruised")
    before = snapshot(query)
    with pytest.raises(
        UserError, match=r"^The sale discount of 2.01 is more than the 2.00 the sale would come"
    ):
        sale.discount_sale("2.01", "voucher")
    assert snapshot(query) == before
    sale.discount_sale("2.00", "voucher")  # exactly all of it is fine
    assert query("SELECT total FROM orders") == [(0,)]


@pytest.mark.parametrize(
    ("typed", "reason", "field", "message"),
    [
        ("-1.00", "manager", "price", "Price cannot be negative"),
        ("abc", "manager", "price", "Price must be a number, like 4.99 (got 'abc')"),
        ("", "manager", "price", "Price is required"),
        ("1.999", "manager", "price", "Price can have at most 2 decimal places"),
        ("2.00", "", "reason", "A reason is required for a price override"),
        ("2.00", "y" * 201, "reason", "The reason is too long (201 characters, at most 200)"),
        ("3.50", "manager", "price", "3.50 is the catalog price: restore it with “Catalog price” instead."),
    ],
)
def test_bad_price_override_changes_nothing(sale, query, typed, reason, field, message):
    sale.scan("BREAD")
    before, cart_before = snapshot(query), sale.cart()
    with pytest.raises(UserError) as caught:
        sale.override_price(line_ids(sale)[0], typed, reason)
    assert (caught.value.message, caught.value.field) == (message, field)
    assert snapshot(query) == before
    assert sale.cart() == cart_before


def test_override_below_an_amount_discount_is_refused(sale, query):
    sale.scan("BREAD")
    [bread] = line_ids(sale)
    sale.discount_line(bread, "1.00", "damaged")
    before = snapshot(query)
    with pytest.raises(UserError, match=r"^A discount of 1.00 is more than the 0.80 it applies to"):
        sale.override_price(bread, "0.80", "price match")
    assert snapshot(query) == before
    assert sale.cart().lines[0].unit_price == D("3.50")


def test_amount_sale_discount_that_no_longer_fits_keeps_the_line(sale, query):
    sale.scan(TEA)
    sale.scan(SOAP)
    _tea, soap = line_ids(sale)
    sale.discount_sale("3.00", "voucher")
    before, cart_before = snapshot(query), sale.cart()

    with pytest.raises(UserError) as caught:
        sale.remove_line(soap)  # 2.50 would be left for a 3.00 discount
    assert caught.value.message == (
        "The sale discount of 3.00 is more than the 2.50 the sale would come to: "
        "change or remove the sale discount (F5) first. Nothing was changed."
    )
    assert snapshot(query) == before
    assert sale.cart() == cart_before

    with pytest.raises(UserError, match=r"The sale discount of 3\.00"):
        sale.override_price(soap, "0.10", "price match")
    assert snapshot(query) == before

    sale.remove_sale_discount()
    sale.remove_line(soap)
    assert query("SELECT total, discount_total FROM orders") == [(250, 0)]


def test_removing_the_last_line_drops_the_sale_discount(sale, query):
    sale.scan(TEA)
    sale.discount_sale("1.00", "voucher")
    sale.remove_line(line_ids(sale)[0])
    assert query(ORDER_SQL) == [("draft", None, None, None, 0, 0, 0, 0)]
    sale.scan(SOAP)  # a new first line is not discounted by the old voucher
    assert sale.cart().total == D("4.00")


def test_nothing_to_discount_without_lines(sale, query):
    for action in (
        lambda: sale.discount_sale("10%", "staff"),
        sale.remove_sale_discount,
        lambda: sale.discount_line(1, "10%", "staff"),
        lambda: sale.override_price(1, "1.00", "manager"),
    ):
        with pytest.raises(UserError, match=r"^Nothing to (discount|change): the sale is empty\.$"):
            action()
    assert query("SELECT count(*) FROM orders") == [(0,)]


def test_a_line_no_longer_in_the_sale(sale, query):
    sale.scan(TEA)
    before = snapshot(query)
    for action in (
        lambda: sale.discount_line(999, "10%", "staff"),
        lambda: sale.remove_line_discount(999),
        lambda: sale.override_price(999, "1.00", "manager"),
        lambda: sale.remove_price_override(999),
    ):
        with pytest.raises(NotFoundError, match=r"^That line is no longer in the sale\.$"):
            action()
    assert snapshot(query) == before


# -- paying ---------------------------------------------------------------------------------


def test_paying_a_discounted_sale_records_everything(sale, shop, query):
    sale.scan(TEA)
    sale.scan(TEA)
    sale.scan("BREAD")
    tea, bread = line_ids(sale)
    sale.discount_line(tea, "10%", "staff")  # 5.00 - 0.50 = 4.50
    sale.override_price(bread, "3.00", "price match")  # 3.00
    sale.discount_sale("0.75", "voucher")  # 7.50 left: tea 0.45, bread 0.30

    receipt = sale.pay([Tender(TenderMethod.CARD, D("4.00"), "auth 1"), Tender(TenderMethod.CASH, D("5.00"))])

    assert receipt.total == D("6.75")
    assert receipt.change == D("2.25")
    assert query(ORDER_SQL) == [("paid", "amount", 75, "voucher", 125, 590, 85, 675)]
    assert query(LINES_SQL) == [
        (250, 250, None, "percent", 1000, "staff", 50, 45, 338, 67, 405),
        (300, 350, "price match", None, None, None, 0, 30, 252, 18, 270),
    ]
    assert query("SELECT tax_name, tax_rate, net, tax FROM order_taxes ORDER BY tax_rate") == [
        ("Tax 7%", 700, 252, 18),
        ("Tax 20%", 2000, 338, 67),
    ]
    assert query("SELECT method, amount FROM payments ORDER BY id") == [("card", 400), ("cash", 275)]
    assert_adds_up(query)
    [(paid,)] = query("SELECT sum(amount) FROM payments")
    [(taxed,)] = query("SELECT sum(net + tax) FROM order_taxes")
    assert paid == taxed == 675


def test_per_order_rounding_checkout_end_to_end(db_url, make_item, query):
    """Tax rounded once per rate: 3 x 0.10 at 7% is 0.021 -> 0.02 (per line it would be 3 x 0.01),
    and 0.25 at 10% is 0.025 -> 0.03 (ROUND_HALF_UP; banker's rounding would give 0.02)."""
    for n in range(3):
        make_item(f"Sweet {n}", "0.10", sku=f"SWEET-{n}", tax_rate="7")
    make_item("Paper", "0.25", sku="PAPER", tax_rate="10")
    settings = ShopSettings(prices_include_tax=False, tax_rounding=TaxRounding.PER_ORDER)
    app = AppControllers(db_url, settings)
    try:
        for sku in ("SWEET-0", "SWEET-1", "SWEET-2", "PAPER"):
            app.sale.scan(sku)
        assert app.sale.cart().tax == D("0.05")
        receipt = app.sale.pay_cash()
    finally:
        app.close()

    assert receipt.total == D("0.60")
    assert query("SELECT subtotal, tax_total, total FROM orders") == [(55, 5, 60)]
    assert query("SELECT tax_name, tax_rate, net, tax FROM order_taxes ORDER BY tax_rate") == [
        ("Tax 7%", 700, 30, 2),
        ("Tax 10%", 1000, 25, 3),
    ]
    # The rate's tax is spread back over its lines, largest remainder first: each line whole cents.
    assert query("SELECT net, tax, gross FROM order_items ORDER BY id") == [
        (10, 1, 11),
        (10, 1, 11),
        (10, 0, 10),
        (25, 3, 28),
    ]
    assert query("SELECT amount FROM payments") == [(60,)]
    assert_adds_up(query)


def test_per_line_rounding_of_the_same_sale_for_comparison(db_url, make_item, query):
    for n in range(3):
        make_item(f"Sweet {n}", "0.10", sku=f"SWEET-{n}", tax_rate="7")
    app = AppControllers(db_url, ShopSettings(prices_include_tax=False, tax_rounding=TaxRounding.PER_LINE))
    try:
        for sku in ("SWEET-0", "SWEET-1", "SWEET-2"):
            app.sale.scan(sku)
        app.sale.pay_cash()
    finally:
        app.close()
    assert query("SELECT net, tax FROM order_taxes") == [(30, 3)]
    assert query("SELECT total FROM orders") == [(33,)]
