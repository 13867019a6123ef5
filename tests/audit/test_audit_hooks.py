"""Each audited action writes exactly one event, in its own transaction; a refused action writes none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from audit_db import events  # type: ignore[import-not-found]

from pos_app.controllers.audit import verify_chain
from pos_app.controllers.errors import UserError
from pos_app.domain.validation import validate_customer, validate_item
from pos_app.services.csv_export import ExportKind, export_csv


def test_a_fresh_shop_has_an_empty_intact_trail(controllers, audit_events, db_path):
    assert audit_events() == []
    assert verify_chain(db_path) is None


def test_void_is_recorded_with_reason_total_and_cashier(controllers, make_item, audit_events, db_path):
    controllers.sale.add_item(controllers.catalog.get_item(make_item("Tea", "2.50")))
    order_id = controllers.sale._order.id
    controllers.sale.cancel_sale("customer left")
    assert audit_events() == [
        ("void", "Test cashier", "order", str(order_id), {"reason": "customer left", "total": "2.50"})
    ]
    assert verify_chain(db_path) is None


def test_discounts_and_overrides_are_recorded_and_a_misfit_writes_nothing(
    controllers, make_item, audit_events
):
    controllers.sale.add_item(controllers.catalog.get_item(make_item("Tea", "2.50")))
    line = controllers.sale.cart().lines[0].line_id
    controllers.sale.discount_line(line, "10%", "loyal")
    with pytest.raises(UserError):
        controllers.sale.discount_sale("99.00", "too much")  # more than the sale: refused
    controllers.sale.override_price(line, "2.00", "damaged box")
    kinds = [(event, details) for event, _, _, _, details in audit_events()]
    assert kinds == [
        ("discount", {"kind": "percent", "line": line, "reason": "loyal", "value": "10.00"}),
        (
            "price_override",
            {"line": line, "list_price": "2.50", "new": "2.00", "old": "2.50", "reason": "damaged box"},
        ),
    ]


def test_refund_is_recorded_and_a_refused_refund_writes_nothing(controllers, make_item, audit_events):
    controllers.sale.add_item(controllers.catalog.get_item(make_item("Tea", "2.50")))
    receipt = controllers.sale.pay_cash()
    sale = controllers.returns.sale(receipt.order_id)
    line_id = sale.lines[0].order_item_id
    with pytest.raises(UserError):
        controllers.returns.refund(receipt.order_id, {line_id: 5}, "too many")
    assert audit_events() == []
    controllers.returns.refund(receipt.order_id, {line_id: 1}, "faulty")
    [(event, actor, kind, subject, details)] = audit_events()
    assert (event, actor, kind, subject) == ("refund", "Test cashier", "order", str(receipt.order_id))
    assert details["total"] == "2.50"
    assert details["reason"] == "faulty"
    assert details["quantities"] == {str(line_id): 1}


def test_catalog_price_change_deactivation_and_other_edits(controllers, make_item, audit_events):
    item_id = make_item("Tea", "2.50", sku="TEA")
    assert audit_events() == []  # adding an item is not a sensitive event
    draft = validate_item(sku="TEA", barcode="", name="Tea", price="2.80", stock="100", tax_rate="0")
    controllers.catalog.update_item(item_id, draft, stock_seen=100)
    controllers.catalog.update_item(item_id, draft, stock_seen=100)  # nothing changed: no event
    controllers.catalog.update_item(item_id, replace(draft, name="Green tea"), stock_seen=100)
    controllers.catalog.set_active(item_id, False)
    assert [(e, t, s, d) for e, _, t, s, d in audit_events()] == [
        ("price_change", "item", str(item_id), {"changes": {"price": {"new": "2.80", "old": "2.50"}}}),
        ("item_change", "item", str(item_id), {"changes": {"name": {"new": "Green tea", "old": "Tea"}}}),
        ("deletion", "item", str(item_id), {"changes": {"active": {"new": False, "old": True}}}),
    ]


def test_customer_deletion_keeps_no_personal_data(controllers, audit_events):
    customer_id = controllers.customers.add_customer(validate_customer(name="Ann Smith", email="ann@x.org"))
    controllers.customers.delete_customer(customer_id)
    [(event, _, kind, subject, details)] = audit_events()
    assert (event, kind, subject, details) == (
        "deletion",
        "customer",
        str(customer_id),
        {"orders_deleted": 0},
    )


def test_settings_change_records_old_and_new_values_only_when_changed(controllers, audit_events):
    before = controllers.shop_settings.current
    controllers.shop_settings.save(before)
    assert audit_events() == []
    controllers.shop_settings.save(replace(before, shop_name="Corner Shop", cash_increment=Decimal("0.05")))
    [(event, _, kind, _, details)] = audit_events()
    assert (event, kind) == ("settings_change", "settings")
    assert details["changes"]["shop_name"] == {"old": before.shop_name, "new": "Corner Shop"}
    assert details["changes"]["cash_increment"]["new"] == "0.05"
    assert set(details["changes"]) == {"shop_name", "cash_increment"}


def test_shift_open_paid_in_out_and_close(controllers, audit_events, db_path):
    controllers.shifts.paid_in("20.00", "change from bank")
    controllers.shifts.paid_out("5.00", "milk")
    with pytest.raises(UserError):
        controllers.shifts.paid_out("0", "nothing")
    controllers.shifts.close_shift({Decimal("100"): 1})
    controllers.shifts.open_shift("Bea", "50.00")
    got = [(e, a, d) for e, a, _, _, d in audit_events()]
    assert got == [
        ("paid_in", "Test cashier", {"amount": "20.00", "reason": "change from bank"}),
        ("paid_out", "Test cashier", {"amount": "5.00", "reason": "milk"}),
        ("shift_close", "Test cashier", {"counted": "100.00", "expected": "115.00"}),
        ("shift_open", "Bea", {"opening_float": "50.00"}),
    ]
    assert verify_chain(db_path) is None


def test_export_is_recorded_after_the_file_is_written(controllers, make_item, audit_events, tmp_path):
    make_item("Tea", "2.50")
    target = tmp_path / "items.csv"
    export_csv(controllers.engine, ExportKind.ITEMS, target, date_from=date(2026, 1, 1))
    [(event, _, kind, subject, details)] = audit_events()
    assert (event, kind, subject) == ("export", "export", "items")
    assert details == {"file": str(target), "from": "2026-01-01", "kind": "items", "rows": 1, "to": None}
    assert target.is_file()


def test_events_without_an_open_shift_name_no_cashier(bare_db_url, tmp_path):
    from pos_app.controllers.app import AppControllers

    app = AppControllers(bare_db_url)
    try:
        app.shop_settings.save(replace(app.shop_settings.current, shop_name="Night shop"))
    finally:
        app.close()
    [(event, actor, _, _, _)] = events(tmp_path / "bare.sqlite3")
    assert (event, actor) == ("settings_change", "(no open shift)")


def test_purge_is_recorded_inside_its_transaction(controllers, audit_events, tmp_path):
    from pos_app.controllers.purge import purge

    cutoff = date.today() - timedelta(days=400)
    purge(controllers.uow, cutoff, backup_dir=tmp_path / "backups")
    [(event, _, _, _, details)] = audit_events()
    assert event == "purge"
    assert details["cutoff"] == cutoff.isoformat()
    assert details["orders"] == 0
