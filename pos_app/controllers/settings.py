"""Shop-wide choices the controllers apply. Persisted settings arrive with the setup wizard."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class ShopSettings:
    # Shelf prices are what the customer pays: tax is contained in them, as in most of Europe.
    prices_include_tax: bool = True
    # Cash due is rounded to this step (0.05 where small coins are gone); 0.01 means no rounding.
    cash_increment: Decimal = Decimal("0.01")
