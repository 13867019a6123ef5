"""The benchmark suite still runs: `python -m bench --size small` writes every case's figures.

No speed is asserted (benchmarks are not timed tests): only that each case produced positive
figures for pos_app and for plain sqlite3, a ratio and a unit, and that BENCHMARKS.md was written
with the table and the machine. The run takes about half a minute (its shop is cached under
~/.cache/pos-app-bench/ after the first time); it is marked `bench` so that a CI job which runs
`python -m bench --size small` itself can deselect it with `-m "not bench"`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES = (
    "scan_to_line_shown",
    "barcode_lookup",
    "checkout_commit",
    "search_as_you_type",
    "items_import",
    "history_page",
    "sales_by_day",
    "cold_start",
    "browse_memory",
)

pytestmark = pytest.mark.bench


@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One run of the small size for the whole module, into a temporary folder."""
    out = tmp_path_factory.mktemp("bench-out")
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--size", "small", "--out", str(out)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"python -m bench failed:\n{result.stdout}\n{result.stderr}"
    return out


def test_every_case_has_positive_figures_for_both_variants(small_run: Path) -> None:
    results: dict[str, Any] = json.loads((small_run / "results.json").read_text(encoding="utf-8"))
    assert results["size"] == "small"
    assert set(results["cases"]) == set(CASES)
    for key, case in results["cases"].items():
        for figure in ("ours", "raw", "ratio"):
            assert isinstance(case[figure], int | float), (key, figure)
            assert case[figure] > 0, (key, figure, case)
        assert case["unit"] in {"ms", "rows/s", "MB"}, key
        assert isinstance(case["met"], bool), key
        assert case["target"], key
    machine = results["machine"]
    for field in ("cpu", "cores", "ram_gb", "os", "python", "sqlite", "pyside6", "sqlalchemy"):
        assert machine[field], field
    assert results["data"]["orders"] == 20_000


def test_benchmarks_md_shows_the_table_and_the_machine(small_run: Path) -> None:
    text = (small_run / "BENCHMARKS.md").read_text(encoding="utf-8")
    results = json.loads((small_run / "results.json").read_text(encoding="utf-8"))
    assert "| case | pos_app | sqlite3 | unit | ratio | target | met |" in text
    for case in results["cases"].values():
        assert f"| {case['title']} |" in text
    assert f"SQLite {results['machine']['sqlite']}" in text
    assert "Size **small**" in text
