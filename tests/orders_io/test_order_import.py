"""Importing sales history: what lands in the database, that a re-import changes nothing, and that
every kind of bad file names its lines and writes nothing."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.settings import ShopSettings
from pos_app.domain.pricing import OrderLine, price_order
from pos_app.domain.tax import RoundingPolicy, TaxRate
from pos_app.domain.validation import validate_customer
from pos_app.services.order_import import MAX_PROBLEMS, OrderImportError, import_orders

Query = Callable[..., list[tuple]]

HISTORY = (
    # Two lines of one order (Ann's), given out of time order with the next one.
    "B-2,2026-01-03 10:00,,TEA,1,3.40\n"
    "A-1,2026-01-02 09:00,ANN@example.com,TEA,2,3.50\n"
    "A-1,2026-01-02 09:00,ann@example.com,NEWS,3,1.20\n"
    "C-3,2026-01-04T18:30:00+00:00,,JAM,1,0\n"
)


def run_import(shop: AppControllers, path: Path):
    return import_orders(shop.uow, path, shop.settings)


def expected_line(price: str, quantity: int, percent: str, name: str):
    return price_order(
        [OrderLine(Decimal(price), quantity, TaxRate(name, Decimal(percent)))],
        prices_include_tax=True,
        rounding=RoundingPolicy(),
    ).lines[0]


def test_history_becomes_paid_sales_with_their_dates_prices_and_taxes(
    shop: AppControllers, write_csv, query: Query, local_time
) -> None:
    local_time("UTC")
    shop.sale.scan("TEA")
    assert shop.sale.pay_cash().receipt_no == 1  # the till's own sale first

    report = run_import(shop, write_csv(HISTORY))

    assert (report.orders, report.lines, report.skipped) == (3, 4, 0)
    assert report.summary() == "3 orders (4 lines) imported, 0 already imported"
    orders = query(
        "SELECT import_ref, receipt_no, status, created_at, paid_at, customer_id, subtotal, tax_total, total,"
        " discount_total, cash_rounding FROM orders WHERE import_ref IS NOT NULL ORDER BY receipt_no"
    )
    ann = query("SELECT id FROM customers WHERE email = 'ann@example.com'")[0][0]
    tea = expected_line("3.50", 2, "20", "Standard")
    # Receipt numbers continue the till's series, in the order the sales were made.
    assert [(ref, no, status, created) for ref, no, status, created, *_ in orders] == [
        ("A-1", 2, "paid", "2026-01-02 09:00:00.000000"),
        ("B-2", 3, "paid", "2026-01-03 10:00:00.000000"),
        ("C-3", 4, "paid", "2026-01-04 18:30:00.000000"),
    ]
    a1 = orders[0]
    assert a1[4] == a1[3]  # paid when made
    assert a1[5] == ann
    # 2 x 3.50 at 20% (prices include tax) + 3 x 1.20 at 0%.
    assert a1[6:] == (int(tea.net * 100) + 360, int(tea.tax * 100), 700 + 360, 0, 0)
    assert orders[1][5] is None

    lines = query(
        "SELECT items.sku, quantity, price_paid, list_price, order_items.tax_rate, tax_name, line_discount,"
        " order_discount, net, tax, gross FROM order_items JOIN items ON items.id = order_items.item_id"
        " JOIN orders ON orders.id = order_items.order_id WHERE import_ref = 'A-1' ORDER BY order_items.id"
    )
    assert lines == [
        ("TEA", 2, 350, 350, 2000, "Standard", 0, 0, int(tea.net * 100), int(tea.tax * 100), 700),
        ("NEWS", 3, 120, 120, 0, "Zero", 0, 0, 360, 0, 360),
    ]
    taxes = query(
        "SELECT tax_name, order_taxes.tax_rate, net, tax FROM order_taxes JOIN orders ON orders.id = order_id"
        " WHERE import_ref = 'A-1' ORDER BY tax_name"
    )
    assert taxes == [("Standard", 2000, int(tea.net * 100), int(tea.tax * 100)), ("Zero", 0, 360, 0)]
    payments = query(
        "SELECT method, amount, tendered, change_given, payments.created_at FROM payments"
        " JOIN orders ON orders.id = order_id WHERE import_ref IS NOT NULL ORDER BY receipt_no"
    )
    assert payments == [
        ("cash", 1060, 1060, 0, "2026-01-02 09:00:00.000000"),
        ("cash", 340, 340, 0, "2026-01-03 10:00:00.000000"),
        ("cash", 0, 0, 0, "2026-01-04 18:30:00.000000"),
    ]


def test_one_closed_import_shift_holds_the_sales_and_stock_is_untouched(
    shop: AppControllers, write_csv, query: Query, local_time, db_path: Path
) -> None:
    local_time("UTC")
    stock_before = query("SELECT sku, stock FROM items ORDER BY sku")
    journal_before = query("SELECT count(*) FROM stock_movements")

    report = run_import(shop, write_csv(HISTORY))

    shifts = query(
        "SELECT id, register, cashier, opened_at, closed_at, opening_float, expected_cash, counted_cash"
        " FROM shifts WHERE register = 'import'"
    )
    assert shifts == [
        (
            report.shift_id,
            "import",
            "Imported: orders.csv",
            "2026-01-02 09:00:00.000000",
            "2026-01-04 18:30:00.000000",
            0,
            1400,
            1400,
        )
    ]
    assert query("SELECT DISTINCT shift_id FROM orders WHERE import_ref IS NOT NULL") == [(report.shift_id,)]
    assert query("SELECT file_name, shift_id, order_count, line_count, skipped_count FROM order_imports") == [
        ("orders.csv", report.shift_id, 3, 4, 0)
    ]
    # Today's stock count already reflects the old sales: neither stock nor the journal moves.
    assert query("SELECT sku, stock FROM items ORDER BY sku") == stock_before
    assert query("SELECT count(*) FROM stock_movements") == journal_before
    # The till's own shift is still the open one, and the imported history is now immutable.
    assert shop.shifts.current() is not None
    assert shop.shifts.current().cashier == "Test cashier"
    with (
        closing(sqlite3.connect(db_path)) as raw,
        pytest.raises(sqlite3.IntegrityError, match="closed shift"),
    ):
        raw.execute("UPDATE orders SET total = 1 WHERE import_ref = 'A-1'")


def test_naive_times_are_local_shop_time_stored_as_utc(
    shop: AppControllers, write_csv, query: Query, local_time
) -> None:
    local_time("Europe/Paris")  # UTC+1 in January, UTC+2 in July
    body = (
        "W-1,2026-01-10 09:00,,TEA,1,1.00\n"
        "S-1,2026-07-10T09:00:00,,TEA,1,1.00\n"
        "Z-1,2026-07-10T09:00:00Z,,TEA,1,1.00\n"
        "O-1,2026-07-10 09:00:00-05:00,,TEA,1,1.00\n"
    )

    run_import(shop, write_csv(body))

    assert dict(query("SELECT import_ref, created_at FROM orders WHERE import_ref IS NOT NULL")) == {
        "W-1": "2026-01-10 08:00:00.000000",
        "S-1": "2026-07-10 07:00:00.000000",
        "Z-1": "2026-07-10 09:00:00.000000",
        "O-1": "2026-07-10 14:00:00.000000",
    }


def test_prices_before_tax_are_taxed_on_top(controllers: AppControllers, make_item, write_csv, query: Query):
    controllers.tax_rates.add_rate("Standard", "20")
    make_item("Tea", "3.50", sku="TEA", tax_rate="20")
    controllers.shop_settings.save(ShopSettings(prices_include_tax=False))

    import_orders(controllers.uow, write_csv("N-1,2026-01-02 09:00,,TEA,3,1.99\n"), controllers.settings)

    assert query("SELECT net, tax, gross FROM order_items") == [(597, 119, 716)]
    assert query("SELECT subtotal, tax_total, total FROM orders") == [(597, 119, 716)]


def test_reimport_changes_nothing(shop: AppControllers, write_csv, checksums) -> None:
    path = write_csv(HISTORY)
    run_import(shop, path)
    before = checksums()

    report = run_import(shop, path)

    assert (report.orders, report.lines, report.skipped, report.shift_id) == (0, 0, 3, None)
    assert report.summary() == "0 orders (0 lines) imported, 3 already imported"
    assert checksums() == before


def test_a_longer_file_imports_only_its_new_orders(shop: AppControllers, write_csv, query: Query) -> None:
    run_import(shop, write_csv(HISTORY, name="january.csv"))

    more = HISTORY + "D-4,2026-01-01 08:00,,JAM,2,2.75\nE-5,2026-01-05 12:00,,NEWS,1,1.50\n"
    report = run_import(shop, write_csv(more, name="january-and-more.csv"))

    assert (report.orders, report.lines, report.skipped) == (2, 2, 3)
    # The new ones continue the receipt series (the earlier one by date first).
    assert query("SELECT import_ref, receipt_no FROM orders ORDER BY receipt_no") == [
        ("A-1", 1),
        ("B-2", 2),
        ("C-3", 3),
        ("D-4", 4),
        ("E-5", 5),
    ]
    assert query("SELECT count(*) FROM order_items") == [(6,)]
    assert query("SELECT file_name, order_count, skipped_count FROM order_imports ORDER BY id") == [
        ("january.csv", 3, 0),
        ("january-and-more.csv", 2, 3),
    ]
    assert query("SELECT cashier FROM shifts WHERE register = 'import' ORDER BY id") == [
        ("Imported: january.csv",),
        ("Imported: january-and-more.csv",),
    ]


# -- refused files ----------------------------------------------------------------------------


def refused(shop: AppControllers, path: Path, checksums) -> list[str]:
    before = checksums()
    with pytest.raises(OrderImportError) as raised:
        run_import(shop, path)
    assert checksums() == before, "a refused file must write nothing"
    return [str(problem) for problem in raised.value.problems]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("X,2026-01-02 09:00,,NOPE,1,1.00", "unknown sku 'NOPE': add the item to the catalog first"),
        (
            "X,2026-01-02 09:00,bob@example.com,TEA,1,1.00",
            "unknown customer 'bob@example.com': add the customer first (or leave customer_email empty)",
        ),
        (
            "X,02/01/2026,,TEA,1,1.00",
            "created_at '02/01/2026' is not an ISO 8601 date and time "
            "(like 2026-03-01 14:30 or 2026-03-01T14:30:00+01:00)",
        ),
        (
            "X,2026-13-02 09:00,,TEA,1,1.00",
            "created_at '2026-13-02 09:00' is not an ISO 8601 date and time "
            "(like 2026-03-01 14:30 or 2026-03-01T14:30:00+01:00)",
        ),
        ("X,2026-01-02 09:00,,TEA,1.5,1.00", "quantity must be a whole number from 1 to 100,000 (got '1.5')"),
        ("X,2026-01-02 09:00,,TEA,0,1.00", "quantity must be a whole number from 1 to 100,000 (got '0')"),
        ("X,2026-01-02 09:00,,TEA,-2,1.00", "quantity must be a whole number from 1 to 100,000 (got '-2')"),
        ("X,2026-01-02 09:00,,TEA,1,-1.00", "unit_price cannot be negative"),
        ("X,2026-01-02 09:00,,TEA,1,abc", "unit_price must be a number, like 4.99 (got 'abc')"),
        ("X,2026-01-02 09:00,,TEA,1,", "unit_price is required"),
        ("X,2026-01-02 09:00,,TEA,1,1.999", "unit_price can have at most 2 decimal places"),
        (",2026-01-02 09:00,,TEA,1,1.00", "order_ref is empty"),
        ("X,2026-01-02 09:00,,TEA,1", "expected 6 fields as in the header, found 5"),
    ],
)
def test_a_bad_row_is_named_by_its_line(shop, write_csv, checksums, row: str, reason: str) -> None:
    path = write_csv(f"OK-1,2026-01-02 09:00,,TEA,1,1.00\n{row}\n")

    assert refused(shop, path, checksums) == [f"line 3: {reason}"]


def test_every_problem_is_reported_in_line_order(shop, write_csv, checksums) -> None:
    body = (
        "A,2026-01-02 09:00,,NOPE,1,1.00\n"
        "A,2026-01-02 09:05,,TEA,1,1.00\n"  # another time than line 2
        "B,2026-01-02 10:00,,TEA,x,1.00\n"
        "C,2026-01-02 11:00,,TEA,1,1.00\n"
        "C,2026-01-02 11:00,ann@example.com,JAM,1,1.00\n"  # another customer than line 5
    )

    assert refused(shop, write_csv(body), checksums) == [
        "line 2: unknown sku 'NOPE': add the item to the catalog first",
        "line 3: order A has created_at '2026-01-02 09:05' here but another time on line 2; "
        "the rows of one order must agree",
        "line 4: quantity must be a whole number from 1 to 100,000 (got 'x')",
        "line 6: order C has customer_email 'ann@example.com' here but '(empty)' on line 5; "
        "the rows of one order must agree",
    ]


def test_problems_are_capped(shop, write_csv, checksums) -> None:
    body = "".join(f"R{n},2026-01-02 09:00,,NOPE{n},1,1.00\n" for n in range(120))
    with pytest.raises(OrderImportError) as raised:
        run_import(shop, write_csv(body))
    error = raised.value
    assert (len(error.problems), error.total) == (MAX_PROBLEMS, 120)
    assert error.report_lines()[-1] == "... and 70 more problems"
    assert error.report_lines()[0] == "line 2: unknown sku 'NOPE0': add the item to the catalog first"


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (
            "order_ref,created_at,sku,quantity,unit_price\n",
            "line 1: the header lacks the column 'customer_email'; expected the columns "
            "order_ref, created_at, customer_email, sku, quantity, unit_price",
        ),
        (
            "order_ref,created_at,customer_email,sku,quantity,unit_price,note\n",
            "line 1: unknown column 'note' in the header; expected the columns "
            "order_ref, created_at, customer_email, sku, quantity, unit_price",
        ),
        (
            "order_ref,created_at,customer_email,sku,quantity,unit_price,SKU\n",
            "line 1: the header names the column 'sku' twice",
        ),
    ],
)
def test_a_bad_header_is_refused(shop, write_csv, checksums, header: str, reason: str) -> None:
    path = write_csv(header + "A,2026-01-02 09:00,,TEA,1,1.00\n", header=False)

    assert refused(shop, path, checksums) == [reason]


def test_header_in_any_order_and_case_with_semicolons(shop, write_csv, query: Query) -> None:
    body = "Unit Price;SKU;Quantity;Order-Ref;Created_At;Customer_Email\n1,50;TEA;2;Z-9;2026-01-02 09:00;\n"

    run_import(shop, write_csv(body, header=False))

    assert query(
        "SELECT import_ref, quantity, price_paid FROM orders JOIN order_items ON order_id = orders.id"
    ) == [("Z-9", 2, 150)]


@pytest.mark.parametrize(
    ("body", "reason"),
    [("", "the file is empty"), ("\n\n", "the file is empty"), (None, "the file has a header but no rows")],
)
def test_empty_files_are_refused(shop, write_csv, checksums, body, reason) -> None:
    path = write_csv("", header=True) if body is None else write_csv(body, header=False)

    assert refused(shop, path, checksums) == [reason]


def test_windows_1252_file_with_accented_names(shop, make_item, write_csv, query: Query) -> None:
    make_item("Crème brûlée", "4.00", sku="CREME", tax_rate="20")
    shop.customers.add_customer(validate_customer(name="Zoë", email="zoë@exämple.com"))
    path = write_csv("É-1,2026-01-02 09:00,ZOË@EXÄMPLE.COM,CREME,1,4.00\n", encoding="cp1252")
    assert path.read_bytes().count("É".encode("cp1252")) == 1  # really not UTF-8

    run_import(shop, path)

    assert query(
        "SELECT import_ref, customers.name, items.name FROM orders"
        " JOIN customers ON customers.id = customer_id JOIN order_items ON order_id = orders.id"
        " JOIN items ON items.id = item_id"
    ) == [("É-1", "Zoë", "Crème brûlée")]


def test_utf8_with_a_byte_order_mark(shop, write_csv, query: Query) -> None:
    path = write_csv("Ü-1,2026-01-02 09:00,,TEA,1,1.00\n", encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    run_import(shop, path)

    assert query("SELECT import_ref FROM orders") == [("Ü-1",)]


def test_a_file_that_is_no_text_is_refused(shop, tmp_path: Path, checksums) -> None:
    path = tmp_path / "orders.csv"
    # 0x81 is undefined in Windows-1252 and invalid as UTF-8.
    path.write_bytes(b"order_ref,created_at,customer_email,sku,quantity,unit_price\nA,\x81\n")

    assert refused(shop, path, checksums) == [
        "line 2: the file is neither UTF-8 nor Windows-1252 text (byte 0x81 cannot be read); "
        "save it from the spreadsheet as “CSV UTF-8”"
    ]


def test_a_broken_quote_is_reported_with_earlier_problems(shop, write_csv, checksums) -> None:
    body = 'A,2026-01-02 09:00,,TEA,x,1.00\nB,"2026-01-02 09:00"x,,TEA,1,1.00\nC,bad,,TEA,1,1.00\n'

    # The CSV reader cannot go on after a broken quote; what was found before it is kept.
    assert refused(shop, write_csv(body), checksums) == [
        "line 2: quantity must be a whole number from 1 to 100,000 (got 'x')",
        "line 3: the row cannot be read as CSV (',' expected after '\"')",
    ]


# -- size -------------------------------------------------------------------------------------


def test_100k_lines_import_well_under_a_minute(
    controllers: AppControllers, tmp_path: Path, query: Query, db_path: Path, capsys
) -> None:
    controllers.tax_rates.add_rate("Standard", "20")
    with closing(sqlite3.connect(db_path)) as raw:
        raw.executemany(
            "INSERT INTO items (sku, name, price, stock, tax_rate, active, created_at, updated_at)"
            " VALUES (?, ?, 199, 0, 2000, 1, '2026-01-01', '2026-01-01')",
            [(f"S{n}", f"Item {n}") for n in range(1000)],
        )
        raw.commit()
    path = tmp_path / "history.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("order_ref,created_at,customer_email,sku,quantity,unit_price\n")
        for n in range(100_000):
            order = n // 4
            when = f"2025-{1 + order % 12:02d}-{1 + order % 28:02d} 10:{order % 60:02d}"
            out.write(f"R{order},{when},,S{n % 1000},{1 + n % 3},{n % 50}.99\n")

    started = time.perf_counter()
    report = import_orders(controllers.uow, path, controllers.settings)
    elapsed = time.perf_counter() - started

    assert (report.orders, report.lines) == (25_000, 100_000)
    assert query("SELECT count(*), sum(gross) = (SELECT sum(total) FROM orders) FROM order_items") == [
        (100_000, 1)
    ]
    assert query("SELECT min(receipt_no), max(receipt_no), count(DISTINCT receipt_no) FROM orders") == [
        (1, 25_000, 25_000)
    ]
    with capsys.disabled():
        print(f"\n100k-line order import: {elapsed:.1f} s, {100_000 / elapsed:,.0f} lines/s")
    assert elapsed < 30
