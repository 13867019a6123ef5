"""The plain rows the sales reports return, and `ReportTable`, the one shape every writer and view takes.

The meaning of every figure is defined in pos_app.controllers.reports (module docstring). Rows are
frozen dataclasses with Decimal money, built from already aggregated SQL rows only.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

Cell = str | int | Decimal | None


class ReportKind(enum.StrEnum):
    """The reports `pos-app report sales --by KIND` and the Reports tab offer."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    HOUR = "hour"
    ITEM = "item"
    TOP_ITEMS = "top-items"
    CUSTOMER = "customer"
    CASHIER = "cashier"
    TENDER = "tender"


# The column header of the figures every period, customer and cashier row shares.
SALES_FIGURES = (
    "orders",
    "units",
    "gross_sales",
    "discounts",
    "refunds",
    "net_sales",
    "tax",
    "total_collected",
)


@dataclass(frozen=True, slots=True)
class SalesFigures:
    """What was sold and returned in one period (or for one customer or cashier). See reports.py."""

    orders: int
    units: int
    gross_sales: Decimal
    discounts: Decimal
    refunds: Decimal
    net_sales: Decimal
    tax: Decimal
    total_collected: Decimal

    @property
    def cash_rounding(self) -> Decimal:
        """What cash rounding added (sales) less what it kept back (refund payouts): collected - net."""
        return self.total_collected - self.net_sales

    def cells(self) -> tuple[Cell, ...]:
        return (
            self.orders,
            self.units,
            self.gross_sales,
            self.discounts,
            self.refunds,
            self.net_sales,
            self.tax,
            self.total_collected,
        )


@dataclass(frozen=True, slots=True)
class PeriodSales:
    """One local day (YYYY-MM-DD), ISO week (YYYY-Www), month (YYYY-MM) or hour of day (00-23)."""

    period: str
    figures: SalesFigures


@dataclass(frozen=True, slots=True)
class CustomerSales:
    """One customer's sales; customer_id None is every sale made without a customer."""

    customer_id: int | None
    customer: str
    figures: SalesFigures


@dataclass(frozen=True, slots=True)
class CashierSales:
    """The sales paid, and the returns taken, in the shifts of one cashier (shifts.cashier)."""

    cashier: str
    figures: SalesFigures


@dataclass(frozen=True, slots=True)
class ItemSales:
    """One catalog item: units and money of its sold lines and of its returned lines."""

    item_id: int
    sku: str
    name: str
    units_sold: int
    units_returned: int
    gross_sales: Decimal
    discounts: Decimal
    refunds: Decimal
    net_sales: Decimal
    tax: Decimal

    @property
    def units(self) -> int:
        return self.units_sold - self.units_returned


@dataclass(frozen=True, slots=True)
class TenderSales:
    """One tender (cash, card, voucher): payments taken and refunds paid out with it."""

    method: str
    payments: int
    amount: Decimal
    refunds: int
    refunded: Decimal

    @property
    def net(self) -> Decimal:
        return self.amount - self.refunded


@dataclass(frozen=True, slots=True)
class ReportTable:
    """A finished report as columns and cells, for the CSV/JSON/text/PDF writers and the Reports tab.

    `label_column` names the rows (period, item name, customer...); `chart_column` is the figure
    the Reports tab charts. Cells are str, int, Decimal (money) or None (no value).
    """

    kind: ReportKind
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    label_column: int
    chart_column: int
    first: date | None
    last: date | None

    def column(self, name: str) -> tuple[Cell, ...]:
        index = self.columns.index(name)
        return tuple(row[index] for row in self.rows)
