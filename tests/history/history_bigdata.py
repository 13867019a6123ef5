"""A shop database with a very large order history, built in raw SQL and cached between runs.

The history screen must stay instant at 1,000,000 orders. Building that many through the
controllers would take hours, so this module migrates an empty file the way the app does,
then fills it with set-based `INSERT ... SELECT` statements over recursive CTEs: customers,
items (with opening stock), shifts, orders (paid with gapless receipt numbers, some void,
some parked), their lines (some discounted, some with a price override), payments, taxes per
rate, refunds with their lines and tenders, and the stock journal entries of every sale and
return, so that each item's stock is the sum of its journal as the app keeps it.

Everything respects the schema's CHECK constraints and triggers: orders go into shifts while
the shifts are open (each on a register of its own, as if every shift had its own till) and
the shifts are closed, with their cash counted exactly, after their orders are in; the newest
shift stays open on the "main" register like a till ready to sell.

The numbers are deterministic functions of the order id, so tests can reason about them:
- created_at: START + id * STEP_SECONDS + a jitter of 0..JITTER_SECONDS-1 seconds, whole
  seconds (so ids and times do not sort alike, and equal times occur: the id breaks ties);
  paid_at comes PAY_DELAY_SECONDS after the latest possible created_at, in id order, so the
  receipt numbers (gapless, in id order) follow payment time.
- status: void when id % VOID_EVERY == 0, parked when id % PARK_EVERY == 0 (and not void),
  otherwise paid.
- orders_per_shift consecutive ids share a shift; cashiers rotate over CASHIERS.

`Shape` sets how many items and customers the shop has, how many lines an order has and how
items are named; the tests use the default shape, bench/shop_data.py a larger one.

The file is cached under ~/.cache/pos-app-tests/ keyed by the order count, the schema head
and BUILDER_VERSION; callers copy it before use so tests never modify the cache.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import head_revision, upgrade_database

BUILDER_VERSION = 3
SIZE_ENV = "POS_BIG_ORDERS"
DEFAULT_ORDERS = 1_000_000
CACHE_ENV = "POS_TEST_CACHE"

START = datetime(2023, 1, 2, 8, 0, 0)
STEP_SECONDS = 90
JITTER_SECONDS = 240
PAY_DELAY_SECONDS = 300
VOID_EVERY = 97
PARK_EVERY = 211
REFUND_EVERY = 173  # paid orders whose first line (of quantity 1) came back
ORDERS_PER_SHIFT = 500
CASHIERS = ("Alice", "Bruno", "Chen", "Dana", "Emeka")
CUSTOMERS = 20_000
ITEMS = 2_000
OPENING_STOCK = 1_000_000
FLOAT_MINOR = 150_00
# (name, hundredths of a percent): items alternate between the two rates.
RATES = (("Standard 20%", 2000), ("Reduced 5%", 500))
BULK_TABLES = (
    "orders",
    "order_items",
    "payments",
    "order_taxes",
    "stock_movements",
    "refunds",
    "refund_lines",
)


@dataclass(frozen=True)
class Shape:
    """How the generated shop looks besides its order count (the default is the tests' shop).

    `lines` is the (fewest, most) lines an order has: order i has fewest + i % (most - fewest + 1).
    `item_name_sql` is SQL for item i's name (the FTS index sees it through the items trigger).
    """

    items: int = ITEMS
    customers: int = CUSTOMERS
    lines: tuple[int, int] = (1, 3)
    item_name_sql: str = "'Item ' || printf('%05d', i)"

    @property
    def slots(self) -> int:
        """Line ids per order: order i's lines are (i - 1) * slots + 1 ... + its line count."""
        return self.lines[1]


@dataclass(frozen=True)
class BigShop:
    """A copy of the big database for one test session, and what it holds."""

    path: Path
    orders: int
    build_seconds: float | None  # None when it came from the cache

    @property
    def url(self) -> str:
        return sqlite_url(self.path)


def wanted_orders() -> int:
    text = os.environ.get(SIZE_ENV, "").strip()
    return int(text.replace("_", "")) if text else DEFAULT_ORDERS


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV, "").strip()
    return Path(configured) if configured else Path.home() / ".cache" / "pos-app-tests"


