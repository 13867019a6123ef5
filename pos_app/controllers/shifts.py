"""Shifts at the till: opening one with a cash float; every sale and refund is recorded into it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from sqlalchemy import select

from pos_app.controllers.errors import ConflictError, UserError
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Shift, utc_now
from pos_app.domain.money import MoneyError, parse_money
from pos_app.domain.validation import ValidationError, clean_name

MAX_CASHIER_NAME = 100


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """An open or closed shift as the screens show it."""

    id: int
    cashier: str
    opened_at: datetime
    opening_float: Decimal
    closed_at: datetime | None


class ShiftController(QObject):
    """Opens the till's shift. Signal `shift_changed()` after a shift opens or closes."""

    shift_changed = Signal()

    def __init__(self, uow: UnitOfWork, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uow = uow

    def current(self) -> ShiftRow | None:
        """The open shift, or None when the till has none open."""
        with self._uow.read() as session:
            shift = session.scalars(select(Shift).where(Shift.closed_at.is_(None)).limit(1)).first()
            return None if shift is None else _row(shift)

    def open_shift(self, cashier: str, float_text: str) -> ShiftRow:
        """Open a shift for `cashier` with the cash float counted into the drawer."""
        try:
            name = clean_name(cashier, "cashier")
        except ValidationError as error:
            raise UserError(error.message, "cashier") from None
        try:
            opening_float = parse_money(float_text, field="Float")
        except MoneyError as error:
            raise UserError(str(error), "float") from None
        if not name:
            raise UserError("Type the cashier's name.", "cashier")
        if len(name) > MAX_CASHIER_NAME:
            raise UserError(f"The cashier's name is longer than {MAX_CASHIER_NAME} characters.", "cashier")
        with self._uow.write() as session:
            if session.scalars(select(Shift.id).where(Shift.closed_at.is_(None))).first() is not None:
                raise ConflictError("A shift is already open on this till: close it first.")
            shift = Shift(cashier=name, opened_at=utc_now(), opening_float=opening_float)
            session.add(shift)
            session.flush()
            row = _row(shift)
            session.expunge(shift)
        self.shift_changed.emit()
        return row


def _row(shift: Shift) -> ShiftRow:
    return ShiftRow(shift.id, shift.cashier, shift.opened_at, shift.opening_float, shift.closed_at)
