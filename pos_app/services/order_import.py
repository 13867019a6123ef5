"""Bring a shop's sales history over from another system: `pos-app import orders FILE.csv`.

The file has one row per sold line: `order_ref,created_at,customer_email,sku,quantity,unit_price`
(header names case-insensitive, in any order; comma, semicolon or tab separated). Rows with the
same order_ref are one sale and must agree on created_at and customer_email.

Reading:
- UTF-8 with or without a byte-order mark; a file that is not valid UTF-8 is read as
  Windows-1252 (what Excel's plain "CSV" writes on Western Windows). A file that is neither
  is refused.
- created_at is ISO 8601 (`2026-03-01 14:30`, `2026-03-01T14:30:00+01:00`, `...Z`). A time
  without an offset is the shop's local time; every time is stored as naive UTC like the rest
  of the database.
- quantity is a whole number from 1; unit_price an amount (`4.99` or `4,99`), never negative, in
  the shop's terms: tax included when the shop's prices include tax (Settings), else before tax.
- sku must be an item in the catalog; a non-empty customer_email a customer on file.

Everything is checked before anything is written, and every problem is reported with its line
number (up to MAX_PROBLEMS of them): a file with any problem imports nothing.

Writing is one transaction of set-based statements (executemany; no ORM object per row); 100k
lines (25k orders) took about 5 s on a shared build machine, about 20,000 lines a second:
- orders already imported (the same order_ref, kept in `orders.import_ref`) are skipped, so
  importing a file again changes nothing, and a longer file imports only its new orders;
- each new order becomes a paid sale, receipt numbers continuing the gapless series in
  created_at order, each line priced from its unit_price with the item's named tax rate by
  `domain.pricing.price_order`, as the till prices it (the shop's tax settings apply), with its
  `order_taxes` rows, so reports' tax figures are right;
- each sale gets one cash payment of its total (tendered = amount, no change). The other
  system's tenders are unknown and the payments table knows only cash, card and voucher; the
  imported sales are kept apart from the till's takings by their own shift instead (below);
- every paid sale belongs to a shift: each import opens one on the register "import", cashier
  "Imported: <file name>", from the first to the last sale's time, records the sales into it and
  closes it in the same transaction (expected = counted = the cash recorded, so no variance),
  after which the closed-shift triggers keep the imported history immutable;
- an `order_imports` row records the file name, the time, and the counts.
- Stock and the stock journal are NOT touched: the shop's stock count today already reflects
  those old sales, so taking them off again would be wrong.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from pos_app.controllers.settings import ShopSettings
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import (
    Customer,
    Item,
    Order,
    OrderImport,
    OrderItem,
    OrderStatus,
    OrderTax,
    Payment,
    PaymentMethod,
    Shift,
    TaxRate,
    utc_now,
)
from pos_app.domain.money import ZERO, MoneyError, parse_money
from pos_app.domain.pricing import OrderLine, OrderTotals, price_order
from pos_app.domain.tax import TaxRate as NamedRate
from pos_app.domain.validation import MAX_QUANTITY

COLUMNS = ("order_ref", "created_at", "customer_email", "sku", "quantity", "unit_price")
MAX_PROBLEMS = 50
# 1M lines of sales history are about 60 MB; far beyond that the file is more likely a mistake.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_REF = 64
IMPORT_REGISTER = "import"
# SQLite allows 999 host parameters per statement in old builds; lookups go in chunks below that.
_CHUNK = 500
_DELIMITERS = (",", ";", "\t")
_WHOLE_NUMBER = re.compile(r"[0-9]+", re.ASCII)

K = TypeVar("K")


class Problem(NamedTuple):
    """One reason the file cannot be imported; `line` is None for the file as a whole."""

    line: int | None
    reason: str

    def __str__(self) -> str:
        return self.reason if self.line is None else f"line {self.line}: {self.reason}"


class OrderImportError(Exception):
    """The file cannot be imported and nothing was written: every problem found, by line.

    `problems` holds at most MAX_PROBLEMS of them in line order; `total` counts them all.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        ordered = sorted(problems, key=lambda p: (p.line or 0, p.reason))
        self.problems = tuple(ordered[:MAX_PROBLEMS])
        self.total = len(ordered)
        super().__init__("; ".join(str(p) for p in self.problems[:3]))

    def report_lines(self) -> list[str]:
        """The problems as lines for a person to read, with a note of how many were left out."""
        lines = [str(problem) for problem in self.problems]
        if self.total > len(self.problems):
            lines.append(f"... and {self.total - len(self.problems):,} more problems")
        return lines


