"""Start-up imports only what the first screen needs: charts, printing, the CSV import and export
machinery, the audit trail's dialog and the back-office screens load when first used.

Checked in a fresh interpreter (startup_probe.py), since this test session has long imported
everything: the main window is built and shown on a real shop, then sys.modules is read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("startup_probe.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def probed(tmp_path_factory) -> dict[str, list[str]]:
    from pos_app.db.engine import sqlite_url
    from pos_app.db.migrate import upgrade_database

    database = tmp_path_factory.mktemp("startup") / "shop.sqlite3"
    upgrade_database(sqlite_url(database))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(database)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_main_window_starts_without_the_heavy_modules(probed):
    assert probed["at_start"] == []


def test_each_heavy_feature_loads_on_first_use(probed):
    assert {
        "PySide6.QtPrintSupport",
        "pos_app.ui.system_receipt_printer",
        "pos_app.services.csv_import",
        "pos_app.services.csv_export",
        "pos_app.ui.audit_dialog",
        "pos_app.ui.audit_model",
        "pos_app.ui.catalog_screen",
        "pos_app.ui.customers_screen",
        "pos_app.ui.history_screen",
        "pos_app.ui.reports_screen",
        "pos_app.ui.stock_screen",
    } <= set(probed["after_use"])
