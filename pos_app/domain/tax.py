"""Tax rates, the shop's tax rounding policy, and the two formulas that turn a price into tax.

Kept apart from order pricing so receipts, refunds and shift reports share one definition of
a rate, one place that rounds tax, and one per-rate breakdown.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import (
    ROUND_05UP,
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
)

from pos_app.domain.i18n import translate
from pos_app.domain.money import CENT, ZERO
from pos_app.domain.validation import ValidationError

HUNDRED = Decimal(100)
MAX_RATE_NAME = 64
ROUNDING_MODES = frozenset(
    {
        ROUND_HALF_UP,
        ROUND_HALF_EVEN,
        ROUND_HALF_DOWN,
        ROUND_UP,
        ROUND_DOWN,
        ROUND_CEILING,
        ROUND_FLOOR,
        ROUND_05UP,
    }
)


class TaxRounding(enum.StrEnum):
    """Where tax is rounded to the cent: on every line, or once per rate for the whole order.

    This is the shop's rounding policy, the setting an owner chooses (ShopSettings.tax_rounding,
    stored as "per_line" / "per_order"; with ShopSettings.rounding_mode, ROUND_HALF_UP unless
    changed). What each choice means, for the settings screen and the README:

    - Per line (the default): each line's tax is worked out and rounded to the cent on its
      own; the sale's tax is the sum of its lines. What most tills print, and what a customer
      checking one line of the receipt with a calculator finds.
    - Per order: the tax is worked out once per rate on the sum of that rate's lines, and
      rounded once; each line then gets its share in whole cents (largest remainder first),
      so lines still add up. Some tax offices ask for this; it can differ from per line by a
      cent or so per rate (3 x 0.10 at 7% without tax in the price: 0.02 per order, 0.03 per line).

    Either way, discounts come off before tax (a discount lowers the tax), percent discounts
    are rounded with the same mode, and the receipt's lines, the tax per rate and the total
    always agree to the cent; the tax charged per rate is stored with every paid sale
    (order_taxes), so changing the policy later never changes a past sale.
    """

    PER_LINE = "per_line"
    PER_ORDER = "per_order"

    @property
    def label(self) -> str:
        """How a settings screen names the choice."""
        if self is TaxRounding.PER_LINE:
            return translate("TaxRounding", "Round tax on each line")
        return translate("TaxRounding", "Round tax once per rate for the whole sale")


@dataclass(frozen=True, slots=True)
class RoundingPolicy:
    """How the shop rounds: where tax is rounded, and the `decimal` rounding mode used for it.

    The mode also rounds percent discounts. ROUND_HALF_UP is the default because it is what a
    shopper and most tax offices expect; Python's own default (ROUND_HALF_EVEN) is not.
    """

    tax: TaxRounding = TaxRounding.PER_LINE
    mode: str = ROUND_HALF_UP

    def __post_init__(self) -> None:
        if self.mode not in ROUNDING_MODES:
            raise ValueError(f"unknown rounding mode {self.mode!r}")


@dataclass(frozen=True, slots=True)
class TaxRate:
    """A named rate, e.g. TaxRate("Standard", Decimal("20")): percent from 0 to 100, two decimals."""

    name: str
    percent: Decimal

    def __post_init__(self) -> None:
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError("tax_name", translate("TaxRate", "A tax rate needs a name"))
        if len(name) > MAX_RATE_NAME or any(unicodedata.category(c) == "Cc" for c in name):
            raise ValidationError(
                "tax_name",
                translate("TaxRate", "A tax rate name is at most {limit} plain characters").format(
                    limit=MAX_RATE_NAME
                ),
            )
        percent = self.percent
        if not percent.is_finite() or percent < 0 or percent > HUNDRED:
            raise ValidationError(
                "tax_rate", translate("TaxRate", "Tax rate must be between 0 and 100 percent")
            )
        if percent != percent.quantize(CENT, rounding=ROUND_HALF_UP):
            raise ValidationError(
                "tax_rate", translate("TaxRate", "Tax rate can have at most 2 decimal places")
            )
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "percent", percent.quantize(CENT))


@dataclass(frozen=True, slots=True)
class TaxLine:
    """One rate's share of an order or a refund: the net it was charged on, and the tax."""

    rate: TaxRate
    base: Decimal
    tax: Decimal

    @property
    def gross(self) -> Decimal:
        return self.base + self.tax


def tax_on_net(net: Decimal, percent: Decimal, mode: str) -> Decimal:
    """Tax added to a net amount: net * percent / 100, rounded to the cent with `mode`."""
    return (net * percent / HUNDRED).quantize(CENT, rounding=mode)


def split_gross(gross: Decimal, percent: Decimal, mode: str) -> tuple[Decimal, Decimal]:
    """Split a tax-inclusive amount into (net, tax).

    The net, gross * 100 / (100 + percent), is what gets rounded; the tax is the rest of the
    gross, so net + tax is exactly the price on the shelf. (This is the rule `price_line` has
    always used; at a half cent it rounds the net up, so the tax down.)
    """
    net = (gross * HUNDRED / (HUNDRED + percent)).quantize(CENT, rounding=mode)
    return net, gross - net


def summarize_taxes(parts: Iterable[tuple[TaxRate, Decimal, Decimal]]) -> tuple[TaxLine, ...]:
    """Sum (rate, net, tax) parts into one TaxLine per rate, ordered by percent, then name."""
    totals: dict[TaxRate, tuple[Decimal, Decimal]] = {}
    for rate, net, tax in parts:
        base, charged = totals.get(rate, (ZERO, ZERO))
        totals[rate] = (base + net, charged + tax)
    return tuple(
        TaxLine(rate=rate, base=base, tax=tax)
        for rate, (base, tax) in sorted(totals.items(), key=lambda item: (item[0].percent, item[0].name))
    )
