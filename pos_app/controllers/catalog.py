"""The item catalog: search pages for the table, and add / edit / deactivate with validation.

Items are never deleted from a screen: past sales refer to them. Deactivating
hides an item from the till and from search, and keeps history intact.

Stock typed here goes into the stock journal (controllers.stock_journal): a new item's stock is
its 'opening' movement, and a changed count an 'adjustment' of the difference from what is
stored at the moment of saving.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject, Signal
from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_app.controllers import audit
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.item_queries import ITEM_COLUMNS, count_items, search_items, to_row
from pos_app.controllers.paging import QueryPageSource
from pos_app.controllers.rows import ItemRow
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.stock_journal import MAX_REASON, record_opening_rows, set_stock
from pos_app.controllers.tax_rates import check_rate_named
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Item, utc_now
from pos_app.domain.i18n import translate
from pos_app.domain.permissions import Permission
from pos_app.domain.validation import ItemDraft

OPENING_REASON = "Stock entered with the new item"
ADJUSTMENT_REASON = "Stock corrected in the catalog"


class CatalogController(QObject):
    """Reads and edits the catalog.

    Signals:
        items_changed(int): an item was added or edited; carries its id.
    """

    items_changed = Signal(int)

    def __init__(
        self, uow: UnitOfWork, parent: QObject | None = None, *, staff: StaffController | None = None
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Every change to the catalog needs Permission.CATALOG_EDIT (None: scripts, unchecked).
        self._staff = staff

    def items(self, search: str = "", *, include_inactive: bool = False) -> QueryPageSource[ItemRow]:
        """A page source for the catalog table, filtered by search-as-you-type text."""

        def count() -> int:
            with self._uow.read() as session:
                return count_items(session, search, include_inactive=include_inactive)

        def fetch(offset: int, limit: int) -> list[ItemRow]:
            with self._uow.read() as session:
                return search_items(
                    session, search, include_inactive=include_inactive, offset=offset, limit=limit
                )

        return QueryPageSource(count, fetch)

    def get_item(self, item_id: int) -> ItemRow:
        with self._uow.read() as session:
            row = session.execute(select(*ITEM_COLUMNS).where(Item.id == item_id)).first()
        if row is None:
            raise NotFoundError(translate("CatalogController", "That item no longer exists."))
        return to_row(row)

    def add_item(self, draft: ItemDraft) -> int:
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            self._check_unique(session, draft, item_id=None)
            check_rate_named(session, draft.tax_rate)
            item = Item(
                sku=draft.sku,
                barcode=draft.barcode,
                name=draft.name,
                price=draft.price,
                stock=draft.stock,
                tax_rate=draft.tax_rate,
                active=draft.active,
            )
            session.add(item)
            session.flush()
            item_id = item.id
            record_opening_rows(session, [(item_id, draft.stock, item.created_at)], reason=OPENING_REASON)
        self.items_changed.emit(item_id)
        return item_id

    def update_item(
        self,
        item_id: int,
        draft: ItemDraft,
        *,
        stock_seen: int | None = None,
        stock_reason: str = "",
    ) -> None:
        """Save an edited item.

        `stock_seen` is the stock the form showed when it was opened: if the draft still says
        that, the stock is left as it stands now (sales rung up meanwhile on any register keep
        their decrement). Otherwise, or without `stock_seen`, the draft's stock is the counted
        figure: it is set, and the difference from the stored stock journaled as an adjustment
        with `stock_reason` (ADJUSTMENT_REASON when empty).
        """
        reason = clean_stock_reason(stock_reason)
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise NotFoundError(translate("CatalogController", "That item no longer exists."))
            self._check_unique(session, draft, item_id=item_id)
            check_rate_named(session, draft.tax_rate)
            before = audit.audited_item(item)
            item.sku, item.barcode, item.name = draft.sku, draft.barcode, draft.name
            item.price, item.tax_rate = draft.price, draft.tax_rate
            item.active = draft.active
            if stock_seen is None or draft.stock != stock_seen:
                set_stock(session, item_id, draft.stock, reason=reason, created_at=utc_now())
            audit.record_item_edit(session, item, before)
        self.items_changed.emit(item_id)

    def set_active(self, item_id: int, active: bool) -> None:
        with guarded(self._staff, Permission.CATALOG_EDIT), self._uow.write() as session:
            item = session.get(Item, item_id)
            if item is None:
                raise NotFoundError(translate("CatalogController", "That item no longer exists."))
            before = audit.audited_item(item)
            item.active = active
            audit.record_item_edit(session, item, before)
        self.items_changed.emit(item_id)

    @staticmethod
    def _check_unique(session: Session, draft: ItemDraft, *, item_id: int | None) -> None:
        # Checked inside the write transaction (BEGIN IMMEDIATE), so no other writer can
        # slip a duplicate in between; the UNIQUE constraints remain the last word.
        clash = Item.sku == draft.sku
        if draft.barcode is not None:  # `barcode == None` would be IS NULL: every unlabelled item
            clash = clash | (Item.barcode == draft.barcode)
        others = select(Item.id, Item.sku, Item.barcode, Item.name).where(clash)
        if item_id is not None:
            others = others.where(Item.id != item_id)
        for _other_id, sku, barcode, name in session.execute(others):
            if sku == draft.sku:
                raise ConflictError(
                    translate("CatalogController", "SKU {sku} is already used by “{name}”.").format(
                        sku=draft.sku, name=name
                    ),
                    "sku",
                )
            if draft.barcode is not None and barcode == draft.barcode:
                raise ConflictError(
                    translate("CatalogController", "Barcode {barcode} is already used by “{name}”.").format(
                        barcode=draft.barcode, name=name
                    ),
                    "barcode",
                )


def clean_stock_reason(text: str) -> str:
    """Why a stock count was corrected, as typed: one line, at most MAX_REASON characters; optional."""
    reason = " ".join(text.split())
    if any(unicodedata.category(char) == "Cc" for char in reason):
        raise UserError(
            translate("Catalog", "The stock reason contains control characters."),
            "stock_reason",
        )
    if len(reason) > MAX_REASON:
        raise UserError(
            translate(
                "Catalog", "The stock reason is too long ({length} characters, at most {maximum})."
            ).format(length=len(reason), maximum=MAX_REASON),
            "stock_reason",
        )
    return reason or ADJUSTMENT_REASON
