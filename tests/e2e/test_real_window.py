"""The installed app in a real window on a real X server (Xvfb, the xcb platform), driven by xdotool.

xdotool types into whatever window has focus, exactly as a keyboard-wedge scanner does, so
this proves the keyboard contract outside pytest-qt's synthetic events: the first-run setup
wizard, then a sale. Skipped where Xvfb or xdotool is missing, except in CI (CI=true), where
.ci/run installs them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.domain.validation import validate_item

pytestmark = pytest.mark.xvfb

MILK = "4006381333931"
BREAD = "5901234123457"
OWNER_PASSWORD = "olga-secret-42"


def _require(tool: str) -> None:
    if shutil.which(tool) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is not installed; .ci/run must install it")
        pytest.skip(f"{tool} is not installed")


@pytest.fixture
def display() -> Iterator[str]:
    _require("Xvfb")
    _require("xdotool")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()  # Xvfb writes the display number once it is ready
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout.strip()


def wait_for(condition, timeout: float = 20.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_scanner_keystrokes_in_a_real_window_commit_a_sale(display, db_url, db_path, tmp_path):
    shop = AppControllers(db_url)
    try:
        shop.tax_rates.add_rate("Zero", "0")
        for sku, barcode, name, price in (("M1", MILK, "Milk", "1.29"), ("B1", BREAD, "Bread", "3.50")):
            shop.catalog.add_item(validate_item(sku=sku, barcode=barcode, name=name, price=price, stock="10"))
    finally:
        shop.close()

    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    app = subprocess.Popen(
        [sys.executable, "-m", "pos_app", "--db", str(db_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # A shop with no account and no sale yet: the first-run wizard comes first, and the same
        # keyboard sets it up (the shop's Zero rate is kept, so Enter passes the tax page).
        wizard = xdotool(display, "search", "--sync", "--name", "^Set up your shop").splitlines()[0]
        xdotool(display, "windowfocus", "--sync", wizard)
        xdotool(display, "type", "--delay", "5", "Corner Shop")
        for _ in range(3):  # shop name, the suggested currency, the tax rates
            xdotool(display, "key", "Return")
        for text in ("Olga", OWNER_PASSWORD):
            xdotool(display, "type", "--delay", "5", text)
            xdotool(display, "key", "Tab")
        xdotool(display, "type", "--delay", "5", OWNER_PASSWORD)  # repeated
        xdotool(display, "key", "Return", "Return")  # Next, then Finish on the summary
        window = xdotool(display, "search", "--sync", "--name", "^Point of sale").splitlines()[0]
        xdotool(display, "windowfocus", "--sync", window)
        for code in (MILK, BREAD, MILK):
            xdotool(display, "type", "--delay", "5", code)
            xdotool(display, "key", "Return")
        wait_for(lambda: _query(db_path, "SELECT count(*) FROM order_items")[0][0] == 2)
        xdotool(display, "key", "F12")
        wait_for(lambda: len(xdotool(display, "search", "--name", "Payment").splitlines()) > 0)
        xdotool(display, "type", "--delay", "5", "10")
        xdotool(display, "key", "Return")
        wait_for(lambda: _query(db_path, "SELECT status FROM orders") == [("paid",)])
        # No window manager hands focus back when the dialog closes: give it to the window.
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "ctrl+q")
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
        _, stderr = app.communicate(timeout=10)

    assert _query(db_path, "SELECT name, role FROM users") == [("Olga", "owner")]
    assert _query(db_path, "SELECT cashier_id FROM orders") == _query(db_path, "SELECT id FROM users")
    assert _query(db_path, "SELECT total FROM orders") == [(608,)]
    assert _query(db_path, "SELECT tendered, change_given FROM payments") == [(1000, 392)]
    assert _query(db_path, "SELECT barcode, stock FROM items ORDER BY id") == [(MILK, 8), (BREAD, 9)]
    assert "Traceback" not in stderr


def _query(db_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(sql).fetchall()