@dataclass(frozen=True)
class OrderImportReport:
    """What an import did: sales added (with their lines), and sales the database already had."""

    file_name: str
    orders: int
    lines: int
    skipped: int
    shift_id: int | None = None

    def summary(self) -> str:
        orders = f"{self.orders:,} {_plural(self.orders, 'order')}"
        lines = f"{self.lines:,} {_plural(self.lines, 'line')}"
        return f"{orders} ({lines}) imported, {self.skipped:,} already imported"


@dataclass(slots=True)
class _Line:
    line: int
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass(slots=True)
class _Order:
    ref: str
    line: int  # where its first row is
    created_at: datetime  # naive UTC
    email: str | None
    lines: list[_Line] = field(default_factory=list)


class _ItemRate(NamedTuple):
    id: int
    percent: Decimal


def import_orders(uow: UnitOfWork, path: Path, settings: ShopSettings) -> OrderImportReport:
    """Import the sales history in `path` (see the module docstring), all of it or nothing.

    Raises OrderImportError listing the problems found, with nothing written.
    """
    orders, problems = read_orders(path)
    with uow.write() as session:
        # Looked up inside the write transaction (BEGIN IMMEDIATE): nothing can change between
        # these checks and the writes, nor can a second import of the same file run alongside.
        items = _items_by_sku(session, {line.sku for order in orders for line in order.lines})
        customers = _customers_by_email(session, {o.email for o in orders if o.email is not None})
        problems.extend(_unknown_references(orders, items, customers))
        if problems:
            raise OrderImportError(problems)
        done = _imported_refs(session, [order.ref for order in orders])
        new = sorted((o for o in orders if o.ref not in done), key=lambda o: (o.created_at, o.line))
        if not new:
            return OrderImportReport(path.name, 0, 0, len(done))
        shift_id = _write_orders(session, path.name, new, items, customers, settings)
        session.execute(
            insert(OrderImport).values(
                file_name=path.name[:255],
                imported_at=utc_now(),
                shift_id=shift_id,
                order_count=len(new),
                line_count=sum(len(o.lines) for o in new),
                skipped_count=len(done),
            )
        )
    return OrderImportReport(path.name, len(new), sum(len(o.lines) for o in new), len(done), shift_id)


# -- reading and checking the file --------------------------------------------------------


def read_orders(path: Path) -> tuple[list[_Order], list[Problem]]:
    """The file's orders in file order, and every problem found without the database.

    Raises OrderImportError at once when the file as a whole cannot be read (not text, no
    usable header), since its rows cannot be checked then.
    """
    text = _read_text(path)
    if not text.strip():
        raise OrderImportError([Problem(None, "the file is empty")])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_guess_delimiter(text), strict=True)
    rows = _numbered_rows(reader)
    first = next(rows, None)
    if first is None:
        raise OrderImportError([Problem(None, "the file is empty")])
    header_line, header = first
    columns = _parse_header(header_line, header)
    problems: list[Problem] = []
    orders: dict[str, _Order] = {}
    seen_rows = 0
    try:
        for line, fields in rows:
            seen_rows += 1
            if len(fields) != len(columns):
                problems.append(
                    Problem(line, f"expected {len(columns)} fields as in the header, found {len(fields)}")
                )
                continue
            _check_row(line, dict(zip(columns, fields, strict=True)), orders, problems)
    except OrderImportError as error:  # the CSV itself broke: what was found so far, and that
        raise OrderImportError([*problems, *error.problems]) from None
    if not seen_rows:
        raise OrderImportError([Problem(None, "the file has a header but no rows")])
    return list(orders.values()), problems


