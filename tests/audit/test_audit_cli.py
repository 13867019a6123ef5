"""`pos-app audit verify|list` on a real file: exit codes, the named bad row, the filters and formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from audit_db import tamper  # type: ignore[import-not-found]

from pos_app.cli import main


@pytest.fixture
def shop(controllers, make_item, db_path):
    controllers.sale.add_item(controllers.catalog.get_item(make_item("Tea", "2.50")))
    controllers.sale.cancel_sale("customer left")
    controllers.shifts.paid_in("20.00", "change from bank")
    controllers.shifts.paid_out("5.00", "milk")
    return db_path


def test_verify_an_intact_trail(shop, capsys):
    assert main(["--db", str(shop), "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("audit trail intact: 3 events, head ")
    assert len(out.split("head ")[1].strip()) == 64


def test_verify_names_the_first_bad_row_and_exits_1(shop, capsys):
    tamper(shop, "UPDATE audit_events SET details = replace(details, '20.00', '2.00') WHERE id = 2")
    assert main(["--db", str(shop), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "audit trail BROKEN at row 2 (" in err
    assert "paid_in): its hash does not match its contents" in err


def test_verify_a_missing_file_fails_without_creating_it(tmp_path, capsys):
    missing = tmp_path / "nope.sqlite3"
    assert main(["--db", str(missing), "audit", "verify"]) == 1
    assert "no such database" in capsys.readouterr().err
    assert not missing.exists()


def test_verify_a_database_without_a_trail(tmp_path, capsys):
    import sqlite3

    old = tmp_path / "old.sqlite3"
    sqlite3.connect(old).close()
    assert main(["--db", str(old), "audit", "verify"]) == 1
    assert "the audit trail cannot be read" in capsys.readouterr().err


def test_list_as_table_csv_and_json(shop, capsys):
    assert main(["--db", str(shop), "audit", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[3] for line in lines] == ["void", "paid_in", "paid_out"]
    assert main(["--db", str(shop), "audit", "list", "--format", "csv", "--event", "paid_out"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["id", "time", "event", "actor", "approver", "register", "subject", "details"]
    assert [row[2:4] for row in rows[1:]] == [["paid_out", "Test cashier"]]
    assert json.loads(rows[1][7]) == {"amount": "5.00", "reason": "milk"}
    assert main(["--db", str(shop), "audit", "list", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [event["event"] for event in events] == ["void", "paid_in", "paid_out"]
    assert events[0]["details"] == {"reason": "customer left", "total": "2.50"}
    assert all(len(event["hash"]) == 64 for event in events)


def test_list_by_date(shop, capsys):
    assert main(["--db", str(shop), "audit", "list", "--from", "2000-01-01", "--to", "2000-12-31"]) == 0
    assert capsys.readouterr().out == ""


def test_list_refuses_an_unknown_event_and_a_backwards_range(shop, capsys):
    assert main(["--db", str(shop), "audit", "list", "--event", "coffee"]) == 1
    assert "unknown event 'coffee'" in capsys.readouterr().err
    assert main(["--db", str(shop), "audit", "list", "--from", "2026-02-01", "--to", "2026-01-01"]) == 1
    assert "--from is after --to" in capsys.readouterr().err
