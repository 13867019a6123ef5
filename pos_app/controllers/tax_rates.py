"""The shop's named tax rates ("Standard 20%", "Reduced 5%", "Zero 0%"): list, add, rename, re-rate, delete.

Items refer to a rate by its percent (`items.tax_rate`), so a percent has at most one name,
and every item's percent must have one: the catalog refuses an item at a percent nobody
named. Hence the rules here:
- changing a rate's percent moves every item on it to the new percent in the same
  transaction (a rate that went from 19% to 20% takes its items along);
- a rate can be deleted only while no item uses it;
- sales already made keep the name and percent they were charged (order_items.tax_name,
  order_taxes), so renaming or re-rating never rewrites history. Neither do open sales:
  a line keeps the rate it was rung up at.

A new database has no rates: rates differ by country, and a guess would be charged to real
customers. The owner adds them under Catalog → Tax rates… (Ctrl+T); the demo creates
Standard, Reduced and Zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Item, TaxRate
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission
from pos_app.domain.tax import TaxRate as NamedRate
from pos_app.domain.validation import ValidationError, clean_tax_rate


@dataclass(frozen=True, slots=True)
class TaxRateRow:
    """One named rate as the screens show it, with how many items (active or not) use it."""

    id: int
    name: str
    percent: Decimal
    item_count: int = 0

    @property
    def label(self) -> str:
        """How a rate reads in a list or a combo box, e.g. 'Standard — 20%'."""
        return f"{self.name} — {percent_text(self.percent)}%"


def percent_text(percent: Decimal) -> str:
    """A percent as a person would type it: 7, 7.5, 19.25 (never 7.00 or 2E+1)."""
    return format(percent.normalize(), "f")


def no_rate_message(percent: Decimal) -> str:
    """The refusal for an item at a percent that has no named rate (catalog form and CSV import)."""
    return translate("TaxRates", "No tax rate of {percent}%: add it under Tax rates first").format(
        percent=percent_text(percent)
    )


def check_rate_named(session: Session, percent: Decimal) -> None:
    """Raise UserError (field tax_rate) unless a named rate has this percent (in the caller's transaction)."""
    if session.scalar(select(TaxRate.id).where(TaxRate.percent == percent)) is None:
        raise UserError(no_rate_message(percent), "tax_rate")


def named_percents(session: Session) -> set[Decimal]:
    """Every percent that has a named rate (one SELECT)."""
    return set(session.scalars(select(TaxRate.percent)))


def validate_rate(name: str, percent: str) -> NamedRate:
    """A rate as typed in the form; raises ValidationError naming the field ("tax_name" or "tax_rate")."""
    if not percent.strip():
        raise ValidationError(
            "tax_rate",
            translate("TaxRates", "Type the rate's percent, like 20 (or 0 for a zero rate)"),
        )
    return NamedRate(name, clean_tax_rate(percent))


class TaxRateController(QObject):
    """Reads and edits the named tax rates.

    Signals:
        rates_changed(): a rate was added, renamed, re-rated or deleted (items may have moved).
    """

    rates_changed = Signal()

    def __init__(
        self, uow: UnitOfWork, parent: QObject | None = None, *, staff: StaffController | None = None
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Adding, changing or deleting a tax rate needs Permission.CATALOG_EDIT (None: scripts, unchecked).
        self._staff = staff

    def rates(self) -> list[TaxRateRow]:
        """Every named rate by percent, then name, with its item count (one SELECT)."""
        used = (
            select(func.count(Item.id))
            .where(Item.tax_rate == TaxRate.percent)
            .scalar_subquery()
            .label("used")
        )
        statement = select(TaxRate.id, TaxRate.name, TaxRate.percent, used).order_by(
            TaxRate.percent, TaxRate.name
        )
        with self._uow.read() as session:
            return [TaxRateRow(*row) for row in session.execute(statement)]

    def add_rate(self, name: str, percent: str) -> int:
        """Add a rate from typed text; returns its id. A duplicate name or percent is refused."""
        rate = self._validated(name, percent)
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            self._check_free(session, rate, rate_id=None)
            row = TaxRate(name=rate.name, percent=rate.percent)
            session.add(row)
            session.flush()
            rate_id = row.id
        self.rates_changed.emit()
        return rate_id

    def update_rate(self, rate_id: int, name: str, percent: str) -> int:
        """Rename and/or re-rate; items on the old percent move to the new one. Returns how many moved."""
        rate = self._validated(name, percent)
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            row = session.get(TaxRate, rate_id)
            if row is None:
                raise NotFoundError(translate("TaxRateController", "That tax rate no longer exists."))
            self._check_free(session, rate, rate_id=rate_id)
            moved = 0
            if row.percent != rate.percent:
                result = session.execute(
                    update(Item)
                    .where(Item.tax_rate == row.percent)
                    .values(tax_rate=rate.percent)
                    .execution_options(synchronize_session=False)
                )
                moved = int(result.rowcount)  # type: ignore[attr-defined]
            row.name, row.percent = rate.name, rate.percent
        self.rates_changed.emit()
        return moved

    def delete_rate(self, rate_id: int) -> None:
        """Delete a rate no item uses (active or not); otherwise say how many items still do."""
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            row = session.get(TaxRate, rate_id)
            if row is None:
                raise NotFoundError(translate("TaxRateController", "That tax rate no longer exists."))
            used = session.scalar(select(func.count(Item.id)).where(Item.tax_rate == row.percent)) or 0
            if used:
                if used == 1:
                    message = translate(
                        "TaxRateController",
                        "1 item uses {name} ({percent}%): move them to another rate before deleting it.",
                    )
                else:
                    message = translate(
                        "TaxRateController",
                        "{count:,} items use {name} ({percent}%): move them to another rate "
                        "before deleting it.",
                    )
                raise ConflictError(
                    message.format(count=used, name=row.name, percent=percent_text(row.percent))
                )
            session.delete(row)
        self.rates_changed.emit()

    @staticmethod
    def _validated(name: str, percent: str) -> NamedRate:
        try:
            return validate_rate(name, percent)
        except ValidationError as error:
            raise UserError(error.message, error.field) from None

    @staticmethod
    def _check_free(session: Session, rate: NamedRate, *, rate_id: int | None) -> None:
        # Inside the write transaction (BEGIN IMMEDIATE); the UNIQUE constraints stay the last word.
        clash = select(TaxRate.id, TaxRate.name, TaxRate.percent).where(
            (func.lower(TaxRate.name) == rate.name.lower()) | (TaxRate.percent == rate.percent)
        )
        if rate_id is not None:
            clash = clash.where(TaxRate.id != rate_id)
        for _other, name, percent in session.execute(clash):
            if percent == rate.percent:
                raise ConflictError(
                    translate(
                        "TaxRateController",
                        "{name} already has {percent}%: items refer to a rate by its percent, so "
                        "each percent has one name.",
                    ).format(name=name, percent=percent_text(percent)),
                    "tax_rate",
                )
            raise ConflictError(
                translate("TaxRateController", "There is already a tax rate named {name}.").format(name=name),
                "tax_name",
            )
