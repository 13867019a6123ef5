"""Shop-wide choices the controllers apply, persisted as text in the `settings` table.

`ShopSettings` is an immutable snapshot; `SettingsController` loads it, saves a new one in one
transaction and tells the screens. A key missing from the table reads as its default, so a
new setting needs no migration; a stored value that no longer parses also reads as the
default rather than keeping the till from starting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Setting
from pos_app.domain.tax import ROUNDING_MODES, RoundingPolicy, TaxRounding

CASH_INCREMENTS = (Decimal("0.01"), Decimal("0.05"), Decimal("0.10"))
MAX_TEXT_SETTING = 500


@dataclass(frozen=True, slots=True)
class ShopSettings:
    # Shelf prices are what the customer pays: tax is contained in them, as in most of Europe.
    prices_include_tax: bool = True
    # Cash due is rounded to this step (0.05 where small coins are gone); 0.01 means no rounding.
    cash_increment: Decimal = Decimal("0.01")
    # Where tax is rounded to the cent, and how (see pos_app.domain.pricing).
    tax_rounding: TaxRounding = TaxRounding.PER_LINE
    rounding_mode: str = ROUND_HALF_UP
    # The receipt header and footer.
    shop_name: str = "My Shop"
    shop_address: str = ""
    shop_tax_id: str = ""
    receipt_footer: str = "Thank you for shopping with us"

    def __post_init__(self) -> None:
        if self.cash_increment not in CASH_INCREMENTS:
            raise ValueError(f"cash rounding must be one of {', '.join(map(str, CASH_INCREMENTS))}")
        if self.rounding_mode not in ROUNDING_MODES:
            raise ValueError(f"unknown rounding mode {self.rounding_mode!r}")
        for name in ("shop_name", "shop_address", "shop_tax_id", "receipt_footer"):
            if len(getattr(self, name)) > MAX_TEXT_SETTING:
                raise ValueError(f"{name.replace('_', ' ')} is longer than {MAX_TEXT_SETTING} characters")

    @property
    def rounding(self) -> RoundingPolicy:
        return RoundingPolicy(tax=self.tax_rounding, mode=self.rounding_mode)


_PARSERS: dict[str, Callable[[str], Any]] = {
    "prices_include_tax": lambda text: {"true": True, "false": False}[text],
    "cash_increment": Decimal,
    "tax_rounding": TaxRounding,
    "rounding_mode": str,
    "shop_name": str,
    "shop_address": str,
    "shop_tax_id": str,
    "receipt_footer": str,
}


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def load_shop_settings(session: Session) -> ShopSettings:
    """The stored settings; missing or unreadable values fall back to their defaults."""
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    settings = ShopSettings()
    for field in fields(ShopSettings):
        if field.name not in stored:
            continue
        try:
            settings = replace(settings, **{field.name: _PARSERS[field.name](stored[field.name])})
        except (KeyError, ValueError, InvalidOperation):
            continue
    return settings


def save_shop_settings(session: Session, settings: ShopSettings) -> None:
    """Store every setting (within the caller's transaction)."""
    names = [field.name for field in fields(ShopSettings)]
    session.execute(delete(Setting).where(Setting.key.in_(names)))
    session.add_all(Setting(key=name, value=_as_text(getattr(settings, name))) for name in names)


class SettingsController(QObject):
    """Holds the shop's settings. Signal `changed(ShopSettings)` after a save."""

    changed = Signal(object)

    def __init__(self, uow: UnitOfWork, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uow = uow
        with uow.read() as session:
            self._current = load_shop_settings(session)

    @property
    def current(self) -> ShopSettings:
        return self._current

    def save(self, settings: ShopSettings) -> None:
        with self._uow.write() as session:
            save_shop_settings(session, settings)
        self._current = settings
        self.changed.emit(settings)
