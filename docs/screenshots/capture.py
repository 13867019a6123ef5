"""Regenerate the README screenshots from the real window: a demo shop, a sale in progress, every main screen.

Run from the repository root, as one command:

    python docs/screenshots/capture.py

It starts its own Xvfb (Debian's `xvfb`; fonts from `fonts-dejavu-core`; the xcb libraries the
README lists), runs itself again inside it on Qt's xcb platform — a real X window, not the
offscreen platform — with HOME and the XDG folders in a temporary directory, and writes
docs/screenshots/<name>.png for each entry of SCREENS: the pixels the X server shows for the
window's area (QScreen.grabWindow on the root window), so a dialog open over the window is in the
picture as a cashier sees it. The shop is pos_app.services.demo's, so the pictures come out the
same each time (only the dates move with today).

`--locale de_DE` takes the same pictures in that locale's language and formats, into
docs/screenshots/<language>/ (docs/screenshots/de/ for German).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent
REPO_ROOT = OUT.parents[1]
WINDOW_SIZE = (1280, 800)
SCREEN = "1600x1000x24"  # room for the Z report, which is taller than the main window
INSIDE_XVFB = "POS_SCREENSHOTS_INSIDE_XVFB"
OWNER, OWNER_PASSWORD = "Olga", "demo-owner-2026"

# Every picture this script writes, and what it shows (the README lists the same names).
SCREENS: dict[str, str] = {
    "sell": "The sell screen with a sale in progress: a customer, a line discount, the totals",
    "payment": "Taking payment (F12): Enter pays the exact amount in cash",
    "catalog": "The item catalog, searched as you type",
    "customers": "Customers and their orders",
    "history": "Order history with the detail pane of a sale that was partly returned",
    "reports": "Reports with a chart",
    "stock": "Stock levels and an item's stock journal",
    "z-report": "A closed shift's Z report (F10)",
    "login": "The lock screen: a cashier's PIN, or a manager's name and password",
}


LOCALE_VARIABLE = "POS_SCREENSHOT_LOCALE"


def main() -> int:
    if "--locale" in sys.argv[1:]:
        os.environ[LOCALE_VARIABLE] = sys.argv[sys.argv.index("--locale") + 1]
    if os.environ.get(INSIDE_XVFB) == "1":
        capture()
        return 0
    return run_inside_xvfb()


def run_inside_xvfb() -> int:
    """Start a private Xvfb and run this script again on it, with a temporary HOME."""
    read_end, write_end = os.pipe()
    try:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        os.close(read_end)
        os.close(write_end)
        print("capture.py needs Xvfb: apt-get install xvfb fonts-dejavu-core", file=sys.stderr)
        return 1
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()  # written once the server accepts clients
    try:
        if not number:
            print("capture.py: Xvfb did not start", file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory(prefix="pos-screenshots-") as home:
            env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "LC_"))}
            env.update(
                {name: str(Path(home) / name.lower()) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME")}
            )
            runtime = Path(home) / "runtime"
            runtime.mkdir(mode=0o700)
            env.update(
                HOME=home,
                XDG_RUNTIME_DIR=str(runtime),
                DISPLAY=f":{number}",
                QT_QPA_PLATFORM="xcb",
                LANG="C.UTF-8",
                # This checkout's pos_app, as `python -m` from the repository root would import it.
                PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
                **{INSIDE_XVFB: "1"},
            )
            return subprocess.run([sys.executable, __file__], env=env, cwd=REPO_ROOT, check=False).returncode
    finally:
        server.terminate()
        server.wait(timeout=10)


def capture() -> None:
    """Inside Xvfb: build the demo shop, show each screen in the real window and save its pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import select

    from pos_app.controllers.app import AppControllers
    from pos_app.db.engine import sqlite_url
    from pos_app.db.models import Refund
    from pos_app.gui import create_application
    from pos_app.services.demo import seed_demo
    from pos_app.startup import prepare_database
    from pos_app.ui.main_window import MainWindow
    from pos_app.ui.shift_dialog import ShiftDialog

    with tempfile.TemporaryDirectory() as folder:
        url = sqlite_url(Path(folder) / "demo.sqlite3")
        prepare_database(url)
        app = create_application()
        locale = os.environ.get(LOCALE_VARIABLE)
        folder = OUT
        if locale:
            from pos_app.ui.translation import install_language

            install_language(app, locale)
            folder = OUT / locale.split("_")[0]
            folder.mkdir(exist_ok=True)
        controllers = AppControllers(url)
        try:
            seed_demo(controllers.uow, settings=controllers.settings)
            # A staffed shop, so the lock screen exists; the owner is logged in for the rest.
            controllers.users.add_user(OWNER, "owner", password=OWNER_PASSWORD)
            controllers.users.add_user("Carl", "cashier", pin="4711")
            controllers.staff.login_password(OWNER, OWNER_PASSWORD)
            window = MainWindow(controllers, "~/.local/share/pos-app/pos.sqlite3")
            window.setGeometry(0, 0, *WINDOW_SIZE)
            window.show()
            shoot = Camera(app, folder)

            items = controllers.catalog.items("").fetch(0, 100)
            for item in (items[3], items[17], items[40], items[3], items[88]):
                QTest.keyClicks(window.sell.scan_field, item.barcode or item.sku)
                QTest.keyClick(window.sell.scan_field, Qt.Key.Key_Return)
            controllers.sale.set_customer(controllers.customers.customers("").fetch(0, 1)[0].id)
            first_line = controllers.sale.cart().lines[0].line_id
            controllers.sale.discount_line(first_line, "10%", "Staff")
            shoot(window, "sell")

            window.sell.open_payment()
            payment = window.sell.dialog
            assert payment is not None, "the payment dialog did not open"
            shoot(window, "payment", wait_for=payment)  # the dialog over the sell screen
            payment.reject()

            shift = ShiftDialog(controllers.shifts, window)
            shift.resize(560, 900)
            shift.move(0, 0)
            shift.show()
            shift.show_past_shifts()
            QTest.keyClick(shift.past_page.focusWidget() or shift, Qt.Key.Key_Down)
            shift.show_selected_report()  # yesterday's shift: its Z report
            shoot(shift, "z-report")
            shift.close()

            window.tabs.setCurrentWidget(window.catalog)
            QTest.keyClicks(window.catalog.search_field, "choc")
            shoot(window, "catalog")
            window.tabs.setCurrentWidget(window.customers)
            shoot(window, "customers")
            window.tabs.setCurrentWidget(window.history)
            # A paid sale with a return, so the detail pane shows lines, payments and the refund:
            # down the list as a user would, to the newest such sale.
            history = window.history
            with controllers.uow.read() as session:
                refunded = set(session.scalars(select(Refund.order_id)))
            wait_until(lambda: history.table.model().rowCount() > 0, "history: no order was listed")
            history.table.setFocus()
            for _ in range(300):
                QTest.keyClick(history.table, Qt.Key.Key_Down)
                if history.selected_order_id() in refunded:
                    break
            else:
                raise SystemExit("history: no returned sale among the newest 300")
            shoot(window, "history")
            window.tabs.setCurrentWidget(window.reports)
            window.reports.run()
            shoot(window, "reports")
            window.tabs.setCurrentWidget(window.stock)
            window.stock.table.setFocus()
            QTest.keyClick(window.stock.table, Qt.Key.Key_Down)
            shoot(window, "stock")

            controllers.staff.logout()  # Ctrl+L: the till locks
            shoot(window, "login")
            window.close()
        finally:
            controllers.close()
    missing = sorted(set(SCREENS) - shoot.taken)
    if missing:
        raise SystemExit(f"not captured: {', '.join(missing)}")


