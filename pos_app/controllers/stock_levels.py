"""Stock on hand for the stock screen: the filtered, sorted list, reorder points and adjustments.

Everything is filtered, sorted and paged in SQL: search through the items' FTS index, "low
stock only" (a reorder point is set and stock is at or below it), "negative stock", and sorting
by name, by stock on hand or by shortfall. Each row carries the date of the item's last
movement, a correlated MAX over the (item_id, created_at) index, for the rows of one page only.

Adjustments go through the stock journal writers (stock_journal.py), so items.stock stays the
sum of the journal; `journal_mismatches()` lists any item where it is not (tests, self-test).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select, text, update
from sqlalchemy.orm import Session

from pos_app.controllers.errors import NotFoundError, UserError
from pos_app.controllers.item_queries import fts_query
from pos_app.controllers.paging import QueryPageSource
from pos_app.controllers.sql_types import SelectT
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.stock_journal import MAX_REASON, record_adjustments, set_stock
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Item, StockMovement, utc_now
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission
from pos_app.domain.validation import MAX_STOCK

_WORD = re.compile(r"\w+", re.UNICODE)
_SIGNED_WHOLE = re.compile(r"[+-]?\d+", re.ASCII)


class StockSort(enum.Enum):
    NAME = "name"  # A to Z
    STOCK = "stock"  # lowest on hand first
    SHORTFALL = "shortfall"  # furthest below its reorder point first; untracked items last


@dataclass(frozen=True, slots=True)
class StockFilter:
    """What the stock list shows: search text, and the two narrowing check boxes."""

    search: str = ""
    low_only: bool = False
    negative_only: bool = False
    sort: StockSort = StockSort.NAME


@dataclass(frozen=True, slots=True)
class StockLevelRow:
    """One item on the stock list. `shortfall` is how far below its reorder point it is (0 at it),
    None when it is above it or has none; `last_movement` is None when its stock never moved."""

    id: int
    sku: str
    barcode: str | None
    name: str
    stock: int
    reorder_point: int | None
    shortfall: int | None
    last_movement: datetime | None


@dataclass(frozen=True, slots=True)
class JournalMismatch:
    """An item whose stock on hand is not the sum of its stock movements (which must never happen)."""

    item_id: int
    sku: str
    stock: int
    journal_total: int


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A stock correction as typed: a counted figure ("12") or a change ("+5", "-3")."""

    counted: int | None = None
    change: int | None = None


_SHORT_BY = Item.reorder_point - Item.stock  # NULL when the item has no reorder point
IS_LOW = and_(Item.reorder_point.is_not(None), Item.stock <= Item.reorder_point)
_LAST_MOVEMENT = (
    select(func.max(StockMovement.created_at))
    .where(StockMovement.item_id == Item.id)
    .correlate(Item)
    .scalar_subquery()
)
_ROW_COLUMNS = (
    Item.id,
    Item.sku,
    Item.barcode,
    Item.name,
    Item.stock,
    Item.reorder_point,
    _SHORT_BY.label("short_by"),
    _LAST_MOVEMENT.label("last_movement"),
)


def _search_condition(session: Session, user_text: str) -> ColumnElement[bool] | None:
    """Items matching every word typed, through the FTS index on SQLite (as the catalog search)."""
    if session.get_bind().dialect.name == "sqlite":
        match = fts_query(user_text)
        if match is None:
            return None
        matching_ids = text("SELECT rowid FROM items_fts WHERE items_fts MATCH :match").bindparams(
            match=match
        )
        return Item.id.in_(matching_ids.columns(literal_column("rowid")))
    words = _WORD.findall(user_text)
    if not words:
        return None
    return and_(
        *(or_(Item.name.ilike(f"%{w}%"), Item.sku.ilike(f"{w}%"), Item.barcode.like(f"{w}%")) for w in words)
    )


def _filtered(session: Session, statement: SelectT, wanted: StockFilter) -> SelectT:
    statement = statement.where(Item.active.is_(True))
    condition = _search_condition(session, wanted.search)
    if condition is not None:
        statement = statement.where(condition)
    if wanted.low_only:
        statement = statement.where(IS_LOW)
    if wanted.negative_only:
        statement = statement.where(Item.stock < 0)
    return statement


