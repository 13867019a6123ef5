"""`pos-app report sales`: the exact CSV header for days and months, money with two decimals, JSON with
money as strings, an aligned table, spreadsheet-safe text; bad dates are a usage error (exit 2) that
writes nothing and touches no database. One run as the real program, in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from pos_app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, REPORT_KINDS, main
from pos_app.controllers.report_rows import ReportKind
from pos_app.domain.refund_payouts import RefundDestination
from pos_app.domain.validation import validate_customer

ROOT = Path(__file__).resolve().parents[2]
HEADER = "period,orders,units,gross_sales,discounts,refunds,net_sales,tax,total_collected"


@pytest.fixture
def trading(controllers, make_item, shop_zone, till_clock):
    """Sales on two days in Berlin, one discounted, and a return on the second day; then the app closes."""
    zone = shop_zone("Europe/Berlin")
    make_item("Tea", "2.50", sku="TEA", barcode="TEA", tax_rate="7")
    make_item("=cmd|' /C calc'!A0", "4.00", sku="EVIL", barcode="EVIL", tax_rate="19")
    anna = controllers.customers.add_customer(validate_customer(name="@Anna"))
    till_clock(datetime(2026, 3, 14, 23, 30, tzinfo=zone))
    controllers.sale.scan("TEA")
    controllers.sale.scan("TEA")
    controllers.sale.discount_sale("10%", "regular")
    controllers.sale.set_customer(anna)
    first = controllers.sale.pay_cash()
    till_clock(datetime(2026, 4, 2, 9, 0, tzinfo=zone))
    controllers.sale.scan("EVIL")
    controllers.sale.pay_cash()
    line = controllers.returns.sale(first.order_id).lines[0]
    controllers.returns.refund(first.order_id, {line.order_item_id: 1}, "stale", RefundDestination.CASH)
    controllers.close()
    return zone


def run(capsys, db_path, *args):
    code = main(["--db", str(db_path), "report", "sales", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_by_day_and_month_has_the_exact_header_and_two_decimals(trading, db_path, capsys):
    code, out, err = run(capsys, db_path, "--by", "day", "--format", "csv")
    assert (code, err) == (EXIT_OK, "")
    assert out.splitlines() == [
        HEADER,
        "2026-03-14,1,2,5.00,0.50,0.00,4.50,0.29,4.50",
        "2026-04-02,1,0,4.00,0.00,2.25,1.75,0.49,1.75",
    ]
    code, out, _ = run(capsys, db_path, "--by", "month", "--format", "csv")
    assert out.splitlines() == [
        HEADER,
        "2026-03,1,2,5.00,0.50,0.00,4.50,0.29,4.50",
        "2026-04,1,0,4.00,0.00,2.25,1.75,0.49,1.75",
    ]
    code, out, _ = run(
        capsys, db_path, "--by", "day", "--format", "csv", "--from", "2026-04-01", "--to", "2026-04-30"
    )
    assert out.splitlines() == [HEADER, "2026-04-02,1,0,4.00,0.00,2.25,1.75,0.49,1.75"]


def test_other_reports_as_csv_with_formula_text_made_safe(trading, db_path, capsys):
    _, out, _ = run(capsys, db_path, "--by", "item", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["sku", "name", "units_sold", "units_returned", "units", "gross_sales", "discounts",
                       "refunds", "net_sales", "tax"]  # fmt: skip
    # Highest net sales first.
    assert rows[1] == ["EVIL", "'=cmd|' /C calc'!A0", "1", "0", "1", "4.00", "0.00", "0.00", "4.00", "0.64"]
    assert rows[2] == [
        "TEA",
        "Tea",
        "2",
        "1",
        "1",
        "5.00",
        "0.50",
        "2.25",
        "2.25",
        "0.14",
    ]  # 0.29 charged - 0.15 back
    _, top, _ = run(capsys, db_path, "--by", "top-items", "--format", "csv")
    assert top == out
    _, out, _ = run(capsys, db_path, "--by", "customer", "--format", "csv")
    assert out.splitlines()[0] == "customer_id,customer," + HEADER.split(",", 1)[1]
    assert "'@Anna" in out
    _, out, _ = run(capsys, db_path, "--by", "tender", "--format", "csv")
    assert out.splitlines() == ["method,payments,amount,refunds,refunded,net", "cash,2,8.50,1,2.25,6.25"]
    _, out, _ = run(capsys, db_path, "--by", "hour", "--format", "csv")
    assert [line.split(",")[0] for line in out.splitlines()] == ["hour", "09", "23"]


def test_json_is_a_list_of_objects_with_money_as_strings(trading, db_path, capsys):
    code, out, _ = run(capsys, db_path, "--by", "week", "--format", "json")
    assert code == EXIT_OK
    assert json.loads(out) == [
        {"period": "2026-W11", "orders": 1, "units": 2, "gross_sales": "5.00", "discounts": "0.50",
         "refunds": "0.00", "net_sales": "4.50", "tax": "0.29", "total_collected": "4.50"},
        {"period": "2026-W14", "orders": 1, "units": 0, "gross_sales": "4.00", "discounts": "0.00",
         "refunds": "2.25", "net_sales": "1.75", "tax": "0.49", "total_collected": "1.75"},
    ]  # fmt: skip
    _, out, _ = run(capsys, db_path, "--by", "cashier", "--format", "json")
    assert [(r["cashier"], r["orders"], r["net_sales"]) for r in json.loads(out)] == [
        ("Test cashier", 2, "6.25")
    ]


def test_table_is_aligned_text_with_a_title(trading, db_path, capsys):
    code, out, _ = run(capsys, db_path, "--by", "day", "--from", "2026-03-01")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "Sales by day, from 2026-03-01"
    header, rule, *rows = lines[2:]
    assert header.split() == HEADER.split(",")
    assert rows[0].split() == ["2026-03-14", "1", "2", "5.00", "0.50", "0.00", "4.50", "0.29", "4.50"]
    # Numbers are right-aligned under their headers.
    end = header.index("total_collected") + len("total_collected")
    assert all(len(line) == end for line in rows)
    assert set(rule.replace(" ", "")) == {"-"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-02-30"], "--from '2026-02-30' is not a date: use YYYY-MM-DD"),
        (["--to", "yesterday"], "--to 'yesterday' is not a date: use YYYY-MM-DD"),
        (["--from", "2026-W01-1"], "--from '2026-W01-1' is not a date"),
        (["--from", "2026-03-02", "--to", "2026-03-01"], "--from 2026-03-02 is after --to 2026-03-01"),
    ],
)
def test_bad_dates_are_a_usage_error_that_touches_nothing(tmp_path, capsys, args, message):
    missing = tmp_path / "nowhere.sqlite3"
    code, out, err = run(capsys, missing, *args)
    assert code == EXIT_USAGE
    assert out == ""
    assert err.startswith("pos-app report: ")
    assert message in err
    assert not missing.exists()


def test_a_missing_database_is_not_created(tmp_path, capsys):
    missing = tmp_path / "typo.sqlite3"
    code, out, err = run(capsys, missing)
    assert (code, out) == (EXIT_FAILED, "")
    assert f"there is no database at {missing}" in err
    assert not missing.exists()


def test_the_parser_offers_every_report_kind():
    assert tuple(kind.value for kind in ReportKind) == REPORT_KINDS


def test_the_real_program_prints_a_csv_report(trading, db_path):
    env = {
        **os.environ,
        "TZ": "Europe/Berlin",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, "-m", "pos_app", "--db", str(db_path),
         "report", "sales", "--by", "day", "--format", "csv", "--to", "2026-03-31"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [HEADER, "2026-03-14,1,2,5.00,0.50,0.00,4.50,0.29,4.50"]
