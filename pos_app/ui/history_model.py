"""The order history as a table model: every order of the filter, newest first, a page at a time.

A PagedTableModel (row count up front, pages of rows fetched as the view paints them, a few
pages kept, the rest dropped) over a HistoryPageSource, which reads each page by keyset from
the nearest page it knows (or an anchor), never with OFFSET and never whole. A new filter is a
new source: the model resets and counts again.
"""

from __future__ import annotations

from typing import Any

from pos_app.controllers.order_history import PAGE_SIZE, HistoryController, HistoryFilter
from pos_app.controllers.order_history_pages import HistoryPageSource
from pos_app.controllers.order_history_rows import HistoryRow
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_quantity
from pos_app.domain.money import format_money
from pos_app.ui.local_time import local_time_text
from pos_app.ui.paged_model import Column, PagedTableModel

MAX_PAGES = 8  # a screenful needs one or two pages; eight leave room to scroll back and forth


def status_text(status: str) -> str:
    """An order's stored status ("paid") as the screens name it ("Paid"), in the user's language."""
    return {
        "paid": translate("HistoryModel", "Paid"),
        "void": translate("HistoryModel", "Void"),
        "parked": translate("HistoryModel", "Parked"),
        "draft": translate("HistoryModel", "Open"),
    }.get(status, status)


def receipt_text(receipt_no: int | None) -> str:
    return "" if receipt_no is None else f"{receipt_no:06d}"


def _paid(row: HistoryRow) -> str:
    return "" if row.paid_at is None else local_time_text(row.paid_at)


def _refunded(row: HistoryRow) -> str:
    return format_money(row.refunded_total) if row.refunded_total else ""


def history_columns() -> tuple[Column, ...]:
    """The table's columns, their headings translated when the model is made."""
    return (
        Column(translate("HistoryModel", "Receipt"), lambda row: receipt_text(row.receipt_no)),
        Column(translate("HistoryModel", "Started"), lambda row: local_time_text(row.created_at)),
        Column(translate("HistoryModel", "Paid"), _paid),
        Column(translate("HistoryModel", "Customer"), lambda row: row.customer_name or ""),
        Column(translate("HistoryModel", "Cashier"), lambda row: row.cashier or ""),
        Column(translate("HistoryModel", "Status"), lambda row: status_text(row.status)),
        Column(
            translate("HistoryModel", "Items"), lambda row: format_quantity(row.item_count), align_right=True
        ),
        Column(translate("HistoryModel", "Total"), lambda row: format_money(row.total), align_right=True),
        Column(translate("HistoryModel", "Refunded"), _refunded, align_right=True),
    )


class HistoryTableModel(PagedTableModel):
    """Orders of one filter; `show(filter)` switches to another."""

    def __init__(self, history: HistoryController, page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES):
        super().__init__(history_columns(), page_size=page_size, max_pages=max_pages)
        self._history = history
        self.source: HistoryPageSource | None = None

    def show(self, history_filter: HistoryFilter) -> None:
        """Show the orders `history_filter` picks (counting them first); resets the view."""
        self.source = HistoryPageSource(self._history, history_filter, page_size=self._page_size)
        self.set_source(self.source)

    @property
    def current_filter(self) -> HistoryFilter | None:
        return None if self.source is None else self.source.filter

    def order_at(self, row: int) -> HistoryRow | None:
        found: Any = self.row_at(row)
        return found if isinstance(found, HistoryRow) else None
