"""Random access to the order history by page number, without OFFSET: a keyset PageSource.

PagedTableModel asks a PageSource for `fetch(offset, limit)` as the view paints, in pages of
`page_size` rows, and keeps the most recently used pages. This source answers each page by keyset
from the nearest thing it already knows, so every read costs the same at any depth:

- the page after one it has served: keyset from that page's last row (scrolling down);
- the page before one it has served: keyset backwards from that page's first row (scrolling up);
- the first page: the newest rows; the last page: the oldest rows, read backwards from the end
  (so `scrollToBottom()` is one short read, whatever the size);
- any other page (the scrollbar dragged to the middle): keyset from that page's anchor, the key
  of its first row. Anchors are computed the first time a jump needs them, in one statement that
  numbers the rows from the nearer known end (the top, or the bottom) up to a little past the
  page wanted, then kept for as long as the source lives (one source per filter). A jump costs
  one index walk from the nearer end; later jumps nearby cost a page read.

It remembers only the first and last key of the pages it served recently (a bounded LRU) and the
anchors (one small key per page: at most 5,000 keys for 1,000,000 orders at 200 a page).

When a filter keeps many of the orders in its date range (at least sqrt(page_size * orders in
the range)), pages walk the created_at index rather than the filter's own index (see
HistoryController.conditions): a page then reads about page_size * orders / kept index entries,
fewer than sorting all kept orders would take.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from pos_app.controllers.order_history import PAGE_SIZE, HistoryController, HistoryFilter
from pos_app.controllers.order_history_rows import HistoryKey, HistoryRow

REMEMBERED_BOUNDARIES = 1000
MIN_ANCHOR_MARGIN = 8  # anchors computed past the page a jump wants, so the next jump nearby is free


class HistoryPageSource:
    """The orders `history_filter` picks, newest first, as a PageSource for PagedTableModel."""

    def __init__(
        self, controller: HistoryController, history_filter: HistoryFilter, page_size: int = PAGE_SIZE
    ) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be positive, not {page_size}")
        self.controller = controller
        self.filter = history_filter
        self.page_size = page_size
        self._count: int | None = None
        self._by_time = False
        self._down: list[HistoryKey] = []  # anchors of pages 0, 1, 2, ...
        self._up: list[HistoryKey] = []  # anchors of pages last, last-1, ...
        # page number -> (first key, last key) of the full pages served lately.
        self._boundaries: OrderedDict[int, tuple[HistoryKey, HistoryKey]] = OrderedDict()
        self.anchor_reads = 0  # statements that computed anchors (tests and timings)

    def count(self) -> int:
        count = self.controller.count(self.filter)
        self._by_time = False
        if not self.filter.is_empty and count > 0:
            # Walking the time index reads about page_size * in_period / count entries a page;
            # the filter's own index reads all `count` orders and sorts them. Take the cheaper.
            in_period = self.controller.orders_in_period(self.filter)
            self._by_time = count * count >= self.page_size * in_period
        self._count = count
        self._down, self._up = [], []
        self._boundaries.clear()
        return count

    @property
    def by_time(self) -> bool:
        return self._by_time

    def fetch(self, offset: int, limit: int) -> Sequence[HistoryRow]:
        """Rows offset .. offset+limit-1 of the list (fewer at its end)."""
        total = self._count if self._count is not None else self.count()
        limit = min(limit, total - offset)
        if offset < 0 or limit <= 0:
            return []
        if offset % self.page_size == 0 and limit <= self.page_size:
            return self._page(offset // self.page_size)[:limit]
        # An unaligned or long slice: whole pages around it, then cut.
        first, last = offset // self.page_size, (offset + limit - 1) // self.page_size
        rows: list[HistoryRow] = []
        for number in range(first, last + 1):
            rows.extend(self._page(number))
        start = offset - first * self.page_size
        return rows[start : start + limit]

    def anchors_known(self) -> int:
        """How many pages have an anchor (tests and timings)."""
        return len(self._down) + len(self._up)

    def _page(self, number: int) -> list[HistoryRow]:
        total = self._count or 0
        size = min(self.page_size, total - number * self.page_size)
        if size <= 0:
            return []
        last_page = (total - 1) // self.page_size
        controller, history_filter, by_time = self.controller, self.filter, self._by_time
        before, after = self._boundaries.get(number - 1), self._boundaries.get(number + 1)
        if before is not None:
            rows = controller.page_after(history_filter, before[1], size, by_time=by_time)
        elif after is not None:
            rows = controller.page_before(history_filter, after[0], size, by_time=by_time)
        elif number == 0:
            rows = controller.page_after(history_filter, None, size, by_time=by_time)
        elif number == last_page:
            rows = controller.page_before(history_filter, None, size, by_time=by_time)
        else:
            anchor = self._anchor(number, last_page)
            if anchor is None:  # orders deleted since the count: nothing there now
                return []
            rows = controller.page_after(history_filter, anchor, size, inclusive=True, by_time=by_time)
        if len(rows) == size:  # a short page (data changed meanwhile) is no boundary to build on
            self._boundaries[number] = (rows[0].key, rows[-1].key)
            self._boundaries.move_to_end(number)
            while len(self._boundaries) > REMEMBERED_BOUNDARIES:
                self._boundaries.popitem(last=False)
        return rows

    def _anchor(self, number: int, last_page: int) -> HistoryKey | None:
        """The key of page `number`'s first row, computing anchors from the nearer known end."""
        from_bottom = last_page - number
        if number >= len(self._down) and from_bottom >= len(self._up):
            margin = max(MIN_ANCHOR_MARGIN, (last_page + 1) // 32)
            missing_down = number - len(self._down) + 1
            missing_up = from_bottom - len(self._up) + 1
            self.anchor_reads += 1
            if missing_down <= missing_up:
                start = self._down[-1] if self._down else None
                self._down.extend(
                    self.controller.anchors_down(
                        self.filter, self.page_size, start, missing_down + margin, by_time=self._by_time
                    )
                )
            else:
                start = self._up[-1] if self._up else None
                self._up.extend(
                    self.controller.anchors_up(
                        self.filter,
                        self.page_size,
                        start,
                        missing_up + margin,
                        total=self._count or 0,
                        by_time=self._by_time,
                    )
                )
        if number < len(self._down):
            return self._down[number]
        if from_bottom < len(self._up):
            return self._up[from_bottom]
        return None
