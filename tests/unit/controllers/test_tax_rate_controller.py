"""Guards the named tax rates: one name per percent, re-rating moves the items along in the same
transaction, deleting only an unused rate, history untouched; and the catalog refuses unnamed rates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.tax_rates import TaxRateRow
from pos_app.domain.validation import validate_item

D = Decimal
RATES_SQL = "SELECT name, percent FROM tax_rates ORDER BY percent"


@pytest.fixture
def rates(controllers):
    return controllers.tax_rates


def test_a_new_database_has_no_rates(rates, query):
    assert rates.rates() == []
    assert query(RATES_SQL) == []


def test_add_and_list_with_item_counts(rates, make_item, query):
    changes = []
    rates.rates_changed.connect(lambda: changes.append(1))
    standard = rates.add_rate("  Standard ", "20")
    zero = rates.add_rate("Zero", "0")
    reduced = rates.add_rate("Reduced", "5,5")
    assert changes == [1, 1, 1]
    make_item("Tea", tax_rate="20")
    make_item("Soap", tax_rate="20")
    make_item("Bread", tax_rate="5.5")
    assert rates.rates() == [
        TaxRateRow(zero, "Zero", D("0.00"), 0),
        TaxRateRow(reduced, "Reduced", D("5.50"), 1),
        TaxRateRow(standard, "Standard", D("20.00"), 2),
    ]
    assert rates.rates()[1].label == "Reduced — 5.5%"
    assert query(RATES_SQL) == [("Zero", 0), ("Reduced", 550), ("Standard", 2000)]


@pytest.mark.parametrize(
    ("name", "percent", "field", "message"),
    [
        ("", "20", "tax_name", "A tax rate needs a name"),
        ("x" * 65, "20", "tax_name", "A tax rate name is at most 64 plain characters"),
        ("Standard", "", "tax_rate", "Type the rate's percent, like 20 (or 0 for a zero rate)"),
        ("Standard", "abc", "tax_rate", "Tax rate must be a percentage, like 20 (got 'abc')"),
        ("Standard", "101", "tax_rate", "Tax rate must be between 0 and 100 percent"),
        ("Standard", "-1", "tax_rate", "Tax rate must be between 0 and 100 percent"),
        ("Standard", "7.555", "tax_rate", "Tax rate can have at most 2 decimal places"),
        (
            "Other",
            "7",
            "tax_rate",
            "Reduced already has 7%: items refer to a rate by its percent, so each percent has one name.",
        ),
        ("reduced", "8", "tax_name", "There is already a tax rate named Reduced."),
    ],
)
def test_bad_rates_are_refused_and_change_nothing(rates, query, name, percent, field, message):
    rates.add_rate("Reduced", "7")
    before = query("SELECT * FROM tax_rates")
    with pytest.raises(UserError) as caught:
        rates.add_rate(name, percent)
    assert (caught.value.message, caught.value.field) == (message, field)
    assert query("SELECT * FROM tax_rates") == before
    rates.add_rate("Standard", "19")  # the session is still usable
    assert len(rates.rates()) == 2


def test_changing_the_percent_moves_its_items_in_one_transaction(rates, make_item, controllers, query):
    make_item("Tea", sku="TEA", tax_rate="19")
    make_item("Soap", sku="SOAP", tax_rate="19")
    make_item("Bread", sku="BREAD", tax_rate="7")
    [seven, nineteen] = [rate.id for rate in rates.rates()]

    moved = rates.update_rate(nineteen, "Standard", "20")

    assert moved == 2
    assert query(RATES_SQL) == [("Tax 7%", 700), ("Standard", 2000)]
    assert query("SELECT sku, tax_rate FROM items ORDER BY id") == [
        ("TEA", 2000),
        ("SOAP", 2000),
        ("BREAD", 700),
    ]
    tea = controllers.catalog.get_item(1)
    assert (tea.tax_rate, tea.tax_name) == (D("20.00"), "Standard")
    assert rates.update_rate(seven, "Reduced", "7") == 0  # a rename moves nothing


def test_moving_onto_a_percent_that_has_a_name_is_refused(rates, make_item, query):
    make_item("Tea", tax_rate="19")
    make_item("Bread", tax_rate="7")
    [seven, _nineteen] = [rate.id for rate in rates.rates()]
    before = query("SELECT * FROM tax_rates"), query("SELECT tax_rate FROM items")
    with pytest.raises(ConflictError, match="Tax 19% already has 19%"):
        rates.update_rate(seven, "Reduced", "19")
    assert (query("SELECT * FROM tax_rates"), query("SELECT tax_rate FROM items")) == before


def test_sales_keep_the_rate_they_were_charged(rates, make_item, controllers, query):
    make_item("Tea", sku="TEA", price="2.40", tax_rate="20")
    controllers.sale.scan("TEA")
    controllers.sale.pay_cash()
    [rate] = rates.rates()
    rates.update_rate(rate.id, "Standard", "21")
    assert query("SELECT tax_name, tax_rate, tax FROM order_items") == [("Tax 20%", 2000, 40)]
    assert query("SELECT tax_name, tax_rate, tax FROM order_taxes") == [("Tax 20%", 2000, 40)]


def test_delete_only_an_unused_rate(rates, make_item, controllers, query):
    item = make_item("Tea", tax_rate="20")
    controllers.catalog.set_active(item, False)  # inactive items still hold their rate
    unused = rates.add_rate("Zero", "0")
    [_zero, used] = [rate.id for rate in rates.rates()]

    with pytest.raises(ConflictError) as caught:
        rates.delete_rate(used)
    assert caught.value.message == (
        "1 item uses Tax 20% (20%): move them to another rate before deleting it."
    )
    rates.delete_rate(unused)
    assert query(RATES_SQL) == [("Tax 20%", 2000)]
    with pytest.raises(NotFoundError):
        rates.delete_rate(unused)
    with pytest.raises(NotFoundError):
        rates.update_rate(unused, "Zero", "0")


def test_catalog_refuses_an_item_at_a_rate_nobody_named(controllers, tax_rate, query):
    draft = validate_item(sku="TEA", barcode="", name="Tea", price="1.00", tax_rate="7")
    with pytest.raises(UserError) as caught:
        controllers.catalog.add_item(draft)
    assert (caught.value.message, caught.value.field) == (
        "No tax rate of 7%: add it under Tax rates first",
        "tax_rate",
    )
    assert query("SELECT count(*) FROM items") == [(0,)]

    tax_rate("20")
    item_id = controllers.catalog.add_item(
        validate_item(sku="TEA", barcode="", name="Tea", price="1.00", tax_rate="20")
    )
    with pytest.raises(UserError, match="No tax rate of 7%"):
        controllers.catalog.update_item(item_id, draft)
    assert query("SELECT tax_rate FROM items") == [(2000,)]
