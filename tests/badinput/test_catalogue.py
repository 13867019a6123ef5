"""Keeps docs/bad-input.md true: every test it cites exists, every class of bad input the issue names
has a section backed by tests, and every test written for the catalogue is cited in it."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "docs" / "bad-input.md"
CITATION = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")
# The classes of input the issue lists, each a section heading of the catalogue.
REQUIRED_SECTIONS = [
    "Non-numeric numbers",
    "Negative numbers",
    "Huge numbers",
    "Empty input",
    "Unicode",
    "SQL metacharacters",
    "Malformed CSV",
    "Wrongly encoded CSV",
    "Formula cells",
    "Oversized files",
    "Corrupt database",
    "Locked database",
    "Read-only database",
    "Full disk",
]


@cache
def sections() -> dict[str, str]:
    """Section heading -> its text."""
    parts = re.split(r"^## (.+)$", CATALOGUE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@cache
def functions_in(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    )


def citations() -> list[tuple[str, str]]:
    return CITATION.findall(CATALOGUE.read_text(encoding="utf-8"))


def test_the_catalogue_cites_tests() -> None:
    assert len(citations()) > 50


@pytest.mark.parametrize(("file", "name"), sorted(set(citations())))
def test_every_cited_test_exists(file: str, name: str) -> None:
    path = ROOT / file
    assert path.is_file(), f"docs/bad-input.md cites {file}, which does not exist"
    assert name in functions_in(path), f"docs/bad-input.md cites {file}::{name}, which does not exist"


@pytest.mark.parametrize("heading", REQUIRED_SECTIONS)
def test_every_class_of_bad_input_has_a_section_backed_by_tests(heading: str) -> None:
    assert heading in sections(), f"docs/bad-input.md has no section '## {heading}'"
    assert CITATION.search(sections()[heading]), f"'## {heading}' cites no test"


def test_read_only_and_full_disk_are_proven_end_to_end() -> None:
    # Translating the error is not enough: each needs a test on a real file system (tests/safety).
    for heading in ("Read-only database", "Full disk"):
        assert "`tests/safety/test_safety_storage.py::" in sections()[heading]


def test_every_bad_input_test_is_in_the_catalogue() -> None:
    cited = set(citations())
    here = Path(__file__).resolve().parent
    missing = [
        f"{path.relative_to(ROOT).as_posix()}::{name}"
        for path in sorted(here.glob("test_*.py"))
        if path.name != Path(__file__).name
        for name in sorted(functions_in(path))
        if (path.relative_to(ROOT).as_posix(), name) not in cited
    ]
    assert missing == [], "tests/badinput tests missing from docs/bad-input.md"
