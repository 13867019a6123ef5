"""What every case gets: the size, the cached shop files and the run's temporary folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench.shop_data import ShopFiles
from bench.sizes import Size


@dataclass(frozen=True)
class Context:
    size: Size
    files: ShopFiles
    folder: Path  # the run's temporary folder: copies of the shop live (and die) here
    reading_copy: Path  # one copy shared by the cases that only read

    def fresh_copy(self, name: str) -> Path:
        """A private copy of the shop for a case that writes."""
        return self.files.copy(self.folder / f"{name}.sqlite3")


def milliseconds(seconds: float) -> float:
    return round(seconds * 1000, 4)
