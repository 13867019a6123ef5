"""The code-quality gates as tests, so the README's one test command runs them too.

ruff (lint and format), mypy (strict outside widget code) and import-linter (the layer
contracts in pyproject.toml). Where a tool is not installed the check is skipped, except
in CI (CI=true), where a missing tool is a failure.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ci_requirements import require

ROOT = Path(__file__).resolve().parents[1]


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    tool = command[0]
    require(
        shutil.which(tool) is not None,
        f"{tool} is not installed",
        "CI must install the [dev] extras",
        local_hint="(pip install -e '.[dev]')",
    )
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "pos_app", "tests", "bench"],
        ["ruff", "format", "--check", "pos_app", "tests", "bench"],
        ["mypy"],
        ["lint-imports"],
    ],
    ids=["ruff-check", "ruff-format", "mypy", "import-contracts"],
)
def test_tool_passes(command: list[str]) -> None:
    result = _run(command)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"


def test_python_version_supported() -> None:
    assert sys.version_info >= (3, 11)
