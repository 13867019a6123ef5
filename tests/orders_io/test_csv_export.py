"""The CSV exports: exact headers and rows, formula cells escaped, items that import back, date ranges,
no half file on failure, and flat memory over a big shop."""

from __future__ import annotations

import csv
import errno
import sqlite3
import tracemalloc
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_customer
from pos_app.services.csv_export import CsvExportError, ExportKind, export_csv
from pos_app.services.csv_import import import_items
from pos_app.services.order_import import import_orders

HISTORY = (
    "A-1,2026-01-02 09:00,ann@example.com,TEA,2,3.50\n"
    "A-1,2026-01-02 09:00,ann@example.com,NEWS,3,1.20\n"
    "B-2,2026-01-03 10:00,,JAM,1,2.75\n"
    "C-3,2026-01-04 18:30,,TEA,1,3.50\n"
)


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def history(shop: AppControllers, write_csv, local_time) -> AppControllers:
    local_time("UTC")
    import_orders(shop.uow, write_csv(HISTORY), shop.settings)
    return shop


def export(shop: AppControllers, kind: ExportKind, path: Path, **options) -> list[list[str]]:
    report = export_csv(shop.engine, kind, path, **options)
    rows = read_csv(path)
    assert report.rows == len(rows) - 1
    return rows


def test_orders_export(history: AppControllers, tmp_path: Path) -> None:
    # A till sale today to a customer whose name a spreadsheet would run, partly refunded.
    eve = history.customers.add_customer(validate_customer(name="=HYPERLINK(1)", email="eve@example.com"))
    history.sale.scan("JAM")
    history.sale.scan("JAM")
    history.sale.set_customer(eve)
    receipt = history.sale.pay_cash()
    line_id = history.returns.sale(receipt.order_id).lines[0].order_item_id
    history.returns.refund(receipt.order_id, {line_id: 1}, "dented")

    rows = export(history, ExportKind.ORDERS, tmp_path / "orders.csv")

    assert rows[0] == [
        "order_id",
        "receipt_no",
        "created_at",
        "paid_at",
        "status",
        "customer",
        "cashier",
        "subtotal",
        "discount",
        "tax",
        "total",
        "refunded",
    ]
    cashier = "Imported: orders.csv"
    assert rows[1:4] == [
        [
            "1",
            "1",
            "2026-01-02 09:00:00",
            "2026-01-02 09:00:00",
            "paid",
            "Ann Smith",
            cashier,
            "9.43",
            "0.00",
            "1.17",
            "10.60",
            "0.00",
        ],
        [
            "2",
            "2",
            "2026-01-03 10:00:00",
            "2026-01-03 10:00:00",
            "paid",
            "",
            cashier,
            "2.29",
            "0.00",
            "0.46",
            "2.75",
            "0.00",
        ],
        [
            "3",
            "3",
            "2026-01-04 18:30:00",
            "2026-01-04 18:30:00",
            "paid",
            "",
            cashier,
            "2.92",
            "0.00",
            "0.58",
            "3.50",
            "0.00",
        ],
    ]
    till = rows[4]
    assert till[:2] == [str(receipt.order_id), "4"]
    assert till[4:7] == ["paid", "'=HYPERLINK(1)", "Test cashier"]
    assert till[7:] == ["4.58", "0.00", "0.92", "5.50", "2.75"]
    assert len(rows) == 5


def test_order_lines_export(history: AppControllers, tmp_path: Path) -> None:
    rows = export(history, ExportKind.LINES, tmp_path / "lines.csv")

    assert rows[0] == [
        "order_id",
        "receipt_no",
        "sku",
        "name",
        "quantity",
        "unit_price",
        "list_price",
        "discount",
        "net",
        "tax",
        "gross",
    ]
    assert rows[1:] == [
        ["1", "1", "TEA", "Tea", "2", "3.50", "3.50", "0.00", "5.83", "1.17", "7.00"],
        ["1", "1", "NEWS", "Paper", "3", "1.20", "1.20", "0.00", "3.60", "0.00", "3.60"],
        ["2", "2", "JAM", "Jam", "1", "2.75", "2.75", "0.00", "2.29", "0.46", "2.75"],
        ["3", "3", "TEA", "Tea", "1", "3.50", "3.50", "0.00", "2.92", "0.58", "3.50"],
    ]


