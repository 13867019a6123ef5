"""Retention: delete the sales older than a cut-off date, after a verified backup.

`purge_preview` says what a cut-off would remove, counted in SQL. `purge` is the one entry
point that removes it (the owner-only check and the audit log of a later issue belong at its
top and inside its write transaction): first an automatic backup through pos_app.db.backup,
verified by SQLite's integrity check, and only if that succeeded ONE write transaction:

1. insert the row of `purge_permit`, so the closed-shift DELETE guards stand aside (0008);
2. ONE bulk `DELETE FROM orders WHERE created_at < :cutoff ...`; the database removes each
   sale's lines, payments, taxes, refunds, refund lines and refund tenders by ON DELETE CASCADE
   and sets the stock movements' links to NULL;
3. delete the shifts closed before the cut-off that no remaining sale or refund refers to,
   with their cash movements and drawer counts (three statements);
4. delete the permit row again, then check `PRAGMA foreign_key_check` and stock == SUM(journal);
   any surprise rolls the whole transaction back.

The number of statements is the same for ten orders or a million: no Python loop over rows.
Measured on 140,000 orders (420,000 lines, 104 MB): preview 0.5 s; purging 30,000 of them about
2 s for the DELETE and its cascades, plus 2.7 s for the backup. The write lock is held for the
transaction, so a purge belongs to a time when the shop is closed (tills would wait).

Decisions, and why:

- **The cut-off** is a local date: orders from before local midnight starting that day go.
  It must be at least MIN_AGE_DAYS (90) days ago: the recent months a shop still reconciles,
  files tax for and takes returns against are never purged, and a typo in the month cannot
  wipe them. A cut-off in the future is refused too.
- **Which orders go**: every status (paid, void, parked, draft) whose whole life lies before
  the cut-off: created, paid and parked before it. Drafts and parked sales that old were
  abandoned. Kept, whatever their age:
  the open sale (the newest draft, which a till resumes on start); a sale with a return
  recorded on or after the cut-off (its refund belongs to a shift that is kept, and a refund
  cannot outlive its sale, so everything recorded after the cut-off stays whole); and the newest
  order, the sale holding the last receipt number and the sale of the newest refund. SQLite
  gives a new row the highest id + 1 and the till numbers receipts MAX + 1, so keeping those
  means no order id, receipt number or refund slip number (RF-id) is ever handed out twice,
  even after a shop that sold nothing for months purges everything old.
- **Receipt numbers** of the remaining sales are untouched. The series has a gap below the
  cut-off (the purged receipts live on in the backup) and stays gapless from there on.
- **Shifts** closed before the cut-off go with their cash movements and counts once no kept
  sale or refund refers to them, so retention is real (a shift's Z report is about its sales;
  without them it would be a float and a count with nothing to explain them). The backup
  keeps them. A shift that a kept sale or refund refers to stays whole, as does the open one
  and the newest (so shift numbers are never reused either); a shift spanning the cut-off
  keeps its later sales and loses the earlier ones.
- **The stock journal is kept**, every movement: stock on hand is its sum, the journal is
  append-only by design, and it is the item's audit trail (deliveries and adjustments are not
  sales). The movements of purged sales just lose their link (ON DELETE SET NULL). Compacting
  it into opening balances would be a separate, explicit operation.
- **VACUUM is not run**: it cannot run inside a transaction, rewrites the whole file (needing
  as much free space again) and holds the lock while it does. Freed pages are reused by new
  sales; `vacuum_database` shrinks the file on request, when the shop is closed
  (`pos-app purge --vacuum`).
"""

from __future__ import annotations

