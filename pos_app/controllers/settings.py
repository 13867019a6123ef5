"""Shop-wide choices the controllers apply. Persisted settings arrive with the setup wizard."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ShopSettings:
    # Shelf prices are what the customer pays: tax is contained in them, as in most of Europe.
    prices_include_tax: bool = True
