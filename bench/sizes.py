"""The two sizes of the benchmark shop, and how many rounds each case runs at each size.

`full` is the size the targets are set for (100,000 items, 1,000,000 orders of 5 lines);
`small` proves in CI, in well under two minutes with data generation, that every case still runs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    name: str
    items: int
    orders: int
    customers: int
    lines_per_order: int
    import_rows: int  # rows of the items CSV the import case reads
    # Rounds per case (each round runs pos_app once and raw sqlite3 once).
    quick_rounds: int  # sub-millisecond to few-millisecond operations
    slow_rounds: int  # operations of a second or more (import, report, cold start)

    @property
    def lines(self) -> int:
        return self.orders * self.lines_per_order


SIZES = {
    "small": Size("small", 5_000, 20_000, 2_000, 5, 5_000, quick_rounds=100, slow_rounds=3),
    "full": Size("full", 100_000, 1_000_000, 20_000, 5, 100_000, quick_rounds=300, slow_rounds=5),
}
