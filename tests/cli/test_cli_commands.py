"""The window-less commands: `demo` and `import`, in-process and as the real program a shop owner runs.

Exit code 0 on success and 1 on a refused file; a refused file names its line on stderr
and says that nothing was imported. `main()` without a command starts the GUI, so every
call here names one.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum import ean

from pos_app.cli import EXIT_FAILED, EXIT_OK, main
from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database

ROOT = Path(__file__).resolve().parents[2]
ITEMS = "sku,barcode,name,price,stock,tax_rate\n"


def gtin(serial: int) -> str:
    first12 = f"299{serial:09d}"
    return first12 + ean.calc_check_digit(first12)


def count(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "pos_app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def named_rates(db_path: Path) -> None:
    """The shop at db_path, created as the app does, has named the 0% and 10% rates the files use."""
    url = sqlite_url(db_path)
    upgrade_database(url)
    app = AppControllers(url)
    try:
        app.tax_rates.add_rate("Zero", "0")
        app.tax_rates.add_rate("Reduced", "10")
    finally:
        app.close()


@pytest.fixture
def good_items(tmp_path: Path) -> Path:
    path = tmp_path / "items.csv"
    path.write_text(f"{ITEMS}A-1,{gtin(1)},Apple,0.50,10,10\nA-2,,Pear,0.60,,\n", encoding="utf-8")
    return path


@pytest.fixture
def bad_items(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text(f"{ITEMS}A-1,,Apple,0.50,10,10\nA-2,,Pear,abc,1,10\n", encoding="utf-8")
    return path


# -- in-process -------------------------------------------------------------------------


def test_import_items_into_a_new_database_asks_for_named_rates(
    db_path: Path, good_items: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A database file that does not exist yet: the command creates and migrates it, but a new
    # shop has named no tax rates, and an item at a rate nobody named is refused.
    assert main(["--db", str(db_path), "import", "items", str(good_items)]) == EXIT_FAILED

    out, err = capsys.readouterr()
    assert out == ""
    # Every refused row is listed, not only the first.
    assert err == (
        f"pos-app: {good_items}: 2 rows have errors:\n"
        "  line 2: no tax rate of 10%: add it under Tax rates first\n"
        "  line 3: no tax rate of 0%: add it under Tax rates first\n"
        "Nothing was imported.\n"
    )
    assert count(db_path, "items") == 0


@pytest.mark.usefixtures("named_rates")
def test_import_items(db_path: Path, good_items: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "import", "items", str(good_items)]) == EXIT_OK

    out, err = capsys.readouterr()
    assert out == f"{good_items}: 2 items added, 0 updated\n"
    assert err == ""
    assert count(db_path, "items") == 2


@pytest.mark.usefixtures("named_rates")
def test_import_items_twice_reports_unchanged(
    db_path: Path, good_items: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db_path), "import", "items", str(good_items)])
    capsys.readouterr()

    assert main(["--db", str(db_path), "import", "items", str(good_items)]) == EXIT_OK

    assert capsys.readouterr().out == f"{good_items}: 0 items added, 0 updated, 2 unchanged\n"


@pytest.mark.usefixtures("named_rates")  # so that the bad price is the row's only fault
def test_bad_row_fails_with_its_line(
    db_path: Path, bad_items: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "import", "items", str(bad_items)]) == EXIT_FAILED

    out, err = capsys.readouterr()
    assert out == ""
    reason = "line 3: price must be a number, like 4.99 (got 'abc')"
    assert err == f"pos-app: {bad_items}: {reason}. Nothing was imported.\n"
    assert count(db_path, "items") == 0


def test_missing_file_fails_cleanly(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.csv"

    assert main(["--db", str(db_path), "import", "customers", str(missing)]) == EXIT_FAILED

    assert capsys.readouterr().err == f"pos-app: {missing}: no such file. Nothing was imported.\n"
    # A mistyped file name must not leave an empty shop database behind.
    assert not db_path.exists()


def test_import_customers(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("name,email,phone\nAnna,anna@example.com,\nBen,,+1 555 0101\n", encoding="utf-8")

    assert main(["--db", str(db_path), "import", "customers", str(path)]) == EXIT_OK

    assert capsys.readouterr().out == f"{path}: 2 customers added, 0 updated\n"
    assert count(db_path, "customers") == 2


def test_duplicate_customer_email_fails(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("name,email\nAnna,anna@example.com\nAnn,Anna@Example.com\n", encoding="utf-8")

    assert main(["--db", str(db_path), "import", "customers", str(path)]) == EXIT_FAILED

    err = capsys.readouterr().err
    assert "line 3: email anna@example.com appears twice in the file (first on line 2)" in err
    assert err.endswith("Nothing was imported.\n")
    assert count(db_path, "customers") == 0


def test_demo_twice(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo"]) == EXIT_OK
    first = capsys.readouterr().out
    items, orders = count(db_path, "items"), count(db_path, "orders")

    assert main(["--db", str(db_path), "demo"]) == EXIT_OK
    second = capsys.readouterr().out

    assert first.startswith(f"Demo shop added: {items} items")
    assert items >= 200
    assert second == "The database already has items; the demo shop was not added.\n"
    assert (count(db_path, "items"), count(db_path, "orders")) == (items, orders)


def test_import_into_a_damaged_database_is_refused(
    tmp_path: Path, good_items: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database" * 200)

    assert main(["--db", str(damaged), "import", "items", str(good_items)]) == EXIT_FAILED

    assert "damaged or is not a pos_app database" in capsys.readouterr().err


# -- the real program -------------------------------------------------------------------


@pytest.mark.usefixtures("named_rates")
def test_subprocess_import_good_then_bad(db_path: Path, good_items: Path, bad_items: Path) -> None:
    good = run_cli("--db", str(db_path), "import", "items", str(good_items))
    assert (good.returncode, good.stdout, good.stderr) == (0, f"{good_items}: 2 items added, 0 updated\n", "")

    bad = run_cli("--db", str(db_path), "import", "items", str(bad_items))
    assert bad.returncode == 1
    assert bad.stdout == ""
    assert "line 3: price must be a number, like 4.99 (got 'abc')" in bad.stderr
    assert "Nothing was imported" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert count(db_path, "items") == 2


@pytest.mark.usefixtures("named_rates")
def test_subprocess_windows_1252_file_is_read_as_such(db_path: Path, tmp_path: Path) -> None:
    cp1252 = tmp_path / "cp1252.csv"
    cp1252.write_bytes(ITEMS.encode() + "A-1,,Crème fraîche,1.00,1,10\n".encode("cp1252"))

    result = run_cli("--db", str(db_path), "import", "items", str(cp1252))

    assert (result.returncode, result.stderr) == (0, "")
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT name FROM items").fetchall() == [("Crème fraîche",)]


def test_subprocess_file_in_no_known_encoding(db_path: Path, tmp_path: Path) -> None:
    garbled = tmp_path / "garbled.csv"
    garbled.write_bytes(ITEMS.encode() + b"A-1,,Cr\x81me,1.00,1,10\n")

    result = run_cli("--db", str(db_path), "import", "items", str(garbled))

    assert result.returncode == 1
    assert (
        "line 2: the file is neither UTF-8 nor Windows-1252 text (byte 0x81 cannot be read)" in result.stderr
    )
    assert result.stderr.rstrip().endswith("Nothing was imported.")


def test_every_bad_row_is_listed(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "name,email\nAnna,not-an-email\nBen,ben@example.com\n,carl@example.com\n", encoding="utf-8"
    )

    assert main(["--db", str(db_path), "import", "customers", str(path)]) == EXIT_FAILED

    assert capsys.readouterr().err == (
        f"pos-app: {path}: 2 rows have errors:\n"
        "  line 2: 'not-an-email' is not an email address\n"
        "  line 4: name is required\n"
        "Nothing was imported.\n"
    )
    assert count(db_path, "customers") == 0