import sqlite3
import time as clock
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy import (
    ColumnElement,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from pos_app.controllers import audit_hooks
from pos_app.controllers.errors import UserError, translate_database_error
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.backup import BackupError, backup_sqlite
from pos_app.db.backups import backup_keep
from pos_app.db.engine import sqlite_file
from pos_app.db.models import (
    CashCount,
    CashMovement,
    Item,
    Order,
    OrderItem,
    OrderStatus,
    OrderTax,
    Payment,
    PurgePermit,
    Refund,
    RefundLine,
    RefundTender,
    Shift,
    StockMovement,
    utc_now,
)
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_datetime
from pos_app.domain.permissions import Permission
from pos_app.paths import backup_dir_for

MIN_AGE_DAYS = 90
PURGED_STATUSES = tuple(status.value for status in OrderStatus)
DATE_FORMAT = "YYYY-MM-DD"
# What the purge deletes, for forgetting their objects in the Session afterwards.
_PURGED_CLASSES: tuple[Any, ...] = (
    Order,
    OrderItem,
    Payment,
    OrderTax,
    Refund,
    RefundLine,
    RefundTender,
    Shift,
    CashMovement,
    CashCount,
)


# The counts of PurgePreview in the order _count selects them.
_COUNTED = (
    "paid",
    "void",
    "parked",
    "drafts",
    "lines",
    "payments",
    "order_taxes",
    "refunds",
    "refund_lines",
    "refund_tenders",
    "shifts",
    "cash_movements",
    "cash_counts",
    "unlinked_movements",
    "kept_returned_later",
)


class PurgeError(UserError):
    """The purge could not run or was stopped; nothing was deleted."""


@dataclass(frozen=True, slots=True)
class PurgePreview:
    """What a cut-off removes (or removed): counts by kind, and the dates of the orders affected.

    `oldest` and `newest` are the creation times (naive UTC) of the first and last order that go.
    """

    cutoff: date
    paid: int = 0
    void: int = 0
    parked: int = 0
    drafts: int = 0
    lines: int = 0
    payments: int = 0
    order_taxes: int = 0
    refunds: int = 0
    refund_lines: int = 0
    refund_tenders: int = 0
    shifts: int = 0
    cash_movements: int = 0
    cash_counts: int = 0
    unlinked_movements: int = 0
    kept_returned_later: int = 0
    oldest: datetime | None = None
    newest: datetime | None = None

    @property
    def orders(self) -> int:
        return self.paid + self.void + self.parked + self.drafts

    @property
    def confirmation(self) -> str:
        """What the owner types to confirm: the number of orders that go."""
        return str(self.orders)

    def summary_lines(self) -> list[str]:
        """The preview in words, one fact a line, for the terminal and the dialog."""
        if not self.orders:
            return [
                translate("PurgePreview", "No order was created before {cutoff}: nothing to purge.").format(
                    cutoff=self.cutoff.isoformat()
                )
            ]
        lines = [
            translate(
                "PurgePreview",
                "Orders created before {cutoff}: {orders:,} ({paid:,} paid, {void:,} "
                "voided, {parked:,} parked, {drafts:,} abandoned drafts)",
            ).format(
                cutoff=self.cutoff.isoformat(),
                orders=self.orders,
                paid=self.paid,
                void=self.void,
                parked=self.parked,
                drafts=self.drafts,
            ),
            translate("PurgePreview", "from {oldest} to {newest}").format(
                oldest=_local(self.oldest), newest=_local(self.newest)
            ),
            translate(
                "PurgePreview", "Sale lines: {lines:,}; payments: {payments:,}; tax lines: {order_taxes:,}"
            ).format(lines=self.lines, payments=self.payments, order_taxes=self.order_taxes),
            translate(
                "PurgePreview",
                "Returns: {refunds:,} ({refund_lines:,} lines, {refund_tenders:,} refund tenders)",
            ).format(
                refunds=self.refunds, refund_lines=self.refund_lines, refund_tenders=self.refund_tenders
            ),
            translate(
                "PurgePreview",
                "Shifts: {shifts:,} (with {cash_movements:,} cash movements and "
                "{cash_counts:,} drawer counts)",
            ).format(shifts=self.shifts, cash_movements=self.cash_movements, cash_counts=self.cash_counts),
            translate(
                "PurgePreview", "Stock movements kept, their link to the sale removed: {unlinked_movements:,}"
            ).format(unlinked_movements=self.unlinked_movements),
        ]
        if self.kept_returned_later:
            lines.append(
                translate(
                    "PurgePreview",
                    "Kept: {kept_returned_later:,} older sales with a return on or after the cut-off",
                ).format(kept_returned_later=self.kept_returned_later)
            )
        return lines


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What a purge deleted (counted inside its transaction) and where the backup before it is."""

    deleted: PurgePreview
    backup: Path
    seconds: float

    def summary_lines(self) -> list[str]:
        d = self.deleted
        return [
            translate("PurgeResult", "Backup: {backup}").format(backup=self.backup),
            translate(
                "PurgeResult",
                "Deleted {orders:,} orders, {lines:,} sale lines, {payments:,} payments, "
                "{refunds:,} returns and {shifts:,} shifts in {seconds:.1f} s.",
            ).format(
                orders=d.orders,
                lines=d.lines,
                payments=d.payments,
                refunds=d.refunds,
                shifts=d.shifts,
                seconds=self.seconds,
            ),
        ]


# -- the cut-off -----------------------------------------------------------------------------


def parse_cutoff(text_value: str) -> date:
    """The cut-off typed as YYYY-MM-DD; raises PurgeError with a message fit for the owner."""
    cleaned = text_value.strip()
    try:
        return date.fromisoformat(cleaned) if len(cleaned) == len(DATE_FORMAT) else _bad_date(cleaned)
    except ValueError:
        return _bad_date(cleaned)


def _bad_date(cleaned: str) -> date:
    shown = cleaned if len(cleaned) <= 20 else cleaned[:20] + "…"
    if not shown:
        raise PurgeError(
            translate("Purge", "Type the cut-off date as {format}.").format(format=DATE_FORMAT),
            "cutoff",
        )
    raise PurgeError(
        translate("Purge", "“{shown}” is not a date: type the cut-off as {format}, e.g. 2024-01-01.").format(
            shown=shown, format=DATE_FORMAT
        ),
        "cutoff",
    )


def latest_cutoff(today: date) -> date:
    """The most recent cut-off allowed on `today`."""
    return today - timedelta(days=MIN_AGE_DAYS)


def check_cutoff(cutoff: date, today: date) -> None:
    """Refuse a cut-off in the future or fewer than MIN_AGE_DAYS days ago (PurgeError)."""
    if cutoff > today:
        raise PurgeError(
            translate("Purge", "The cut-off {cutoff} is in the future. Nothing was deleted.").format(
                cutoff=cutoff.isoformat()
            ),
            "cutoff",
        )
    if cutoff > latest_cutoff(today):
        raise PurgeError(
            translate(
                "Purge",
                "The cut-off {cutoff} is too recent: orders of the last {days} days are "
                "never purged. Choose {latest} or earlier. Nothing was deleted.",
            ).format(cutoff=cutoff.isoformat(), days=MIN_AGE_DAYS, latest=latest_cutoff(today).isoformat()),
            "cutoff",
        )


def cutoff_utc(cutoff: date) -> datetime:
    """Local midnight at the start of `cutoff`, as the naive UTC the database stores."""
    return datetime.combine(cutoff, time.min).astimezone(UTC).replace(tzinfo=None)


# -- what goes -------------------------------------------------------------------------------


def _doomed_orders(before: datetime) -> list[ColumnElement[bool]]:
    """The WHERE of the orders a purge deletes (see the module docstring for every clause)."""
    other = aliased(Order)
    newest_draft = (
        select(other.id)
        .where(other.status == OrderStatus.DRAFT.value)
        .order_by(other.created_at.desc(), other.id.desc())
        .limit(1)
    )
    newest_refund_sale = select(Refund.order_id).order_by(Refund.id.desc()).limit(1)
    return [
        Order.created_at < before,
        Order.status.in_(PURGED_STATUSES),
        or_(Order.paid_at.is_(None), Order.paid_at < before),
        or_(Order.parked_at.is_(None), Order.parked_at < before),
        ~exists().where(Refund.order_id == Order.id, Refund.created_at >= before),
        Order.id < select(func.max(other.id)).scalar_subquery(),
        or_(
            Order.receipt_no.is_(None),
            Order.receipt_no < select(func.max(other.receipt_no)).scalar_subquery(),
        ),
        Order.id.not_in(newest_draft),
        Order.id.not_in(newest_refund_sale),
    ]


def _doomed_shifts(before: datetime, gone: Any | None) -> list[ColumnElement[bool]]:
    """The WHERE of the shifts a purge deletes: closed before the cut-off, not the newest, and
    referred to by no sale or refund that stays. `gone` is a SELECT of the order ids about to
    go (for the preview), or None once they are gone (in the purge)."""
    other = aliased(Shift)
    orders_left = exists().where(Order.shift_id == Shift.id)
    refunds_left = exists().where(Refund.shift_id == Shift.id)
    if gone is not None:
        orders_left = exists().where(Order.shift_id == Shift.id, Order.id.not_in(gone))
        refunds_left = exists().where(Refund.shift_id == Shift.id, Refund.order_id.not_in(gone))
    return [
        Shift.closed_at.is_not(None),
        Shift.closed_at < before,
        Shift.id < select(func.max(other.id)).scalar_subquery(),
        ~orders_left,
        ~refunds_left,
    ]


def _count(session: Session, cutoff: date) -> PurgePreview:
    """Every count of the preview in one SELECT."""
    before = cutoff_utc(cutoff)
    doomed = select(Order.id, Order.status, Order.created_at).where(*_doomed_orders(before)).cte("doomed")
    gone = select(doomed.c.id)
    gone_refunds = select(Refund.id).where(Refund.order_id.in_(gone))
    gone_shifts = select(Shift.id).where(*_doomed_shifts(before, gone))

    def of_status(status: OrderStatus) -> Any:
        counted = select(func.count()).select_from(doomed).where(doomed.c.status == status.value)
        return counted.scalar_subquery()

    def rows(model: Any, *where: ColumnElement[bool]) -> Any:
        return select(func.count()).select_from(model).where(*where).scalar_subquery()

    returned_later = select(func.count()).where(
        Order.created_at < before,
        exists().where(Refund.order_id == Order.id, Refund.created_at >= before),
    )
    statement = select(
        of_status(OrderStatus.PAID),
        of_status(OrderStatus.VOID),
        of_status(OrderStatus.PARKED),
        of_status(OrderStatus.DRAFT),
        rows(OrderItem, OrderItem.order_id.in_(gone)),
        rows(Payment, Payment.order_id.in_(gone)),
        rows(OrderTax, OrderTax.order_id.in_(gone)),
        rows(Refund, Refund.order_id.in_(gone)),
        rows(RefundLine, RefundLine.refund_id.in_(gone_refunds)),
        rows(RefundTender, RefundTender.refund_id.in_(gone_refunds)),
        rows(Shift, Shift.id.in_(gone_shifts)),
        rows(CashMovement, CashMovement.shift_id.in_(gone_shifts)),
        rows(CashCount, CashCount.shift_id.in_(gone_shifts)),
        rows(
            StockMovement,
            or_(StockMovement.order_id.in_(gone), StockMovement.refund_id.in_(gone_refunds)),
        ),
        returned_later.scalar_subquery(),
        select(func.min(doomed.c.created_at)).scalar_subquery(),
        select(func.max(doomed.c.created_at)).scalar_subquery(),
    )
    *numbers, oldest, newest = session.execute(statement).one()
    counts = dict(zip(_COUNTED, (int(number) for number in numbers), strict=True))
    return PurgePreview(cutoff, oldest=_as_datetime(oldest), newest=_as_datetime(newest), **counts)


def _as_datetime(value: Any) -> datetime | None:
    # MIN/MAX over a CTE column comes back as SQLite's text, not through the DateTime type.
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _local(moment: datetime | None) -> str:
    if moment is None:
        return "-"
    return format_datetime(moment.replace(tzinfo=UTC).astimezone())


# -- the operations --------------------------------------------------------------------------


def purge_preview(uow: UnitOfWork, cutoff: date, *, today: date | None = None) -> PurgePreview:
    """What purging before `cutoff` would delete; a refused cut-off raises PurgeError."""
    check_cutoff(cutoff, today or date.today())
    with uow.read() as session:
        return _count(session, cutoff)


def purge(
    uow: UnitOfWork,
    cutoff: date,
    *,
    backup_dir: Path | None = None,
    expected_orders: int | None = None,
    today: date | None = None,
) -> PurgeResult:
    """Back up the database, then delete everything from before `cutoff` in one transaction.

    `backup_dir` defaults to the `backups` folder beside the database. With `expected_orders`
    (the number the owner confirmed) the purge deletes exactly that many orders or nothing.
    Raises PurgeError (a refused cut-off, a failed backup, a changed count) with nothing deleted;
    a database error rolls everything back and surfaces as UserError.
    """
    check_cutoff(cutoff, today or date.today())
    started = clock.monotonic()
    backup = _backup(uow, cutoff, backup_dir)
    with uow.write() as session:
        counted = _count(session, cutoff)
        if expected_orders is not None and counted.orders != expected_orders:
            raise PurgeError(
                translate(
                    "Purge",
                    "{counted:,} orders would go now, not the {expected:,} confirmed: the "
                    "shop changed meanwhile. Preview again. Nothing was deleted.",
                ).format(counted=counted.orders, expected=expected_orders)
            )
        _delete(session, cutoff, counted)
        audit_hooks.purged(session, cutoff, counted.orders, counted.shifts, backup)
    _forget_deleted(uow)
    return PurgeResult(deleted=counted, backup=backup, seconds=clock.monotonic() - started)


def _backup(uow: UnitOfWork, cutoff: date, backup_dir: Path | None) -> Path:
    bind = uow.session.get_bind()
    database = (
        sqlite_file(bind.url.render_as_string(hide_password=False)) if isinstance(bind, Engine) else None
    )
    if database is None or not database.is_file():
        raise PurgeError(
            translate("Purge", "A purge backs up the shop's SQLite file first, and this database is not one.")
        )
    target = backup_dir if backup_dir is not None else backup_dir_for(database)
    try:
        # Rotated like every automatic backup: a shop that purges monthly keeps the newest
        # `backup_keep` of them, not one more file per purge for ever.
        return backup_sqlite(
            database, target, f"before-purge-{cutoff.isoformat()}", keep=backup_keep(database)
        )
    except (BackupError, OSError) as error:
        raise PurgeError(
            translate("Purge", "The backup before the purge failed ({error}). Nothing was deleted.").format(
                error=error
            )
        ) from error


def _delete(session: Session, cutoff: date, counted: PurgePreview) -> None:
    """The deleting statements, inside the caller's write transaction; raises to roll back."""
    before = cutoff_utc(cutoff)
    session.execute(insert(PurgePermit).values(id=1, granted_at=utc_now()))
    orders = session.execute(
        delete(Order).where(*_doomed_orders(before)).execution_options(synchronize_session=False)
    )
    gone_shifts = select(Shift.id).where(*_doomed_shifts(before, None))
    for model in (CashMovement, CashCount):
        session.execute(
            delete(model).where(model.shift_id.in_(gone_shifts)).execution_options(synchronize_session=False)
        )
    shifts = session.execute(
        delete(Shift).where(*_doomed_shifts(before, None)).execution_options(synchronize_session=False)
    )
    session.execute(delete(PurgePermit).execution_options(synchronize_session=False))
    deleted = (_rowcount(orders), _rowcount(shifts))
    if deleted != (counted.orders, counted.shifts):
        raise PurgeError(
            translate(
                "Purge",
                "The purge deleted {deleted_orders:,} orders and {deleted_shifts:,} "
                "shifts where it counted {counted_orders:,} and {counted_shifts:,}; it "
                "was undone. Nothing was deleted.",
            ).format(
                deleted_orders=deleted[0],
                deleted_shifts=deleted[1],
                counted_orders=counted.orders,
                counted_shifts=counted.shifts,
            )
        )
    broken = session.execute(text("PRAGMA foreign_key_check")).fetchall()
    if broken:
        raise PurgeError(
            translate("Purge", "The purge would leave broken references ({broken}); it was undone.").format(
                broken=broken[:3]
            )
        )
    drifted = session.execute(select(func.count()).where(_stock_off_journal())).scalar_one()
    if drifted:
        raise PurgeError(
            translate(
                "Purge", "Stock would no longer match the stock journal for {drifted} items; undone."
            ).format(drifted=drifted)
        )


def _stock_off_journal() -> ColumnElement[bool]:
    journal = select(func.coalesce(func.sum(StockMovement.change), 0)).where(StockMovement.item_id == Item.id)
    return exists().where(Item.stock != journal.scalar_subquery())


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


def _forget_deleted(uow: UnitOfWork) -> None:
    """Drop from the Session the loaded objects whose rows the purge deleted.

    The bulk DELETE does not touch the identity map; a stale object there could be returned
    by `session.get` later. One SELECT per class, bounded by what is loaded, not by the purge.
    """
    session = uow.session
    loaded: dict[Any, list[Any]] = {}
    for instance in list(session.identity_map.values()):
        if isinstance(instance, _PURGED_CLASSES):
            loaded.setdefault(type(instance), []).append(instance)
    if not loaded:
        return
    with uow.read() as reading:
        for model, instances in loaded.items():
            ids = [instance.id for instance in instances]
            alive = set(reading.scalars(select(model.id).where(model.id.in_(ids))))
            for instance in instances:
                if instance.id not in alive:
                    reading.expunge(instance)


def vacuum_database(uow: UnitOfWork) -> None:
    """Rewrite the file without the free pages a purge left (VACUUM): run it when the shop is closed."""
    with uow.read():
        pass  # ends any transaction the Session left open, which would make VACUUM wait or fail
    bind = uow.session.get_bind()
    assert isinstance(bind, Engine)
    try:
        with bind.connect() as connection:
            # On the driver connection: SQLAlchemy would BEGIN first, and VACUUM cannot run in a transaction.
            connection.connection.dbapi_connection.execute("VACUUM")  # type: ignore[union-attr]
    except DBAPIError as error:
        raise translate_database_error(error) or error from error
    except sqlite3.Error as error:  # raised by the driver itself, not wrapped by SQLAlchemy
        raise PurgeError(
            translate("Purge", "The database could not be compacted ({error}). Nothing was lost.").format(
                error=error
            )
        ) from error


class PurgeController(QObject):
    """The purge for the window: preview and purge with typed input, and a notice when done.

    Signals:
        purged(PurgeResult): old history was deleted and committed.
    """

    purged = Signal(object)

    def __init__(
        self, uow: UnitOfWork, parent: QObject | None = None, *, staff: StaffController | None = None
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Purging needs Permission.PURGE (None: scripts, unchecked).
        self._staff = staff

    def preview(self, cutoff_text: str) -> PurgePreview:
        return purge_preview(self._uow, parse_cutoff(cutoff_text))

    def purge(self, preview: PurgePreview, backup_dir: Path | None = None) -> PurgeResult:
        """Purge what `preview` showed: exactly its number of orders, or nothing."""
        with guarded(self._staff, Permission.PURGE):
            result = purge(self._uow, preview.cutoff, backup_dir=backup_dir, expected_orders=preview.orders)
        self.purged.emit(result)
        return result
