"""The journal pane of the stock screen: one item's stock movements, newest first, page by page.

The journal only grows (an item sold daily gathers thousands of movements), so it is read as
ui/growing_model.py reads any journal: newest first, the next page keyset-paged after the last
row when the view scrolls to the bottom.
"""

from __future__ import annotations

from pos_app.controllers.stock import StockController, StockMovementRow
from pos_app.domain.i18n import translate
from pos_app.ui.cart_model import minus
from pos_app.ui.growing_model import GrowingTableModel
from pos_app.ui.local_time import local_time_text

CHANGE_COLUMN = 2
PAGE_SIZE = 100


def journal_columns() -> tuple[str, ...]:
    """The journal's headings, translated when the model is made."""
    return (
        translate("StockJournalModel", "Date"),
        translate("StockJournalModel", "Kind"),
        translate("StockJournalModel", "Change"),
        translate("StockJournalModel", "Reason"),
        translate("StockJournalModel", "Receipt / delivery"),
    )


def kind_text(kind: str) -> str:
    """A movement's stored kind as people read it; an unknown kind capitalised as stored."""
    names = {
        "opening": translate("StockJournalModel", "Opening"),
        "sale": translate("StockJournalModel", "Sale"),
        "return": translate("StockJournalModel", "Return"),
        "delivery": translate("StockJournalModel", "Delivery"),
        "adjustment": translate("StockJournalModel", "Adjustment"),
    }
    return names.get(kind) or kind.capitalize()


def change_text(change: int) -> str:
    """A signed change as people read it: "+12", or -3 with a typographic minus."""
    return f"+{change:,}" if change > 0 else minus(f"{-change:,}")


def source_text(movement: StockMovementRow) -> str:
    """What the movement came with: the sale's receipt, the refund, or the delivery."""
    if movement.receipt_no is not None:
        return translate("StockJournalModel", "Receipt {receipt}").format(receipt=movement.receipt_no)
    if movement.refund_id is not None:
        return translate("StockJournalModel", "Refund {refund}").format(refund=movement.refund_id)
    if movement.delivery_id is not None:
        parts = [part for part in (movement.supplier, movement.delivery_reference) if part]
        return translate("StockJournalModel", "Delivery: {details}").format(details=" · ".join(parts))
    return ""


def _cell(movement: StockMovementRow, column: int) -> str:
    if column == 0:
        return local_time_text(movement.created_at)
    if column == 1:
        return kind_text(movement.kind)
    if column == CHANGE_COLUMN:
        return change_text(movement.change)
    if column == 3:
        return movement.reason or ""
    return source_text(movement)


class StockJournalModel(GrowingTableModel):
    """Movements of one item, newest first, read a page at a time as the view scrolls."""

    def __init__(self, stock: StockController, page_size: int = PAGE_SIZE) -> None:
        super().__init__(journal_columns(), page_size, right_aligned=frozenset({CHANGE_COLUMN}))
        self._stock = stock
        self._item_id: int | None = None

    def set_item(self, item_id: int | None) -> None:
        """Show another item's movements (None: none), starting again from the newest."""
        self._item_id = item_id
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def movement_at(self, row: int) -> StockMovementRow | None:
        movement: StockMovementRow | None = self.row_at(row)
        return movement

    def _read_page(self, after: StockMovementRow | None, limit: int) -> list[StockMovementRow]:
        if self._item_id is None:
            return []
        return self._stock.movements(self._item_id, after=after, limit=limit)

    def _cell(self, row: StockMovementRow, column: int) -> str:
        return _cell(row, column)