def cached_database(orders: int) -> tuple[Path, float | None]:
    """The cached big database of `orders` orders, building it first when missing."""
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"history-{orders}-{head_revision()}-v{BUILDER_VERSION}.sqlite3"
    if target.exists():
        return target, None
    # A file of an older schema or builder is of no use any more: 800 MB at 1,000,000 orders.
    for stale in directory.glob(f"history-{orders}-*.sqlite3"):
        stale.unlink(missing_ok=True)
    # Built under a private name and renamed: a half-built file is never taken for a cached one.
    partial = directory / f".{target.name}.{os.getpid()}.partial"
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    build(partial, orders)
    seconds = time.perf_counter() - started
    os.replace(partial, target)
    return target, seconds


def copy_of_big_shop(destination: Path, orders: int | None = None) -> BigShop:
    count = wanted_orders() if orders is None else orders
    source, seconds = cached_database(count)
    shutil.copyfile(source, destination)
    return BigShop(destination, count, seconds)


def _timestamp(seconds_sql: str) -> str:
    """SQL for START + `seconds_sql` seconds, stored exactly as SQLAlchemy stores a DateTime."""
    start = START.strftime("%Y-%m-%d %H:%M:%S")
    return f"strftime('%Y-%m-%d %H:%M:%S', '{start}', ({seconds_sql}) || ' seconds') || '.000000'"


def created_at_of(order_id: int) -> datetime:
    """The creation time the builder gives order `order_id` (the same formula as its SQL)."""
    return START + timedelta(seconds=order_id * STEP_SECONDS + _jitter(order_id))


def _jitter(order_id: int) -> int:
    return (order_id * 7919) % JITTER_SECONDS


def status_of(order_id: int) -> str:
    if order_id % VOID_EVERY == 0:
        return "void"
    if order_id % PARK_EVERY == 0:
        return "parked"
    return "paid"


def build(path: Path, orders: int, shape: Shape = Shape()) -> None:
    """Create a migrated database at `path` holding `orders` orders and all that goes with them."""
    upgrade_database(sqlite_url(path))
    shifts = (orders + ORDERS_PER_SHIFT - 1) // ORDERS_PER_SHIFT
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        # Foreign keys are checked once over the whole file below instead of row by row; the
        # CHECK constraints and the closed-shift triggers stay in force throughout.
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("PRAGMA temp_store=MEMORY")
        db.execute("PRAGMA cache_size=-400000")
        db.execute("BEGIN")
        # Filling tables and then indexing them is several times faster than filling indexes row by
        # row; the indexes are recreated from their own SQL, so the schema stays the app's.
        indexes = db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({', '.join('?' * len(BULK_TABLES))})",
            BULK_TABLES,
        ).fetchall()
        for name, _sql in indexes:
            db.execute(f'DROP INDEX "{name}"')
        _fill(db, orders, shifts, shape)
        for _name, sql in indexes:
            db.execute(sql)
        _finish(db, shifts)
        db.execute("COMMIT")
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        assert not problems, f"the big database breaks foreign keys: {problems[:5]}"
        db.execute("PRAGMA journal_mode=WAL")