def wait_until(condition: Any, failure: str, timeout: float = 10.0) -> None:
    """Let the event loop run until `condition()` holds (PySide6 has no QTest.qWaitFor)."""
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(failure)
        QTest.qWait(20)


class Camera:
    """Saves what the X server shows in a top-level window's area, once Qt has painted it."""

    def __init__(self, app: Any, folder: Path) -> None:
        self._app = app
        self._folder = folder
        self.taken: set[str] = set()

    def __call__(self, window: Any, name: str, *, wait_for: Any = None) -> None:
        from PySide6.QtTest import QTest

        for shown in (window, wait_for):
            if shown is not None and not QTest.qWaitForWindowExposed(shown, 10_000):
                raise SystemExit(f"{name}: the window was never shown")
        # Lazy models fetch while painting and charts lay out after the first paint: let every
        # posted event and repaint run, then give the X server the last frame.
        for _ in range(5):
            self._app.processEvents()
            QTest.qWait(60)
        area = window.frameGeometry()
        image = window.screen().grabWindow(0, area.x(), area.y(), area.width(), area.height()).toImage()
        if image.isNull() or _is_uniform(image):
            raise SystemExit(f"{name}: the grab is empty or one colour")
        path = self._folder / f"{name}.png"
        if not image.save(str(path)):
            raise SystemExit(f"{name}: could not write {path}")
        self.taken.add(name)
        print(f"{path.relative_to(REPO_ROOT)}  {image.width()}x{image.height()}")


def _is_uniform(image: Any) -> bool:
    """True when a sample of the image has almost a single colour (a black or blank grab).

    The lock screen is mostly an empty background, so "almost" is 99.5 %, not less."""
    from collections import Counter

    sample = image.scaledToWidth(160)
    counts = Counter(sample.pixel(x, y) for x in range(sample.width()) for y in range(sample.height()))
    return counts.most_common(1)[0][1] > 0.995 * sample.width() * sample.height()


if __name__ == "__main__":
    sys.exit(main())