def test_a_date_range_takes_whole_local_days(history: AppControllers, tmp_path: Path, local_time) -> None:
    local_time("Europe/Paris")  # 2026-01-03 10:00 UTC is 11:00 in Paris; 18:30 UTC on the 4th is 19:30
    one_day = {"date_from": date(2026, 1, 3), "date_to": date(2026, 1, 3)}

    orders = export(history, ExportKind.ORDERS, tmp_path / "o.csv", **one_day)
    lines = export(history, ExportKind.LINES, tmp_path / "l.csv", **one_day)
    later = export(history, ExportKind.ORDERS, tmp_path / "later.csv", date_from=date(2026, 1, 4))
    earlier = export(history, ExportKind.ORDERS, tmp_path / "earlier.csv", date_to=date(2026, 1, 2))

    assert [(row[1], row[2]) for row in orders[1:]] == [("2", "2026-01-03 11:00:00")]
    assert [row[2] for row in lines[1:]] == ["JAM"]
    assert [row[1] for row in later[1:]] == ["3"]
    assert [row[1] for row in earlier[1:]] == ["1"]


def test_text_cells_that_look_like_formulas_are_escaped_numbers_are_not(
    shop: AppControllers, make_item, tmp_path: Path
) -> None:
    make_item("+cmd|' /C calc'!A0", "0.99", sku="-FORMULA", barcode="", tax_rate="0")
    for name, email, phone in (
        ("@SUM(1+1)", "a@example.com", ""),
        ("-2+3", "b@example.com", ""),
        ("\tTabbed", "c@example.com", ""),
        ("Plain", "d@example.com", "+44 20 7946 0000"),
    ):
        shop.customers.add_customer(validate_customer(name=name, email=email, phone=phone))

    items = export(shop, ExportKind.ITEMS, tmp_path / "items.csv")
    customers = export(shop, ExportKind.CUSTOMERS, tmp_path / "customers.csv")

    assert items[0] == ["sku", "barcode", "name", "price", "stock", "tax_rate"]
    assert items[-1] == ["'-FORMULA", "", "'+cmd|' /C calc'!A0", "0.99", "100", "0"]
    assert customers[0] == ["name", "email", "phone"]
    assert customers[-4:] == [
        ["'@SUM(1+1)", "a@example.com", ""],
        ["'-2+3", "b@example.com", ""],
        ["Tabbed", "c@example.com", ""],  # the form trims a leading tab already
        ["Plain", "d@example.com", "'+44 20 7946 0000"],
    ]


def test_items_export_imports_back(shop: AppControllers, make_item, tmp_path: Path, query) -> None:
    make_item("Cola 0,5 l", "1.25", sku="COLA", barcode="4006381333931", tax_rate="20", stock="24")
    path = tmp_path / "items.csv"
    before = query("SELECT sku, barcode, name, price, stock, tax_rate FROM items ORDER BY sku")
    export(shop, ExportKind.ITEMS, path)

    assert import_items(shop.uow, path).summary() == "0 items added, 0 updated, 4 unchanged"

    # An owner edits a price in the spreadsheet and imports the file again.
    path.write_text(
        path.read_text(encoding="utf-8-sig").replace(
            'COLA,4006381333931,"Cola 0,5 l",1.25', 'COLA,4006381333931,"Cola 0,5 l",1.35'
        ),
        encoding="utf-8-sig",
    )
    assert import_items(shop.uow, path).summary() == "0 items added, 1 updated, 3 unchanged"
    after = query("SELECT sku, barcode, name, price, stock, tax_rate FROM items ORDER BY sku")
    assert [row for row in after if row not in before] == [
        ("COLA", "4006381333931", "Cola 0,5 l", 135, 24, 2000)
    ]


