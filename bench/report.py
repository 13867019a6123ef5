"""A case's result, and the two files a run writes: results.json (figures) and BENCHMARKS.md (the table)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class CaseResult:
    """One case: pos_app's figure, plain sqlite3's figure for the same work, and their ratio.

    `ratio` is ours / raw, except where the unit is a throughput (rows/s), where it is ours / raw
    throughput, i.e. raw time / ours time (a target of "at least half of raw's throughput").
    """

    key: str
    title: str
    unit: str
    ours: float
    raw: float
    ratio: float
    target: str
    met: bool
    rounds: int
    details: dict[str, Any] = field(default_factory=dict)


def _figure(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if value < 1 else f"{value:.2f}"


def _origin(build_seconds: float | None) -> str:
    return "from the cache" if build_seconds is None else f"generated in {build_seconds:.0f} s"


def write_results(path: Path, run: dict[str, Any], cases: list[CaseResult]) -> None:
    document = {**run, "cases": {case.key: asdict(case) for case in cases}}
    path.write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")


def write_markdown(path: Path, run: dict[str, Any], cases: list[CaseResult]) -> None:
    machine = run["machine"]
    data = run["data"]
    lines = [
        "# Benchmarks",
        "",
        "pos_app against the physical limit: plain `sqlite3` doing the same work on the same file in the",
        "same run. Variants alternate in rounds (pos_app, sqlite3, pos_app, …) and the figures are medians.",
        "Targets are set for the full size. Regenerate with `python -m bench --size full`",
        "(`--size small` is the quick CI run); the figures are also in `bench/results.json`.",
        "",
        f"Size **{run['size']}**: {data['items']:,} items, {data['orders']:,} orders, "
        f"{data['lines']:,} order lines; run on {run['finished']} in {run['total_seconds']:.0f} s "
        f"(shop {_origin(data['build_seconds'])}).",
        "",
        "| case | pos_app | sqlite3 | unit | ratio | target | met |",
        "|---|---:|---:|---|---:|---|---|",
    ]
    for case in cases:
        lines.append(
            f"| {case.title} | {_figure(case.ours)} | {_figure(case.raw)} | {case.unit} | "
            f"{case.ratio:.2f} | {case.target} | {'yes' if case.met else '**no**'} |"
        )
    lines += ["", "## Details", ""]
    for case in cases:
        details = ", ".join(f"{name} {value}" for name, value in case.details.items())
        rounds = f"{case.rounds} round{'' if case.rounds == 1 else 's'}"
        lines.append(f"- **{case.title}** ({rounds}): {details or '-'}")
    lines += [
        "",
        "## Machine",
        "",
        f"- CPU: {machine['cpu']} ({machine['cores']} cores)",
        f"- RAM: {machine['ram_gb']} GB",
        f"- OS: {machine['os']}",
        f"- Python {machine['python']}, SQLite {machine['sqlite']}, PySide6 {machine['pyside6']}, "
        f"SQLAlchemy {machine['sqlalchemy']}",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