def _fill(db: sqlite3.Connection, orders: int, shifts: int, shape: Shape) -> None:
    params = {"orders": orders, "shifts": shifts}
    db.executemany("INSERT INTO tax_rates (name, percent) VALUES (?, ?)", RATES)
    db.execute(
        f"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {shape.customers})
        INSERT INTO customers (id, name, email, phone, created_at)
        SELECT i, 'Customer ' || printf('%05d', i), 'customer' || i || '@example.com',
               '+44 7700 ' || printf('%06d', i), {_timestamp("-86400")}
        FROM n
        """
    )
    db.execute(
        f"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {shape.items})
        INSERT INTO items (id, sku, barcode, name, price, stock, tax_rate, active, created_at, updated_at)
        SELECT i, 'SKU-' || printf('%05d', i), '200' || printf('%010d', i),
               {shape.item_name_sql}, 50 + (i * 37) % 2000, {OPENING_STOCK},
               CASE i % 2 WHEN 0 THEN {RATES[0][1]} ELSE {RATES[1][1]} END, 1,
               {_timestamp("-86400")}, {_timestamp("-86400")}
        FROM n
        """
    )
    db.execute(
        """
        INSERT INTO stock_movements (item_id, change, kind, reason, created_at)
        SELECT id, stock, 'opening', 'Stock when the shop opened', created_at FROM items
        """
    )
    # Each shift on a register of its own while open: one open shift per register is enforced.
    cashier = " ".join(f"WHEN {k} THEN '{name}'" for k, name in enumerate(CASHIERS))
    db.execute(
        f"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :shifts)
        INSERT INTO shifts (id, register, cashier, opened_at, opening_float)
        SELECT i, 'build-' || i,
               CASE (i - 1) % {len(CASHIERS)} {cashier} END,
               {_timestamp(f"((i - 1) * {ORDERS_PER_SHIFT} + 1) * {STEP_SECONDS} - 600")}, {FLOAT_MINOR}
        FROM n
        """,
        params,
    )
    _fill_lines(db, orders, shape)
    _fill_orders(db, shape)
    db.execute(
        """
        INSERT INTO order_items (id, order_id, item_id, quantity, price_paid, list_price, override_reason,
                                 tax_rate, tax_name, discount_kind, discount_value, discount_reason,
                                 line_discount, order_discount, net, tax, gross)
        SELECT id, order_id, item_id, quantity, price_paid, list_price, override_reason,
               tax_rate, tax_name, discount_kind, discount_value, discount_reason,
               line_discount, 0, net, gross - net, gross
        FROM gen_lines ORDER BY order_id, tax_rate, id
        """
    )
    db.execute(
        """
        INSERT INTO order_taxes (order_id, tax_name, tax_rate, net, tax)
        SELECT gen_lines.order_id, MIN(tax_name), tax_rate, SUM(net), SUM(gross - net)
        FROM gen_lines JOIN orders ON orders.id = gen_lines.order_id
        WHERE orders.status = 'paid'
        GROUP BY gen_lines.order_id, tax_rate
        """
    )
    # Every third sale by card, the rest in cash handed over in whole 5.00 notes.
    db.execute(
        """
        INSERT INTO payments (order_id, method, amount, tendered, change_given, reference, created_at)
        SELECT id,
               CASE WHEN id % 3 = 0 THEN 'card' ELSE 'cash' END, total,
               CASE WHEN id % 3 = 0 THEN total ELSE ((total + 499) / 500) * 500 END,
               CASE WHEN id % 3 = 0 THEN 0 ELSE ((total + 499) / 500) * 500 - total END,
               CASE WHEN id % 3 = 0 THEN 'CARD-' || id END, paid_at
        FROM orders WHERE status = 'paid' ORDER BY id
        """
    )
    db.execute(
        """
        INSERT INTO stock_movements (item_id, change, kind, order_id, created_at)
        SELECT gen_lines.item_id, -gen_lines.quantity, 'sale', orders.id, orders.paid_at
        FROM gen_lines JOIN orders ON orders.id = gen_lines.order_id
        WHERE orders.status = 'paid' ORDER BY gen_lines.order_id, gen_lines.tax_rate, gen_lines.id
        """
    )
    _fill_refunds(db, params, shape)
    db.execute("DROP TABLE gen_lines")


def _finish(db: sqlite3.Connection, shifts: int) -> None:
    """Close the shifts and set each item's stock to the sum of its journal (both read by index)."""
    _close_shifts(db, shifts)
    db.execute(
        """
        UPDATE items SET stock = (SELECT SUM(change) FROM stock_movements WHERE item_id = items.id)
        """
    )


def _fill_lines(db: sqlite3.Connection, orders: int, shape: Shape) -> None:
    """shape.lines (one to three by default) lines per order in a scratch table, priced as the till
    prices them (tax included).

    Every 40th line has a 10% discount, every 70th was sold below its catalog price with a reason.
    """
    db.execute(
        """
        CREATE TEMP TABLE gen_lines (
            id INTEGER, order_id INTEGER, item_id INTEGER, quantity INTEGER,
            price_paid INTEGER, list_price INTEGER, override_reason TEXT, tax_rate INTEGER,
            tax_name TEXT, discount_kind TEXT, discount_value INTEGER, discount_reason TEXT,
            line_discount INTEGER, net INTEGER, gross INTEGER,
            -- Kept in this order, the sums per order and per order and rate stream without sorting.
            PRIMARY KEY (order_id, tax_rate, id)) WITHOUT ROWID
        """
    )
    fewest, most = shape.lines
    slots = " UNION ALL ".join(f"SELECT {j} AS j" for j in range(1, shape.slots + 1))
    db.execute(
        f"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :orders),
        raw AS (
            SELECT (n.i - 1) * {shape.slots} + k.j AS id, n.i AS order_id, k.j AS j,
                   1 + (n.i * 31 + k.j * 17) % {shape.items} AS item_id,
                   CASE WHEN k.j = 1 AND n.i % {REFUND_EVERY} = 0 THEN 1 ELSE 1 + (n.i + k.j) % 3 END
                       AS quantity
            FROM n, ({slots}) AS k
            WHERE k.j <= {fewest} + n.i % {most - fewest + 1}
        ),
        priced AS (
            SELECT raw.*, items.price AS list_price,
                   CASE WHEN raw.id % 70 = 0 THEN items.price - items.price / 10 ELSE items.price END
                       AS price_paid,
                   items.tax_rate AS tax_rate
            FROM raw JOIN items ON items.id = raw.item_id
        ),
        discounted AS (
            SELECT priced.*,
                   CASE WHEN id % 40 = 0 THEN (price_paid * quantity + 5) / 10 ELSE 0 END AS line_discount
            FROM priced
        )
        INSERT INTO gen_lines
        SELECT id, order_id, item_id, quantity, price_paid, list_price,
               CASE WHEN price_paid != list_price THEN 'Damaged packaging' END, tax_rate,
               CASE tax_rate WHEN {RATES[0][1]} THEN '{RATES[0][0]}' ELSE '{RATES[1][0]}' END,
               CASE WHEN line_discount > 0 THEN 'percent' END,
               CASE WHEN line_discount > 0 THEN 1000 END,
               CASE WHEN line_discount > 0 THEN 'Loyalty card' END,
               line_discount,
               -- net = round half up (gross * 10000 / (10000 + rate)), as domain.tax.split_gross does
               (2 * (price_paid * quantity - line_discount) * 10000 + (10000 + tax_rate))
                   / (2 * (10000 + tax_rate)),
               price_paid * quantity - line_discount
        FROM discounted
        """,
        {"orders": orders},
    )


def _status_sql(column: str) -> str:
    """SQL for `status_of` over the order id in `column`."""
    return (
        f"CASE WHEN {column} % {VOID_EVERY} = 0 THEN 'void' "
        f"WHEN {column} % {PARK_EVERY} = 0 THEN 'parked' ELSE 'paid' END"
    )


def _fill_orders(db: sqlite3.Connection, shape: Shape) -> None:
    """The orders, their amounts summed from their lines; receipt numbers gapless over paid ids."""
    unpaid_up_to_id = f"(id / {VOID_EVERY} + id / {PARK_EVERY} - id / {VOID_EVERY * PARK_EVERY})"
    db.execute(
        f"""
        INSERT INTO orders (id, customer_id, status, created_at, paid_at, receipt_no, cash_rounding,
                            park_label, parked_at, void_reason, shift_id, discount_total,
                            subtotal, tax_total, total)
        SELECT id,
               CASE WHEN id % 10 < 3 THEN 1 + (id / 10 * 7919 + id % 10) % {shape.customers} END,
               status,
               {_timestamp(f"id * {STEP_SECONDS} + (id * 7919) % {JITTER_SECONDS}")},
               CASE WHEN status = 'paid'
                    THEN {_timestamp(f"id * {STEP_SECONDS} + {JITTER_SECONDS + PAY_DELAY_SECONDS}")} END,
               CASE WHEN status = 'paid' THEN id - {unpaid_up_to_id} END,
               0,
               CASE WHEN status = 'parked' THEN 'Table ' || (id % 20 + 1) END,
               CASE WHEN status = 'parked'
                    THEN {_timestamp(f"id * {STEP_SECONDS} + {JITTER_SECONDS}")} END,
               CASE WHEN status = 'void' THEN 'Customer changed their mind' END,
               CASE WHEN status = 'paid' THEN (id - 1) / {ORDERS_PER_SHIFT} + 1 END,
               discounts, net, gross - net, gross
        FROM (
            SELECT order_id AS id, {_status_sql("order_id")} AS status,
                   SUM(line_discount) AS discounts, SUM(net) AS net, SUM(gross) AS gross
            FROM gen_lines GROUP BY order_id
        )
        ORDER BY id
        """
    )


def _fill_refunds(db: sqlite3.Connection, params: dict[str, int], shape: Shape) -> None:
    """Every REFUND_EVERY-th paid order had its first line (quantity 1) returned for cash a day later."""
    db.execute(
        f"""
        INSERT INTO refunds (id, order_id, shift_id, created_at, reason, net, tax, total)
        SELECT orders.id, orders.id, MIN((orders.id * {STEP_SECONDS} + 86400 - {STEP_SECONDS})
                   / ({ORDERS_PER_SHIFT} * {STEP_SECONDS}) + 1, :shifts),
               {_timestamp(f"orders.id * {STEP_SECONDS} + 86400")}, 'Changed mind',
               order_items.net, order_items.tax, order_items.gross
        FROM orders JOIN order_items ON order_items.id = (orders.id - 1) * {shape.slots} + 1
        WHERE orders.status = 'paid' AND orders.id % {REFUND_EVERY} = 0
        ORDER BY orders.id
        """,
        params,
    )
    db.execute(
        f"""
        INSERT INTO refund_lines (refund_id, order_item_id, quantity, net, tax, gross)
        SELECT refunds.id, (refunds.order_id - 1) * {shape.slots} + 1, 1,
               refunds.net, refunds.tax, refunds.total
        FROM refunds ORDER BY refunds.id
        """
    )
    db.execute(
        """
        INSERT INTO refund_tenders (refund_id, method, amount)
        SELECT id, 'cash', total FROM refunds WHERE total > 0 ORDER BY id
        """
    )
    db.execute(
        f"""
        INSERT INTO stock_movements (item_id, change, kind, refund_id, created_at)
        SELECT order_items.item_id, 1, 'return', refunds.id, refunds.created_at
        FROM refunds JOIN order_items ON order_items.id = (refunds.order_id - 1) * {shape.slots} + 1
        ORDER BY refunds.id
        """
    )


def _close_shifts(db: sqlite3.Connection, shifts: int) -> None:
    """Close every shift but the newest with the cash counted exactly; the newest stays open on "main".

    A shift closes an hour after its last order's slot, after every sale and refund it holds.
    """
    db.execute(
        """
        CREATE TEMP TABLE shift_cash AS
        SELECT shifts.id AS shift_id, shifts.opening_float
            + COALESCE((SELECT SUM(payments.amount) FROM orders JOIN payments ON payments.order_id = orders.id
                        WHERE orders.shift_id = shifts.id AND payments.method = 'cash'), 0)
            - COALESCE((SELECT SUM(refund_tenders.amount) FROM refunds
                        JOIN refund_tenders ON refund_tenders.refund_id = refunds.id
                        WHERE refunds.shift_id = shifts.id AND refund_tenders.method = 'cash'), 0) AS cash
        FROM shifts
        """
    )
    db.execute(
        f"""
        UPDATE shifts SET
            register = 'main',
            closed_at = {_timestamp(f"id * {ORDERS_PER_SHIFT} * {STEP_SECONDS} + 3600")},
            expected_cash = (SELECT cash FROM shift_cash WHERE shift_cash.shift_id = shifts.id),
            counted_cash = (SELECT cash FROM shift_cash WHERE shift_cash.shift_id = shifts.id)
        WHERE id < :shifts
        """,
        {"shifts": shifts},
    )
    db.execute("UPDATE shifts SET register = 'main' WHERE id = :shifts", {"shifts": shifts})
    db.execute("DROP TABLE shift_cash")
