"""`pos-app purge --before YYYY-MM-DD`: in-process (confirmation typed or refused, --yes, --vacuum,
bad dates) and as the real program a shop owner runs, with the count typed on its stdin."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from purge_shop import OldShop, run_sql  # type: ignore[import-not-found]

from pos_app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from pos_app.controllers.app import AppControllers
from pos_app.controllers.purge import MIN_AGE_DAYS, purge_preview

ROOT = Path(__file__).resolve().parents[2]


def orders(path: Path) -> int:
    return run_sql(path, "SELECT count(*) FROM orders")[0][0]


def expected_count(shop: OldShop) -> int:
    app = AppControllers(shop.url)
    try:
        return purge_preview(app.uow, shop.cutoff).orders
    finally:
        app.close()


def test_purge_with_yes_prints_the_preview_the_backup_and_what_went(old_shop: OldShop, capsys, tmp_path):
    count, before = expected_count(old_shop), orders(old_shop.path)
    backups = tmp_path / "my-backups"
    code = main(
        [
            "--db",
            str(old_shop.path),
            "purge",
            "--before",
            old_shop.cutoff.isoformat(),
            "--yes",
            "--backup-dir",
            str(backups),
        ]
    )
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert f"Orders created before {old_shop.cutoff.isoformat()}: {count:,}" in out
    [backup] = list(backups.glob("*.sqlite3"))
    assert f"Backup: {backup}" in out
    assert f"Deleted {count:,} orders" in out
    assert orders(old_shop.path) == before - count
    assert orders(backup) == before


def test_the_owner_types_the_number_of_orders_to_confirm(old_shop: OldShop, capsys, monkeypatch):
    count, before = expected_count(old_shop), orders(old_shop.path)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{count}\n"))
    assert main(["--db", str(old_shop.path), "purge", "--before", old_shop.cutoff.isoformat()]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"Type {count} to delete them" in out
    assert orders(old_shop.path) == before - count


@pytest.mark.parametrize("typed", ["y\n", "yes\n", "12\n", "\n", ""])
def test_anything_but_the_number_cancels(old_shop: OldShop, capsys, monkeypatch, typed):
    before = orders(old_shop.path)
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    assert main(["--db", str(old_shop.path), "purge", "--before", old_shop.cutoff.isoformat()]) == EXIT_FAILED
    assert "Cancelled. Nothing was deleted." in capsys.readouterr().out
    assert orders(old_shop.path) == before
    assert not (old_shop.path.parent / "backups").exists()


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("2024-13-01", "is not a date"),
        ("tomorrow", "is not a date"),
        ((date.today() + timedelta(days=3)).isoformat(), "in the future"),
        ((date.today() - timedelta(days=MIN_AGE_DAYS - 1)).isoformat(), "too recent"),
    ],
)
def test_a_bad_date_exits_2_with_a_message_and_touches_nothing(old_shop: OldShop, capsys, typed, says):
    before = orders(old_shop.path)
    assert main(["--db", str(old_shop.path), "purge", "--before", typed, "--yes"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert says in err
    assert orders(old_shop.path) == before


def test_a_mistyped_database_path_creates_no_shop(tmp_path, capsys):
    missing = tmp_path / "shpo.sqlite3"
    cutoff = (date.today() - timedelta(days=365)).isoformat()
    assert main(["--db", str(missing), "purge", "--before", cutoff, "--yes"]) == EXIT_FAILED
    assert "no such database" in capsys.readouterr().err
    assert not missing.exists()


def test_nothing_to_purge_says_so(old_shop: OldShop, capsys):
    assert main(["--db", str(old_shop.path), "purge", "--before", "2001-01-01"]) == EXIT_OK
    assert "nothing to purge" in capsys.readouterr().out
    assert not (old_shop.path.parent / "backups").exists()


def test_vacuum_shrinks_the_file_after_the_purge(old_shop: OldShop, capsys):
    cutoff = (date.today() - timedelta(days=MIN_AGE_DAYS)).isoformat()
    assert main(["--db", str(old_shop.path), "purge", "--before", cutoff, "--yes"]) == EXIT_OK
    run_sql(old_shop.path, "PRAGMA wal_checkpoint(TRUNCATE)")
    size_after_purge = old_shop.path.stat().st_size
    free_pages = run_sql(old_shop.path, "PRAGMA freelist_count")[0][0]
    assert free_pages > 0
    before = orders(old_shop.path)
    # A second purge with nothing left to delete, with --vacuum: the free pages are given back.
    assert main(["--db", str(old_shop.path), "purge", "--before", cutoff, "--yes", "--vacuum"]) == EXIT_OK
    capsys.readouterr()
    run_sql(old_shop.path, "PRAGMA wal_checkpoint(TRUNCATE)")
    assert run_sql(old_shop.path, "PRAGMA freelist_count")[0][0] == 0
    assert old_shop.path.stat().st_size < size_after_purge
    assert orders(old_shop.path) == before
    assert run_sql(old_shop.path, "PRAGMA integrity_check") == [("ok",)]


def run_cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "pos_app", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_real_program_purges_after_the_count_is_typed(old_shop: OldShop):
    count, before = expected_count(old_shop), orders(old_shop.path)
    refused = run_cli(
        "--db", str(old_shop.path), "purge", "--before", old_shop.cutoff.isoformat(), stdin="no\n"
    )
    assert refused.returncode == EXIT_FAILED, refused.stderr
    assert orders(old_shop.path) == before

    done = run_cli(
        "--db", str(old_shop.path), "purge", "--before", old_shop.cutoff.isoformat(), stdin=f"{count}\n"
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert f"Deleted {count:,} orders" in done.stdout
    assert done.stderr == ""
    assert orders(old_shop.path) == before - count

    bad = run_cli("--db", str(old_shop.path), "purge", "--before", "2024-02-30", stdin="")
    assert bad.returncode == EXIT_USAGE
    assert "is not a date" in bad.stderr
