"""The receipt data adds up, and the consistency check catches each kind of figure that does not."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from pos_app.receipts.document import Discount, ReceiptKind, ReceiptLine, Tender, consistency_problems

D = Decimal


def test_the_sample_receipts_add_up(sale, refund, awkward):
    assert consistency_problems(sale) == []
    assert consistency_problems(refund) == []
    assert consistency_problems(awkward) == []


def test_derived_figures(sale, awkward):
    assert sale.items_total == D("21.19")
    assert sale.tax_total == D("2.81")
    assert sale.amount_due == sale.total == D("20.00")
    assert sale.tendered == D("30.00")
    assert sale.lines[3].amount_before_discount == D("6.60")
    assert awkward.amount_due == D("10000024.20")
    assert sale.barcode_payload == "R-000123"
    assert replace(sale, barcode_value="X-1").barcode_payload == "X-1"


def test_receipts_are_immutable(sale):
    with pytest.raises(AttributeError):
        sale.total = D("1.00")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"subtotal": D("20.01"), "total": D("20.01")},
            "lines 21.19 - order discount 1.19 != subtotal 20.01",
        ),
        ({"total": D("19.99")}, "total 19.99 != 20.00"),
        ({"change": D("9.99")}, "tenders 30.00 - change 9.99 != amount due 20.00"),
        ({"tenders": (Tender("Cash", D("30.00")),), "change": D("10.01")}, "!= amount due"),
        ({"cash_rounding": D("0.005")}, "cash rounding 0.005 is not an amount in cents"),
        ({"number": " "}, "no number"),
        ({"barcode_value": "Rückgabe"}, "not printable ASCII"),
        ({"original_number": "R-1"}, "only a refund refers"),
        ({"reason": "damaged"}, "only a refund gives a reason"),
    ],
)
def test_inconsistent_sale_is_reported(sale, change, expected):
    problems = consistency_problems(replace(sale, **change))
    assert any(expected in problem for problem in problems), problems


def test_line_arithmetic_is_checked(sale):
    wrong = replace(sale.lines[0], line_total=D("12.49"))
    problems = consistency_problems(replace(sale, lines=(wrong, *sale.lines[1:])))
    assert "line 1 (Coffee beans 1kg): 2 x 6.25 - 0.00 = 12.50, not 12.49" in problems


def test_tax_rows_must_cover_lines_and_subtotal(sale):
    orphan = ReceiptLine("Stamp", 1, D("0.00"), D("0.00"), "Q")
    assert any("tax label 'Q'" in p for p in consistency_problems(replace(sale, lines=(*sale.lines, orphan))))
    short = (replace(sale.taxes[0], tax=D("2.54")), sale.taxes[1])
    assert any("tax bases" in p for p in consistency_problems(replace(sale, taxes=short)))


def test_prices_without_tax_add_the_tax(awkward):
    assert any("total" in p for p in consistency_problems(replace(awkward, prices_include_tax=True)))


def test_refund_signs_are_checked(refund):
    positive = replace(refund.lines[0], quantity=1, line_total=D("6.25"))
    problems = consistency_problems(replace(refund, lines=(positive,)))
    assert any("of a refund has quantity 1" in p for p in problems)
    assert consistency_problems(replace(refund, kind=ReceiptKind.SALE)) == [
        "a sale with a negative total -6.25",
        "only a refund refers to an original receipt",
    ]


def test_refund_discounts_subtract_negative_amounts(refund):
    line = ReceiptLine("Mug", -2, D("5.00"), D("-9.00"), "A", discount=Discount("Staff", D("-1.00")))
    assert line.amount_before_discount == D("-10.00")
