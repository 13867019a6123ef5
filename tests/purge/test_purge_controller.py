"""The purge on an aged demo shop, checked with SQL and Python that share nothing with the purge:
what the preview counts, what goes, what stays, the backup, refusals that delete nothing, a
failure halfway that rolls everything back, and a constant number of statements."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from purge_shop import (  # type: ignore[import-not-found]
    CUTOFF_DAYS,
    OldShop,
    age_history,
    build_old_shop,
    run_sql,
)

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.purge import (
    MIN_AGE_DAYS,
    PurgeError,
    check_cutoff,
    parse_cutoff,
    purge,
    purge_preview,
)
from pos_app.db.backup import integrity_problem
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.db.models import Order, Shift
from pos_app.domain.validation import validate_item
from pos_app.services.demo import seed_demo

CHILDREN = {  # table -> how its rows belong to an order
    "order_items": "order_id IN ({orders})",
    "payments": "order_id IN ({orders})",
    "order_taxes": "order_id IN ({orders})",
    "refunds": "order_id IN ({orders})",
    "refund_lines": "refund_id IN (SELECT id FROM refunds WHERE order_id IN ({orders}))",
    "refund_tenders": "refund_id IN (SELECT id FROM refunds WHERE order_id IN ({orders}))",
}
IDS = "SELECT value FROM json_each(?)"


def at(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def utc_midnight(cutoff: date) -> datetime:
    return datetime.combine(cutoff, time()).astimezone(UTC).replace(tzinfo=None)


@dataclass
class Expected:
    orders: set[int]
    shifts: set[int]


def expected(path: Path, cutoff: date) -> Expected:
    """The rules of the purge restated in plain Python over every row."""
    before = utc_midnight(cutoff)
    orders = run_sql(
        path, "SELECT id, status, created_at, paid_at, parked_at, receipt_no, shift_id FROM orders"
    )
    refunds = run_sql(path, "SELECT id, order_id, created_at, shift_id FROM refunds")
    drafts = [(at(created), oid) for oid, status, created, *_ in orders if status == "draft"]
    newest_draft = max(drafts)[1] if drafts else None
    newest_refund_sale = max(refunds)[1] if refunds else None
    last_receipt = max(receipt for *_, receipt, _shift in orders if receipt is not None)
    returned_later = {order_id for _id, order_id, created, _shift in refunds if at(created) >= before}
    doomed = set()
    for oid, _status, created, paid, parked, receipt, _shift in orders:
        if (
            at(created) < before
            and (paid is None or at(paid) < before)
            and (parked is None or at(parked) < before)
            and oid not in returned_later
            and oid != max(o[0] for o in orders)
            and (receipt is None or receipt < last_receipt)
            and oid not in (newest_draft, newest_refund_sale)
        ):
            doomed.add(oid)
    used = {shift for oid, *_, shift in orders if oid not in doomed and shift is not None}
    used |= {shift for _id, order_id, _created, shift in refunds if order_id not in doomed}
    shifts = run_sql(path, "SELECT id, closed_at FROM shifts")
    newest_shift = max(sid for sid, _closed in shifts)
    gone_shifts = {
        sid
        for sid, closed in shifts
        if closed is not None and at(closed) < before and sid != newest_shift and sid not in used
    }
    return Expected(doomed, gone_shifts)


def count_of(path: Path, table: str, where: str, ids: set[int]) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE {where.format(orders=IDS, shifts=IDS)}"
    return run_sql(path, sql, *[json.dumps(sorted(ids))] * sql.count("?"))[0][0]


def rows_of(path: Path, table: str, where: str, ids: set[int]) -> list[tuple]:
    sql = f"SELECT * FROM {table} WHERE {where.format(orders=IDS)} ORDER BY id"
    return run_sql(path, sql, *[json.dumps(sorted(ids))] * sql.count("?"))


def kept_rows(path: Path, doomed: set[int]) -> dict[str, list[tuple]]:
    """Every row that must survive the purge untouched."""
    kept = {"orders": rows_of(path, "orders", "id NOT IN ({orders})", doomed)}
    for table, where in CHILDREN.items():
        kept[table] = rows_of(path, table, f"NOT ({where})", doomed)
    return kept


def stock_off_journal(path: Path) -> list[tuple]:
    return run_sql(
        path,
        "SELECT id FROM items WHERE stock != COALESCE((SELECT SUM(change) FROM stock_movements"
        " WHERE item_id = items.id), 0)",
    )


def test_the_preview_counts_what_independent_sql_counts(old_shop: OldShop, shop_app: AppControllers):
    path = old_shop.path
    want = expected(path, old_shop.cutoff)
    preview = purge_preview(shop_app.uow, old_shop.cutoff)

    statuses = dict(
        run_sql(
            path,
            f"SELECT status, count(*) FROM orders WHERE id IN ({IDS}) GROUP BY status",
            json.dumps(sorted(want.orders)),
        )
    )
    assert (preview.paid, preview.void, preview.parked, preview.drafts) == (
        statuses.get("paid", 0),
        statuses.get("void", 0),
        statuses.get("parked", 0),
        statuses.get("draft", 0),
    )
    assert preview.paid > 100
    assert preview.void >= 1
    assert preview.parked >= 1
    assert preview.drafts >= 1
    assert preview.orders == len(want.orders)
    assert preview.lines == count_of(path, "order_items", CHILDREN["order_items"], want.orders)
    assert preview.payments == count_of(path, "payments", CHILDREN["payments"], want.orders)
    assert preview.order_taxes == count_of(path, "order_taxes", CHILDREN["order_taxes"], want.orders)
    assert preview.refunds == count_of(path, "refunds", CHILDREN["refunds"], want.orders) > 0
    assert preview.refund_lines == count_of(path, "refund_lines", CHILDREN["refund_lines"], want.orders)
    assert preview.refund_tenders == count_of(path, "refund_tenders", CHILDREN["refund_tenders"], want.orders)
    assert preview.shifts == len(want.shifts) > 0
    assert preview.cash_movements == count_of(path, "cash_movements", "shift_id IN ({shifts})", want.shifts)
    assert preview.cash_counts == count_of(path, "cash_counts", "shift_id IN ({shifts})", want.shifts) > 0
    assert preview.unlinked_movements == count_of(
        path,
        "stock_movements",
        "order_id IN ({orders}) OR refund_id IN (SELECT id FROM refunds WHERE order_id IN ({orders}))",
        want.orders,
    )
    dates = run_sql(
        path,
        f"SELECT MIN(created_at), MAX(created_at) FROM orders WHERE id IN ({IDS})",
        json.dumps(sorted(want.orders)),
    )[0]
    assert (preview.oldest, preview.newest) == (at(dates[0]), at(dates[1]))
    # The fixture returns one old sale today; the demo's own returns may add more, by the calendar.
    returned_later = {
        order_id
        for _id, order_id, created in run_sql(path, "SELECT id, order_id, created_at FROM refunds")
        if at(created) >= utc_midnight(old_shop.cutoff)
    }
    created = dict(run_sql(path, "SELECT id, created_at FROM orders"))
    old_returned_later = {oid for oid in returned_later if at(created[oid]) < utc_midnight(old_shop.cutoff)}
    assert old_shop.returned_old_order in old_returned_later
    assert preview.kept_returned_later == len(old_returned_later)
    text = "\n".join(preview.summary_lines())
    assert f"{preview.orders:,}" in text
    assert f"Shifts: {preview.shifts}" in text


def test_purge_deletes_exactly_the_old_orders_and_keeps_everything_after(
    old_shop: OldShop, shop_app: AppControllers, tmp_path: Path
):
    path = old_shop.path
    want = expected(path, old_shop.cutoff)
    # The fixture's special cases, as the rules decide them.
    assert {old_shop.abandoned_draft, old_shop.abandoned_parked, old_shop.old_void} <= want.orders
    assert old_shop.returned_old_order not in want.orders  # returned today
    assert old_shop.paid_late_order not in want.orders  # started long ago, paid today
    assert not set(old_shop.today_orders) & want.orders
    kept_before = kept_rows(path, want.orders)
    receipts_before = run_sql(
        path, f"SELECT id, receipt_no FROM orders WHERE id NOT IN ({IDS})", json.dumps(sorted(want.orders))
    )
    movements_before = run_sql(
        path, "SELECT id, item_id, change, kind, reason, created_at FROM stock_movements"
    )
    linked = count_of(path, "stock_movements", "order_id IN ({orders})", want.orders)
    stock_before = run_sql(path, "SELECT id, stock FROM items ORDER BY id")
    orders_before = run_sql(path, "SELECT count(*) FROM orders")[0][0]
    assert linked > 0
    assert not stock_off_journal(path)

    result = purge(shop_app.uow, old_shop.cutoff, backup_dir=tmp_path / "backups")

    assert result.deleted.orders == len(want.orders)
    assert result.deleted.shifts == len(want.shifts)
    assert count_of(path, "orders", "id IN ({orders})", want.orders) == 0
    for table, where in CHILDREN.items():
        assert count_of(path, table, where, want.orders) == 0, table
    assert count_of(path, "shifts", "id IN ({shifts})", want.shifts) == 0
    for table in ("cash_movements", "cash_counts"):
        assert count_of(path, table, "shift_id IN ({shifts})", want.shifts) == 0
    assert kept_rows(path, want.orders) == kept_before
    assert run_sql(path, "SELECT count(*) FROM orders")[0][0] == orders_before - len(want.orders)
    # Receipt numbers of what is left are untouched; the journal keeps every movement.
    assert run_sql(path, "SELECT id, receipt_no FROM orders") == receipts_before
    assert run_sql(path, "SELECT id, item_id, change, kind, reason, created_at FROM stock_movements") == (
        movements_before
    )
    assert count_of(path, "stock_movements", "order_id IN ({orders})", want.orders) == 0
    assert run_sql(path, "SELECT id, stock FROM items ORDER BY id") == stock_before
    assert not stock_off_journal(path)
    assert run_sql(path, "PRAGMA foreign_key_check") == []
    assert run_sql(path, "PRAGMA integrity_check") == [("ok",)]
    assert run_sql(path, "SELECT count(*) FROM purge_permit") == [(0,)]
    # Kept shifts (the open one, those after the cut-off, those kept sales refer to) are all there.
    assert run_sql(path, "SELECT count(*) FROM shifts WHERE closed_at IS NULL") == [(1,)]

    # The backup was verified, sits where it was asked to, and still holds every purged order.
    assert result.backup.parent == tmp_path / "backups"
    assert integrity_problem(result.backup) is None
    assert count_of(result.backup, "orders", "id IN ({orders})", want.orders) == len(want.orders)
    assert run_sql(result.backup, "SELECT count(*) FROM orders")[0][0] == orders_before

    # The till goes on: the open sale is still there and is paid with the next receipt number.
    last = run_sql(path, "SELECT MAX(receipt_no) FROM orders")[0][0]
    assert shop_app.sale.pay_cash().receipt_no == last + 1


def test_the_default_backup_goes_beside_the_database(old_shop: OldShop, shop_app: AppControllers):
    result = purge(shop_app.uow, old_shop.cutoff)
    assert result.backup.parent == old_shop.path.parent / "backups"
    assert "before-purge" in result.backup.name


def test_a_failed_backup_deletes_nothing(old_shop: OldShop, shop_app: AppControllers, tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    before = run_sql(old_shop.path, "SELECT count(*) FROM orders")

    with pytest.raises(PurgeError, match=r"backup before the purge failed.*Nothing was deleted"):
        purge(shop_app.uow, old_shop.cutoff, backup_dir=blocker / "backups")

    assert run_sql(old_shop.path, "SELECT count(*) FROM orders") == before
    assert purge_preview(shop_app.uow, old_shop.cutoff).orders > 0


def test_a_failure_inside_the_transaction_undoes_everything_and_the_session_goes_on(
    old_shop: OldShop, shop_app: AppControllers, tmp_path: Path
):
    path = old_shop.path
    # Something refuses the shift cleanup, after the orders were already deleted in the transaction.
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "CREATE TRIGGER test_refuse_shift_delete BEFORE DELETE ON shifts "
            "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
        )
    dump = {
        table: run_sql(path, f"SELECT * FROM {table}")
        for table in ("orders", "order_items", "refunds", "shifts")
    }

    with pytest.raises(UserError):
        purge(shop_app.uow, old_shop.cutoff, backup_dir=tmp_path / "backups")

    assert {table: run_sql(path, f"SELECT * FROM {table}") for table in dump} == dump
    assert run_sql(path, "SELECT count(*) FROM purge_permit") == [(0,)]
    # The Session is usable at once: the open sale is paid, and once the obstacle is gone the purge runs.
    receipt = shop_app.sale.pay_cash()
    assert run_sql(path, "SELECT status FROM orders WHERE id = ?", receipt.order_id) == [("paid",)]
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DROP TRIGGER test_refuse_shift_delete")
    assert purge(shop_app.uow, old_shop.cutoff, backup_dir=tmp_path / "backups").deleted.orders > 0


def test_future_and_recent_cutoffs_are_refused(old_shop: OldShop, shop_app: AppControllers, tmp_path: Path):
    today = date.today()
    before = run_sql(old_shop.path, "SELECT count(*) FROM orders")
    for cutoff, reason in (
        (today + timedelta(days=1), "in the future"),
        (today, "too recent"),
        (today - timedelta(days=MIN_AGE_DAYS - 1), "too recent"),
    ):
        with pytest.raises(PurgeError, match=reason):
            purge_preview(shop_app.uow, cutoff)
        with pytest.raises(PurgeError, match=reason):
            purge(shop_app.uow, cutoff, backup_dir=tmp_path / "backups")
    assert run_sql(old_shop.path, "SELECT count(*) FROM orders") == before
    assert not (tmp_path / "backups").exists()  # refused before any backup
    check_cutoff(today - timedelta(days=MIN_AGE_DAYS), today)  # the most recent allowed


@pytest.mark.parametrize("typed", ["", "2024-13-01", "01/02/2024", "yesterday", "2024-1-1", "2024-02-30"])
def test_a_cutoff_that_is_not_a_date_is_refused_with_the_format(typed: str):
    with pytest.raises(PurgeError, match="YYYY-MM-DD"):
        parse_cutoff(typed)


def test_parse_cutoff_reads_a_date():
    assert parse_cutoff(" 2024-02-29 ") == date(2024, 2, 29)


def test_a_count_that_changed_since_the_preview_deletes_nothing(
    old_shop: OldShop, shop_app: AppControllers, tmp_path: Path
):
    preview = purge_preview(shop_app.uow, old_shop.cutoff)
    with pytest.raises(PurgeError, match="Preview again"):
        purge(shop_app.uow, old_shop.cutoff, backup_dir=tmp_path / "b", expected_orders=preview.orders + 1)
    assert purge_preview(shop_app.uow, old_shop.cutoff) == preview


def test_a_cutoff_before_all_history_deletes_nothing(old_shop: OldShop, shop_app: AppControllers, tmp_path):
    preview = purge_preview(shop_app.uow, date(2000, 1, 1))
    assert preview.orders == 0
    assert preview.shifts == 0
    assert "nothing to purge" in preview.summary_lines()[0]
    before = run_sql(old_shop.path, "SELECT count(*) FROM orders")
    assert purge(shop_app.uow, date(2000, 1, 1), backup_dir=tmp_path / "b").deleted.orders == 0
    assert run_sql(old_shop.path, "SELECT count(*) FROM orders") == before


def test_the_purge_is_a_constant_number_of_statements(tmp_path: Path, statement_log):
    """Two shops, one purge of a handful of orders and one of hundreds: the same statements."""
    logs = []
    for name, cutoff_days in (("few", 107), ("many", CUTOFF_DAYS)):
        shop = build_old_shop(tmp_path / f"{name}.sqlite3")
        app = AppControllers(shop.url)
        try:
            cutoff = date.today() - timedelta(days=cutoff_days)
            with statement_log(app.engine) as statements:
                result = purge(app.uow, cutoff, backup_dir=tmp_path / "backups")
            logs.append((result.deleted.orders, statements))
        finally:
            app.close()
    (few, few_statements), (many, many_statements) = logs
    assert 0 < few * 10 < many
    assert few_statements == many_statements
    assert len(many_statements) < 20
    assert len([s for s in many_statements if s.startswith("DELETE FROM orders")]) == 1


def test_no_number_is_handed_out_twice_when_everything_is_old(tmp_path: Path):
    """A shop that sold nothing for months purges all of it: the newest order, the last receipt
    and the last refund stay, so new sales and refund slips continue their series."""
    path = tmp_path / "quiet.sqlite3"
    url = sqlite_url(path)
    upgrade_database(url)
    app = AppControllers(url)
    try:
        assert seed_demo(app.uow, settings=app.settings) is not None
    finally:
        app.close()
    age_history(path, 200)
    last_receipt, last_order = run_sql(path, "SELECT MAX(receipt_no), MAX(id) FROM orders")[0]
    last_refund = run_sql(path, "SELECT MAX(id) FROM refunds")[0][0]
    newest_refund_sale = run_sql(path, "SELECT order_id FROM refunds WHERE id = ?", last_refund)[0][0]
    app = AppControllers(url)
    try:
        result = purge(app.uow, date.today() - timedelta(days=MIN_AGE_DAYS), backup_dir=tmp_path / "b")
        kept = run_sql(path, "SELECT id FROM orders ORDER BY id")
        assert result.deleted.orders == run_sql(result.backup, "SELECT count(*) FROM orders")[0][0] - len(
            kept
        )
        assert {row[0] for row in kept} == {
            last_order,
            run_sql(result.backup, "SELECT id FROM orders WHERE receipt_no = ?", last_receipt)[0][0],
            newest_refund_sale,
        }
        assert run_sql(path, "SELECT MAX(receipt_no), MAX(id) FROM orders")[0] == (last_receipt, last_order)
        assert run_sql(path, "SELECT MAX(id) FROM refunds")[0][0] == last_refund
        assert run_sql(path, "PRAGMA foreign_key_check") == []
        # Only the open shift and the shifts the kept sales and refunds were recorded in are left.
        assert run_sql(path, "SELECT id FROM shifts ORDER BY id") == run_sql(
            path,
            "SELECT id FROM shifts WHERE closed_at IS NULL OR id IN (SELECT shift_id FROM orders)"
            " OR id IN (SELECT shift_id FROM refunds) ORDER BY id",
        )

        app.catalog.add_item(validate_item(sku="NEW-1", barcode="", name="Tea", price="3.00", stock="5"))
        app.sale.scan("NEW-1")
        sale = app.sale.pay_cash()
        assert sale.receipt_no == last_receipt + 1
        assert sale.order_id == last_order + 1
        returnable = app.returns.find_sale(str(sale.receipt_no))
        app.returns.refund(sale.order_id, {returnable.lines[0].order_item_id: 1}, "Wrong flavour")
        assert run_sql(path, "SELECT MAX(id) FROM refunds")[0][0] == last_refund + 1
    finally:
        app.close()


def test_purged_objects_leave_the_session(old_shop: OldShop, shop_app: AppControllers, tmp_path: Path):
    want = expected(old_shop.path, old_shop.cutoff)
    some_order, some_shift = min(want.orders), min(want.shifts)
    with shop_app.uow.read() as session:
        assert session.get(Order, some_order) is not None
        assert session.get(Shift, some_shift) is not None
    purge(shop_app.uow, old_shop.cutoff, backup_dir=tmp_path / "b")
    with shop_app.uow.read() as session:
        assert session.get(Order, some_order) is None
        assert session.get(Shift, some_shift) is None
        assert session.get(Order, old_shop.returned_old_order) is not None


def test_backups_before_purges_are_rotated_by_the_shops_setting(
    old_shop: OldShop, shop_app: AppControllers, tmp_path: Path
):
    with closing(sqlite3.connect(old_shop.path)) as connection, connection:
        connection.execute("INSERT INTO settings (key, value) VALUES ('backup_keep', '2')")
    folder = tmp_path / "backups"
    for _ in range(3):  # the later purges find nothing left to delete, but back up all the same
        purge(shop_app.uow, old_shop.cutoff, backup_dir=folder)
    kept = sorted(folder.glob("*before-purge*.sqlite3"))
    assert len(kept) == 2
