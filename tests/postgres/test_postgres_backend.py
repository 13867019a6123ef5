"""The shared-database backend: the same migrations build a PostgreSQL database, the models match
what they build, and a sale rings up and pays through the real controllers, exactly as on SQLite."""

from __future__ import annotations

from decimal import Decimal

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError, translate_database_error
from pos_app.db.engine import create_app_engine
from pos_app.db.migrate import alembic_config, head_revision, upgrade_database
from pos_app.db.models import Base
from pos_app.domain.validation import validate_item
from pos_app.services.demo import seed_demo

# Indexes a migration creates only on PostgreSQL, standing in for SQLite's NOCASE collation.
POSTGRES_ONLY_INDEXES = {"uq_users_name_folded"}


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_the_migrations_build_upgrade_and_take_down_a_postgres_database(pg_url):
    result = upgrade_database(pg_url)
    assert (result.before, result.after) == (None, head_revision())
    assert {"items", "orders", "order_items", "payments", "shifts", "users", "audit_events"} <= _tables(
        pg_url
    )
    engine = create_app_engine(pg_url)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection  # as upgrade_database hands it over
            command.downgrade(config, "base")
            connection.commit()
    finally:
        engine.dispose()
    assert _tables(pg_url) <= {"alembic_version"}
    assert upgrade_database(pg_url).after == head_revision()


def test_the_models_match_what_the_migrations_built(pg_url):
    upgrade_database(pg_url)
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    unexpected = [
        difference
        for difference in differences
        if not (difference[0] == "remove_index" and difference[1].name in POSTGRES_ONLY_INDEXES)
    ]
    assert unexpected == []


def test_a_sale_rings_up_and_pays_on_postgres(pg_url):
    upgrade_database(pg_url)
    app = AppControllers(pg_url)
    try:
        app.tax_rates.add_rate("Standard", "20")
        app.catalog.add_item(
            validate_item(
                sku="TEA", barcode="4006381333931", name="Tea", price="2.40", stock="10", tax_rate="20"
            )
        )
        app.shifts.open_shift("Ann", "100.00")
        app.sale.scan("4006381333931")
        app.sale.scan("4006381333931")
        receipt = app.sale.pay_cash(Decimal("5.00"))
    finally:
        app.close()
    assert (receipt.receipt_no, receipt.total, receipt.change) == (1, Decimal("4.80"), Decimal("0.20"))
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            order = connection.execute(text("SELECT status, total, receipt_no FROM orders")).one()
            stock = connection.execute(text("SELECT stock FROM items WHERE sku = 'TEA'")).scalar_one()
            journal = connection.execute(text("SELECT SUM(change) FROM stock_movements")).scalar_one()
            payments = connection.execute(text("SELECT method, amount, tendered FROM payments")).all()
            taxes = connection.execute(text("SELECT tax_name, net, tax FROM order_taxes")).all()
    finally:
        engine.dispose()
    assert tuple(order) == ("paid", 480, 1)
    assert (stock, journal) == (8, 8)  # the opening stock of 10 and the sale of 2, journalled
    assert [tuple(p) for p in payments] == [("cash", 480, 500)]
    assert [tuple(t) for t in taxes] == [("Standard", 400, 80)]


def test_the_demo_shop_seeds_on_postgres_and_the_till_sells_after_it(pg_url):
    """The demo inserts orders, lines and refunds with ids of its own; the sequences must follow."""
    upgrade_database(pg_url)
    app = AppControllers(pg_url)
    try:
        report = seed_demo(app.uow, settings=app.settings)
        assert report is not None
        assert report.items > 0
        first_item = app.catalog.items("").fetch(0, 1)[0]
        app.sale.scan(first_item.barcode or first_item.sku)
        receipt = app.sale.pay_cash()
    finally:
        app.close()
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            paid = connection.execute(
                text("SELECT COUNT(*), MAX(receipt_no) FROM orders WHERE status = 'paid'")
            ).one()
            stock_matches = connection.execute(
                text(
                    "SELECT COUNT(*) FROM items WHERE stock != "
                    "(SELECT COALESCE(SUM(change), 0) FROM stock_movements WHERE item_id = items.id)"
                )
            ).scalar_one()
    finally:
        engine.dispose()
    assert paid[1] == receipt.receipt_no  # the new sale numbered after the demo's, no gap
    assert stock_matches == 0


def _closed_shift_sale(connection) -> tuple[int, int]:
    return tuple(
        connection.execute(
            text(
                "SELECT orders.id, orders.shift_id FROM orders JOIN shifts ON shifts.id = orders.shift_id "
                "WHERE shifts.closed_at IS NOT NULL AND orders.status = 'paid' ORDER BY orders.id LIMIT 1"
            )
        ).one()
    )


def test_postgres_refuses_what_sqlites_triggers_refuse(pg_url):
    """A closed shift's records, the stock journal and the audit trail cannot change (0011)."""
    upgrade_database(pg_url)
    app = AppControllers(pg_url)
    try:
        seed_demo(app.uow, settings=app.settings)  # four weeks of closed shifts
    finally:
        app.close()
    engine = create_engine(pg_url)
    refused = [
        "UPDATE orders SET total = total + 1 WHERE id = {order}",
        "DELETE FROM payments WHERE order_id = {order}",
        "INSERT INTO cash_movements (shift_id, kind, amount, reason, created_at) "
        "VALUES ({shift}, 'paid_in', 100, 'late', now())",
        "UPDATE shifts SET counted_cash = counted_cash + 1 WHERE id = {shift}",
        "DELETE FROM stock_movements WHERE id = (SELECT MIN(id) FROM stock_movements)",
        "UPDATE stock_movements SET change = change + 1 WHERE id = (SELECT MIN(id) FROM stock_movements)",
    ]
    try:
        with engine.connect() as connection:
            order, shift = _closed_shift_sale(connection)
            connection.rollback()  # end the read's transaction; each refusal below runs in its own
            for statement in refused:
                with pytest.raises(IntegrityError) as caught, connection.begin():
                    connection.execute(text(statement.format(order=order, shift=shift)))
                translated = translate_database_error(caught.value)
                assert isinstance(translated, ConflictError), statement
            # A sanctioned purge (0008's permit, inside its own transaction) may delete the sale.
            with connection.begin():
                connection.execute(text("INSERT INTO purge_permit (id, granted_at) VALUES (1, now())"))
                connection.execute(text(f"DELETE FROM orders WHERE id = {order}"))
                connection.execute(text("DELETE FROM purge_permit"))
            assert (
                connection.execute(text(f"SELECT COUNT(*) FROM orders WHERE id = {order}")).scalar_one() == 0
            )
    finally:
        engine.dispose()
