"""`pos-app setup` and `pos-app user ...`: in-process through main(), and once as the real program
reading the owner's password from standard input."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url

ROOT = Path(__file__).resolve().parents[2]
SETUP = ["setup", "--shop-name", "Corner Shop", "--currency", "eur", "--owner", "Olga"]


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        found = connection.execute(sql).fetchall()
    connection.close()
    return found


def settings(path: Path) -> dict[str, str]:
    return dict(rows(path, "SELECT key, value FROM settings"))


def test_setup_stores_the_shop_its_rates_and_the_owner(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--db",
            str(db_path),
            *SETUP,
            "--owner-password",
            "shop-owner-1",
            "--address",
            "1 High Street",
            "--tax-rate",
            "Standard=20",
            "--tax-rate",
            "Reduced = 5.5",
        ]
    )
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "Corner Shop is set up: owner Olga, currency EUR, tax rates: Standard 20%, Reduced 5.5%." in out
    stored = settings(db_path)
    assert (stored["shop_name"], stored["shop_address"], stored["currency"]) == (
        "Corner Shop",
        "1 High Street",
        "EUR",
    )
    assert rows(db_path, "SELECT name, percent FROM tax_rates ORDER BY percent") == [
        ("Reduced", 550),
        ("Standard", 2000),
    ]
    assert rows(db_path, "SELECT name, role, active, pin_hash FROM users") == [("Olga", "owner", 1, None)]
    app = AppControllers(sqlite_url(db_path))
    try:
        assert app.settings.currency == "EUR"
        assert app.staff.login_password("Olga", "shop-owner-1").name == "Olga"
    finally:
        app.close()


def test_setup_twice_is_refused_and_changes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), *SETUP, "--owner-password", "shop-owner-1"]) == EXIT_OK
    before = settings(db_path)
    code = main(
        [
            "--db",
            str(db_path),
            "setup",
            "--shop-name",
            "Other",
            "--currency",
            "USD",
            "--owner",
            "Eve",
            "--owner-password",
            "evil-owner-1",
            "--tax-rate",
            "Sales=8",
        ]
    )
    assert code == EXIT_FAILED
    assert "This shop is already set up" in capsys.readouterr().err
    assert settings(db_path) == before
    assert rows(db_path, "SELECT name FROM users") == [("Olga",)]
    assert rows(db_path, "SELECT count(*) FROM tax_rates") == [(0,)]


@pytest.mark.parametrize(
    ("extra", "code", "message"),
    [
        (["--owner-password", "short"], EXIT_FAILED, "A password is at least 8 characters."),
        (["--owner-password", "shop-owner-1", "--tax-rate", "Standard"], EXIT_USAGE, "is not NAME=PERCENT"),
        (
            ["--owner-password", "shop-owner-1", "--tax-rate", "Standard=abc"],
            EXIT_FAILED,
            "Tax rate Standard=abc",
        ),
        (
            ["--owner-password", "shop-owner-1", "--tax-rate", "A=20", "--tax-rate", "B=20"],
            EXIT_FAILED,
            "A already has 20%",
        ),
    ],
)
def test_bad_setups_are_refused_whole(
    db_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], code: int, message: str
) -> None:
    assert main(["--db", str(db_path), *SETUP, *extra]) == code
    assert message in capsys.readouterr().err
    if db_path.exists():
        assert rows(db_path, "SELECT count(*) FROM users") == [(0,)]
        assert rows(db_path, "SELECT count(*) FROM tax_rates") == [(0,)]
        assert "currency" not in settings(db_path)


@pytest.mark.parametrize("currency", ["EURO", "XYZ", "JPY", "€"])
def test_a_bad_currency_is_refused_before_any_file_is_made(
    db_path: Path, capsys: pytest.CaptureFixture[str], currency: str
) -> None:
    argv = ["--db", str(db_path), "setup", "--shop-name", "S", "--currency", currency]
    assert main([*argv, "--owner", "Olga", "--owner-password", "shop-owner-1"]) == EXIT_USAGE
    assert "--currency:" in capsys.readouterr().err
    assert not db_path.exists()


def test_user_add_list_and_deactivate(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(db_path)]
    assert main([*db, *SETUP, "--owner-password", "shop-owner-1"]) == EXIT_OK
    assert main([*db, "user", "add", "Ann", "--role", "cashier", "--pin", "4071"]) == EXIT_OK
    assert "Added cashier Ann: they log in with their PIN." in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("floor-boss-1\nignored\n"))
    assert main([*db, "user", "add", "Mia", "--role", "manager", "--password", "-"]) == EXIT_OK
    capsys.readouterr()

    assert main([*db, "user", "add", "Ben", "--role", "cashier", "--pin", "4071"]) == EXIT_FAILED
    assert "Another cashier has that PIN" in capsys.readouterr().err
    assert main([*db, "user", "add", "Ben", "--role", "manager", "--pin", "5082"]) == EXIT_FAILED
    assert "give a password, not a PIN" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main([*db, "user", "add", "Ben", "--role", "cashier"])
    assert usage.value.code == EXIT_USAGE
    capsys.readouterr()

    assert main([*db, "user", "deactivate", "ann"]) == EXIT_OK
    assert "Ann is deactivated" in capsys.readouterr().out
    assert main([*db, "user", "deactivate", "Olga"]) == EXIT_FAILED
    assert "needs an active owner" in capsys.readouterr().err
    assert main([*db, "user", "deactivate", "Nobody"]) == EXIT_FAILED
    assert "There is nobody called Nobody." in capsys.readouterr().err

    assert main([*db, "user", "list"]) == EXIT_OK
    listed = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert listed == [
        ["NAME", "ROLE", "STATUS", "LAST", "LOGIN", "(UTC)"],
        ["Ann", "cashier", "deactivated", "never"],
        ["Mia", "manager", "active", "never"],
        ["Olga", "owner", "active", "never"],
    ]
    app = AppControllers(sqlite_url(db_path))
    try:
        assert app.staff.login_password("Mia", "floor-boss-1").name == "Mia"
    finally:
        app.close()


def test_user_commands_never_create_a_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "typo.sqlite3"
    assert (
        main(["--db", str(missing), "user", "add", "Ann", "--role", "cashier", "--pin", "4071"])
        == EXIT_FAILED
    )
    assert "there is no database at" in capsys.readouterr().err
    assert main(["--db", str(missing), "user", "list"]) == EXIT_FAILED
    assert not missing.exists()


def test_setup_as_the_real_program_reads_the_password_from_stdin(db_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, "-m", "pos_app", "--db", str(db_path), *SETUP, "--owner-password", "-"],
        input="secret owner words\n",
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "Corner Shop is set up: owner Olga" in result.stdout
    assert "secret owner words" not in result.stdout + result.stderr
    app = AppControllers(sqlite_url(db_path))
    try:
        assert app.users.authenticate_password("Olga", "secret owner words").name == "Olga"
    finally:
        app.close()
