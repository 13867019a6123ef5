"""Shifts at the till: open one with a cash float, pay cash in and out, read X reports, close with a Z.

Every sale and refund is recorded into the open shift (one per register). Closing counts the
drawer by denomination and stores the count, the expected cash and the counted cash with the
closing time in one transaction; from then on the database's triggers refuse any change to the
shift or to anything recorded in it. The figures themselves are `shift_report.build_report`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from sqlalchemy import select, update

from pos_app.controllers import audit_hooks
from pos_app.controllers.errors import ConflictError, UserError
from pos_app.controllers.shift_queries import open_shift_id
from pos_app.controllers.shift_report import ShiftReport, build_report
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import CashCount, CashMovement, CashMovementKind, Shift, utc_now
from pos_app.domain.denominations import (
    DEFAULT_DENOMINATIONS,
    CountError,
    check_counts,
    counted_total,
    parse_count,
)
from pos_app.domain.i18n import translate
from pos_app.domain.money import MoneyError, format_money, parse_money
from pos_app.domain.validation import ValidationError, clean_name

MAX_CASHIER_NAME = 100
MAX_REASON = 200
RECENT_SHIFTS = 50


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """An open or closed shift as the screens show it."""

    id: int
    cashier: str
    opened_at: datetime
    opening_float: Decimal
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class CashMovementRow:
    """A paid in or paid out just recorded."""

    id: int
    shift_id: int
    kind: str
    amount: Decimal
    reason: str


class ShiftController(QObject):
    """The till's shift.

    Signals:
        shift_changed(): a shift opened or closed.
        cash_moved(): cash was paid into or out of the drawer.
    """

    shift_changed = Signal()
    cash_moved = Signal()

    def __init__(
        self,
        uow: UnitOfWork,
        parent: QObject | None = None,
        *,
        denominations: tuple[Decimal, ...] = DEFAULT_DENOMINATIONS,
        current_user_id: Callable[[], int | None] = lambda: None,
        current_user_name: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Who is logged in at the till: recorded on the shift they open (shifts.user_id), under
        # their account's name — nobody opens a shift in someone else's name.
        self._current_user_id = current_user_id
        self._current_user_name = current_user_name
        self.denominations = denominations

    # -- reading -------------------------------------------------------------------------

    def current(self) -> ShiftRow | None:
        """The open shift, or None when the till has none open."""
        with self._uow.read() as session:
            shift = session.scalars(select(Shift).where(Shift.closed_at.is_(None)).limit(1)).first()
            return None if shift is None else _row(shift)

    def recent_shifts(self, limit: int = RECENT_SHIFTS) -> list[ShiftRow]:
        """The latest shifts, newest first (the open one, if any, among them)."""
        with self._uow.read() as session:
            rows = session.execute(
                select(Shift.id, Shift.cashier, Shift.opened_at, Shift.opening_float, Shift.closed_at)
                .order_by(Shift.opened_at.desc(), Shift.id.desc())
                .limit(limit)
            ).all()
            return [ShiftRow(*row) for row in rows]

    def last_cashier(self) -> str:
        """Who opened the latest shift: the name the open-shift form suggests."""
        with self._uow.read() as session:
            name = session.scalars(select(Shift.cashier).order_by(Shift.id.desc()).limit(1)).first()
            return name or ""

    def x_report(self) -> ShiftReport:
        """The open shift's figures so far; changes nothing."""
        with self._uow.read() as session:
            shift_id = open_shift_id(session)
            if shift_id is None:
                raise UserError(
                    translate("ShiftController", "No shift is open: there is no X report to read.")
                )
            return build_report(session, shift_id)

    def report(self, shift_id: int) -> ShiftReport:
        """The report of any shift: a Z report again for a closed one, an X report for the open one."""
        with self._uow.read() as session:
            return build_report(session, shift_id)

    # -- changing ------------------------------------------------------------------------

    def logged_in_name(self) -> str | None:
        """The name a shift opened now is recorded under when someone is logged in (else typed)."""
        return self._current_user_name()

    def open_shift(self, cashier: str, float_text: str) -> ShiftRow:
        """Open a shift for `cashier` (the logged-in person, when there is one) with the cash
        float counted into the drawer."""
        cashier = self._current_user_name() or cashier
        try:
            name = clean_name(cashier, "cashier")
        except ValidationError as error:
            raise UserError(error.message, "cashier") from None
        try:
            opening_float = parse_money(
                float_text,
                field=translate("ShiftController", "Float"),
            )
        except MoneyError as error:
            raise UserError(str(error), "float") from None
        if len(name) > MAX_CASHIER_NAME:
            raise UserError(
                translate(
                    "ShiftController", "The cashier's name is longer than {maximum} characters."
                ).format(maximum=MAX_CASHIER_NAME),
                "cashier",
            )
        with self._uow.write() as session:
            if open_shift_id(session) is not None:
                raise ConflictError(
                    translate("ShiftController", "A shift is already open on this till: close it first.")
                )
            shift = Shift(
                cashier=name,
                opened_at=utc_now(),
                opening_float=opening_float,
                user_id=self._current_user_id(),
            )
            session.add(shift)
            session.flush()
            audit_hooks.shift_opened(session, name, shift.id, opening_float)
            row = _row(shift)
            session.expunge(shift)
        self.shift_changed.emit()
        return row

    def paid_in(self, amount_text: str, reason: str) -> CashMovementRow:
        """Record cash put into the drawer that is not a sale (more change from the bank, say)."""
        return self._move(CashMovementKind.PAID_IN, amount_text, reason)

    def paid_out(self, amount_text: str, reason: str) -> CashMovementRow:
        """Record cash taken out that is not a refund (a delivery paid from the till, say)."""
        return self._move(CashMovementKind.PAID_OUT, amount_text, reason)

    def close_shift(self, counts: Mapping[Decimal, int | str]) -> ShiftReport:
        """Close the open shift with the drawer counted (pieces per denomination); returns its Z report.

        Counts may be given as numbers or as the text typed for them (blank: none). The count rows,
        the expected and counted cash and the closing time are written in one transaction.
        """
        try:
            parsed = {
                Decimal(d): parse_count(c, Decimal(d)) if isinstance(c, str) else c for d, c in counts.items()
            }
            checked = check_counts(parsed, self.denominations)
        except CountError as error:
            raise UserError(error.message, "count") from None
        counted = counted_total(checked)
        with self._uow.write() as session:
            shift_id = open_shift_id(session)
            if shift_id is None:
                raise UserError(translate("ShiftController", "No shift is open: there is nothing to close."))
            expected = build_report(session, shift_id).expected_cash
            # The counts go in before the shift closes: the triggers refuse rows for a closed one.
            session.add_all(
                CashCount(shift_id=shift_id, denomination=denomination, count=count)
                for denomination, count in checked.items()
                if count
            )
            session.flush()
            closed = session.execute(
                update(Shift)
                .where(Shift.id == shift_id, Shift.closed_at.is_(None))
                .values(closed_at=utc_now(), expected_cash=expected, counted_cash=counted)
            )  # the default synchronize_session updates a Shift the Session already holds
            if closed.rowcount != 1:  # type: ignore[attr-defined]
                raise ConflictError(
                    translate("ShiftController", "This shift was closed meanwhile: nothing was changed.")
                )
            report = build_report(session, shift_id)
            audit_hooks.shift_closed(session, report.cashier, shift_id, expected, counted)
        self.shift_changed.emit()
        return report

    def _move(self, kind: CashMovementKind, amount_text: str, reason: str) -> CashMovementRow:
        label = _movement_label(kind.value)
        try:
            amount = parse_money(
                amount_text,
                field=translate("ShiftController", "The amount"),
            )
        except MoneyError as error:
            raise UserError(str(error), "amount") from None
        if amount <= 0:
            raise UserError(
                translate("ShiftController", "{label}: the amount must be more than 0.").format(label=label),
                "amount",
            )
        try:
            why = clean_name(reason, "reason")
        except ValidationError as error:
            message = (
                error.message
                if reason.strip()
                else translate("ShiftController", "{label}: type the reason.").format(label=label)
            )
            raise UserError(message, "reason") from None
        if len(why) > MAX_REASON:
            raise UserError(
                translate("ShiftController", "The reason is longer than {maximum} characters.").format(
                    maximum=MAX_REASON
                ),
                "reason",
            )
        with self._uow.write() as session:
            shift_id = open_shift_id(session)
            if shift_id is None:
                raise UserError(
                    translate(
                        "ShiftController",
                        "No shift is open: open a shift (F10) before paying cash in or out.",
                    )
                )
            movement = CashMovement(shift_id=shift_id, kind=kind.value, amount=amount, reason=why)
            session.add(movement)
            session.flush()
            row = CashMovementRow(movement.id, shift_id, kind.value, amount, why)
            audit_hooks.cash_moved(session, kind.value, shift_id, amount, why)
            session.expunge(movement)
        self.cash_moved.emit()
        return row


def describe_movement(row: CashMovementRow) -> str:
    """One line for the status bar: "Paid out 12.50: window cleaner"."""
    return translate("Shifts", "{label} {amount}: {reason}").format(
        label=_movement_label(row.kind), amount=format_money(row.amount), reason=row.reason
    )


def _movement_label(kind: str) -> str:
    """ "Paid in" or "Paid out" in the user's language (`kind` is the stored English value)."""
    if kind == CashMovementKind.PAID_IN.value:
        return translate("Shifts", "Paid in")
    return translate("Shifts", "Paid out")


def _row(shift: Shift) -> ShiftRow:
    return ShiftRow(shift.id, shift.cashier, shift.opened_at, shift.opening_float, shift.closed_at)
