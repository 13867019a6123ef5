"""The one command that runs every benchmark and writes the results.

    python -m bench --size small      # CI: proves every case still runs (under two minutes)
    python -m bench --size full       # the sizes the targets are set for (see BENCHMARKS.md)
    python bench/run.py ...           # the same

Steps: get the shop of that size (generated once and cached, see shop_data.py), copy it into a
temporary folder, run each case with pos_app and plain sqlite3 in alternating rounds (medians),
then write bench/results.json and BENCHMARKS.md at the repository root (or both into --out).
Nothing here asserts a speed: a target missed is reported, not failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python bench/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.context import Context
from bench.machine import machine
from bench.report import CaseResult, write_markdown, write_results
from bench.shop_data import ROOT, shop_files
from bench.sizes import SIZES


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Run pos_app's benchmarks.")
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument(
        "--out",
        type=Path,
        help="folder for results.json and BENCHMARKS.md (default: bench/results.json and ./BENCHMARKS.md)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = _arguments(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.cases_catalog import catalog_cases
    from bench.cases_history import history_cases
    from bench.cases_process import process_cases
    from bench.cases_till import till_cases

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    size = SIZES[arguments.size]
    started = time.perf_counter()
    print(
        f"{size.name}: {size.items:,} items, {size.orders:,} orders of {size.lines_per_order} lines",
        flush=True,
    )
    files = shop_files(size)
    if files.build_seconds is not None:
        print(f"  shop generated in {files.build_seconds:.1f} s", flush=True)
    cases: list[CaseResult] = []
    with tempfile.TemporaryDirectory(prefix="pos-bench-") as folder:
        reading_copy = files.copy(Path(folder) / "reading.sqlite3")
        context = Context(size, files, Path(folder), reading_copy)
        for run_cases in (till_cases, catalog_cases, history_cases, process_cases):
            for case in run_cases(context):
                cases.append(case)
                print(
                    f"  {case.key:<20} ours {case.ours:>10} {case.unit:<6} raw {case.raw:>10}"
                    f"  ratio {case.ratio:>6.2f}  {'met' if case.met else 'MISSED'} ({case.target})",
                    flush=True,
                )
    del qt
    run = {
        "size": size.name,
        "finished": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "total_seconds": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "data": {
            "items": size.items,
            "orders": size.orders,
            "lines": size.lines,
            "customers": size.customers,
            "build_seconds": None if files.build_seconds is None else round(files.build_seconds, 1),
        },
    }
    if arguments.out is not None:
        arguments.out.mkdir(parents=True, exist_ok=True)
        results_path, markdown_path = arguments.out / "results.json", arguments.out / "BENCHMARKS.md"
    else:
        results_path, markdown_path = ROOT / "bench" / "results.json", ROOT / "BENCHMARKS.md"
    write_results(results_path, run, cases)
    write_markdown(markdown_path, run, cases)
    print(f"Wrote {results_path} and {markdown_path} ({run['total_seconds']:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
