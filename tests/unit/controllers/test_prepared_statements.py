"""Prepared driver statements convert values as the column types do and fill Python-side defaults."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import bindparam, create_engine, insert, select, update

from pos_app.controllers.prepared import Prepared
from pos_app.db.models import Item

ITEMS = Item.__table__

RENAME = Prepared(
    update(ITEMS)
    .where(ITEMS.c.sku == bindparam("find_sku"), ITEMS.c.active.is_(True))
    .values(name=bindparam("new_name"), price=bindparam("new_price"))
)
ADD = Prepared(insert(ITEMS), columns=("sku", "barcode", "name", "price", "stock"))


@pytest.fixture
def connection(db_url):
    engine = create_engine(db_url)
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def test_values_are_converted_by_their_column_types_and_defaults_filled(connection):
    ADD.execute(
        connection,
        [
            {"sku": "TEA", "barcode": "111", "name": "Tea", "price": Decimal("2.50"), "stock": 4},
            {"sku": "JAM", "barcode": "222", "name": "Jam", "price": Decimal("3.05"), "stock": 1},
        ],
    )
    changed = RENAME.execute(
        connection, {"find_sku": "JAM", "new_name": "Jam, apricot", "new_price": Decimal("3.10")}
    )
    assert changed.rowcount == 1
    rows = connection.exec_driver_sql("SELECT sku, name, price, stock, active FROM items ORDER BY sku").all()
    # Money is stored as integer minor units; `active` took its Python default (True -> 1).
    assert [tuple(row) for row in rows] == [("JAM", "Jam, apricot", 310, 1, 1), ("TEA", "Tea", 250, 4, 1)]
    jam = connection.execute(select(ITEMS.c.created_at, ITEMS.c.updated_at).where(ITEMS.c.sku == "JAM")).one()
    assert jam.updated_at > jam.created_at  # onupdate=utc_now ran for the driver statement


def test_the_statements_own_literals_still_apply(connection):
    ADD.execute(
        connection, {"sku": "OLD", "barcode": "333", "name": "Old", "price": Decimal("1"), "stock": 0}
    )
    connection.exec_driver_sql("UPDATE items SET active = 0")
    # WHERE active IS 1 is part of the statement, not a value the caller gives.
    assert (
        RENAME.execute(connection, {"find_sku": "OLD", "new_name": "X", "new_price": Decimal("1")}).rowcount
        == 0
    )


def test_in_lists_are_refused_because_their_sql_changes_with_length(connection):
    by_skus = Prepared(select(ITEMS.c.id).where(ITEMS.c.sku.in_(bindparam("skus", expanding=True))))
    with pytest.raises(ValueError, match="IN-lists"):
        by_skus.execute(connection, {"skus": ["A", "B"]})