def _check_row(line: int, values: dict[str, str], orders: dict[str, _Order], problems: list[Problem]) -> None:
    """Check one row and add it to its order; each problem found goes to `problems`."""
    found = len(problems)
    ref = values["order_ref"].strip()
    if not ref:
        problems.append(Problem(line, "order_ref is empty"))
    elif len(ref) > MAX_REF:
        problems.append(Problem(line, f"order_ref is longer than {MAX_REF} characters"))
    created_at = _parse_time(values["created_at"])
    if created_at is None:
        problems.append(
            Problem(
                line,
                f"created_at {_shorten(values['created_at'].strip())!r} is not an ISO 8601 date and time "
                "(like 2026-03-01 14:30 or 2026-03-01T14:30:00+01:00)",
            )
        )
    email = values["customer_email"].strip().lower() or None
    sku = values["sku"].strip()
    if not sku:
        problems.append(Problem(line, "sku is empty"))
    quantity_text = values["quantity"].strip()
    quantity = int(quantity_text) if _WHOLE_NUMBER.fullmatch(quantity_text) else 0
    if not 1 <= quantity <= MAX_QUANTITY:
        problems.append(
            Problem(
                line,
                f"quantity must be a whole number from 1 to {MAX_QUANTITY:,} "
                f"(got {_shorten(quantity_text)!r})",
            )
        )
    try:
        unit_price = parse_money(values["unit_price"], field="unit_price")
    except MoneyError as error:
        problems.append(Problem(line, str(error)))
        unit_price = ZERO
    order = orders.get(ref) if ref else None
    if order is not None and created_at is not None and created_at != order.created_at:
        problems.append(
            Problem(
                line,
                f"order {ref} has created_at {values['created_at'].strip()!r} here but another time "
                f"on line {order.line}; the rows of one order must agree",
            )
        )
    if order is not None and email != order.email:
        problems.append(
            Problem(
                line,
                f"order {ref} has customer_email {email or '(empty)'!r} here but "
                f"{order.email or '(empty)'!r} on line {order.line}; the rows of one order must agree",
            )
        )
    if len(problems) > found or created_at is None:
        return
    if order is None:
        order = orders[ref] = _Order(ref, line, created_at, email)
    order.lines.append(_Line(line, sku, quantity, unit_price))


def _parse_time(text: str) -> datetime | None:
    """ISO 8601 as naive UTC; a time without an offset is the shop's local time."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    # astimezone() on a naive datetime takes it as local time (the shop's clock), as the till does.
    return moment.astimezone(UTC).replace(tzinfo=None)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise OrderImportError(
                [
                    Problem(
                        None,
                        f"the file is too large ({size / 1_048_576:,.1f} MB, at most "
                        f"{MAX_FILE_BYTES // 1_048_576} MB); split it into smaller files",
                    )
                ]
            )
        data = path.read_bytes()
    except OSError as error:
        raise OrderImportError([Problem(None, f"cannot read the file ({error.strerror or error})")]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            line = error.object[: error.start].count(b"\n") + 1
            raise OrderImportError(
                [
                    Problem(
                        line,
                        "the file is neither UTF-8 nor Windows-1252 text (byte "
                        f"0x{error.object[error.start]:02X} cannot be read); save it from the spreadsheet "
                        "as “CSV UTF-8”",
                    )
                ]
            ) from None
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise OrderImportError(
            [Problem(line, "the file contains a NUL character: it is not a CSV text file")]
        )
    return text


def _guess_delimiter(text: str) -> str:
    # Spreadsheets in comma-decimal locales write ';'; the header names contain none of these.
    first_line = re.split(r"[\r\n]", text.lstrip("\r\n"), maxsplit=1)[0]
    return max(_DELIMITERS, key=first_line.count)


def _numbered_rows(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with the line on which each starts (a quoted value may span lines)."""
    ended_on = 0
    while True:
        try:
            fields: list[str] = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise OrderImportError(
                [Problem(reader.line_num, f"the row cannot be read as CSV ({error})")]
            ) from None
        starts_on = ended_on + 1
        ended_on = reader.line_num
        if any(value.strip() for value in fields):
            yield starts_on, fields


