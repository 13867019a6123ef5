"""The fixed-width layout for thermal paper, compared line by line with receipts written out by hand."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from pos_app.receipts.document import ReceiptLine
from pos_app.receipts.text_layout import (
    fit_to_charset,
    format_percent,
    format_quantity,
    layout_receipt,
    plain_lines,
    receipt_text,
)

RULE = "-" * 48

SALE_48 = [
    "                  Corner Shop",
    "                 12 High Street",
    "               Springfield 12345",
    "              Tax ID: DE123456789",
    "",
    "Receipt: R-000123",
    "Date: 3/14/2026, 3:09 PM",
    "Cashier: Alice",
    "Customer: Bob Smith",
    RULE,
    "Coffee beans 1kg                         12.50 A",
    "  2 x 6.25",
    "Whole milk 1 L                            1.29 B",
    "Sourdough bread                           3.00 B",
    "  1 x 3.00 (was 3.50)",
    "Dark chocolate 70%                        6.60 A",
    "  3 x 2.20",
    "  3 for 2                                -2.20",
    RULE,
    "Items                                    21.19",
    "Discount: Loyalty card                   -1.19",
    "Subtotal                                 20.00",
    "TOTAL                                    20.00",
    RULE,
    "Rate                          Net Included tax",
    "A Standard 19%              13.40         2.55",
    "B Reduced 7%                 3.79         0.26",
    RULE,
    "Card                                     10.00",
    "  Ref: 4417",
    "Cash                                     20.00",
    "Change                                   10.00",
    "",
    "            Thank you for shopping!",
    "   Returns within 30 days with this receipt.",
]

REFUND_32 = [
    "          Corner Shop",
    "         12 High Street",
    "       Springfield 12345",
    "      Tax ID: DE123456789",
    "",
    "         *** REFUND ***",
    "      for receipt R-000123",
    "",
    "Receipt: R-000124",
    "Date: 3/15/2026, 9:30 AM",
    "Cashier: Alice",
    "-" * 32,
    "Coffee beans 1kg         -6.25 A",
    "  -1 x 6.25",
    "-" * 32,
    "Subtotal                 -6.25",
    "REFUND TOTAL             -6.25",
    "-" * 32,
    "Rate          Net Included tax",
    "A Standard  -5.25        -1.00",
    "19%",
    "-" * 32,
    "Cash                     -6.25",
]


def test_sale_on_80mm_paper(sale):
    assert plain_lines(layout_receipt(sale, 48)) == SALE_48


def test_refund_on_58mm_paper(refund):
    assert plain_lines(layout_receipt(refund, 32)) == REFUND_32


def test_bold_lines_are_the_shop_name_refund_banner_and_total(sale, refund):
    bold = [line.text.strip() for line in layout_receipt(sale) if line.bold]
    assert bold == ["Corner Shop", "TOTAL                                    20.00"]
    bold = [line.text.split()[0] for line in layout_receipt(refund) if line.bold]
    assert bold == ["Corner", "***", "REFUND"]


def test_receipt_text_is_the_lines_joined(sale):
    assert receipt_text(sale) == "\n".join(SALE_48) + "\n"


@pytest.mark.parametrize("columns", [24, 32, 42, 48, 64])
def test_nothing_is_wider_than_the_paper(awkward, sale, refund, columns):
    for doc in (awkward, sale, refund):
        lines = plain_lines(layout_receipt(doc, columns))
        assert max(len(line) for line in lines) <= columns


def test_long_names_wrap_below_their_amount(awkward):
    lines = plain_lines(layout_receipt(awkward, 48))
    first = lines.index("Organic fair-trade single-origin         10.00 A")
    assert lines[first + 1 : first + 3] == ["Ethiopian Yirgacheffe coffee", "beans, light roast, 1 kg bag"]


def test_long_names_wrap_on_58mm_without_losing_words(awkward):
    lines = plain_lines(layout_receipt(awkward, 32))
    start = next(i for i, line in enumerate(lines) if line.startswith("Organic"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Crème"))
    name_part = [lines[start][: 32 - 9].rstrip(), *lines[start + 1 : end]]
    assert " ".join(name_part) == awkward.lines[0].name
    assert lines[start].endswith("10.00 A")


def test_tax_table_stacks_when_too_narrow(awkward):
    lines = plain_lines(layout_receipt(awkward, 24))
    start = lines.index("Z Zero 0%")
    assert lines[start : start + 3] == ["Z Zero 0%", "  Net    10,000,004.99", "  Tax             0.00"]


def test_largest_amounts_fit_on_58mm(awkward):
    lines = plain_lines(layout_receipt(awkward, 32))
    assert "Display cabinet   9,999,999.99 Z" in lines
    assert "TOTAL            10,000,024.19" in lines
    assert "Cash rounding             0.01" in lines
    assert "To pay           10,000,024.20" in lines


def test_non_ascii_kept_when_the_printer_can_print_it(awkward):
    text = receipt_text(awkward)
    assert "Café Müller & Söhne" in text
    assert "Weißbier 0,5 l" in text
    assert "Gift card 5€ → 中文" in text


def test_non_ascii_degrades_to_readable_ascii(awkward):
    text = receipt_text(awkward, encodable=lambda char: ord(char) < 128)
    assert "Cafe Muller & Sohne" in text
    assert "Creme brulee" in text
    assert "Weissbier 0,5 l" in text
    assert "Cashier: Zoe" in text
    # The euro sign spelled out; the arrow and the Chinese characters have no stand-in.
    assert "Gift card 5EUR ? ??" in text
    assert all(ord(char) < 128 for char in text)


def test_degrading_keeps_columns_aligned(awkward):
    lines = plain_lines(layout_receipt(awkward, 48, encodable=lambda char: ord(char) < 128))
    assert "Gift card 5EUR ? ??                       5.00 Z" in lines


def test_fit_to_charset():
    latin1 = lambda char: ord(char) < 256  # noqa: E731
    quoted = "Ærøskøbing \u201cStraße\u201d \u2013 5€ \u2026"  # curly quotes, en dash, ellipsis
    assert fit_to_charset(quoted, latin1) == 'Ærøskøbing "Straße" - 5EUR ...'
    assert fit_to_charset("ﬁne Ω", lambda char: ord(char) < 128) == "fine ?"


def test_control_characters_and_spacing_are_cleaned(sale):
    line = ReceiptLine("Tab\there\x00and\u200bthere  spaced", 1, Decimal("1.00"), Decimal("1.00"), "A")
    lines = plain_lines(layout_receipt(replace(sale, lines=(line,)), 48))
    assert "Tab here and there spaced                 1.00 A" in lines


def test_fractional_quantities_and_percentages():
    assert format_quantity(Decimal("1.500")) == "1.5"
    assert format_quantity(Decimal("100")) == "100"
    assert format_quantity(Decimal("-0.000")) == "0"
    assert format_quantity(3) == "3"
    assert format_percent(Decimal("20.00")) == "20%"
    assert format_percent(Decimal("7.5")) == "7.5%"


@pytest.mark.parametrize("columns", [23, 81])
def test_column_count_is_bounded(sale, columns):
    with pytest.raises(ValueError, match="columns"):
        layout_receipt(sale, columns)


def test_a_refund_says_why_under_its_header(refund):
    reason = "Box crushed in transit, customer\tbrought it back unopened"
    lines = plain_lines(layout_receipt(replace(refund, reason=reason), 32))
    at = lines.index("Reason: Box crushed in transit,")
    assert lines[at + 1 : at + 3] == ["customer brought it back", "unopened"]
    assert lines[at + 3] == "-" * 32  # the reason ends the header
