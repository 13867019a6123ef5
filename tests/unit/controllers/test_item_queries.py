"""Guards catalog search: the FTS5 index stays in sync through its triggers (insert, rename, delete),
prefix and multi-word matching, inactive items hidden, and any typed text safe to search for."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from pos_app.controllers.item_queries import count_items, find_by_code, fts_query, search_items
from pos_app.db.models import Item
from pos_app.domain.validation import validate_item


@pytest.fixture
def catalog(make_item):
    return {
        "dark": make_item("Dark chocolate 70%", sku="CHOC-D", barcode="4006381333931"),
        "milk": make_item("Milk chocolate", sku="CHOC-M", barcode="96385074"),
        "tea": make_item("Green tea", sku="TEA-G"),
        "cafe": make_item("Café crème", sku="CAFE-1", barcode="036000291452"),
    }


@pytest.fixture
def search(controllers):
    def run(text: str, **options) -> list[str]:
        with controllers.uow.read() as session:
            names = [row.name for row in search_items(session, text, **options)]
            count = count_items(session, text, include_inactive=options.get("include_inactive", False))
        if "limit" not in options:
            assert count == len(names), "count_items and search_items disagree"
        return names

    return run


def test_prefix_search(catalog, search):
    assert search("choc") == ["Dark chocolate 70%", "Milk chocolate"]
    assert search("Choc") == ["Dark chocolate 70%", "Milk chocolate"]
    assert search("dark choc") == ["Dark chocolate 70%"]  # every word must match
    assert search("choc tea") == []
    assert search("late") == []  # prefix match, not substring
    assert search("") == ["Café crème", "Dark chocolate 70%", "Green tea", "Milk chocolate"]


def test_diacritics_are_ignored(catalog, search):
    assert search("cafe creme") == ["Café crème"]
    assert search("CRÈ") == ["Café crème"]


def test_sku_and_barcode_prefix_search(catalog, search):
    assert search("TEA") == ["Green tea"]
    assert search("choc-d") == ["Dark chocolate 70%"]
    assert search("4006381") == ["Dark chocolate 70%"]
    assert search("963") == ["Milk chocolate"]


def test_index_follows_insert_rename_and_delete(controllers, catalog, search, make_item, query):
    # No stock, so no journal: an item with stock movements cannot be deleted (RESTRICT).
    new = make_item("Oat biscuits", stock="0")
    assert search("oat") == ["Oat biscuits"]

    draft = validate_item(sku="SPREAD-1", barcode="96385074", name="Hazelnut spread", price="1.00")
    controllers.catalog.update_item(catalog["milk"], draft)
    assert search("choc") == ["Dark chocolate 70%"]
    assert search("hazel") == ["Hazelnut spread"]
    assert search("milk") == []
    assert search("spread-1") == ["Hazelnut spread"]
    assert search("963") == ["Hazelnut spread"]

    with controllers.uow.write() as session:
        session.execute(delete(Item).where(Item.id == new))
    assert search("oat") == []
    # FTS5's own check that the index agrees with the items table; raises "malformed" if not.
    query("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)")


def test_price_change_does_not_touch_the_index(controllers, catalog, search):
    draft = validate_item(sku="TEA-G", barcode="", name="Green tea", price="9.99")
    controllers.catalog.update_item(catalog["tea"], draft)
    assert search("green") == ["Green tea"]


def test_inactive_items_are_hidden_unless_asked(controllers, catalog, search):
    controllers.catalog.set_active(catalog["dark"], False)
    assert search("choc") == ["Milk chocolate"]
    assert search("choc", include_inactive=True) == ["Dark chocolate 70%", "Milk chocolate"]
    assert "Dark chocolate 70%" not in search("")


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "*",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "(",
        ")",
        "choc*",
        '"choc',
        "a:b",
        "-",
        "^",
        "{}",
        "'",
        ";--",
        "\\",
    ],
)
def test_any_typed_text_is_safe(catalog, search, typed):
    search(typed)  # must not raise an FTS5 syntax error


def test_operators_are_searched_as_words(make_item, search):
    make_item("Salt AND pepper")
    make_item("Orange")
    assert search("AND") == ["Salt AND pepper"]
    assert search("or") == ["Orange"]  # a prefix of Orange, not FTS5's OR
    assert search('"salt" and') == ["Salt AND pepper"]
    assert search("salt OR orange") == []  # still every word


def test_fts_query_quotes_every_word():
    assert fts_query('dark "choc') == '"dark"* "choc"*'
    assert fts_query("***") is None


def test_paging(make_item, search):
    for n in range(7):
        make_item(f"Widget {n}")
    assert search("widget", offset=2, limit=3) == ["Widget 2", "Widget 3", "Widget 4"]


def test_find_by_code_prefers_barcode_over_sku(controllers, make_item):
    def find(code: str) -> int | None:
        with controllers.uow.read() as session:
            row = find_by_code(session, code)
        return None if row is None else row.id

    by_sku = make_item("Has the code as SKU", sku="96385074")
    assert find("96385074") == by_sku
    by_barcode = make_item("Has the code as barcode", barcode="96385074")
    assert find("96385074") == by_barcode
    assert find("9638507") is None  # exact, not prefix
    assert find("96385074 ") is None
