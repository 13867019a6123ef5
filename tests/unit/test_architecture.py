"""Guards the layering: the domain is plain Python, nothing below the widgets knows the widgets or
QtWidgets/QtGui, and the widgets never reach the database. Imports are read with `ast`, not executed,
so function-level and TYPE_CHECKING imports count too; import-linter checks the contracts as well."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pos_app"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module a source file imports, absolute; `from a import b` yields both `a` and `a.b`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = module.split(".")
                if not is_package:
                    base_parts = base_parts[:-1]
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def layer_imports(layer: str) -> dict[str, set[str]]:
    folder = PACKAGE / layer
    modules = {}
    for path in sorted(folder.rglob("*.py")):
        name = _module_name(path)
        modules[name] = imports_of(
            path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py"
        )
    assert modules, f"no modules found in {folder}"
    return modules


def violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{module} imports {name}"
        for module, names in layer_imports(layer).items()
        for name in names
        if any(name == bad or name.startswith(bad + ".") for bad in forbidden)
    )


def test_domain_is_plain_python():
    forbidden = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "pos_app.db", "pos_app.controllers")
    forbidden += ("pos_app.ui", "pos_app.services", "pos_app.gui", "pos_app.startup")
    assert violations("domain", forbidden) == []
    # Within pos_app it may only use itself.
    outside = {
        f"{module} imports {name}"
        for module, names in layer_imports("domain").items()
        for name in names
        if name.startswith("pos_app") and not name.startswith("pos_app.domain")
    }
    assert outside == set()


@pytest.mark.parametrize("layer", ["controllers", "db", "services"])
def test_below_the_widgets_no_widgets(layer):
    forbidden = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "pos_app.ui", "pos_app.gui")
    assert violations(layer, forbidden) == []


def test_widgets_never_touch_the_database():
    assert violations("ui", ("sqlalchemy", "alembic", "sqlite3", "pos_app.db")) == []


def test_the_checker_sees_every_kind_of_import():
    source = """
from PySide6.QtWidgets import QWidget
from PySide6 import QtGui
import sqlalchemy.orm
from . import sibling
from ..db import models

def later():
    from pos_app.ui import sell_screen
"""
    found = imports_of(source, "pos_app.controllers.example")
    assert {"PySide6.QtWidgets", "PySide6.QtGui", "sqlalchemy.orm", "pos_app.ui.sell_screen"} <= found
    assert {"pos_app.controllers.sibling", "pos_app.db.models"} <= found
    assert imports_of("from . import x", "pos_app.domain", is_package=True) == {
        "pos_app.domain",
        "pos_app.domain.x",
    }


def test_the_layers_are_really_scanned():
    assert "pos_app.controllers.sale" in layer_imports("controllers")
    assert "PySide6.QtCore" in layer_imports("controllers")["pos_app.controllers.sale"]
    assert any("PySide6.QtWidgets" in names for names in layer_imports("ui").values())


def test_import_linter_contracts_are_kept():
    if shutil.which("lint-imports") is None:
        pytest.skip("import-linter is not installed")
    result = subprocess.run(
        ["lint-imports"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_no_test_imports_from_conftest():
    # Several test folders have a conftest.py, all imported as the top-level module "conftest":
    # `from conftest import X` gets whichever folder's was imported first. Shared helpers live in
    # uniquely named modules (purge_shop.py, staff_support.py, ...).
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            if "conftest" in modules:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
