"""The scan's lookup outside any transaction: UnitOfWork.single_statement() on SQLite.

It must send the lookup alone (no BEGIN, no COMMIT), see what other connections committed the
moment before, leave no transaction open on the pooled connection, and not leak its option: the
Session's next read or write on the same pooled connection still begins its own transaction.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from hotpath_support import sent_statements
from sqlalchemy.exc import OperationalError

from pos_app.controllers.item_queries import lookup_code

TEA = "4006381333931"


def test_the_lookup_is_sent_alone_and_finds_barcode_then_sku(controllers, make_item):
    tea = make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA, tax_rate="20")
    with sent_statements(controllers.engine) as sent:
        with controllers.uow.single_statement() as connection:
            by_barcode = lookup_code(connection, TEA)
            # SQLite itself has no transaction open: the SELECT ran in its autocommit.
            assert connection.connection.dbapi_connection.in_transaction is False
        with controllers.uow.single_statement() as connection:
            by_sku = lookup_code(connection, "TEA-G")
            missing = lookup_code(connection, "5000000000000")
    assert [s.split()[0] for s in sent] == ["SELECT", "SELECT", "SELECT"]
    assert by_barcode is not None
    assert by_sku is not None
    assert (by_barcode.id, by_barcode.name, str(by_barcode.price), by_barcode.tax_name) == (
        tea,
        "Green tea",
        "2.50",
        "Tax 20%",
    )
    assert by_sku == by_barcode
    assert missing is None


def test_the_lookup_sees_what_another_connection_just_committed(controllers, make_item, db_path):
    tea = make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA)
    with controllers.uow.single_statement() as connection:
        assert lookup_code(connection, TEA) is not None
    with closing(sqlite3.connect(db_path)) as other:
        other.execute("UPDATE items SET name = 'Green tea (loose)', price = 275 WHERE id = ?", (tea,))
        other.commit()
    with controllers.uow.single_statement() as connection:
        row = lookup_code(connection, TEA)
    assert row is not None
    assert (row.name, str(row.price)) == ("Green tea (loose)", "2.75")


def test_the_session_still_begins_its_transactions_afterwards(controllers, make_item):
    make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA)
    with controllers.uow.single_statement() as connection:
        lookup_code(connection, TEA)
    with sent_statements(controllers.engine) as sent:
        controllers.sale.scan(TEA)
        with controllers.uow.read() as session:
            session.connection().exec_driver_sql("SELECT 1")
    assert sent.kinds() == [
        "SELECT",  # the scan's lookup
        "BEGIN IMMEDIATE",
        "INSERT",
        "INSERT",
        "UPDATE",
        "COMMIT",
        "BEGIN",
        "SELECT",
        "COMMIT",
    ]
    # Nothing stays open on the file between user actions.
    assert controllers.uow.session.in_transaction() is False


def test_its_connection_is_kept_between_lookups_and_given_back_on_close(controllers, make_item):
    make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA)
    uow = controllers.uow
    with uow.single_statement() as first:
        lookup_code(first, TEA)
    with uow.single_statement() as second:
        assert second is first
        assert lookup_code(second, TEA) is not None
    assert controllers.engine.pool.checkedout() == 1
    uow.close()
    assert controllers.engine.pool.checkedout() == 0
    # Used again after close(), it opens a new one.
    with uow.single_statement() as again:
        assert again is not first
        assert lookup_code(again, TEA) is not None


def test_a_failed_statement_leaves_the_connection_usable(controllers, make_item):
    make_item("Green tea", "2.50", sku="TEA-G", barcode=TEA)
    with (
        pytest.raises(OperationalError, match="no_such_table"),
        controllers.uow.single_statement() as connection,
    ):
        connection.exec_driver_sql("SELECT * FROM no_such_table")
    with controllers.uow.single_statement() as connection:
        assert lookup_code(connection, TEA) is not None
        assert connection.connection.dbapi_connection.in_transaction is False
