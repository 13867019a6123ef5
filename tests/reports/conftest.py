"""Report fixtures: the shop's time zone, a clock for the till, and the reports controller."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

import pos_app.controllers.returns as returns_module
import pos_app.controllers.sale as sale_module
from pos_app.controllers.app import AppControllers
from pos_app.controllers.reports import ReportsController


@pytest.fixture
def shop_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], ZoneInfo]]:
    """`shop_zone("Europe/Berlin")` makes that the process's local zone (TZ + tzset), as on the shop's PC."""

    def use(name: str) -> ZoneInfo:
        monkeypatch.setenv("TZ", name)
        time.tzset()
        return ZoneInfo(name)

    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def reports(controllers: AppControllers) -> ReportsController:
    return ReportsController(controllers.uow)


@pytest.fixture
def till_clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    """`till_clock(aware_datetime)`: sales paid and returns taken from now on happen at that moment."""

    def set_clock(moment: datetime) -> None:
        utc = moment.astimezone(UTC).replace(tzinfo=None)
        monkeypatch.setattr(sale_module, "utc_now", lambda: utc)
        monkeypatch.setattr(returns_module, "utc_now", lambda: utc)

    return set_clock
