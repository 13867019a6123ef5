"""The installer, end to end: build the bundle and the .deb, install it, upgrade a shop's data, remove it.

`python -m tools.package` builds the PyInstaller bundle and a .deb once per session, then a
"newer" .deb of the same bundle (--no-bundle --version-suffix). The tests install them with
dpkg as a shop would, run the installed /usr/bin/pos-app, and check that an upgrade backs up
and migrates the user's database (in the per-user data folder) without losing a sale.

Needs root, dpkg-deb, objdump and PyInstaller; skipped without them, except in CI (CI=true),
where .ci/run installs them and a skip would hide a broken installer.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from ci_requirements import require
from sqlalchemy.pool import NullPool

from pos_app.db.engine import create_app_engine, sqlite_url
from pos_app.db.migrate import alembic_config, head_revision

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = Path("/usr/bin/pos-app")
BUNDLE_DIR = Path("/opt/pos-app")
UPGRADE_SUFFIX = "+upgradetest1"


def _require(available: bool, what: str) -> None:
    require(available, what, ".ci/run must provide it")


@dataclass(frozen=True)
class Packages:
    old: Path
    new: Path


@pytest.fixture(scope="session")
def packages(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Packages:
    _require(os.geteuid() == 0, "installing a .deb needs root")
    for tool in ("dpkg", "dpkg-deb", "objdump"):
        _require(shutil.which(tool) is not None, f"{tool} is not installed")
    _require(importlib.util.find_spec("PyInstaller") is not None, "PyInstaller is not installed")
    work = tmp_path_factory.mktemp("package")
    base = [
        sys.executable,
        "-m",
        "tools.package",
        "--dist",
        str(work / "dist"),
        "--work",
        str(work / "build"),
    ]
    # zstd: xz takes minutes on 2 cores for the same package (the release default); dpkg reads both.
    for extra in ([], ["--no-bundle", "--version-suffix", UPGRADE_SUFFIX]):
        result = subprocess.run(
            [*base, "--compression", "zstd", *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        show(pytestconfig, "\n" + result.stdout.rstrip())
    debs = sorted((work / "dist").glob("pos-app_*.deb"))
    assert len(debs) == 2, debs
    new = next(deb for deb in debs if UPGRADE_SUFFIX in deb.name)
    old = next(deb for deb in debs if deb != new)
    return Packages(old=old, new=new)


def show(config: pytest.Config, text: str) -> None:
    """Print past pytest's capture: the sizes and the cold start belong in the CI log."""
    capture = config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(text, flush=True)


def dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture
def uninstalled() -> Iterator[None]:
    """Start and end without pos-app installed, whatever a failed assertion left behind."""
    dpkg("--purge", "pos-app")
    yield
    dpkg("--purge", "pos-app")


