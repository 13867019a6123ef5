"""`pos-app import orders` and `pos-app export ...`: exit codes and what the owner reads, in-process and as
the real program."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from pos_app.controllers.app import AppControllers

ROOT = Path(__file__).resolve().parents[2]
HISTORY = "A-1,2026-01-02 09:00,ann@example.com,TEA,2,3.50\nB-2,2026-01-03 10:00,,JAM,1,2.75\n"


@pytest.fixture
def db(shop: AppControllers, db_path: Path) -> str:
    """The shop's file, released by the controllers so the command opens it as the owner would."""
    shop.close()
    return str(db_path)


def test_import_orders_then_again(db: str, write_csv, query, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(HISTORY)

    assert main(["--db", db, "import", "orders", str(path)]) == EXIT_OK
    assert capsys.readouterr() == (f"{path}: 2 orders (2 lines) imported, 0 already imported\n", "")

    assert main(["--db", db, "import", "orders", str(path)]) == EXIT_OK
    assert capsys.readouterr() == (f"{path}: 0 orders (0 lines) imported, 2 already imported\n", "")
    assert query("SELECT count(*) FROM orders WHERE import_ref IS NOT NULL") == [(2,)]


def test_import_orders_refused_lists_the_problems(
    db: str, write_csv, query, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(HISTORY + "C-3,yesterday,,TEA,1,1.00\nD-4,2026-01-03 10:00,,GONE,1,1.00\n")

    assert main(["--db", db, "import", "orders", str(path)]) == EXIT_FAILED

    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"pos-app: {path}: 2 problems:\n"
        "  line 4: created_at 'yesterday' is not an ISO 8601 date and time "
        "(like 2026-03-01 14:30 or 2026-03-01T14:30:00+01:00)\n"
        "  line 5: unknown sku 'GONE': add the item to the catalog first\n"
        "Nothing was imported.\n"
    )
    assert query("SELECT count(*) FROM orders") == [(0,)]


def test_import_orders_from_a_missing_file(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.csv"

    assert main(["--db", db, "import", "orders", str(missing)]) == EXIT_FAILED

    assert capsys.readouterr().err == f"pos-app: {missing}: no such file. Nothing was imported.\n"


def test_export_each_kind(db: str, write_csv, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", db, "import", "orders", str(write_csv(HISTORY))])
    capsys.readouterr()

    for kind, expected in (
        ("orders", "2 orders"),
        ("lines", "2 order lines"),
        ("items", "3 items"),
        ("customers", "1 customer"),
    ):
        target = tmp_path / f"{kind}.csv"
        assert main(["--db", db, "export", kind, str(target)]) == EXIT_OK
        assert capsys.readouterr() == (f"{expected} exported to {target}\n", "")
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")

    target = tmp_path / "day.csv"
    assert (
        main(["--db", db, "export", "orders", str(target), "--from", "2026-01-03", "--to", "2026-01-03"]) == 0
    )
    assert capsys.readouterr().out == f"1 order exported to {target}\n"


def test_export_refusals(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "o.csv"
    missing_db = tmp_path / "typo.sqlite3"

    assert main(["--db", str(missing_db), "export", "orders", str(target)]) == EXIT_FAILED
    assert capsys.readouterr().err == f"pos-app: {missing_db}: no such database. Nothing was exported.\n"
    assert not missing_db.exists()

    assert (
        main(["--db", db, "export", "orders", str(target), "--from", "2026-02-01", "--to", "2026-01-01"]) == 1
    )
    assert capsys.readouterr().err == "pos-app: --from is after --to. Nothing was exported.\n"

    folder = tmp_path / "gone" / "o.csv"
    assert main(["--db", db, "export", "items", str(folder)]) == EXIT_FAILED
    assert capsys.readouterr().err == (
        f"pos-app: Cannot write {folder}: No such file or directory. Nothing was exported.\n"
    )
    assert not target.exists()

    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "export", "orders", str(target), "--from", "1 March"])
    assert usage.value.code == EXIT_USAGE
    assert "'1 March' is not a date like 2026-03-01" in capsys.readouterr().err


def test_the_real_program_imports_and_exports(db: str, write_csv, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    path = write_csv(HISTORY)
    target = tmp_path / "lines.csv"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pos_app", "--db", db, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    imported = run("import", "orders", str(path))
    assert (imported.returncode, imported.stdout, imported.stderr) == (
        0,
        f"{path}: 2 orders (2 lines) imported, 0 already imported\n",
        "",
    )
    exported = run("export", "lines", str(target))
    assert (exported.returncode, exported.stdout, exported.stderr) == (
        0,
        f"2 order lines exported to {target}\n",
        "",
    )
    assert target.read_text(encoding="utf-8-sig").splitlines()[1].startswith("1,1,TEA,Tea,2,3.50,3.50,0.00,")
    refused = run("import", "orders", str(write_csv("X,2026-01-01,,TEA,0,1.00\n", name="bad.csv")))
    assert refused.returncode == 1
    assert refused.stderr.endswith("Nothing was imported.\n")
    assert "line 2: quantity must be a whole number" in refused.stderr