def _parse_header(line: int, fields: list[str]) -> list[str]:
    expected = f"expected the columns {', '.join(COLUMNS)}"
    names = ["_".join(value.strip().lower().replace("-", " ").split()) for value in fields]
    problems: list[Problem] = []
    unknown = [value.strip() for value, name in zip(fields, names, strict=True) if name not in COLUMNS]
    if unknown:
        problems.append(Problem(line, f"unknown column {_listing(unknown)} in the header; {expected}"))
    twice = sorted({name for name in names if name in COLUMNS and names.count(name) > 1})
    if twice:
        problems.append(Problem(line, f"the header names the column {_listing(twice)} twice"))
    missing = [name for name in COLUMNS if name not in names]
    if missing:
        problems.append(Problem(line, f"the header lacks the column {_listing(missing)}; {expected}"))
    if problems:
        raise OrderImportError(problems)
    return names


# -- the database: lookups ----------------------------------------------------------------


def _chunks(values: Iterable[K]) -> Iterator[list[K]]:
    chunk: list[K] = []
    for value in values:
        chunk.append(value)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _lookup(session: Session, key: Any, columns: Sequence[Any], keys: Iterable[Any]) -> list[Any]:
    """Rows (key, *columns) whose key is among `keys`: indexed IN queries, a chunk at a time."""
    found: list[Any] = []
    for chunk in _chunks(keys):
        found.extend(session.execute(select(key, *columns).where(key.in_(chunk))))
    return found


def _items_by_sku(session: Session, skus: set[str]) -> dict[str, _ItemRate]:
    rows = _lookup(session, Item.sku, [Item.id, Item.tax_rate], sorted(skus))
    return {sku: _ItemRate(item_id, percent) for sku, item_id, percent in rows}


def _customers_by_email(session: Session, emails: set[str]) -> dict[str, int]:
    # Emails are stored lower-case (domain.validation.clean_email), as the file's are compared.
    return dict(_lookup(session, Customer.email, [Customer.id], sorted(emails)))


def _imported_refs(session: Session, refs: list[str]) -> set[str]:
    return {row[0] for row in _lookup(session, Order.import_ref, [], refs)}


def _unknown_references(
    orders: list[_Order], items: dict[str, _ItemRate], customers: dict[str, int]
) -> Iterator[Problem]:
    for order in orders:
        for line in order.lines:
            if line.sku not in items:
                yield Problem(
                    line.line, f"unknown sku {_shorten(line.sku)!r}: add the item to the catalog first"
                )
            if order.email is not None and order.email not in customers:
                yield Problem(
                    line.line,
                    f"unknown customer {_shorten(order.email, 60)!r}: add the customer first "
                    "(or leave customer_email empty)",
                )


# -- the database: writing ----------------------------------------------------------------


