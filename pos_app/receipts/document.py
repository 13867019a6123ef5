"""The receipt as plain data: everything a printed receipt shows, already computed.

Renderers (text for thermal paper, ESC/POS bytes, PDF) only lay this out; they never
compute money. So the figures a customer sees are exactly the ones the controller
stored, and a reprint years later shows the same numbers.

Sign convention: amounts are stored as they affect the shop's takings. A sale has
positive quantities, totals and tenders; a refund (`ReceiptKind.REFUND`) has negative
quantities, line totals, taxes, total and tenders (money paid out). A discount's
`amount` is what it subtracts from its line or order: positive on a sale, negative
on a refund. Unit and list prices are always the positive catalog prices.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO, round_money


class ReceiptKind(StrEnum):
    """A sale receipt, or a refund (return) receipt that says REFUND and shows negative amounts."""

    SALE = "sale"
    REFUND = "refund"


@dataclass(frozen=True, slots=True)
class ShopHeader:
    """Who issued the receipt: shown centred at the top."""

    name: str
    address_lines: tuple[str, ...] = ()
    tax_id: str | None = None


@dataclass(frozen=True, slots=True)
class Discount:
    """A discount with the reason a cashier gave; `amount` is what it subtracts."""

    text: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """One line as sold.

    `line_total` = quantity x `unit_price`, rounded to the cent, minus `discount.amount`.
    `list_price` is the catalog ("was") price when the cashier overrode the price.
    `tax_label` ties the line to a `TaxRow` of the breakdown (e.g. "A").
    """

    name: str
    quantity: int | Decimal
    unit_price: Decimal
    line_total: Decimal
    tax_label: str
    list_price: Decimal | None = None
    discount: Discount | None = None

    @property
    def amount_before_discount(self) -> Decimal:
        """Quantity x price as the receipt shows it before the line discount."""
        return self.line_total + (self.discount.amount if self.discount else ZERO)


@dataclass(frozen=True, slots=True)
class TaxRow:
    """Tax charged at one rate: `base` is the net amount taxed, `tax` the tax on it."""

    label: str
    name: str
    percent: Decimal
    base: Decimal
    tax: Decimal


@dataclass(frozen=True, slots=True)
class Tender:
    """One payment (or, on a refund, one payout): method label, amount, optional reference."""

    method: str
    amount: Decimal
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class ReceiptDocument:
    """Everything one receipt shows.

    Totals, in the catalog's terms (`prices_include_tax`):
    - `subtotal` = sum of line totals - order discount;
    - prices include tax: the tax rows' base + tax add up to `subtotal`, and `total` == `subtotal`;
      prices exclude tax: the bases add up to `subtotal`, and `total` = `subtotal` + tax;
    - `amount_due` = `total` + `cash_rounding`; tenders - `change` == `amount_due`.
    `consistency_problems()` checks all of this; the renderers do not.
    """

    shop: ShopHeader
    number: str
    issued_at: datetime
    cashier: str
    lines: tuple[ReceiptLine, ...]
    subtotal: Decimal
    taxes: tuple[TaxRow, ...]
    total: Decimal
    tenders: tuple[Tender, ...]
    change: Decimal = ZERO
    prices_include_tax: bool = True
    kind: ReceiptKind = ReceiptKind.SALE
    customer: str | None = None
    order_discount: Discount | None = None
    # The cash rounding adjustment added to the total (e.g. -0.02), when the shop rounds cash.
    cash_rounding: Decimal | None = None
    footer: str = ""
    # On a refund: the number of the sale it returns.
    original_number: str | None = None
    # What the barcode encodes; None means the receipt number (what a return scan looks up).
    barcode_value: str | None = None
    # On a refund: why the goods came back, as the cashier typed it.
    reason: str | None = None

    @property
    def is_refund(self) -> bool:
        return self.kind is ReceiptKind.REFUND

    @property
    def title(self) -> str:
        """What the receipt is called on screen: "Receipt 12", or "Refund slip RF-000003"."""
        if self.is_refund:
            return translate("ReceiptDocument", "Refund slip {number}").format(number=self.number)
        return translate("ReceiptDocument", "Receipt {number}").format(number=self.number)

    @property
    def barcode_payload(self) -> str:
        return self.barcode_value if self.barcode_value is not None else self.number

    @property
    def items_total(self) -> Decimal:
        """Sum of the line totals, before the order discount."""
        return _sum(line.line_total for line in self.lines)

    @property
    def tax_total(self) -> Decimal:
        return _sum(row.tax for row in self.taxes)

    @property
    def amount_due(self) -> Decimal:
        """The total after cash rounding: what the tenders settle."""
        return self.total + (self.cash_rounding or ZERO)

    @property
    def tendered(self) -> Decimal:
        return _sum(tender.amount for tender in self.tenders)


def _sum(amounts: Iterable[Decimal]) -> Decimal:
    return sum(amounts, ZERO)


def _is_money(amount: Decimal) -> bool:
    return amount.is_finite() and amount == amount.quantize(Decimal("0.01"))


def consistency_problems(doc: ReceiptDocument) -> list[str]:
    """Every way `doc` fails to add up, as sentences; an empty list means it is consistent.

    For tests and for a controller's own assertion before printing: a receipt whose
    figures do not add up must never reach a customer.
    """
    problems: list[str] = []
    if not doc.number.strip():
        problems.append("the receipt has no number")
    payload = doc.barcode_payload
    if not payload or not all(32 <= ord(char) <= 126 for char in payload):
        problems.append(f"barcode value {payload!r} is not printable ASCII (CODE128)")

    amounts: list[tuple[str, Decimal]] = [
        ("subtotal", doc.subtotal),
        ("total", doc.total),
        ("change", doc.change),
    ]
    for index, line in enumerate(doc.lines, start=1):
        where = f"line {index} ({line.name})"
        amounts += [(f"{where} unit price", line.unit_price), (f"{where} total", line.line_total)]
        if line.list_price is not None:
            amounts.append((f"{where} list price", line.list_price))
        if line.discount is not None:
            amounts.append((f"{where} discount", line.discount.amount))
        extended = round_money(line.unit_price * line.quantity)
        discount = line.discount.amount if line.discount else ZERO
        if extended - discount != line.line_total:
            problems.append(
                f"{where}: {line.quantity} x {line.unit_price} - {discount} = {extended - discount},"
                f" not {line.line_total}"
            )
        if line.unit_price < 0:
            problems.append(f"{where}: negative unit price {line.unit_price}")
    for row in doc.taxes:
        amounts += [(f"tax {row.label} base", row.base), (f"tax {row.label} tax", row.tax)]
    for tender in doc.tenders:
        amounts.append((f"tender {tender.method}", tender.amount))
    if doc.order_discount is not None:
        amounts.append(("order discount", doc.order_discount.amount))
    if doc.cash_rounding is not None:
        amounts.append(("cash rounding", doc.cash_rounding))
    problems += [
        f"{name} {value} is not an amount in cents" for name, value in amounts if not _is_money(value)
    ]

    order_discount = doc.order_discount.amount if doc.order_discount else ZERO
    if doc.items_total - order_discount != doc.subtotal:
        problems.append(
            f"lines {doc.items_total} - order discount {order_discount} != subtotal {doc.subtotal}"
        )

    labels = {row.label for row in doc.taxes}
    if len(labels) != len(doc.taxes):
        problems.append("two tax rows share a label")
    problems += [
        f"line {index} ({line.name}) has tax label {line.tax_label!r} with no tax row"
        for index, line in enumerate(doc.lines, start=1)
        if doc.taxes and line.tax_label not in labels
    ]
    bases = _sum(row.base for row in doc.taxes)
    if doc.taxes:
        if doc.prices_include_tax and bases + doc.tax_total != doc.subtotal:
            problems.append(f"tax bases {bases} + tax {doc.tax_total} != subtotal {doc.subtotal}")
        if not doc.prices_include_tax and bases != doc.subtotal:
            problems.append(f"tax bases {bases} != subtotal {doc.subtotal}")
    expected_total = doc.subtotal if doc.prices_include_tax else doc.subtotal + doc.tax_total
    if doc.total != expected_total:
        problems.append(f"total {doc.total} != {expected_total}")

    if doc.tendered - doc.change != doc.amount_due:
        problems.append(f"tenders {doc.tendered} - change {doc.change} != amount due {doc.amount_due}")
    if doc.change < 0:
        problems.append(f"negative change {doc.change}")

    if doc.is_refund:
        if doc.total > 0:
            problems.append(f"a refund with a positive total {doc.total}")
        problems += [
            f"line {index} ({line.name}) of a refund has quantity {line.quantity} (must be negative)"
            for index, line in enumerate(doc.lines, start=1)
            if line.quantity >= 0
        ]
    else:
        if doc.total < 0:
            problems.append(f"a sale with a negative total {doc.total}")
        if doc.original_number is not None:
            problems.append("only a refund refers to an original receipt")
        if doc.reason is not None:
            problems.append("only a refund gives a reason")
    return problems
