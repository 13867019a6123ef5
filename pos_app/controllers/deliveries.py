"""Receiving supplier deliveries: many items' stock goes up at once, in one write transaction.

`receive_delivery` validates everything before writing anything: the supplier, the delivery
note number and note, and every line (an item id, or a barcode / SKU as scanned, and a
positive whole quantity). Unknown codes are refused with the line named. The same item twice
is one movement of the sum. Then, in one BEGIN IMMEDIATE transaction and a constant number of
statements whatever the number of lines: the deliveries row, one executemany of 'delivery'
movements linked to it, and one UPDATE ... FROM that adds to each item's stock exactly what its
movements say, so items.stock stays the sum of the journal.

The same supplier's delivery note received twice would count the goods twice: it is refused.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Table, func, insert, or_, select, update
from sqlalchemy.orm import Session

from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.item_queries import lookup_code
from pos_app.controllers.paging import QueryPageSource
from pos_app.controllers.rows import ItemRow
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Delivery, Item, StockMovement, StockMovementKind, utc_now
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission
from pos_app.domain.validation import MAX_QUANTITY

MAX_SUPPLIER = 200
MAX_REFERENCE = 64
MAX_NOTE = 500
MAX_CODE = 64
MAX_LINES = 10_000
UNKNOWN_SHOWN = 5  # unknown codes named in one message; the rest are counted

_WHOLE = re.compile(r"[+-]?\d+", re.ASCII)
_ITEMS = cast(Table, Item.__table__)
_MOVEMENTS = cast(Table, StockMovement.__table__)

ItemRef = int | str  # an item id, or a barcode / SKU as scanned
Quantity = int | str


@dataclass(frozen=True, slots=True)
class DeliveryReceipt:
    """What a received delivery did: its id, how many different items, how many units."""

    delivery_id: int
    item_count: int
    units: int


@dataclass(frozen=True, slots=True)
class DeliveryRow:
    """One delivery in the list of deliveries, newest first."""

    id: int
    received_at: datetime
    supplier: str
    reference: str | None
    item_count: int
    units: int


@dataclass(frozen=True, slots=True)
class DeliveryLineRow:
    item_id: int
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True, slots=True)
class DeliveryDetail:
    id: int
    received_at: datetime
    supplier: str
    reference: str | None
    note: str | None
    lines: tuple[DeliveryLineRow, ...]


def _one_line(user_text: str, what: str, field: str, maximum: int, *, required: bool) -> str | None:
    value = " ".join(user_text.split())
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise UserError(
            translate("Deliveries", "The {what} contains control characters.").format(what=what),
            field,
        )
    if not value:
        if required:
            raise UserError(
                translate("Deliveries", "Type the {what}.").format(what=what),
                field,
            )
        return None
    if len(value) > maximum:
        raise UserError(
            translate(
                "Deliveries", "The {what} is too long ({length} characters, at most {maximum})."
            ).format(what=what, length=len(value), maximum=maximum),
            field,
        )
    return value


def _quantity(number: int, ref: ItemRef, quantity: Quantity) -> int:
    where = translate("Deliveries", "Line {number} ({ref})").format(number=number, ref=ref)
    if isinstance(quantity, bool):  # bool is an int to Python, never a quantity
        raise UserError(
            translate("Deliveries", "{where}: the quantity must be a whole number.").format(where=where),
            "lines",
        )
    if isinstance(quantity, str):
        stripped = quantity.strip()
        if not _WHOLE.fullmatch(stripped):
            raise UserError(
                translate(
                    "Deliveries", "{where}: the quantity must be a whole number (got {stripped!r})."
                ).format(where=where, stripped=stripped[:20]),
                "lines",
            )
        quantity = int(stripped)
    if quantity < 1:
        raise UserError(
            translate("Deliveries", "{where}: the quantity must be at least 1 (got {quantity}).").format(
                where=where, quantity=quantity
            ),
            "lines",
        )
    if quantity > MAX_QUANTITY:
        raise UserError(
            translate("Deliveries", "{where}: the quantity cannot be more than {maximum:,}.").format(
                where=where, maximum=MAX_QUANTITY
            ),
            "lines",
        )
    return quantity


def _clean_lines(lines: Sequence[tuple[ItemRef, Quantity]]) -> list[tuple[ItemRef, int]]:
    if not lines:
        raise UserError(
            translate("Deliveries", "The delivery has no items: scan what came in."),
            "lines",
        )
    if len(lines) > MAX_LINES:
        raise UserError(
            translate("Deliveries", "A delivery can have at most {maximum:,} lines.").format(
                maximum=MAX_LINES
            ),
            "lines",
        )
    cleaned: list[tuple[ItemRef, int]] = []
    for number, (ref, quantity) in enumerate(lines, start=1):
        if isinstance(ref, str):
            code = ref.strip()
            if not code:
                raise UserError(
                    translate("Deliveries", "Line {number}: no barcode or SKU.").format(number=number),
                    "lines",
                )
            if len(code) > MAX_CODE:
                raise UserError(
                    translate(
                        "Deliveries", "Line {number}: that is not a barcode or SKU ({length} characters)."
                    ).format(number=number, length=len(code)),
                    "lines",
                )
            ref = code
        elif isinstance(ref, bool) or not isinstance(ref, int):
            raise UserError(
                translate("Deliveries", "Line {number}: not an item.").format(number=number),
                "lines",
            )
        cleaned.append((ref, _quantity(number, ref, quantity)))
    return cleaned


def _resolve(session: Session, lines: list[tuple[ItemRef, int]]) -> dict[int, int]:
    """Item id -> quantity summed over its lines, in the order first seen; one SELECT for all codes."""
    ids = {ref for ref, _ in lines if isinstance(ref, int)}
    codes = {ref for ref, _ in lines if isinstance(ref, str)}
    conditions = []
    if ids:
        conditions.append(Item.id.in_(ids))
    if codes:
        conditions += [Item.barcode.in_(codes), Item.sku.in_(codes)]
    by_id: set[int] = set()
    by_barcode: dict[str, int] = {}
    by_sku: dict[str, int] = {}
    for item_id, sku, barcode in session.execute(
        select(Item.id, Item.sku, Item.barcode).where(or_(*conditions))
    ):
        by_id.add(item_id)
        by_sku[sku] = item_id
        if barcode is not None:
            by_barcode[barcode] = item_id
    summed: dict[int, int] = {}
    unknown: list[str] = []
    for number, (ref, quantity) in enumerate(lines, start=1):
        if isinstance(ref, int):
            found: int | None = ref if ref in by_id else None
        else:
            # A barcode wins over another item's SKU, as at the till.
            found = by_barcode.get(ref, by_sku.get(ref))
        if found is None:
            if isinstance(ref, int):
                named_line = translate("Deliveries", "line {number} (item {ref})")
            else:
                named_line = translate("Deliveries", "line {number} ({ref})")
            unknown.append(named_line.format(number=number, ref=ref))
            continue
        summed[found] = summed.get(found, 0) + quantity
    if unknown:
        named = ", ".join(unknown[:UNKNOWN_SHOWN])
        more = ""
        if len(unknown) > UNKNOWN_SHOWN:
            more = translate("Deliveries", " and {count} more").format(count=len(unknown) - UNKNOWN_SHOWN)
        raise NotFoundError(
            translate(
                "Deliveries", "No item has the barcode or SKU of {named}{more}. Nothing was received."
            ).format(named=named, more=more),
            "lines",
        )
    return summed


class DeliveryController(QObject):
    """Receives deliveries and lists them.

    Signals:
        delivery_received(int): a delivery was received; carries its id.
    """

    delivery_received = Signal(int)

    def __init__(
        self, uow: UnitOfWork, parent: QObject | None = None, *, staff: StaffController | None = None
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Receiving a delivery (it changes stock) needs Permission.CATALOG_EDIT (None: scripts, unchecked).
        self._staff = staff

    def find_item(self, code: str) -> ItemRow | None:
        """The item with exactly this barcode or SKU (barcode first), for the delivery's scan field."""
        code = code.strip()
        if not code or len(code) > MAX_CODE:
            return None
        with self._uow.single_statement() as connection:
            return lookup_code(connection, code)

    def receive_delivery(
        self,
        supplier: str,
        reference: str,
        lines: Sequence[tuple[ItemRef, Quantity]],
        note: str = "",
    ) -> DeliveryReceipt:
        """Add every line's quantity to its item's stock, journaled and linked to one new delivery."""
        supplier_name = _one_line(
            supplier, translate("DeliveryController", "supplier"), "supplier", MAX_SUPPLIER, required=True
        )
        note_number = _one_line(
            reference,
            translate("DeliveryController", "delivery note number"),
            "reference",
            MAX_REFERENCE,
            required=False,
        )
        note_text = _one_line(note, translate("DeliveryController", "note"), "note", MAX_NOTE, required=False)
        cleaned = _clean_lines(lines)
        received_at = utc_now()
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            summed = _resolve(session, cleaned)
            if note_number is not None:
                self._refuse_repeat(session, cast(str, supplier_name), note_number)
            delivery_id = session.execute(
                insert(Delivery)
                .values(
                    supplier=supplier_name, reference=note_number, received_at=received_at, note=note_text
                )
                .returning(Delivery.id)
            ).scalar_one()
            movements = [
                {
                    "item_id": item_id,
                    "change": quantity,
                    "kind": StockMovementKind.DELIVERY.value,
                    "delivery_id": delivery_id,
                    "created_at": received_at,
                }
                for item_id, quantity in summed.items()
            ]
            session.connection().execute(insert(_MOVEMENTS), movements)
            # Each item gains exactly what its movement of this delivery says, in one statement.
            received = (
                select(_MOVEMENTS.c.item_id, func.sum(_MOVEMENTS.c.change).label("quantity"))
                .where(_MOVEMENTS.c.delivery_id == delivery_id)
                .group_by(_MOVEMENTS.c.item_id)
                .subquery()
            )
            session.execute(
                update(_ITEMS)
                .where(_ITEMS.c.id == received.c.item_id)
                .values(stock=_ITEMS.c.stock + received.c.quantity)
            )
        self.delivery_received.emit(delivery_id)
        return DeliveryReceipt(delivery_id, len(summed), sum(summed.values()))

    @staticmethod
    def _refuse_repeat(session: Session, supplier: str, reference: str) -> None:
        earlier = session.execute(
            select(Delivery.received_at)
            .where(func.lower(Delivery.supplier) == supplier.lower(), Delivery.reference == reference)
            .limit(1)
        ).scalar_one_or_none()
        if earlier is not None:
            raise ConflictError(
                translate(
                    "DeliveryController",
                    "Delivery note {reference} from {supplier} was already received "
                    "({when:%Y-%m-%d %H:%M}). Nothing was received.",
                ).format(
                    reference=reference, supplier=supplier, when=earlier.replace(tzinfo=UTC).astimezone()
                ),
                "reference",
            )

    def deliveries(self) -> QueryPageSource[DeliveryRow]:
        """Every delivery, newest first, with how many items and units it brought."""
        # Per page row, over the delivery_id index: a page costs the same however many there are.
        item_count = (
            select(func.count()).where(StockMovement.delivery_id == Delivery.id).correlate(Delivery)
        ).scalar_subquery()
        units = (
            select(func.coalesce(func.sum(StockMovement.change), 0))
            .where(StockMovement.delivery_id == Delivery.id)
            .correlate(Delivery)
        ).scalar_subquery()

        def count() -> int:
            with self._uow.read() as session:
                return session.execute(select(func.count(Delivery.id))).scalar_one()

        def fetch(offset: int, limit: int) -> list[DeliveryRow]:
            statement = (
                select(
                    Delivery.id,
                    Delivery.received_at,
                    Delivery.supplier,
                    Delivery.reference,
                    item_count,
                    units,
                )
                .order_by(Delivery.received_at.desc(), Delivery.id.desc())
                .offset(max(offset, 0))
                .limit(max(limit, 0))
            )
            with self._uow.read() as session:
                return [DeliveryRow(*row) for row in session.execute(statement)]

        return QueryPageSource(count, fetch)

    def delivery_detail(self, delivery_id: int) -> DeliveryDetail:
        """A delivery with what came in, item by item in the order it was received."""
        with self._uow.read() as session:
            head: Any = session.execute(
                select(
                    Delivery.id, Delivery.received_at, Delivery.supplier, Delivery.reference, Delivery.note
                ).where(Delivery.id == delivery_id)
            ).first()
            if head is None:
                raise NotFoundError(translate("DeliveryController", "That delivery does not exist."))
            lines = session.execute(
                select(StockMovement.item_id, Item.sku, Item.name, StockMovement.change)
                .join(Item, Item.id == StockMovement.item_id)
                .where(StockMovement.delivery_id == delivery_id)
                .order_by(StockMovement.id)
            )
            return DeliveryDetail(
                head.id,
                head.received_at,
                head.supplier,
                head.reference,
                head.note,
                tuple(DeliveryLineRow(*line) for line in lines),
            )
