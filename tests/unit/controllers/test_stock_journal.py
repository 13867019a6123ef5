"""The stock journal: every path that changes stock writes its movements in the same transaction, in
one statement, and for every item stock on hand equals the sum of its movements.

Everything is checked from outside the app's Session with raw SQL on the database file.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.catalog import ADJUSTMENT_REASON, OPENING_REASON
from pos_app.controllers.errors import ConflictError, UserError
from pos_app.controllers.shift_queries import NO_OPEN_SHIFT
from pos_app.controllers.stock_journal import MAX_REASON, fit_reason
from pos_app.domain.validation import validate_item
from pos_app.services.csv_import import CsvImportError, import_items

TEA = "4006381333931"
SOAP = "96385074"
PEN = "5901234123457"

OFF_THE_JOURNAL = (
    "SELECT i.id FROM items i LEFT JOIN stock_movements m ON m.item_id = i.id"
    " GROUP BY i.id HAVING i.stock != COALESCE(SUM(m.change), 0)"
)


def assert_on_the_journal(query) -> None:
    assert query(OFF_THE_JOURNAL) == []


def movements(query) -> list[tuple]:
    return query("SELECT item_id, change, kind, reason, order_id, refund_id FROM stock_movements ORDER BY id")


def add_trigger(db_path: Path, sql: str) -> None:
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(sql)


@pytest.fixture
def shop(make_item):
    return {
        "tea": make_item("Green tea", "2.50", sku="TEA", barcode=TEA, stock="10"),
        "soap": make_item("Soap", "4.00", sku="SOAP", barcode=SOAP, stock="5"),
        "pen": make_item("Pen", "10.00", sku="PEN", barcode=PEN, stock="0"),
    }


def ring_up(app: AppControllers, *codes: str) -> None:
    for code in codes:
        assert app.sale.scan(code).added is not None


# -- catalog ----------------------------------------------------------------------------


def test_a_new_item_opens_its_journal_with_its_stock(shop, query):
    assert movements(query) == [
        (shop["tea"], 10, "opening", OPENING_REASON, None, None),
        (shop["soap"], 5, "opening", OPENING_REASON, None, None),
        # The pen came in with no stock: no movement of zero.
    ]
    assert query(
        "SELECT m.created_at = i.created_at FROM stock_movements m JOIN items i ON i.id = m.item_id"
    ) == [
        (1,),
        (1,),
    ]
    assert_on_the_journal(query)


def draft(controllers: AppControllers, item_id: int, **changes: str):
    row = controllers.catalog.get_item(item_id)
    fields = {
        "sku": row.sku,
        "barcode": row.barcode or "",
        "name": row.name,
        "price": f"{row.price:.2f}",
        "stock": str(row.stock),
        "tax_rate": str(row.tax_rate),
    }
    return validate_item(**(fields | changes))


def test_correcting_the_stock_in_the_catalog_journals_the_difference(controllers, shop, query):
    controllers.catalog.update_item(shop["tea"], draft(controllers, shop["tea"], stock="7"))
    controllers.catalog.update_item(
        shop["pen"], draft(controllers, shop["pen"], stock="4"), stock_seen=0, stock_reason="Delivery counted"
    )
    assert movements(query)[2:] == [
        (shop["tea"], -3, "adjustment", ADJUSTMENT_REASON, None, None),
        (shop["pen"], 4, "adjustment", "Delivery counted", None, None),
    ]
    assert query("SELECT stock FROM items ORDER BY id") == [(7,), (5,), (4,)]
    assert_on_the_journal(query)


def test_editing_other_fields_writes_no_movement(controllers, shop, query):
    controllers.catalog.update_item(
        shop["tea"], draft(controllers, shop["tea"], name="Sencha"), stock_seen=10
    )
    controllers.catalog.update_item(shop["soap"], draft(controllers, shop["soap"], price="4.50"))
    assert len(movements(query)) == 2
    assert query("SELECT name, stock FROM items WHERE id = ?", shop["tea"]) == [("Sencha", 10)]


def test_a_form_opened_before_a_sale_on_another_register_loses_no_update(db_url, controllers, shop, query):
    """The owner opens the tea in the catalog (stock 10); meanwhile another register sells 3."""
    form = draft(controllers, shop["tea"], name="Sencha")
    other = AppControllers(db_url)
    try:
        ring_up(other, TEA, TEA, TEA)
        other.sale.pay_cash()
    finally:
        other.close()

    # Stock left as the form showed it: the sale keeps its decrement.
    controllers.catalog.update_item(shop["tea"], form, stock_seen=10)
    assert query("SELECT name, stock FROM items WHERE id = ?", shop["tea"]) == [("Sencha", 7)]

    # A counted figure typed in the stale form: the adjustment is taken from the stored 7, not the shown 10.
    counted = draft(controllers, shop["tea"], stock="12")
    controllers.catalog.update_item(shop["tea"], counted, stock_seen=10)
    assert query("SELECT stock FROM items WHERE id = ?", shop["tea"]) == [(12,)]
    assert query("SELECT change, kind FROM stock_movements WHERE item_id = ? ORDER BY id", shop["tea"]) == [
        (10, "opening"),
        (-3, "sale"),
        (5, "adjustment"),
    ]
    assert_on_the_journal(query)


def test_a_refused_catalog_edit_writes_no_movement(controllers, shop, query):
    clash = draft(controllers, shop["tea"], sku="SOAP", stock="1")
    with pytest.raises(ConflictError, match="SKU SOAP"):
        controllers.catalog.update_item(shop["tea"], clash)
    assert len(movements(query)) == 2
    assert query("SELECT stock FROM items WHERE id = ?", shop["tea"]) == [(10,)]


# -- checkout ---------------------------------------------------------------------------


def test_checkout_journals_a_sale_movement_per_line_in_one_statement(controllers, shop, query, statement_log):
    ring_up(controllers, TEA, TEA, SOAP, PEN)  # the pen sells below zero: the journal follows
    with statement_log(controllers.engine) as statements:
        receipt = controllers.sale.pay_cash()

    journal_writes = [s for s in statements if "stock_movements" in s]
    assert len(journal_writes) == 1
    assert journal_writes[0].startswith("INSERT INTO stock_movements")
    assert "SELECT" in journal_writes[0]
    assert movements(query)[2:] == [
        (shop["tea"], -2, "sale", None, receipt.order_id, None),
        (shop["soap"], -1, "sale", None, receipt.order_id, None),
        (shop["pen"], -1, "sale", None, receipt.order_id, None),
    ]
    assert query(
        "SELECT count(*) FROM stock_movements m JOIN orders o ON o.id = m.order_id"
        " WHERE m.kind = 'sale' AND m.created_at = o.paid_at"
    ) == [(3,)]
    assert query("SELECT stock FROM items ORDER BY id") == [(8,), (4,), (-1,)]
    assert_on_the_journal(query)


def test_pressing_pay_twice_journals_once(db_url, controllers, shop, query):
    ring_up(controllers, TEA)
    other = AppControllers(db_url)  # a second register holding the same draft
    try:
        controllers.sale.pay_cash()
        with pytest.raises(ConflictError, match="already completed"):
            other.sale.pay_cash()
    finally:
        other.close()
    with pytest.raises(UserError):
        controllers.sale.pay_cash()
    assert query("SELECT change FROM stock_movements WHERE kind = 'sale'") == [(-1,)]
    assert_on_the_journal(query)


def test_a_checkout_the_database_refuses_journals_nothing(controllers, db_path, shop, query):
    ring_up(controllers, TEA, SOAP)
    # The payments are written after the stock and its journal: refusing them must undo both.
    add_trigger(
        db_path,
        "CREATE TRIGGER refuse_payments BEFORE INSERT ON payments BEGIN SELECT RAISE(ABORT, 'no'); END",
    )
    with pytest.raises(UserError):
        controllers.sale.pay_cash()
    assert query("SELECT count(*) FROM stock_movements WHERE kind = 'sale'") == [(0,)]
    assert query("SELECT stock FROM items ORDER BY id") == [(10,), (5,), (0,)]
    assert query("SELECT status FROM orders") == [("draft",)]
    assert_on_the_journal(query)


def test_a_checkout_without_a_shift_journals_nothing(bare_db_url, tmp_path):
    app = AppControllers(bare_db_url)
    try:
        app.tax_rates.add_rate("Zero", "0")
        app.catalog.add_item(validate_item(sku="T", barcode=TEA, name="Tea", price="1.00", stock="3"))
        ring_up(app, TEA)
        with pytest.raises(UserError, match=re.escape(NO_OPEN_SHIFT)):
            app.sale.pay_cash()
    finally:
        app.close()
    with closing(sqlite3.connect(tmp_path / "bare.sqlite3")) as connection:
        assert connection.execute("SELECT kind, change FROM stock_movements").fetchall() == [("opening", 3)]


# -- returns ----------------------------------------------------------------------------


def sold(controllers: AppControllers, *codes: str):
    ring_up(controllers, *codes)
    receipt = controllers.sale.pay_cash()
    return controllers.returns.find_sale(str(receipt.receipt_no))


def test_a_return_journals_a_movement_per_returned_line(controllers, shop, query, statement_log):
    sale = sold(controllers, TEA, TEA, TEA, SOAP, PEN)
    tea, soap, _pen = sale.lines
    with statement_log(controllers.engine) as statements:
        refund = controllers.returns.refund(
            sale.order_id, {tea.order_item_id: 2, soap.order_item_id: 1}, "damaged"
        )

    assert len([s for s in statements if "stock_movements" in s]) == 1
    assert movements(query)[-2:] == [
        (shop["tea"], 2, "return", None, None, refund.refund_id),
        (shop["soap"], 1, "return", None, None, refund.refund_id),
    ]
    assert query(
        "SELECT count(*) FROM stock_movements m JOIN refunds r ON r.id = m.refund_id"
        " WHERE m.created_at = r.created_at"
    ) == [(2,)]
    assert query("SELECT stock FROM items ORDER BY id") == [(9,), (5,), (-1,)]
    assert_on_the_journal(query)


def test_a_refund_the_database_refuses_journals_nothing(controllers, db_path, shop, query):
    sale = sold(controllers, TEA, SOAP)
    before = (movements(query), query("SELECT stock FROM items ORDER BY id"))
    add_trigger(
        db_path,
        "CREATE TRIGGER refuse_returns BEFORE INSERT ON stock_movements WHEN NEW.kind = 'return'"
        " BEGIN SELECT RAISE(ABORT, 'no'); END",
    )
    with pytest.raises(UserError):
        controllers.returns.refund(sale.order_id, {sale.lines[0].order_item_id: 1}, "damaged")
    assert (movements(query), query("SELECT stock FROM items ORDER BY id")) == before
    assert query("SELECT count(*) FROM refunds") == [(0,)]


# -- CSV import -------------------------------------------------------------------------


def write_csv(tmp_path: Path, text: str, name: str = "stock.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_import_journals_openings_and_counted_differences_in_bulk(
    controllers, shop, tmp_path, query, statement_log
):
    path = write_csv(
        tmp_path,
        "sku,barcode,name,price,stock,tax_rate\n"
        f"TEA,{TEA},Green tea,2.50,4,0\n"  # counted 4 of 10: -6
        f"SOAP,{SOAP},Soap,4.00,5,0\n"  # stock unchanged, name and price too: nothing
        f"PEN,{PEN},Pen,9.00,0,0\n"  # price changed, stock the same: no movement
        "NEW-1,,Mug,6.00,12,0\n"
        "NEW-2,,Cup,3.00,0,0\n"
        "NEW-3,,Jug,8.00,2,0\n",
    )
    with statement_log(controllers.engine) as statements:
        report = import_items(controllers.uow, path)

    assert (report.added, report.updated, report.unchanged) == (3, 2, 1)
    assert (
        len([s for s in statements if "stock_movements" in s]) == 2
    )  # one executemany, one INSERT ... SELECT
    ids = dict(query("SELECT sku, id FROM items"))
    assert movements(query)[2:] == [
        (shop["tea"], -6, "adjustment", "Stock counted in the CSV import stock.csv", None, None),
        (ids["NEW-1"], 12, "opening", "Opening stock from the CSV import stock.csv", None, None),
        (ids["NEW-3"], 2, "opening", "Opening stock from the CSV import stock.csv", None, None),
    ]
    assert_on_the_journal(query)


def test_an_import_without_a_stock_column_moves_no_stock(controllers, shop, tmp_path, query):
    path = write_csv(tmp_path, "sku,barcode,name,price\nTEA,,Green tea,2.75\nNEW-1,,Mug,6.00\n")
    assert import_items(controllers.uow, path).added == 1
    assert len(movements(query)) == 2
    assert query("SELECT stock FROM items ORDER BY id") == [(10,), (5,), (0,), (0,)]
    assert_on_the_journal(query)


def test_a_refused_import_journals_nothing(controllers, db_path, shop, tmp_path, query):
    before = (movements(query), query("SELECT * FROM items ORDER BY id"))
    bad_row = write_csv(tmp_path, "sku,barcode,name,price,stock\nTEA,,Tea,2.50,3\nNEW,,Mug,oops,4\n")
    with pytest.raises(CsvImportError, match="line 3"):
        import_items(controllers.uow, bad_row)
    # Refused by the database after the items were written: the items go back with the journal.
    add_trigger(
        db_path,
        "CREATE TRIGGER refuse_openings BEFORE INSERT ON stock_movements WHEN NEW.kind = 'opening'"
        " BEGIN SELECT RAISE(ABORT, 'no'); END",
    )
    good = write_csv(tmp_path, "sku,barcode,name,price,stock\nTEA,,Tea,2.50,3\nNEW,,Mug,1.00,4\n", "good.csv")
    with pytest.raises(UserError):
        import_items(controllers.uow, good)
    assert (movements(query), query("SELECT * FROM items ORDER BY id")) == before


def test_a_long_file_name_fits_the_reason_column():
    reason = fit_reason("Stock counted in the CSV import " + "x" * 500 + ".csv")
    assert len(reason) == MAX_REASON
    assert reason.endswith("…")
    assert fit_reason("short") == "short"


# -- the journal itself -----------------------------------------------------------------


def test_an_items_movements_read_newest_first_a_page_at_a_time(controllers, shop, query):
    for _ in range(3):
        ring_up(controllers, TEA, TEA)
        controllers.sale.pay_cash()
    sale = controllers.returns.find_sale("2")
    refund = controllers.returns.refund(sale.order_id, {sale.lines[0].order_item_id: 1}, "damaged")
    controllers.catalog.update_item(shop["tea"], draft(controllers, shop["tea"], stock="20"))

    pages, after = [], None
    while page := controllers.stock.movements(shop["tea"], after=after, limit=2):
        pages.append([(row.kind, row.change, row.receipt_no, row.refund_id) for row in page])
        after = page[-1]
    assert pages == [
        [("adjustment", 15, None, None), ("return", 1, None, refund.refund_id)],
        [("sale", -2, 3, None), ("sale", -2, 2, None)],
        [("sale", -2, 1, None), ("opening", 10, None, None)],
    ]
    assert sum(change for page in pages for _kind, change, _r, _f in page) == 20
    assert controllers.stock.movements(shop["soap"]) == controllers.stock.movements(shop["soap"], limit=100)
    assert [row.change for row in controllers.stock.movements(shop["soap"])] == [5]
    assert controllers.stock.movements(shop["pen"]) == []


def test_movements_cannot_be_changed_or_deleted(shop, db_path):
    with closing(sqlite3.connect(db_path)) as connection:
        for statement in (
            "UPDATE stock_movements SET change = 99",
            "UPDATE stock_movements SET kind = 'delivery'",
            "UPDATE stock_movements SET reason = 'tampered'",
            "DELETE FROM stock_movements",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="stock journal"):
                connection.execute(statement)
        assert connection.execute("SELECT item_id, change FROM stock_movements ORDER BY id").fetchall() == [
            (shop["tea"], 10),
            (shop["soap"], 5),
        ]
