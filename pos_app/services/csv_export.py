"""Export orders, order lines, items and customers to CSV files an owner opens in a spreadsheet.

Used by `pos-app export orders|lines|items|customers FILE.csv [--from DATE] [--to DATE]` and
by File → Export… in the window (ui/export_menu.py, which runs it on a worker thread).

The file:
- UTF-8 with a byte-order mark, so Excel shows accented names right on a double click; our
  own importers (and LibreOffice, Numbers, Python's "utf-8-sig") accept the mark.
- Comma separated, a header row, CRLF line ends (RFC 4180).
- Money with two decimals and a point (`1234.50`, a refund total never negative here);
  times as the shop's local wall-clock time `YYYY-MM-DD HH:MM:SS`, which is also what
  `pos-app import orders` reads back.
- Text that people typed (names, SKUs, barcodes, emails, phones, cashiers) goes through
  csv_safety.spreadsheet_safe, so a cell starting with = + - @ can never run as a formula.
  Numbers and dates the app writes itself are left alone.
- items and customers have exactly the columns `pos-app import items|customers` takes, so an
  export can be edited and imported again (a typed value that had to be quoted keeps its quote).

Rows are streamed from one read transaction (a consistent snapshot) in chunks of
`chunk_rows` via yield_per, never loaded whole: memory stays flat at any size. The file is
written to a temporary file beside the target and renamed over it only when complete, so a
failure (disk full, no permission) never leaves half a file.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Integer, Select, String, func, select, type_coerce
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import aliased

from pos_app.controllers import audit
from pos_app.db.models import Customer, Item, Order, OrderItem, OrderStatus, Refund, Shift
from pos_app.domain.i18n import translate
from pos_app.services.csv_safety import spreadsheet_safe
from pos_app.services.export_kinds import ExportKind as ExportKind  # re-exported: scripts import it from here

CHUNK_ROWS = 2000
ORDER_COLUMNS = (
    "order_id",
    "receipt_no",
    "created_at",
    "paid_at",
    "status",
    "customer",
    "cashier",
    "subtotal",
    "discount",
    "tax",
    "total",
    "refunded",
)
LINE_COLUMNS = (
    "order_id",
    "receipt_no",
    "sku",
    "name",
    "quantity",
    "unit_price",
    "list_price",
    "discount",
    "net",
    "tax",
    "gross",
)
ITEM_COLUMNS = ("sku", "barcode", "name", "price", "stock", "tax_rate")
CUSTOMER_COLUMNS = ("name", "email", "phone")

Progress = Callable[[int, int], None]
AnySelect = Select[*tuple[Any, ...]]


class CsvExportError(Exception):
    """The export failed and no file was written; the message is fit to show the owner."""


@dataclass(frozen=True)
class ExportReport:
    kind: ExportKind
    path: Path
    rows: int

    def summary(self) -> str:
        return translate("ExportReport", "{rows} exported to {path}").format(
            rows=self.kind.count_text(self.rows), path=self.path
        )


def export_csv(
    engine: Engine,
    kind: ExportKind,
    path: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: Progress | None = None,
    chunk_rows: int = CHUNK_ROWS,
    recorded_as: Mapping[str, Any] | None = None,
) -> ExportReport:
    """Write `kind` to `path` (replacing it only when complete); returns how many rows were written.

    `date_from`/`date_to` are local days, both included, and apply to orders and lines (by when
    the order was created). `progress(rows_done, rows_total)` is called after each chunk; it runs
    on the caller's thread. Uses a connection of its own, so it may run on a worker thread.

    `recorded_as` names who exported on the audit event (actor, actor_user_id, approver); by
    default the open shift's cashier (the command line).

    Raises CsvExportError when the file cannot be written (nothing is left behind then).
    """
    header, statement, convert = _query(kind, date_from, date_to)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed or removed below, explicitly
            "w",
            encoding="utf-8-sig",
            newline="",
            dir=path.parent,
            prefix=f".{path.name}.",
            suffix=".part",
            delete=False,
        )
    except OSError as error:
        raise CsvExportError(_cannot_write(path, error)) from None
    temp = Path(handle.name)
    try:
        with handle, engine.connect() as connection:
            total = connection.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
            writer = csv.writer(handle)
            writer.writerow(header)
            done = 0
            if progress is not None:
                progress(0, total)
            result = connection.execution_options(yield_per=chunk_rows).execute(statement)
            for chunk in result.partitions():
                writer.writerows(map(convert, chunk))
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        _remove(temp)
        raise CsvExportError(_cannot_write(path, error)) from None
    except BaseException:
        _remove(temp)
        raise
    _record_export(engine, kind, path, done, date_from, date_to, recorded_as or {})
    return ExportReport(kind, path, done)


def _record_export(
    engine: Engine,
    kind: ExportKind,
    path: Path,
    rows: int,
    date_from: date | None,
    date_to: date | None,
    recorded_as: Mapping[str, Any],
) -> None:
    """Audit the export once the file is complete, in a short write transaction of its own (the
    export reads on its own connection, maybe on a worker thread). An export the audit trail
    cannot record is not delivered: the file is removed again."""
    details = {"kind": kind.value, "file": str(path), "rows": rows, "from": date_from, "to": date_to}
    try:
        audit.record_in_own_transaction(
            engine, "export", subject=("export", kind.value), details=details, **recorded_as
        )
    except SQLAlchemyError as error:
        _remove(path)
        raise CsvExportError(
            translate(
                "CsvExport",
                "The export could not be recorded in the audit trail ({reason}); the file was removed.",
            ).format(reason=error)
        ) from None


# -- what each export holds ------------------------------------------------------------------

Converter = Callable[[Sequence[Any]], list[str]]


def _query(
    kind: ExportKind, date_from: date | None, date_to: date | None
) -> tuple[tuple[str, ...], AnySelect, Converter]:
    if kind is ExportKind.ORDERS:
        return ORDER_COLUMNS, _orders(date_from, date_to), _order_rows()
    if kind is ExportKind.LINES:
        return LINE_COLUMNS, _lines(date_from, date_to), _line_row
    if kind is ExportKind.ITEMS:
        items: AnySelect = select(
            Item.sku, Item.barcode, Item.name, _minor(Item.price), Item.stock, _minor(Item.tax_rate)
        ).order_by(Item.id)
        return ITEM_COLUMNS, items, _item_row
    customers: AnySelect = select(Customer.name, Customer.email, Customer.phone).order_by(Customer.id)
    return CUSTOMER_COLUMNS, customers, _customer_row


def _in_range(statement: AnySelect, date_from: date | None, date_to: date | None) -> AnySelect:
    """Orders created on the local days from `date_from` to `date_to`, both included."""
    if date_from is not None:
        statement = statement.where(Order.created_at >= _utc_start_of(date_from))
    if date_to is not None:
        statement = statement.where(Order.created_at < _utc_start_of(date_to + timedelta(days=1)))
    return statement


def _orders(date_from: date | None, date_to: date | None) -> AnySelect:
    # A correlated sum per order (index on refunds.order_id) keeps the query streaming: a
    # grouped join would first aggregate every refund.
    refunded = (
        select(func.coalesce(func.sum(_minor(Refund.total)), 0))
        .where(Refund.order_id == Order.id)
        .scalar_subquery()
    )
    cashier = aliased(Shift)
    statement = (
        select(
            Order.id,
            Order.receipt_no,
            _stored(Order.created_at),
            _stored(Order.paid_at),
            Order.status,
            Customer.name,
            cashier.cashier,
            _minor(Order.subtotal),
            _minor(Order.discount_total),
            _minor(Order.tax_total),
            _minor(Order.total),
            refunded,
        )
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .outerjoin(cashier, cashier.id == Order.shift_id)
        # A draft is a sale still open on a till, not history.
        .where(Order.status != OrderStatus.DRAFT.value)
        .order_by(Order.created_at, Order.id)
    )
    return _in_range(statement, date_from, date_to)


def _lines(date_from: date | None, date_to: date | None) -> AnySelect:
    statement = (
        select(
            Order.id,
            Order.receipt_no,
            Item.sku,
            Item.name,
            OrderItem.quantity,
            _minor(OrderItem.price_paid),
            _minor(OrderItem.list_price),
            _minor(OrderItem.line_discount) + _minor(OrderItem.order_discount),
            _minor(OrderItem.net),
            _minor(OrderItem.tax),
            _minor(OrderItem.gross),
        )
        .join(Order, Order.id == OrderItem.order_id)
        .join(Item, Item.id == OrderItem.item_id)
        .where(Order.status != OrderStatus.DRAFT.value)
        .order_by(Order.created_at, Order.id, OrderItem.id)
    )
    return _in_range(statement, date_from, date_to)


def _order_rows() -> Converter:
    created, paid = _LocalTimes(), _LocalTimes()

    def convert(row: Sequence[Any]) -> list[str]:
        order_id, receipt_no, created_at, paid_at, status, customer, cashier, *money = row
        return [
            str(order_id),
            _number(receipt_no),
            created(created_at),
            paid(paid_at),
            spreadsheet_safe(status),
            _text(customer),
            _text(cashier),
            *map(_money, money),
        ]

    return convert


def _line_row(row: Sequence[Any]) -> list[str]:
    order_id, receipt_no, sku, name, quantity, *money = row
    return [str(order_id), _number(receipt_no), _text(sku), _text(name), str(quantity), *map(_money, money)]


def _item_row(row: Sequence[Any]) -> list[str]:
    sku, barcode, name, price, stock, tax_rate = row
    return [
        _text(sku),
        _text(barcode),
        _text(name),
        _money(price),
        str(stock),
        format(Decimal(tax_rate).scaleb(-2).normalize(), "f"),
    ]


def _customer_row(row: Sequence[Any]) -> list[str]:
    return [_text(value) for value in row]


# -- cells -------------------------------------------------------------------------------------
# Money and times are read raw (integer minor units, stored text) and formatted here: going
# through the Decimal and datetime types took most of the time of a big export.


def _minor(column: Any) -> Any:
    return type_coerce(column, Integer)


def _stored(column: Any) -> Any:
    return type_coerce(column, String)


def _text(value: str | None) -> str:
    return "" if value is None else spreadsheet_safe(value)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _money(minor: int | None) -> str:
    """Integer minor units as an amount with two decimals: 1234 -> 12.34, -5 -> -0.05."""
    if minor is None:
        return ""
    whole, cents = divmod(abs(minor), 100)
    return f"{'-' if minor < 0 else ''}{whole}.{cents:02d}"


class _LocalTimes:
    """Stored naive-UTC times ('2026-03-01 13:30:00.000000') as the shop's local wall-clock time.

    Exports come in time order, so the zone is asked once per UTC hour: when the offset is the
    same at its start and end and a whole number of hours (true of nearly every hour anywhere),
    only the hour changes and minutes and seconds are carried over as stored.
    """

    def __init__(self) -> None:
        self._hour: str | None = None
        self._local_hour: str | None = None

    def __call__(self, stored: str | None) -> str:
        if stored is None:
            return ""
        if len(stored) < 19:  # not as SQLAlchemy stores times: convert it the slow, general way
            moment = datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone()
            return moment.strftime("%Y-%m-%d %H:%M:%S")
        hour = stored[:13]
        if hour != self._hour:
            start = datetime.fromisoformat(f"{hour}:00").replace(tzinfo=UTC)
            first, last = start.astimezone(), (start + timedelta(minutes=59)).astimezone()
            offset = first.utcoffset()
            steady = offset == last.utcoffset() and offset is not None and not offset % timedelta(hours=1)
            self._hour, self._local_hour = hour, first.strftime("%Y-%m-%d %H") if steady else None
        if self._local_hour is not None:
            return self._local_hour + stored[13:19]
        moment = datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone()
        return moment.strftime("%Y-%m-%d %H:%M:%S")


def _utc_start_of(day: date) -> datetime:
    """Local midnight at the start of `day`, as naive UTC."""
    return datetime.combine(day, time()).astimezone(UTC).replace(tzinfo=None)


# -- files -------------------------------------------------------------------------------------


def _cannot_write(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    return translate("CsvExport", "Cannot write {path}: {reason}. Nothing was exported.").format(
        path=path, reason=reason
    )


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()
