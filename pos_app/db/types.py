"""Column types that keep money and rates exact: Decimal in Python, integers in the database."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, Integer
from sqlalchemy.types import TypeDecorator

from pos_app.domain.money import from_minor, to_minor


class Money(TypeDecorator[Decimal]):
    """A money amount stored as INTEGER minor units (cents). SQLite's Numeric is REAL and loses cents."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else to_minor(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_minor(int(value))


class Percent(TypeDecorator[Decimal]):
    """A percentage with two decimals (e.g. 20.00) stored as INTEGER hundredths of a percent."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else to_minor(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_minor(int(value))
