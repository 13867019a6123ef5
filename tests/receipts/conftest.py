"""Receipts built by hand for the renderer tests: a sale with every feature, a refund, and awkward names."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from pos_app.receipts.document import (
    Discount,
    ReceiptDocument,
    ReceiptKind,
    ReceiptLine,
    ShopHeader,
    TaxRow,
    Tender,
)

D = Decimal
SHOP = ShopHeader("Corner Shop", ("12 High Street", "Springfield 12345"), tax_id="DE123456789")


def sale_receipt() -> ReceiptDocument:
    """Prices include tax; a multi-buy line discount, a price override, an order discount spread for tax."""
    return ReceiptDocument(
        shop=SHOP,
        number="R-000123",
        issued_at=datetime(2026, 3, 14, 15, 9),
        cashier="Alice",
        customer="Bob Smith",
        lines=(
            ReceiptLine("Coffee beans 1kg", 2, D("6.25"), D("12.50"), "A"),
            ReceiptLine("Whole milk 1 L", 1, D("1.29"), D("1.29"), "B"),
            ReceiptLine("Sourdough bread", 1, D("3.00"), D("3.00"), "B", list_price=D("3.50")),
            ReceiptLine(
                "Dark chocolate 70%", 3, D("2.20"), D("4.40"), "A", discount=Discount("3 for 2", D("2.20"))
            ),
        ),
        order_discount=Discount("Loyalty card", D("1.19")),
        subtotal=D("20.00"),
        taxes=(
            TaxRow("A", "Standard", D("19"), D("13.40"), D("2.55")),
            TaxRow("B", "Reduced", D("7"), D("3.79"), D("0.26")),
        ),
        total=D("20.00"),
        tenders=(Tender("Card", D("10.00"), reference="4417"), Tender("Cash", D("20.00"))),
        change=D("10.00"),
        footer="Thank you for shopping!\nReturns within 30 days with this receipt.",
    )


def refund_receipt() -> ReceiptDocument:
    """One coffee returned from R-000123, paid back in cash."""
    return ReceiptDocument(
        shop=SHOP,
        number="R-000124",
        issued_at=datetime(2026, 3, 15, 9, 30),
        cashier="Alice",
        kind=ReceiptKind.REFUND,
        original_number="R-000123",
        lines=(ReceiptLine("Coffee beans 1kg", -1, D("6.25"), D("-6.25"), "A"),),
        subtotal=D("-6.25"),
        taxes=(TaxRow("A", "Standard", D("19"), D("-5.25"), D("-1.00")),),
        total=D("-6.25"),
        tenders=(Tender("Cash", D("-6.25")),),
    )


def awkward_receipt() -> ReceiptDocument:
    """Prices exclude tax; a very long name, non-ASCII names, the largest amounts, cash rounding."""
    long_name = "Organic fair-trade single-origin Ethiopian Yirgacheffe coffee beans, light roast, 1 kg bag"
    return ReceiptDocument(
        shop=ShopHeader("Café Müller & Söhne"),
        number="R-000125",
        issued_at=datetime(2026, 3, 16, 18, 45),
        cashier="Zoë",
        prices_include_tax=False,
        lines=(
            ReceiptLine(long_name, 1, D("10.00"), D("10.00"), "A"),
            ReceiptLine("Crème brûlée", 2, D("2.50"), D("5.00"), "A"),
            ReceiptLine("Weißbier 0,5 l", 1, D("1.00"), D("1.00"), "A"),
            ReceiptLine("Gift card 5€ → 中文", 1, D("5.00"), D("5.00"), "Z"),
            ReceiptLine("Display cabinet", 1, D("9999999.99"), D("9999999.99"), "Z"),
        ),
        subtotal=D("10000020.99"),
        taxes=(
            TaxRow("A", "Standard", D("20"), D("16.00"), D("3.20")),
            TaxRow("Z", "Zero", D("0"), D("10000004.99"), D("0.00")),
        ),
        total=D("10000024.19"),
        cash_rounding=D("0.01"),
        tenders=(Tender("Cash", D("10000024.20")),),
    )


@pytest.fixture
def sale() -> ReceiptDocument:
    return sale_receipt()


@pytest.fixture
def refund() -> ReceiptDocument:
    return refund_receipt()


@pytest.fixture
def awkward() -> ReceiptDocument:
    return awkward_receipt()


def decode_code128(modules: str) -> str:
    """Read a CODE128 module string ('1' bar, '0' space) back to its text, checking the check symbol.

    Independent of how pos_app draws the bars: only python-barcode's table of the 106 symbol patterns
    is shared (the start and stop patterns are also checked against their published values).
    """
    from barcode.charsets.code128 import CODES

    stop = "1100011101011"
    assert modules.endswith(stop), "no stop pattern"
    body = modules[: -len(stop)]
    assert len(body) % 11 == 0, f"{len(body)} modules is not a whole number of symbols"
    values = {pattern: value for value, pattern in enumerate(CODES)}
    symbols = [values[body[i : i + 11]] for i in range(0, len(body), 11)]
    start, *data, check = symbols
    assert (start + sum(weight * value for weight, value in enumerate(data, start=1))) % 103 == check
    code_set = {103: "A", 104: "B", 105: "C"}[start]
    text: list[str] = []
    for value in data:
        if code_set == "C" and value < 100:
            text.append(f"{value:02d}")
        elif code_set == "B" and value < 96:
            text.append(chr(value + 32))
        elif code_set == "A" and value < 96:
            text.append(chr(value + 32) if value < 64 else chr(value - 64))
        elif value == 99:
            code_set = "C"
        elif value == 100 and code_set != "B":
            code_set = "B"
        elif value == 101 and code_set != "A":
            code_set = "A"
        else:
            raise AssertionError(f"unexpected symbol {value} in code set {code_set}")
    return "".join(text)


@pytest.fixture
def read_code128() -> Callable[[str], str]:
    return decode_code128


_RECT = re.compile(rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\s+f\b")


def filled_rectangles(page: PageObject) -> list[tuple[float, float, float, float]]:
    """Every filled rectangle (`x y w h re f`) drawn on a PDF page, in the page's drawing units."""
    data = page.get_contents().get_data()
    return [tuple(float(v) for v in match.groups()) for match in _RECT.finditer(data)]  # type: ignore[misc]


def barcode_modules(page: PageObject) -> str:
    """The bars of the one barcode on `page` as a module string: the largest group of filled
    rectangles sharing a top and a height, each bar a whole number of the narrowest bar's width."""
    groups: dict[tuple[float, float], list[tuple[float, float]]] = {}
    for x, y, width, height in filled_rectangles(page):
        groups.setdefault((y, height), []).append((x, width))
    bars = sorted(max(groups.values(), key=len))
    module = min(width for _, width in bars)
    start = bars[0][0]
    modules = ["0"] * round((bars[-1][0] + bars[-1][1] - start) / module)
    for x, width in bars:
        offset, count = (x - start) / module, width / module
        assert abs(offset - round(offset)) < 0.01, "bar off the module grid"
        assert abs(count - round(count)) < 0.01, "bar width not a whole number of modules"
        modules[round(offset) : round(offset) + round(count)] = ["1"] * round(count)
    return "".join(modules)


def pdf_text(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed (pypdf puts tabs between Qt's positioned words)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture
def read_pdf_text() -> Callable[[Path], list[str]]:
    return pdf_text


@pytest.fixture
def read_barcode_modules() -> Callable[[PageObject], str]:
    return barcode_modules


@pytest.fixture
def read_rectangles() -> Callable[[PageObject], list[tuple[float, float, float, float]]]:
    return filled_rectangles