def _ordered(statement: SelectT, sort: StockSort) -> SelectT:
    if sort is StockSort.STOCK:
        return statement.order_by(Item.stock, Item.name, Item.id)
    if sort is StockSort.SHORTFALL:
        return statement.order_by(_SHORT_BY.desc().nulls_last(), Item.name, Item.id)
    return statement.order_by(Item.name, Item.id)


def _to_row(row: Any) -> StockLevelRow:
    short_by = row.short_by
    return StockLevelRow(
        id=row.id,
        sku=row.sku,
        barcode=row.barcode,
        name=row.name,
        stock=row.stock,
        reorder_point=row.reorder_point,
        shortfall=short_by if short_by is not None and short_by >= 0 else None,
        last_movement=row.last_movement,
    )


def count_levels(session: Session, wanted: StockFilter) -> int:
    counted: int = session.execute(_filtered(session, select(func.count(Item.id)), wanted)).scalar_one()
    return counted


def level_rows(session: Session, wanted: StockFilter, *, offset: int, limit: int) -> list[StockLevelRow]:
    statement = _ordered(_filtered(session, select(*_ROW_COLUMNS), wanted), wanted.sort)
    return [_to_row(row) for row in session.execute(statement.offset(max(offset, 0)).limit(max(limit, 0)))]


def parse_reorder_point(user_text: str) -> int | None:
    """A reorder point as typed: blank means not tracked, else a whole number from 0 up."""
    stripped = user_text.strip()
    if not stripped:
        return None
    if not re.fullmatch(r"\d+", stripped, re.ASCII):
        raise UserError(
            translate(
                "StockLevels",
                "The reorder point must be a whole number of 0 or more, or blank for "
                "none (got {stripped!r}).",
            ).format(stripped=stripped[:20]),
            "reorder_point",
        )
    value = int(stripped)
    if value > MAX_STOCK:
        raise UserError(
            translate("StockLevels", "The reorder point cannot be more than {maximum:,}.").format(
                maximum=MAX_STOCK
            ),
            "reorder_point",
        )
    return value


def parse_adjustment(user_text: str) -> Adjustment:
    """ "12" is what was counted on the shelf; "+5" or "-3" changes the stock by that much."""
    stripped = user_text.strip()
    if not stripped:
        raise UserError(
            translate("StockLevels", "Type the count (like 12) or a change (like +5 or -3)."),
            "quantity",
        )
    if not _SIGNED_WHOLE.fullmatch(stripped):
        raise UserError(
            translate(
                "StockLevels",
                "Type a whole number: the count (like 12) or a change (like +5 or -3); got {stripped!r}.",
            ).format(stripped=stripped[:20]),
            "quantity",
        )
    value = int(stripped)
    if abs(value) > MAX_STOCK:
        raise UserError(
            translate("StockLevels", "That is more than {maximum:,}: check the figure.").format(
                maximum=MAX_STOCK
            ),
            "quantity",
        )
    if stripped[0] in "+-":
        if value == 0:
            raise UserError(
                translate(
                    "StockLevels", "A change of 0 changes nothing: type the count, or a change like +5."
                ),
                "quantity",
            )
        return Adjustment(change=value)
    return Adjustment(counted=value)


def clean_adjustment_reason(user_text: str) -> str:
    """Why the stock is corrected: required, one line, at most MAX_REASON characters."""
    reason = " ".join(user_text.split())
    if any(unicodedata.category(char) == "Cc" for char in reason):
        raise UserError(
            translate("StockLevels", "The reason contains control characters."),
            "reason",
        )
    if not reason:
        raise UserError(
            translate("StockLevels", "Say why the stock is corrected (a count, breakage, theft…)."),
            "reason",
        )
    if len(reason) > MAX_REASON:
        raise UserError(
            translate(
                "StockLevels", "The reason is too long ({length} characters, at most {maximum})."
            ).format(length=len(reason), maximum=MAX_REASON),
            "reason",
        )
    return reason


