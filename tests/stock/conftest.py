"""The stock tests use the unit tests' outside views of the database (raw SQL, the statement log, the
Alembic runner) and the widget tests' helpers; both conftests are loaded from their files and their
fixtures offered here, so each is written once."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

_TESTS = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_unit = _load("stock_tests_unit_conftest", _TESTS / "unit" / "conftest.py")
_ui = _load("stock_tests_ui_conftest", _TESTS / "ui" / "conftest.py")

query = _unit.query
statement_log = _unit.statement_log
run_alembic = _unit.run_alembic
db_rows = _ui.db_rows
show_screen = _ui.show_screen
no_leaked_windows = _ui.no_leaked_windows
