"""Without a translator every message stays exactly the English it was before the sweep."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_receipt_samples import german_refund, german_sale
from PySide6.QtCore import QCoreApplication

from pos_app.domain.i18n import install_translator
from pos_app.domain.validation import ValidationError, clean_quantity, validate_item
from pos_app.receipts.escpos_output import PrinterSettings, make_receipt_printer
from pos_app.receipts.text_layout import layout_receipt, plain_lines
from pos_app.services.csv_import import plan_items

ROWS = (
    "sku,barcode,name,price,stock,tax_rate\n"
    "A-1,4006381333931,Milk,1.19,5,7\n"
    "A-1,,Milk again,1.29,5,7\n"
    "B-1,4006381333932,Bread,2.00,1,7\n"
    "C-1,,Cheese,2.00,-3,7\n"
)


def test_receipt_headings_in_english():
    lines = plain_lines(layout_receipt(german_sale(), 48))
    assert "Receipt: R-000123" in lines
    assert "Cashier: Alice" in lines
    assert "  1 x 3.00 (was 3.50)" in lines
    assert "Rate                          Net Included tax" in lines
    assert "Subtotal                                 20.00" in lines
    assert "TOTAL                                    20.00" in lines
    assert "Change                                   10.00" in lines
    assert "  Ref: 4417" in lines
    refund = plain_lines(layout_receipt(german_refund(), 48))
    assert "                 *** REFUND ***" in refund
    assert "REFUND TOTAL                             -6.25" in refund
    assert german_refund().title == "Refund slip RF-000007"


def test_validation_and_import_reasons_in_english(controllers, tax_rate, tmp_path: Path):
    with pytest.raises(ValidationError) as quantity:
        clean_quantity("0")
    assert quantity.value.message == "Quantity cannot be less than 1"
    with pytest.raises(ValidationError) as stock:
        validate_item(sku="C-1", barcode="", name="Cheese", price="2.00", stock="x")
    assert stock.value.message == "Stock must be a whole number (got 'x')"
    tax_rate("7")
    path = tmp_path / "items.csv"
    path.write_text(ROWS, encoding="utf-8")
    plan = plan_items(controllers.uow, path)
    assert [row.detail for row in plan.preview_rows("error", 0, 10)] == [
        "SKU A-1 appears twice in the file (first on line 2)",
        # English lower-cases a reason's first word after "line N:", as it always did.
        "barcode 4006381333932 has a wrong check digit (EAN/UPC)",
        "stock cannot be less than 0",
    ]
    assert plan.summary() == "1 to add, 0 to update, 3 with errors"


def test_removing_the_translator_brings_english_back(german):
    printer = make_receipt_printer(PrinterSettings("dummy"))
    printer.print_receipt(german_sale())
    assert b"Zwischensumme" in printer.dummy_output()
    install_translator(None)
    QCoreApplication.removeTranslator(german)
    english = make_receipt_printer(PrinterSettings("dummy"))
    english.print_receipt(german_sale())
    assert b"Subtotal" in english.dummy_output()
    assert b"Zwischensumme" not in english.dummy_output()
