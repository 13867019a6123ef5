"""What the permission tests share: a shop with a cashier, a manager and an owner (light argon2),
an item, a paid sale, and an ESC/POS printer writing to a file, all made before anyone logs in
(a shop without accounts is unchecked), then the accounts."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from pos_app.controllers.app import AppControllers
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.settings import PrinterConnection, ReceiptOutput

CASHIER_PIN = "5282"
MANAGER = ("Mia", "mia-floor-42")
OWNER = ("Olga", "olga-owns-77")
TEA = "4006381333931"

# What a refused action must leave exactly as it was.
WATCHED = (
    "orders",
    "order_items",
    "payments",
    "refunds",
    "refund_lines",
    "items",
    "tax_rates",
    "stock_movements",
    "deliveries",
)


@dataclass
class Shop:
    app: AppControllers
    db_path: Path
    drawer_device: Path
    paid_order: int
    paid_line: int
    tea: int


def set_up_shop(app: AppControllers, db_path: Path, tmp_path: Path) -> Shop:
    from pos_app.domain.validation import validate_item

    device = tmp_path / "printer.bin"
    device.touch()
    app.shop_settings.save(
        replace(
            app.settings,
            receipt_output=ReceiptOutput.ESCPOS,
            printer_connection=PrinterConnection.FILE,
            printer_device=str(device),
        )
    )
    app.tax_rates.add_rate("Zero", "0")
    tea = app.catalog.add_item(
        validate_item(sku="TEA", barcode=TEA, name="Green tea", price="4.00", stock="50", tax_rate="0")
    )
    app.sale.scan(TEA)
    app.sale.scan(TEA)
    paid = app.sale.pay_cash().order_id
    line = rows(db_path, f"SELECT id FROM order_items WHERE order_id = {paid}")[0][0]
    light = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    app.users.set_hashers(Hashers(password=light, pin=light))
    app.users.add_user("Ann", "cashier", pin=CASHIER_PIN)
    app.users.add_user(MANAGER[0], "manager", password=MANAGER[1])
    app.users.add_user(OWNER[0], "owner", password=OWNER[1])
    return Shop(app, db_path, device, paid, line, tea)


def rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(sql).fetchall()


def snapshot(db_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the watched tables and the settings (but the PIN pad's counters)."""
    taken = {table: rows(db_path, f"SELECT * FROM {table} ORDER BY 1") for table in WATCHED}
    taken["settings"] = rows(
        db_path, "SELECT key, value FROM settings WHERE key NOT LIKE 'pin_pad%' ORDER BY key"
    )
    return taken


def audit_events(db_path: Path) -> list[tuple[Any, ...]]:
    """(id, event, actor, actor_user_id, approver) of every audit event, oldest first."""
    return rows(db_path, "SELECT id, event, actor, actor_user_id, approver FROM audit_events ORDER BY id")
