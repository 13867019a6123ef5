"""pos_app.receipts stays below the widgets: no QtWidgets anywhere in it, and no Qt at all outside the PDF
renderer. Imports are read with `ast` (function-level and TYPE_CHECKING imports count too); import-linter
checks the package-level contract in pyproject.toml, which cannot name PySide6.QtWidgets."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RECEIPTS = ROOT / "pos_app" / "receipts"
# Only these modules may use Qt, and only QtCore, QtGui and QtPrintSupport.
QT_MODULES = {"pos_app.receipts.pdf_output"}
QT_ALLOWED = {"PySide6", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtPrintSupport"}


def receipts_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(RECEIPTS.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, f"{module}: use absolute imports"
                base = node.module or ""
                names.add(base)
                names.update(f"{base}.{alias.name}" for alias in node.names)
        found[module] = names
    return found


def test_the_package_is_scanned():
    modules = receipts_imports()
    assert {
        "pos_app.receipts.document",
        "pos_app.receipts.escpos_output",
        "pos_app.receipts.pdf_output",
    } <= set(modules)
    assert "PySide6.QtGui.QPdfWriter" in modules["pos_app.receipts.pdf_output"]


def test_no_qtwidgets_and_qt_only_in_the_pdf_renderer():
    bad = []
    for module, names in receipts_imports().items():
        for name in names:
            qt = name.split(".")[0] in {"PySide6", "shiboken6"}
            if qt and (module not in QT_MODULES or ".".join(name.split(".")[:2]) not in QT_ALLOWED):
                bad.append(f"{module} imports {name}")
            if "QtWidgets" in name:
                bad.append(f"{module} imports {name}")
    assert bad == []


def test_no_database_controllers_or_widgets():
    forbidden = ("pos_app.ui", "pos_app.gui", "pos_app.db", "pos_app.controllers", "sqlalchemy", "alembic")
    bad = [
        f"{module} imports {name}"
        for module, names in receipts_imports().items()
        for name in names
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]
    assert bad == []


def test_text_and_escpos_output_load_without_qt():
    code = (
        "import sys, pos_app.receipts.escpos_output, pos_app.receipts.text_layout;"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'sqlalchemy')));"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
