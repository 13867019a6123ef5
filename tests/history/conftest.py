"""Fixtures for the order history tests: generated shops of many orders, raw SQL, timings.

`mid_shop` (30,000 orders) is where the controller is checked row by row against plain SQL;
`big_shop` (POS_BIG_ORDERS orders, 1,000,000 unless set) is where the screen must stay instant.
Both are built once by history_bigdata.py, cached under ~/.cache/pos-app-tests/, and copied
into this session's temporary folder, so no test ever changes the cache.

Timings are collected in `history_timings` and written at the end of the session to
`history_timings.json` in pytest's temporary folder (its path is printed in the summary).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from history_bigdata import BigShop, copy_of_big_shop
from sqlalchemy import Engine, event

from pos_app.controllers.app import AppControllers
from pos_app.controllers.order_history import HistoryController

MID_ORDERS = 30_000
TIMINGS: dict[str, Any] = {}
TIMINGS_FILE = "history_timings.json"


def _remove(shop: BigShop) -> None:
    """Delete a session's copy (800 MB at 1,000,000 orders): pytest keeps its last temporary folders."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{shop.path}{suffix}").unlink(missing_ok=True)


@pytest.fixture(scope="session")
def mid_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigShop]:
    shop = copy_of_big_shop(tmp_path_factory.mktemp("mid-shop") / "mid.sqlite3", MID_ORDERS)
    yield shop
    _remove(shop)


@pytest.fixture(scope="session")
def big_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigShop]:
    shop = copy_of_big_shop(tmp_path_factory.mktemp("big-shop") / "big.sqlite3")
    TIMINGS["orders"] = shop.orders
    if shop.build_seconds is not None:
        TIMINGS["build_seconds"] = round(shop.build_seconds, 2)
    yield shop
    _remove(shop)


@pytest.fixture(scope="session")
def mid_app(mid_shop: BigShop) -> Iterator[AppControllers]:
    """The app's controllers over the mid-size shop; tests that use it only read."""
    app = AppControllers(mid_shop.url)
    yield app
    app.close()


@pytest.fixture(scope="session")
def mid_history(mid_app: AppControllers) -> HistoryController:
    return HistoryController(mid_app.uow)


RawQuery = Callable[..., list[tuple[Any, ...]]]


@pytest.fixture(scope="session")
def mid_sql(mid_shop: BigShop) -> Iterator[RawQuery]:
    """Plain sqlite3 on the mid-size shop: the independent answer the controller must match."""
    with closing(sqlite3.connect(mid_shop.path)) as connection:

        def run(sql: str, *params: object) -> list[tuple[Any, ...]]:
            return connection.execute(sql, params).fetchall()

        yield run


class Statements(list[str]):
    def selects(self) -> list[str]:
        return [s for s in self if s.upper().startswith("SELECT")]


@contextmanager
def recorded_statements(engine: Engine) -> Iterator[Statements]:
    """Every SQL statement `engine` sends inside the block, whitespace collapsed."""
    statements = Statements()

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def statement_log() -> Callable[[Engine], Any]:
    return recorded_statements


@pytest.fixture(scope="session")
def history_timings() -> dict[str, Any]:
    """Put figures in here (seconds, bytes); they are written out when the session ends."""
    return TIMINGS


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not TIMINGS:
        return
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None:
        return
    path = Path(factory.getbasetemp()) / TIMINGS_FILE
    path.write_text(json.dumps(TIMINGS, indent=2, sort_keys=True))
    TIMINGS["_written_to"] = str(path)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TIMINGS:
        return
    terminalreporter.section("order history timings")
    for key, value in sorted(TIMINGS.items()):
        terminalreporter.write_line(f"{key}: {value}")
