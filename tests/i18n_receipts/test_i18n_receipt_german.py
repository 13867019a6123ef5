"""A receipt in German: the thermal layout at every paper width, the ESC/POS bytes, and the PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from i18n_receipt_samples import german_refund, german_sale
from pypdf import PdfReader

from pos_app.receipts.document import consistency_problems
from pos_app.receipts.escpos_output import PrinterSettings, make_receipt_printer
from pos_app.receipts.pdf_output import render_pdf
from pos_app.receipts.text_layout import layout_receipt, plain_lines

# Headings of the sale in the order they are printed, as the German catalogue words them.
SALE_HEADINGS = [
    "USt-IdNr.: DE123456789",
    "Bon: R-000123",
    "Datum: 14.3.2026, 15:09",  # babel de_DE short date with the full year
    "Kassierer: Alice",
    "Kunde: Bob Schmidt",
    "(statt 3,50)",
    "Rabatt",
    "Artikel",
    "Rabatt: Kundenkarte",
    "Zwischensumme",
    "SUMME",
    "Rundung Bargeld",
    "Zu zahlen",
    "Satz",
    "Netto",
    "enth. MwSt.",
    "Ref.: 4417",
    "Wechselgeld",
]
REFUND_HEADINGS = [
    "*** RÜCKGABE ***",
    "zu Bon R-000123",
    "Bon: RF-000007",
    "Grund: Beschädigt",
    "SUMME RÜCKGABE",
]
AMOUNT_AT_END = re.compile(r"-?[\d.]+,\d\d(?= [A-Z]$|$)")  # German amounts: 1.234,50


def in_order(text: str, expected: list[str]) -> None:
    position = 0
    for part in expected:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} not found (in order) in {text!r}"
        position = found + len(part)


def test_samples_are_consistent_receipts():
    assert consistency_problems(german_sale()) == []
    assert consistency_problems(german_refund()) == []


@pytest.mark.parametrize("columns", [48, 42, 32])
def test_german_layout_fits_the_paper_and_keeps_amounts_aligned(german, columns):
    lines = plain_lines(layout_receipt(german_sale(), columns))
    text = "\n".join(lines)
    in_order(text, SALE_HEADINGS)
    assert "Subtotal" not in text
    assert "Change" not in text
    assert max(len(line) for line in lines) <= columns
    # Every amount of the item, total and tender rows ends in the same column, German labels or not.
    ends = {
        match.end()
        for line in lines
        if line.startswith(("Kaffeebohnen", "Zwischensumme", "SUMME", "Wechselgeld", "Bar", "Karte"))
        for match in [AMOUNT_AT_END.search(line)]
        if match is not None
    }
    assert len(ends) == 1, f"amounts not aligned at {columns} columns:\n{text}"
    # The tax table's tax column ends where the amounts end.
    [tax_row] = [line for line in lines if line.startswith("A Standard")]
    assert tax_row.rstrip().endswith("2,55")
    assert {len(tax_row.rstrip())} == ends


@pytest.mark.parametrize("columns", [48, 32])
def test_german_refund_layout(german, columns):
    lines = plain_lines(layout_receipt(german_refund(), columns))
    in_order("\n".join(lines), REFUND_HEADINGS)
    assert max(len(line) for line in lines) <= columns


def test_escpos_bytes_carry_the_german_headings_in_the_code_page(german):
    printer = make_receipt_printer(PrinterSettings("dummy"))
    printer.print_receipt(german_refund())
    printer.print_receipt(german_sale())
    # CP858 is the printer's code page: Ü and ä are printable there, so they are sent as such.
    text = printer.dummy_output().decode("cp858")
    in_order(text, REFUND_HEADINGS + SALE_HEADINGS)
    assert "\u00dc".encode("cp858") in printer.dummy_output()


@pytest.mark.parametrize("page", ["roll80", "a4"])
def test_pdf_shows_the_german_headings(german, tmp_path: Path, page):
    path = render_pdf(german_sale(), tmp_path / f"bon-{page}.pdf", page)
    reader = PdfReader(path)
    [pdf_page] = reader.pages
    text = " ".join(pdf_page.extract_text().split())
    in_order(text, SALE_HEADINGS)
    assert "Subtotal" not in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Bon R-000123"


def test_refund_pdf_in_german(german, tmp_path: Path):
    [pdf_page] = PdfReader(render_pdf(german_refund(), tmp_path / "rueckgabe.pdf")).pages
    in_order(" ".join(pdf_page.extract_text().split()), REFUND_HEADINGS)


def test_receipt_titles_on_screen(german):
    assert german_sale().title == "Bon R-000123"
    assert german_refund().title == "Rückgabebeleg RF-000007"
