"""Guards catalog editing: unique SKU and barcode reported on the right field, updates, deactivation,
and the page source the catalog table reads."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.controllers.errors import ConflictError, NotFoundError
from pos_app.domain.validation import validate_item


def _draft(sku="TEA-1", barcode="", name="Green tea", price="2.50", stock="10", tax_rate="20", active=True):
    return validate_item(
        sku=sku, barcode=barcode, name=name, price=price, stock=stock, tax_rate=tax_rate, active=active
    )


@pytest.fixture
def catalog(controllers, tax_rate):
    tax_rate("20")
    tax_rate("7.7")
    return controllers.catalog


def test_add_item_saves_exact_values(catalog, query):
    changed = []
    catalog.items_changed.connect(changed.append)
    item_id = catalog.add_item(_draft(barcode="4006381333931", tax_rate="7.7"))
    assert changed == [item_id]
    assert query("SELECT sku, barcode, name, price, stock, tax_rate, active FROM items") == [
        ("TEA-1", "4006381333931", "Green tea", 250, 10, 770, 1)
    ]
    row = catalog.get_item(item_id)
    assert (row.price, row.tax_rate, row.active) == (Decimal("2.50"), Decimal("7.70"), True)


def test_duplicate_sku_is_a_conflict_on_the_sku_field(catalog, query):
    catalog.add_item(_draft())
    with pytest.raises(ConflictError, match="SKU TEA-1 is already used by “Green tea”") as caught:
        catalog.add_item(_draft(name="Other tea"))
    assert caught.value.field == "sku"
    assert query("SELECT count(*) FROM items") == [(1,)]


def test_duplicate_barcode_is_a_conflict_on_the_barcode_field(catalog, query):
    catalog.add_item(_draft(barcode="96385074"))
    with pytest.raises(ConflictError, match="Barcode 96385074") as caught:
        catalog.add_item(_draft(sku="OTHER", barcode="96385074"))
    assert caught.value.field == "barcode"
    assert query("SELECT count(*) FROM items") == [(1,)]


def test_many_items_without_barcode_are_fine(catalog, query):
    for n in range(3):
        catalog.add_item(_draft(sku=f"S{n}"))
    assert query("SELECT count(*) FROM items WHERE barcode IS NULL") == [(3,)]


def test_update_item(catalog, query):
    item_id = catalog.add_item(_draft(barcode="96385074"))
    catalog.update_item(item_id, _draft(barcode="96385074", name="Green tea, loose", price="3.10", stock="4"))
    assert query("SELECT name, price, stock, barcode FROM items") == [
        ("Green tea, loose", 310, 4, "96385074")
    ]
    catalog.update_item(item_id, _draft(barcode=""))
    assert query("SELECT barcode FROM items") == [(None,)]


def test_update_to_another_items_codes_is_refused(catalog, query):
    first = catalog.add_item(_draft(sku="A", barcode="96385074"))
    second = catalog.add_item(_draft(sku="B", barcode="4006381333931", name="Second"))
    with pytest.raises(ConflictError) as caught:
        catalog.update_item(second, _draft(sku="A", barcode="4006381333931", name="Second"))
    assert caught.value.field == "sku"
    with pytest.raises(ConflictError) as caught:
        catalog.update_item(second, _draft(sku="B", barcode="96385074", name="Second"))
    assert caught.value.field == "barcode"
    assert query("SELECT id, sku, barcode FROM items ORDER BY id") == [
        (first, "A", "96385074"),
        (second, "B", "4006381333931"),
    ]


def test_update_and_get_missing_item(catalog):
    with pytest.raises(NotFoundError):
        catalog.update_item(42, _draft())
    with pytest.raises(NotFoundError):
        catalog.get_item(42)
    with pytest.raises(NotFoundError):
        catalog.set_active(42, False)


def test_set_active(catalog, query):
    item_id = catalog.add_item(_draft())
    catalog.set_active(item_id, False)
    assert query("SELECT active FROM items") == [(0,)]
    assert catalog.get_item(item_id).active is False
    assert catalog.items().count() == 0
    assert [row.id for row in catalog.items(include_inactive=True).fetch(0, 10)] == [item_id]
    catalog.set_active(item_id, True)
    assert catalog.items().count() == 1


def test_items_page_source(catalog, make_item):
    for name in ["Walnuts", "Almonds", "Cashews", "Almond milk"]:
        make_item(name)
    source = catalog.items()
    assert source.count() == 4
    assert [row.name for row in source.fetch(0, 10)] == ["Almond milk", "Almonds", "Cashews", "Walnuts"]
    assert [row.name for row in source.fetch(1, 2)] == ["Almonds", "Cashews"]
    assert source.fetch(10, 5) == []
    searched = catalog.items("alm")
    assert searched.count() == 2
    assert [row.name for row in searched.fetch(0, 10)] == ["Almond milk", "Almonds"]
    # A source re-reads: an item added later shows on the next count.
    make_item("Almond butter")
    assert searched.count() == 3
