"""What the real-window tests share: an Xvfb display, xdotool, the app as a separate process, screen grabs.

The app runs exactly as a shop starts it — `python -m pos_app --db FILE` from this checkout, or the
command in $POS_APP_COMMAND (e.g. `/usr/bin/pos-app` from the installed .deb) — on the xcb platform
of a private Xvfb, with HOME and the XDG folders in a temporary directory, so nothing touches the
developer's own shop. There is no window manager under Xvfb: a window gets the keyboard through
`xdotool windowfocus --sync`, and keystrokes then reach the focused widget as a scanner's would.

Every wait polls a condition (the database, a window's name, the window's pixels) with a deadline,
and gives up at once with the app's stderr when the app has died: no fixed sleeps.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ci_requirements import require
from PySide6.QtGui import QImage

REPO_ROOT = Path(__file__).resolve().parents[2]
APP_COMMAND_ENV = "POS_APP_COMMAND"
SCREEN_SIZE = "1280x800x24"
WAIT_SECONDS = 30.0
POLL_SECONDS = 0.05

T = TypeVar("T")

# Run in a short-lived Python on the xcb platform: Qt reads the window's pixels from the X server,
# so the test process itself (offscreen Qt) needs no X client library, xwd or ImageMagick.
_GRAB_SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
if not app.primaryScreen().grabWindow(int(sys.argv[1], 0)).save(sys.argv[2]):
    sys.exit("could not grab window " + sys.argv[1])
"""


def require_tools(*tools: str) -> None:
    """Skip when a tool is missing, but fail under CI (CI=true), where .ci/run installs them."""
    for tool in tools:
        require(shutil.which(tool) is not None, f"{tool} is not installed", ".ci/run must install it")


@contextmanager
def xvfb_display(screen: str = SCREEN_SIZE) -> Iterator[str]:
    """A private Xvfb server for the duration of the block; yields its display name (":N")."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()  # Xvfb writes the display number once it is ready
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def app_command() -> list[str]:
    """The command starting the app: $POS_APP_COMMAND (an installed pos-app), else `python -m pos_app`."""
    installed = os.environ.get(APP_COMMAND_ENV, "").strip()
    if installed:
        return shlex.split(installed)
    return [sys.executable, "-m", "pos_app"]


def private_environment(display: str, home: Path) -> dict[str, str]:
    """The app's environment: the display, xcb, English, and HOME and XDG folders of its own."""
    env = {
        key: value
        for key, value in os.environ.items()
        # The shop's database comes from --db only; the locale is fixed so titles are English.
        if not key.startswith(("POS_DATABASE", "XDG_", "LC_", "QT_")) and key not in ("LANG", "LANGUAGE")
    }
    folders = {name: home / name.lower() for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    runtime = home / "runtime"
    for folder in (*folders.values(), runtime):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)  # Qt refuses a runtime folder others can read
    env.update({name: str(folder) for name, folder in folders.items()})
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    return env


class XSession:
    """xdotool and screen grabs on one display."""

    def __init__(self, display: str, scratch: Path) -> None:
        self.display = display
        self._scratch = scratch
        self._grabs = 0

    def xdotool(self, *args: str) -> str:
        result = self._run_xdotool(*args)
        if result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def windows(self, name_pattern: str) -> list[str]:
        """Ids of the visible windows whose name matches the regular expression (none yet: [])."""
        result = self._run_xdotool("search", "--onlyvisible", "--name", name_pattern)
        # Exit 1 with no message: nothing matches yet. BadWindow: a window (say the closing
        # wizard) was destroyed while search walked the tree; the next poll looks again.
        if result.returncode != 0 and result.stderr.strip() and "BadWindow" not in result.stderr:
            raise AssertionError(f"xdotool search {name_pattern!r} failed: {result.stderr.strip()}")
        return result.stdout.split() if result.returncode == 0 else []

    def _run_xdotool(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    def focus(self, window: str) -> None:
        self.xdotool("windowfocus", "--sync", window)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "5", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "20", *keys)

    def scan(self, code: str) -> None:
        """What a keyboard-wedge scanner sends: the digits, then Return."""
        self.type(code)
        self.key("Return")

    def grab(self, window: str) -> QImage:
        """The window's pixels as the X server shows them (saved in the scratch folder too)."""
        self._grabs += 1
        path = self._scratch / f"grab-{self._grabs:03d}.png"
        subprocess.run(
            [sys.executable, "-c", _GRAB_SCRIPT, window, str(path)],
            env={**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"},
            capture_output=True,
            timeout=30,
            check=True,
        )
        image = QImage(str(path))
        assert not image.isNull(), f"unreadable grab {path}"
        return image


def count_pixels(image: QImage, matches: Callable[[int, int, int], bool]) -> int:
    """How many pixels of `image` have a colour for which `matches(red, green, blue)` holds."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I", bytes(rgb.constBits()))  # 0xffRRGGBB, one per pixel (rows need no padding)
    return sum(
        times
        for value, times in Counter(pixels).items()
        if matches((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    )


def is_error_red(red: int, green: int, blue: int) -> bool:
    """The colour of an error message (StatusLabel's #b71c1c), and its anti-aliased core."""
    return red >= 150 and green <= 80 and blue <= 80


class RunningApp:
    """The app in its own process; stderr goes to a file so a long run cannot fill a pipe."""

    def __init__(self, db_path: Path, display: str, home: Path) -> None:
        self.db_path = db_path
        self._stderr_path = home / "app-stderr.txt"
        self._stderr = self._stderr_path.open("w")
        installed = APP_COMMAND_ENV in os.environ and os.environ[APP_COMMAND_ENV].strip()
        self.process = subprocess.Popen(
            [*app_command(), "--db", str(db_path)],
            env=private_environment(display, home),
            # The source app runs from this checkout; an installed one from anywhere else.
            cwd=str(home if installed else REPO_ROOT),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
        )

    def stderr(self) -> str:
        self._stderr.flush()
        return self._stderr_path.read_text(errors="replace")

    def wait_for(self, condition: Callable[[], T], what: str, timeout: float = WAIT_SECONDS) -> T:
        """Poll `condition` until it returns something true; fail with the app's stderr otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the app exited ({self.process.returncode}) while waiting for {what}:\n{self.stderr()}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}:\n{self.stderr()}")
            time.sleep(POLL_SECONDS)

    def window(self, session: XSession, name_pattern: str) -> str:
        """The id of the window named `name_pattern`, once it is shown."""
        found = self.wait_for(lambda: session.windows(name_pattern), f"a window named {name_pattern!r}")
        return found[0]

    def query(self, sql: str, *parameters: Any) -> list[tuple[Any, ...]]:
        return query(self.db_path, sql, *parameters)

    def stop(self) -> None:
        """Kill the app if a failed test left it running; close the stderr file."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self._stderr.close()


def query(db_path: Path, sql: str, *parameters: Any) -> list[tuple[Any, ...]]:
    """Read the shop's database as any other program would: a plain sqlite3 connection."""
    connection = sqlite3.connect(db_path, timeout=5)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()