def user_env(home: Path) -> dict[str, str]:
    """A shop user's environment: their own HOME and data folder, the installed app on PATH."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("POS_", "PYTHON", "XDG_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"), QT_QPA_PLATFORM="offscreen")
    return env


def run_installed(env: dict[str, str], *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(INSTALLED), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def previous_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert head is not None
    assert isinstance(head.down_revision, str), "the head revision has one parent"
    return head.down_revision


def make_old_shop(database: Path, revision: str) -> None:
    """A shop database as an older pos_app left it: migrated only to `revision`, with an item and a sale."""
    database.parent.mkdir(parents=True, exist_ok=True)
    engine = create_app_engine(sqlite_url(database), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            # As pos_app.db.migrate does: batch rebuilds need these off/on outside a transaction.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            connection.connection.dbapi_connection.execute("PRAGMA legacy_alter_table=ON")  # type: ignore[union-attr]
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    stamp = "2026-03-02 10:15:00.000000"
    with closing(sqlite3.connect(database)) as db, db:
        db.execute(
            "INSERT INTO items (id, sku, barcode, name, price, stock, tax_rate, active, created_at,"
            " updated_at) VALUES (1, 'MILK-1', '4006381333931', 'Milk 1 l', 125, 40, 0, 1, ?, ?)",
            (stamp, stamp),
        )
        # Every paid sale belongs to a shift; this one is still open (the till was not closed).
        db.execute(
            "INSERT INTO shifts (id, register, cashier, opened_at, opening_float)"
            " VALUES (1, 'main', 'Olga', ?, 5000)",
            (stamp,),
        )
        db.execute(
            "INSERT INTO orders (id, status, created_at, paid_at, subtotal, tax_total, total, receipt_no,"
            " shift_id) VALUES (1, 'paid', ?, ?, 250, 0, 250, 1, 1)",
            (stamp, stamp),
        )
        db.execute(
            "INSERT INTO order_items (order_id, item_id, quantity, price_paid, tax_rate, list_price, net,"
            " gross) VALUES (1, 1, 2, 125, 0, 125, 250, 250)"
        )
        db.execute(
            "INSERT INTO payments (order_id, method, amount, tendered, change_given, created_at)"
            " VALUES (1, 'cash', 250, 500, 250, ?)",
            (stamp,),
        )


def test_deb_installs_self_tests_upgrades_keeping_data_and_removes(
    packages, uninstalled, tmp_path, pytestconfig
):
    # --- install the older package, as a shop does the first time
    installed = dpkg("-i", str(packages.old))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert INSTALLED.is_symlink()
    assert os.access(INSTALLED, os.X_OK)
    assert (BUNDLE_DIR / "pos-app").is_file()
    assert Path("/usr/share/applications/pos-app.desktop").is_file()
    assert Path("/usr/share/icons/hicolor/256x256/apps/pos-app.png").is_file()
    status = dpkg("-s", "pos-app").stdout
    assert "Status: install ok installed" in status
    assert "libxcb-cursor0" in status

    home = tmp_path / "home"
    env = user_env(home)
    version = run_installed(env, "--version")
    assert version.returncode == 0, version.stdout + version.stderr
    assert version.stdout.startswith("pos-app ")

    # --- a shop's database left by an older pos_app, in the user's own data folder
    database = home / ".local" / "share" / "pos-app" / "pos.sqlite3"
    older = previous_revision()
    make_old_shop(database, older)

    # --- install the newer package over it; the package never touches the user's data
    before = database.read_bytes()
    upgraded = dpkg("-i", str(packages.new))
    assert upgraded.returncode == 0, upgraded.stdout + upgraded.stderr
    assert UPGRADE_SUFFIX in dpkg("-s", "pos-app").stdout
    assert database.read_bytes() == before

    # --- the installed app opens the default database: backs it up, migrates it, reads the sale
    report = run_installed(env, "report", "sales", "--by", "item", "--format", "csv")
    assert report.returncode == 0, report.stdout + report.stderr
    assert "Milk 1 l" in report.stdout
    backups = list((database.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1, backups
    assert f"before-migration-from-{older}" in backups[0].name
    with closing(sqlite3.connect(backups[0])) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(older,)]
    with closing(sqlite3.connect(database)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
        assert db.execute("SELECT sku, name, price, stock FROM items").fetchall() == [
            ("MILK-1", "Milk 1 l", 125, 40)
        ]
        assert db.execute("SELECT status, total FROM orders").fetchall() == [("paid", 250)]
        assert db.execute("SELECT quantity, price_paid FROM order_items").fetchall() == [(2, 125)]
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    # --- the self-test from the installed path, timed
    started = time.perf_counter()
    self_test = run_installed(env, "--self-test")
    self_test_seconds = time.perf_counter() - started
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    lines = self_test.stdout.splitlines()
    assert lines[-1].startswith("self-test: "), self_test.stdout
    assert lines[-1].endswith(" 0 failed"), self_test.stdout
    for check in ("SQLite FTS5 available", "python-escpos renders", "a receipt PDF is written", "QtCharts"):
        assert any(line.startswith("ok") and check in line for line in lines), check
    window_line = next(line for line in lines if "main window opens" in line)
    started = time.perf_counter()
    assert run_installed(env, "--version").returncode == 0
    version_seconds = time.perf_counter() - started
    show(
        pytestconfig,
        f"\nfrozen app: `pos-app --version` {version_seconds * 1000:.0f} ms (interpreter start-up); "
        f"`pos-app --self-test` {self_test_seconds:.2f} s wall; {window_line.strip()}",
    )

    # --- removing the package leaves the shop's data where it was
    removed = dpkg("-r", "pos-app")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not INSTALLED.exists()
    assert not BUNDLE_DIR.exists()
    assert database.is_file()
    assert backups[0].is_file()


@contextmanager
def xvfb_display() -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_frozen_cold_start_to_a_window_under_xvfb(packages, uninstalled, tmp_path, pytestconfig):
    """Launch to the first visible window of the installed app on a real X server (xcb), as a shop would."""
    for tool in ("Xvfb", "xdotool"):
        _require(shutil.which(tool) is not None, f"{tool} is not installed")
    installed = dpkg("-i", str(packages.new))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    env = user_env(tmp_path / "home")
    env.pop("QT_QPA_PLATFORM")
    shop = tmp_path / "shop.sqlite3"
    samples = []
    with xvfb_display() as display:
        env["DISPLAY"] = display
        for _round in range(3):  # the first start also reads the bundle from disk
            started = time.perf_counter()
            app = subprocess.Popen(
                [str(INSTALLED), "--db", str(shop)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                found = subprocess.run(
                    ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                samples.append(time.perf_counter() - started)
                assert found.returncode == 0, found.stderr
                assert found.stdout.strip()
            finally:
                app.terminate()
                _out, errors = app.communicate(timeout=30)
            assert "could not load the Qt platform plugin" not in errors, errors
    shown = ", ".join(f"{s * 1000:.0f}" for s in samples)
    show(pytestconfig, f"\nfrozen app: launch to first visible window (xcb, first-run setup) {shown} ms")
    assert min(samples) < 30