def _write_orders(
    session: Session,
    file_name: str,
    orders: list[_Order],
    items: dict[str, _ItemRate],
    customers: dict[str, int],
    settings: ShopSettings,
) -> int:
    """Record `orders` (sorted by time) as paid sales in a new import shift; returns the shift's id."""
    names = dict(session.execute(select(TaxRate.percent, TaxRate.name)).all())
    # The same fallback name as SaleController's pricing, for a percent nobody named.
    rates = {
        item.percent: NamedRate(names.get(item.percent) or f"Tax {item.percent.normalize():f}%", item.percent)
        for item in items.values()
    }
    priced = [_price(order, items, rates, settings) for order in orders]
    opened_at, closed_at = orders[0].created_at, max(order.created_at for order in orders)
    shift_id = session.execute(
        insert(Shift)
        .values(
            register=IMPORT_REGISTER,
            cashier=f"Imported: {file_name}"[:100],
            opened_at=opened_at,
            opening_float=ZERO,
        )
        .returning(Shift.id)
    ).scalar_one()
    # Under BEGIN IMMEDIATE no other writer runs between this read and the inserts: gapless.
    first_no = cast(
        int, session.execute(select(func.coalesce(func.max(Order.receipt_no), 0) + 1)).scalar_one()
    )
    connection = session.connection()
    orders_table = cast(Table, Order.__table__)
    connection.execute(
        insert(orders_table),
        [
            {
                "customer_id": None if order.email is None else customers[order.email],
                "status": OrderStatus.PAID.value,
                "created_at": order.created_at,
                "paid_at": order.created_at,
                "receipt_no": first_no + index,
                "cash_rounding": ZERO,
                "shift_id": shift_id,
                "discount_total": ZERO,
                "subtotal": totals.subtotal,
                "tax_total": totals.tax,
                "total": totals.total,
                "import_ref": order.ref,
            }
            for index, (order, totals) in enumerate(zip(orders, priced, strict=True))
        ],
    )
    ids = dict(
        connection.execute(
            select(orders_table.c.import_ref, orders_table.c.id).where(orders_table.c.shift_id == shift_id)
        ).all()
    )
    connection.execute(
        insert(cast(Table, OrderItem.__table__)),
        [
            {
                "order_id": ids[order.ref],
                "item_id": items[line.sku].id,
                "quantity": line.quantity,
                "price_paid": line.unit_price,
                "list_price": line.unit_price,
                "tax_rate": amounts.tax_rate.percent,
                "tax_name": amounts.tax_rate.name,
                "line_discount": ZERO,
                "order_discount": ZERO,
                "net": amounts.net,
                "tax": amounts.tax,
                "gross": amounts.gross,
            }
            for order, totals in zip(orders, priced, strict=True)
            for line, amounts in zip(order.lines, totals.lines, strict=True)
        ],
    )
    connection.execute(
        insert(cast(Table, Payment.__table__)),
        [
            {
                "order_id": ids[order.ref],
                "method": PaymentMethod.CASH.value,
                "amount": totals.total,
                "tendered": totals.total,
                "change_given": ZERO,
                "reference": None,
                "created_at": order.created_at,
            }
            for order, totals in zip(orders, priced, strict=True)
        ],
    )
    tax_rows = [
        {
            "order_id": ids[order.ref],
            "tax_name": tax.rate.name,
            "tax_rate": tax.rate.percent,
            "net": tax.base,
            "tax": tax.tax,
        }
        for order, totals in zip(orders, priced, strict=True)
        for tax in totals.taxes
    ]
    if tax_rows:
        connection.execute(insert(cast(Table, OrderTax.__table__)), tax_rows)
    cash = sum((totals.total for totals in priced), ZERO)
    session.execute(
        update(Shift)
        .where(Shift.id == shift_id)
        .values(closed_at=closed_at, expected_cash=cash, counted_cash=cash)
        .execution_options(synchronize_session=False)
    )
    return shift_id


def _price(
    order: _Order, items: dict[str, _ItemRate], rates: dict[Decimal, NamedRate], settings: ShopSettings
) -> OrderTotals:
    """Price an imported order as the till would: its unit prices, each item's named rate."""
    lines = [
        OrderLine(list_price=line.unit_price, quantity=line.quantity, tax_rate=rates[items[line.sku].percent])
        for line in order.lines
    ]
    return price_order(lines, prices_include_tax=settings.prices_include_tax, rounding=settings.rounding)


# -- helpers ------------------------------------------------------------------------------


def _plural(count: int, noun: str) -> str:
    return noun if count == 1 else f"{noun}s"


def _listing(names: Iterable[str]) -> str:
    return ", ".join(repr(name) for name in names)


def _shorten(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
