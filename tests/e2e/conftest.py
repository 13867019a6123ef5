"""Fixtures for the real-window tests: a private Xvfb display and the app started on it.

The helpers themselves live in xvfb_session.py (see its docstring); these fixtures only make
sure the display and every app process started by a test are gone when the test ends.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from xvfb_session import RunningApp, XSession, require_tools, xvfb_display  # type: ignore[import-not-found]


@pytest.fixture
def x_session(tmp_path: Path) -> Iterator[XSession]:
    require_tools("Xvfb", "xdotool")
    scratch = tmp_path / "grabs"
    scratch.mkdir()
    with xvfb_display() as display:
        yield XSession(display, scratch)


@pytest.fixture
def launch_app(x_session: XSession, tmp_path: Path) -> Iterator[Callable[[Path], RunningApp]]:
    """Start the app on the test's display with `--db FILE`, in a private HOME; stopped at the end."""
    started: list[RunningApp] = []

    def launch(db_path: Path) -> RunningApp:
        home = tmp_path / f"home-{len(started)}"
        home.mkdir()
        app = RunningApp(db_path, x_session.display, home)
        started.append(app)
        return app

    yield launch
    for app in started:
        app.stop()
