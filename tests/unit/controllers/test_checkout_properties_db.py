"""Property, end to end through the SaleController and a real SQLite file: random carts at named rates,
with line discounts, price overrides and a sale discount typed as a cashier would, under either tax
setting and rounding policy, paid in cash; the rows written (orders, order_items, order_taxes,
payments) always add up to the total to the cent, and a refusal never leaves a trace."""

from __future__ import annotations

import itertools
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.settings import ShopSettings
from pos_app.domain.money import from_minor
from pos_app.domain.tax import TaxRounding
from pos_app.domain.validation import validate_item

RATES = {"0": "Zero", "5.5": "Reduced", "7": "Seven", "20": "Standard"}
_skus = itertools.count()

discount_texts = st.one_of(
    st.integers(min_value=1, max_value=10_000).map(lambda hundredths: f"{from_minor(hundredths)}%"),
    st.integers(min_value=1, max_value=5_000).map(lambda cents: str(from_minor(cents))),
)
carts = st.lists(
    st.fixed_dictionaries(
        {
            "price": st.integers(min_value=0, max_value=50_000),
            "quantity": st.integers(min_value=1, max_value=20),
            "rate": st.sampled_from(sorted(RATES)),
            "discount": st.none() | discount_texts,
            "override": st.none() | st.integers(min_value=0, max_value=50_000),
        }
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cart=carts,
    sale_discount=st.none() | discount_texts,
    prices_include_tax=st.booleans(),
    rounding=st.sampled_from(TaxRounding),
)
def test_what_is_stored_adds_up_to_the_total(
    db_url, query, cart, sale_discount, prices_include_tax, rounding
):
    settings_ = ShopSettings(prices_include_tax=prices_include_tax, tax_rounding=rounding)
    app = AppControllers(db_url, settings_)
    try:
        named = {rate.percent for rate in app.tax_rates.rates()}
        for percent, name in RATES.items():
            if Decimal(percent) not in named:
                app.tax_rates.add_rate(name, percent)
        sale = app.sale
        for wanted in cart:
            sku = f"P{next(_skus)}"
            price = str(from_minor(wanted["price"]))
            draft = validate_item(sku=sku, barcode="", name=sku, price=price, tax_rate=wanted["rate"])
            sale.add_item(app.catalog.get_item(app.catalog.add_item(draft)), quantity=wanted["quantity"])
            line_id = sale.cart().lines[-1].line_id
            # Each adjustment either applies or is refused with nothing changed: both are fine here.
            if wanted["override"] is not None:
                typed_price = str(from_minor(wanted["override"]))
                _apply_or_refused_unchanged(sale.override_price, (line_id, typed_price, "price match"), query)
            if wanted["discount"] is not None:
                _apply_or_refused_unchanged(sale.discount_line, (line_id, wanted["discount"], "staff"), query)
        if sale_discount is not None:
            _apply_or_refused_unchanged(sale.discount_sale, (sale_discount, "loyalty"), query)
        receipt = sale.pay_cash()
    finally:
        app.close()

    order = receipt.order_id
    [(subtotal, tax, total, discounts)] = query(
        "SELECT subtotal, tax_total, total, discount_total FROM orders WHERE id = ?", order
    )
    assert total == round(receipt.total * 100)
    lines = query(
        "SELECT net, tax, gross, line_discount + order_discount, price_paid * quantity, tax_name"
        " FROM order_items WHERE order_id = ?",
        order,
    )
    assert all(net + line_tax == gross for net, line_tax, gross, *_ in lines)
    assert sum(row[0] for row in lines) == subtotal
    assert sum(row[1] for row in lines) == tax
    assert sum(row[2] for row in lines) == total == subtotal + tax
    assert sum(row[3] for row in lines) == discounts
    charged = total if prices_include_tax else subtotal
    assert sum(row[4] for row in lines) - discounts == charged
    assert {row[5] for row in lines} <= set(RATES.values())
    per_rate = query("SELECT sum(net), sum(tax) FROM order_taxes WHERE order_id = ?", order)
    assert per_rate == [(subtotal, tax)]
    # A sale that came to nothing (free items, a 100% discount) has no payment rows.
    assert query("SELECT coalesce(sum(amount), 0) FROM payments WHERE order_id = ?", order) == [(total,)]


def _apply_or_refused_unchanged(adjust, args, query) -> None:
    sale = adjust.__self__
    before = query("SELECT * FROM orders"), query("SELECT * FROM order_items"), sale.cart()
    try:
        adjust(*args)
    except UserError:
        assert (query("SELECT * FROM orders"), query("SELECT * FROM order_items"), sale.cart()) == before
