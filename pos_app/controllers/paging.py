"""Pages of rows for table models: a row count up front, then any slice on demand.

A table model asks a PageSource for `count()` once and for `fetch(offset, limit)`
as the view scrolls, so memory holds a few pages, never the whole table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

RowT = TypeVar("RowT")
RowT_co = TypeVar("RowT_co", covariant=True)


class PageSource(Protocol[RowT_co]):
    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> Sequence[RowT_co]: ...


class QueryPageSource(Generic[RowT]):
    """A PageSource built from two functions, each run in its own short read transaction."""

    def __init__(
        self,
        count: Callable[[], int],
        fetch: Callable[[int, int], Sequence[RowT]],
    ) -> None:
        self._count = count
        self._fetch = fetch

    def count(self) -> int:
        return self._count()

    def fetch(self, offset: int, limit: int) -> Sequence[RowT]:
        return self._fetch(offset, limit)