def journal_mismatch_rows(session: Session) -> list[JournalMismatch]:
    """Items whose stock is not the sum of their movements; the journal is summed per item first."""
    totals = (
        select(StockMovement.item_id, func.sum(StockMovement.change).label("total"))
        .group_by(StockMovement.item_id)
        .subquery()
    )
    journal_total = func.coalesce(totals.c.total, 0)
    statement = (
        select(Item.id, Item.sku, Item.stock, journal_total)
        .outerjoin(totals, totals.c.item_id == Item.id)
        .where(Item.stock != journal_total)
        .order_by(Item.id)
    )
    return [JournalMismatch(*row) for row in session.execute(statement)]


class StockLevelController(QObject):
    """The stock list, reorder points and stock adjustments.

    Signals:
        stock_changed(int): an item's stock or reorder point changed here; carries its id.
    """

    stock_changed = Signal(int)

    def __init__(
        self, uow: UnitOfWork, parent: QObject | None = None, *, staff: StaffController | None = None
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Correcting stock or a reorder point needs Permission.CATALOG_EDIT (None: scripts, unchecked).
        self._staff = staff

    def levels(self, wanted: StockFilter | None = None) -> QueryPageSource[StockLevelRow]:
        """A page source for the stock list as `wanted` filters and sorts it."""
        wanted = wanted or StockFilter()

        def count() -> int:
            with self._uow.read() as session:
                return count_levels(session, wanted)

        def fetch(offset: int, limit: int) -> list[StockLevelRow]:
            with self._uow.read() as session:
                return level_rows(session, wanted, offset=offset, limit=limit)

        return QueryPageSource(count, fetch)

    def level(self, item_id: int) -> StockLevelRow:
        """One item's row as it stands now."""
        with self._uow.read() as session:
            row = session.execute(select(*_ROW_COLUMNS).where(Item.id == item_id)).first()
        if row is None:
            raise NotFoundError(translate("StockLevelController", "That item no longer exists."))
        return _to_row(row)

    def set_reorder_point(self, item_id: int, user_text: str) -> int | None:
        """Set (or with blank text, clear) an item's reorder point; returns what was stored."""
        value = parse_reorder_point(user_text)
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            written = session.execute(update(Item).where(Item.id == item_id).values(reorder_point=value))
            if written.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFoundError(translate("StockLevelController", "That item no longer exists."))
        self.stock_changed.emit(item_id)
        return value

    def adjust(self, item_id: int, counted_or_change: str, reason: str) -> int:
        """Correct an item's stock to a count ("12") or by a change ("+5", "-3"), with a reason.

        The count is compared with the stock stored at that moment, inside the write
        transaction, so sales rung up meanwhile are not lost. Returns the new stock on hand.
        """
        adjustment = parse_adjustment(counted_or_change)
        why = clean_adjustment_reason(reason)
        now = utc_now()
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            before = session.execute(select(Item.stock).where(Item.id == item_id)).scalar_one_or_none()
            if before is None:
                raise NotFoundError(translate("StockLevelController", "That item no longer exists."))
            if adjustment.counted is not None:
                if not set_stock(session, item_id, adjustment.counted, reason=why, created_at=now):
                    raise UserError(
                        translate(
                            "StockLevelController",
                            "The stock on hand is already {before:,}: nothing was changed.",
                        ).format(before=before),
                        "quantity",
                    )
                after = adjustment.counted
            else:
                change = adjustment.change or 0
                after = before + change
                if abs(after) > MAX_STOCK:
                    raise UserError(
                        translate(
                            "StockLevelController", "That would make the stock {after:,}: check the figure."
                        ).format(after=after),
                        "quantity",
                    )
                session.execute(update(Item).where(Item.id == item_id).values(stock=Item.stock + change))
                record_adjustments(session, [(item_id, change)], reason=why, created_at=now)
        self.stock_changed.emit(item_id)
        return after

    def journal_mismatches(self) -> list[JournalMismatch]:
        """Items whose stock on hand differs from the sum of their journal (empty when all is well)."""
        with self._uow.read() as session:
            return journal_mismatch_rows(session)