def test_a_failed_write_leaves_no_half_file(history: AppControllers, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    target.write_text("the previous export\n")

    def disk_full(done: int, total: int) -> None:
        if done:
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(CsvExportError) as raised:
        export_csv(history.engine, ExportKind.ORDERS, target, progress=disk_full, chunk_rows=1)

    assert str(raised.value) == f"Cannot write {target}: No space left on device. Nothing was exported."
    assert target.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".orders")) == []


def test_a_missing_folder_is_a_clear_message(history: AppControllers, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "orders.csv"

    with pytest.raises(CsvExportError, match=r"Cannot write .*: No such file or directory\. Nothing was"):
        export_csv(history.engine, ExportKind.ORDERS, target)

    assert not target.parent.exists()


def test_progress_is_reported_per_chunk(history: AppControllers, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    export_csv(
        history.engine,
        ExportKind.LINES,
        tmp_path / "l.csv",
        progress=lambda d, t: seen.append((d, t)),
        chunk_rows=3,
    )

    assert seen == [(0, 4), (3, 4), (4, 4)]


# -- size -------------------------------------------------------------------------------------

BIG = 200_000
GENERATE_ORDERS = f"""
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {BIG})
INSERT INTO orders (status, created_at, paid_at, receipt_no, shift_id, customer_id,
                    subtotal, tax_total, total, discount_total, cash_rounding)
SELECT 'paid', datetime('2025-01-01', '+' || (i * 7) || ' minutes'),
       datetime('2025-01-01', '+' || (i * 7) || ' minutes'), i, 1,
       CASE WHEN i % 3 = 0 THEN 1 END, i % 1000, i % 100, i % 1000 + i % 100, 0, 0
FROM n
"""


def test_a_big_export_streams_with_flat_memory(shop: AppControllers, db_path: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute(GENERATE_ORDERS)
        raw.commit()
    path = tmp_path / "big.csv"

    tracemalloc.start()
    try:
        report = export_csv(shop.engine, ExportKind.ORDERS, path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert report.rows == BIG
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert sum(1 for _ in csv.reader(handle)) == BIG + 1
    # All 200k rows held at once would take well over 100 MB; chunks of 2,000 take a few.
    assert peak < 12 * 1024 * 1024, f"peak {peak / 1_048_576:.1f} MB"


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "America/St_Johns", "Europe/Paris", "Australia/Lord_Howe"])
def test_times_are_local_in_any_zone_and_across_clock_changes(
    shop: AppControllers, db_path: Path, tmp_path: Path, local_time, zone: str
) -> None:
    # UTC times around clock changes (Paris 29 March 01:00, St John's 8 March 05:30, Lord Howe
    # 5 April 15:00 UTC, a half-hour change) and in half-hour offsets.
    stored = [
        "2026-03-29 00:59:59",
        "2026-03-29 01:00:00",
        "2026-03-08 05:29:00",
        "2026-03-08 05:31:00",
        "2026-04-04 14:45:00",
        "2026-04-04 15:15:00",
        "2026-04-04 15:31:30",
        "2026-04-04 16:00",  # written by another tool, without seconds
    ]
    with closing(sqlite3.connect(db_path)) as raw:
        raw.executemany(
            "INSERT INTO orders (status, created_at, subtotal, tax_total, total) VALUES ('void', ?, 0, 0, 0)",
            [(moment,) for moment in stored],
        )
        raw.commit()
    local_time(zone)

    rows = export(shop, ExportKind.ORDERS, tmp_path / "o.csv")

    expected = sorted(
        datetime.fromisoformat(moment).replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        for moment in stored
    )
    assert [row[2] for row in rows[1:]] == expected
    assert {row[4] for row in rows[1:]} == {"void"}
