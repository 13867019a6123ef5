"""Guards the unit of work: each read or write is one transaction, a failed write rolls back and leaves
the long-lived Session usable, and database conditions (conflicts, a locked file) become UserErrors
with nothing changed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError, StorageError, UserError
from pos_app.db import engine as engine_module
from pos_app.db.models import Item
from pos_app.domain.validation import validate_item


def _draft(sku: str = "NEW", barcode: str = ""):
    return validate_item(sku=sku, barcode=barcode, name=f"Item {sku}", price="1.00")


def test_integrity_error_at_commit_becomes_conflict_and_session_stays_usable(controllers, make_item, query):
    make_item("Original", sku="DUP")

    def add_with_duplicate() -> None:
        with controllers.uow.write() as session:
            session.add(Item(sku="OTHER", name="Would be saved", price=Decimal("1.00"), stock=0))
            session.add(Item(sku="DUP", name="Duplicate", price=Decimal("1.00"), stock=0))

    with pytest.raises(ConflictError, match=r"UNIQUE constraint failed: items\.sku") as caught:
        add_with_duplicate()
    assert isinstance(caught.value, UserError)
    assert isinstance(caught.value.__cause__, IntegrityError)
    assert not controllers.session.in_transaction()
    assert query("SELECT sku FROM items ORDER BY sku") == [("DUP",)]  # OTHER rolled back too

    # No PendingRollbackError: the next write and read work on the same Session.
    new_id = controllers.catalog.add_item(_draft("AFTER"))
    assert controllers.catalog.get_item(new_id).sku == "AFTER"
    assert controllers.catalog.items().count() == 2
    assert query("SELECT sku FROM items ORDER BY sku") == [("AFTER",), ("DUP",)]


def test_integrity_error_at_flush_inside_the_block(controllers, make_item, query):
    make_item(sku="DUP")
    reached = []

    def flush_duplicate() -> None:
        with controllers.uow.write() as session:
            session.add(Item(sku="DUP", name="Duplicate", price=Decimal("1.00"), stock=0))
            session.flush()
            reached.append("after flush")

    with pytest.raises(ConflictError):
        flush_duplicate()
    assert reached == []
    with controllers.uow.read() as session:
        assert session.scalars(select(Item.sku)).all() == ["DUP"]
    assert query("SELECT count(*) FROM items") == [(1,)]


def test_other_exceptions_roll_back_and_propagate_unchanged(controllers, query, tax_rate):
    tax_rate("0")

    class BoomError(Exception):
        pass

    def fail_after_flush() -> None:
        with controllers.uow.write() as session:
            session.add(Item(sku="X", name="X", price=Decimal("1.00"), stock=0))
            session.flush()
            raise BoomError

    with pytest.raises(BoomError):
        fail_after_flush()
    assert query("SELECT count(*) FROM items") == [(0,)]
    assert not controllers.session.in_transaction()
    controllers.catalog.add_item(_draft("Y"))
    assert query("SELECT sku FROM items") == [("Y",)]


def test_database_errors_that_are_bugs_are_not_disguised(controllers):
    with pytest.raises(OperationalError, match="no such table"), controllers.uow.write() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    with pytest.raises(OperationalError, match="no such table"), controllers.uow.read() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert controllers.catalog.items().count() == 0


def test_read_commits_and_keeps_loaded_objects(controllers, make_item, statement_log):
    item_id = make_item("Tea")
    with controllers.uow.read() as session:
        item = session.get(Item, item_id)
    assert not controllers.session.in_transaction()
    with statement_log(controllers.engine) as statements:
        assert item.name == "Tea"  # not expired: no lazy reload
    assert statements == []


def test_a_stray_transaction_is_ended_before_a_write(controllers, db_path, statement_log):
    controllers.session.execute(select(1))  # autobegins outside read()/write()
    assert controllers.session.in_transaction()
    with statement_log(controllers.engine) as statements, controllers.uow.write() as session:
        session.execute(select(1))
    assert statements[:2] == ["BEGIN IMMEDIATE", "SELECT 1"]


@pytest.fixture
def short_timeout(db_url, monkeypatch):
    """Controllers whose connections wait only 0.2 s for a lock (set before the engine exists)."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    app = AppControllers(db_url)
    app.tax_rates.add_rate("Zero", "0")
    yield app
    app.close()


@pytest.fixture
def other_writer(db_path):
    """A second program holding the write lock on the file until `.release()`."""

    class Writer:
        def __init__(self) -> None:
            self.connection = sqlite3.connect(db_path, isolation_level=None)
            self.connection.execute("BEGIN IMMEDIATE")

        def release(self) -> None:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")

    writer = Writer()
    yield writer
    writer.release()
    writer.connection.close()


def test_locked_database_becomes_storage_error_and_changes_nothing(short_timeout, other_writer, query):
    with short_timeout.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 200
    with pytest.raises(StorageError, match="busy") as caught:
        short_timeout.catalog.add_item(_draft("LOCKED"))
    assert "Nothing was changed" in caught.value.message
    assert isinstance(caught.value, UserError)
    assert not short_timeout.session.in_transaction()

    other_writer.release()
    assert query("SELECT count(*) FROM items") == [(0,)]
    new_id = short_timeout.catalog.add_item(_draft("LOCKED"))
    assert query("SELECT id, sku FROM items") == [(new_id, "LOCKED")]


def test_reads_still_work_while_another_program_writes(short_timeout, other_writer):
    assert short_timeout.catalog.items().count() == 0


def test_scan_and_pay_while_locked(short_timeout, make_item, db_path, query):
    item = make_item("Tea", "2.50", barcode="4006381333931", stock="10")
    with closing(sqlite3.connect(db_path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError):
            short_timeout.sale.scan("4006381333931")
        assert short_timeout.sale.cart().is_empty
        writer.execute("ROLLBACK")
    assert query("SELECT count(*) FROM orders") == [(0,)]

    short_timeout.sale.scan("4006381333931")
    assert query("SELECT quantity FROM order_items") == [(1,)]

    with closing(sqlite3.connect(db_path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError):
            short_timeout.sale.pay_cash()
        writer.execute("ROLLBACK")
    assert query("SELECT status FROM orders") == [("draft",)]
    assert query("SELECT stock FROM items WHERE id = ?", item) == [(10,)]
    assert query("SELECT count(*) FROM payments") == [(0,)]

    receipt = short_timeout.sale.pay_cash()
    assert receipt.total == Decimal("2.50")
    assert query("SELECT status FROM orders") == [("paid",)]
    assert query("SELECT stock FROM items WHERE id = ?", item) == [(9,)]
    assert query("SELECT count(*) FROM payments") == [(1,)]
