"""Cases measured in fresh processes: cold start to an interactive window, and memory of browsing.

Cold start: `python -c` building the QApplication (as pos_app.gui does), AppControllers and the
MainWindow on the existing shop, printing once the scan field has focus; against a bare PySide6
QMainWindow with a line edit started the same way. Timed by the parent from launch to that line.
Memory: bench/probe_memory.py browsing every order to the end, pos_app's history screen against
plain sqlite3 keyset pages.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.context import Context, milliseconds
from bench.report import CaseResult
from bench.shop_data import ROOT
from bench.timing import interleaved

READY = "ready"
WAIT_FOR_FOCUS = """
deadline = time.monotonic() + 60
while not field.hasFocus():
    if time.monotonic() > deadline:
        raise SystemExit("the scan field never got the focus")
    app.processEvents()
print("ready", flush=True)
"""
OURS_START = (
    """
import sys, time
from pos_app.gui import create_application
from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.ui.main_window import MainWindow
app = create_application()
controllers = AppControllers(sqlite_url(sys.argv[1]))
window = MainWindow(controllers, sys.argv[1])
window.show()
field = window.sell.scan_field
"""
    + WAIT_FOR_FOCUS
    + "controllers.close()\n"
)
BARE_START = (
    """
import sys, time
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
field = QLineEdit()
window.setCentralWidget(field)
window.show()
field.setFocus()
"""
    + WAIT_FOR_FOCUS
)


def _environment() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _start_seconds(code: str, database: Path) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(database)],
        cwd=ROOT,
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _out, errors = process.communicate(timeout=120)
    if line.strip() != READY or process.returncode != 0:
        raise RuntimeError(f"start-up probe failed ({process.returncode}): {line}{errors}")
    return elapsed


def process_cases(context: Context) -> list[CaseResult]:
    return [_cold_start(context), _memory(context)]


def _cold_start(context: Context) -> CaseResult:
    database = context.fresh_copy("startup")
    rounds = context.size.slow_rounds
    samples = interleaved(
        rounds,
        lambda _round: _start_seconds(OURS_START, database),
        lambda _round: _start_seconds(BARE_START, database),
        warmup=1,
    )
    ours_ms, raw_ms = milliseconds(samples.ours_median), milliseconds(samples.raw_median)
    ratio = round(samples.ours_median / samples.raw_median, 2)
    return CaseResult(
        "cold_start",
        "Cold start to the scan field ready (vs a bare PySide6 QMainWindow)",
        "ms",
        round(ours_ms, 1),
        round(raw_ms, 1),
        ratio,
        "≤ 4x bare",
        ratio <= 4,
        rounds,
        {"raw_is": "a bare QMainWindow + QLineEdit, not sqlite3", "platform": "offscreen"},
    )


def _browse(variant: str, database: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-m", "bench.probe_memory", variant, str(database)],
        cwd=ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"memory probe {variant} failed:\n{result.stderr}")
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _memory(context: Context) -> CaseResult:
    ours = _browse("ours", context.reading_copy)
    raw = _browse("raw", context.reading_copy)
    # Resident memory is counted in pages: a growth below one page (4 KiB) is reported as one page.
    floor = 4096 / 1024 / 1024
    ours_mb, raw_mb = max(ours["growth_mb"], floor), max(raw["growth_mb"], floor)
    return CaseResult(
        "browse_memory",
        f"Memory of browsing every order to the end ({context.size.orders:,} orders, history screen)",
        "MB",
        round(ours_mb, 2),
        round(raw_mb, 2),
        round(ours_mb / raw_mb, 2),
        "< 50 MB above the open screen",
        ours_mb < 50,
        1,
        {
            "ours_s": round(ours["seconds"], 1),
            "raw_s": round(raw["seconds"], 1),
            "ours_pages": int(ours["pages"]),
            "raw_pages": int(raw["pages"]),
        },
    )
