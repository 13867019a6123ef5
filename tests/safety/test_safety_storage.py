"""Read-only places and full disks: a clear message at start or on the sell screen, and nothing
already committed is lost. Real file systems (a tiny tmpfs, remounted read-only) where this
machine allows mounting them; SQLite's max_page_count (which makes it report SQLITE_FULL) for
the sell screen. Files are created readable by their owner only."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from safety_helpers import rows
from sqlalchemy import event

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import StorageError
from pos_app.db.engine import sqlite_url
from pos_app.domain.validation import validate_item
from pos_app.paths import data_dir
from pos_app.startup import StartupError, prepare_database
from pos_app.ui.sell_screen import SellScreen


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def open_shop(path: Path) -> AppControllers:
    prepare_database(sqlite_url(path))
    app = AppControllers(sqlite_url(path))
    app.shifts.open_shift("Ann", "100.00")
    return app


def add_items(app: AppControllers, count: int) -> None:
    if not any(rate.percent == 0 for rate in app.tax_rates.rates()):
        app.tax_rates.add_rate("No tax", "0")
    for n in range(count):
        app.catalog.add_item(
            validate_item(name=f"Item {n}", price="1.00", sku=f"S{n}", barcode="", stock="1000", tax_rate="0")
        )


def paid_orders(path: Path) -> int:
    return int(rows(path, "SELECT count(*) FROM orders WHERE status = 'paid'")[0][0])


def test_new_database_and_its_side_files_are_private(tmp_path):
    path = tmp_path / "new" / "shop.sqlite3"
    app = open_shop(path)
    try:
        add_items(app, 1)
        assert mode(path) == 0o600
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            assert side.exists()
            assert mode(side) == 0o600, suffix
    finally:
        app.close()


def test_the_data_folder_is_private(isolated_data_dir):
    assert mode(data_dir()) == 0o700


def test_a_read_only_file_system_is_refused_clearly_at_start(tmpfs):
    mount = tmpfs("4m")
    path = mount.path / "shop.sqlite3"
    open_shop(path).close()
    mount.read_only()

    with pytest.raises(StartupError, match="is read-only") as refused:
        prepare_database(sqlite_url(path))

    assert not refused.value.restorable
    mount.read_write()
    assert rows(path, "SELECT count(*) FROM shifts") == [(1,)]


def test_a_new_database_in_a_read_only_place_is_refused_clearly(tmpfs):
    mount = tmpfs("1m")
    mount.read_only()
    with pytest.raises(StartupError, match=r"Cannot create the database .*: the disk is read-only"):
        prepare_database(sqlite_url(mount.path / "shop.sqlite3"))


def test_a_database_gone_read_only_during_a_sale_loses_nothing(controllers, db_path):
    # A busy file system cannot be remounted read-only under an open file; SQLite's query_only
    # gives the very SQLITE_READONLY error ("attempt to write a readonly database") instead.
    add_items(controllers, 2)
    controllers.sale.scan("S0")
    controllers.sale.pay_cash()
    controllers.sale.scan("S1")
    controllers.session.close()
    controllers.engine.dispose()
    event.listen(controllers.engine, "connect", lambda dbapi, _record: dbapi.execute("PRAGMA query_only=ON"))

    with pytest.raises(StorageError) as failed:
        controllers.sale.pay_cash()

    assert failed.value.message.startswith("The database is read-only here. Nothing was changed")
    assert paid_orders(db_path) == 1
    assert rows(db_path, "SELECT count(*) FROM orders WHERE status = 'draft'") == [(1,)]


def test_a_really_full_disk_during_sales_loses_nothing(tmpfs):
    mount = tmpfs("16m")
    path = mount.path / "shop.sqlite3"
    app = open_shop(path)
    try:
        add_items(app, 60)
        free = os.statvfs(mount.path)
        filler = mount.path / "filler"
        with open(filler, "wb") as out:  # everything but a few pages
            out.write(b"\0" * max(0, free.f_bavail * free.f_frsize - 16 * 4096))
        sold, failure = 0, ""
        for n in range(60):
            try:
                app.sale.scan(f"S{n}")
                app.sale.pay_cash()
            except StorageError as error:
                failure = error.message
                break
            sold += 1
        assert "The disk is full. Nothing was changed" in failure
        assert paid_orders(path) == sold, "every sale paid before the disk filled is there"

        filler.unlink()
        app.sale.pay_cash()  # the sale that failed goes through once there is space
        assert paid_orders(path) == sold + 1
    finally:
        app.close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_sell_screen_says_the_disk_is_full_and_keeps_the_cart_true(qtbot, controllers, db_path):
    add_items(controllers, 150)
    controllers.sale.scan("S149")
    controllers.sale.pay_cash()
    controllers.session.close()
    controllers.engine.dispose()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("VACUUM")  # no free pages left to reuse
        page_count = connection.execute("PRAGMA page_count").fetchone()[0]
    # Every connection from now on may not grow the file: SQLite reports SQLITE_FULL.
    event.listen(
        controllers.engine,
        "connect",
        lambda dbapi, _record: dbapi.execute(f"PRAGMA max_page_count={page_count}"),
    )
    screen = SellScreen(controllers.sale, controllers.customers)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)

    for n in range(149):
        QTest.keyClicks(screen.scan_field, f"S{n}")
        QTest.keyClick(screen.scan_field, Qt.Key.Key_Return)
        if "disk is full" in screen.message.text():
            break

    assert "The disk is full. Nothing was changed" in screen.message.text()
    shown = len(controllers.sale.cart().lines)
    stored = rows(
        db_path,
        "SELECT count(*) FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.status = 'draft'",
    )[0][0]
    assert shown == stored == n, "the scan that failed added nothing; the ones before are saved"
    assert paid_orders(db_path) == 1
