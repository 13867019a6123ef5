"""Receipt PDFs through Qt: their text read back with pypdf, and the barcode read back from the bars drawn."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPalette
from PySide6.QtPrintSupport import QPrinter

from pos_app.receipts.document import ReceiptLine, TaxRow, Tender, consistency_problems
from pos_app.receipts.pdf_output import ReceiptRenderError, print_receipt_document, render_pdf

D = Decimal
POINTS_PER_MM = 72 / 25.4

SALE_TEXT = [
    "Corner Shop",
    "12 High Street Springfield 12345 Tax ID: DE123456789",
    "Receipt: R-000123 Date: 3/14/2026, 3:09 PM Cashier: Alice Customer: Bob Smith",
    "Coffee beans 1kg 12.50 A 2 x 6.25",
    "Whole milk 1 L 1.29 B",
    "Sourdough bread 3.00 B 1 x 3.00 (was 3.50)",
    "Dark chocolate 70% 6.60 A 3 x 2.20 3 for 2 -2.20",
    "Items 21.19 Discount: Loyalty card -1.19 Subtotal 20.00 TOTAL 20.00",
    "Rate Net Included tax A Standard 19% 13.40 2.55 B Reduced 7% 3.79 0.26",
    "Card 10.00 Ref: 4417 Cash 20.00 Change 10.00",
    "Thank you for shopping! Returns within 30 days with this receipt.",
]


def _module_mm(page, rectangles) -> float:
    """Width of the narrowest bar in millimetres (Qt draws in device pixels under one scaling `cm`)."""
    scale = float(
        re.search(rb"([\d.]+) 0 0 -[\d.]+ [-\d.]+ [-\d.]+ cm", page.get_contents().get_data()).group(1)
    )
    return min(width for _, _, width, _ in rectangles(page)) * scale / POINTS_PER_MM


@pytest.mark.parametrize("page", ["roll80", "a4"])
def test_sale_pdf_text(qapp, tmp_path, sale, read_pdf_text, page):
    path = render_pdf(sale, tmp_path / f"sale-{page}.pdf", page)
    [text] = read_pdf_text(path)
    position = 0
    for expected in SALE_TEXT:
        found = text.find(expected, position)
        assert found >= 0, f"{expected!r} not found (in order) in {text!r}"
        position = found + len(expected)
    # The human-readable number under the barcode comes last.
    assert text.endswith("R-000123")


def test_roll_page_is_80mm_wide_and_as_tall_as_the_receipt(qapp, tmp_path, sale, refund):
    sale_page = PdfReader(render_pdf(sale, tmp_path / "sale.pdf")).pages
    refund_page = PdfReader(render_pdf(refund, tmp_path / "refund.pdf")).pages
    assert len(sale_page) == len(refund_page) == 1
    width, height = float(sale_page[0].mediabox.width), float(sale_page[0].mediabox.height)
    assert abs(width - 80 * POINTS_PER_MM) < 1
    assert 100 * POINTS_PER_MM < height < 200 * POINTS_PER_MM
    # The refund has fewer lines, so a shorter page.
    assert float(refund_page[0].mediabox.height) < height - 20 * POINTS_PER_MM


def test_a4_page(qapp, tmp_path, sale):
    [page] = PdfReader(render_pdf(sale, tmp_path / "sale.pdf", "a4")).pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


@pytest.mark.parametrize(("page", "narrowest_mm"), [("roll80", 0.33), ("a4", 0.4)])
def test_barcode_bars_read_back_as_the_receipt_number(
    qapp, tmp_path, sale, read_code128, read_barcode_modules, read_rectangles, page, narrowest_mm
):
    [pdf_page] = PdfReader(render_pdf(sale, tmp_path / "sale.pdf", page)).pages
    modules = read_barcode_modules(pdf_page)
    assert len(modules) == 101  # 8 symbols of 11 modules and the 13-module stop
    assert read_code128(modules) == "R-000123"
    # Whole device pixels at 1200 dpi: the narrow bar is the nominal width rounded to 1/1200 inch.
    assert abs(_module_mm(pdf_page, read_rectangles) - narrowest_mm) < 25.4 / 1200


def test_barcode_encodes_the_barcode_value(qapp, tmp_path, sale, read_code128, read_barcode_modules):
    doc = replace(sale, barcode_value="RET-2026-000123")
    [page] = PdfReader(render_pdf(doc, tmp_path / "sale.pdf")).pages
    assert read_code128(read_barcode_modules(page)) == "RET-2026-000123"


def test_refund_pdf(qapp, tmp_path, refund, read_pdf_text, read_code128, read_barcode_modules):
    path = render_pdf(refund, tmp_path / "refund.pdf", "a4")
    [text] = read_pdf_text(path)
    assert "*** REFUND *** for receipt R-000123" in text
    assert "Coffee beans 1kg -6.25 A -1 x 6.25" in text
    assert "REFUND TOTAL -6.25" in text
    assert "A Standard 19% -5.25 -1.00" in text
    assert "Cash -6.25" in text
    assert read_code128(read_barcode_modules(PdfReader(path).pages[0])) == "R-000124"


@pytest.mark.parametrize("page", ["roll80", "a4"])
def test_non_ascii_survives(qapp, tmp_path, awkward, read_pdf_text, page):
    [text] = read_pdf_text(render_pdf(awkward, tmp_path / "awkward.pdf", page))
    for expected in [
        "Café Müller & Söhne",
        "Cashier: Zoë",
        "Crème brûlée 5.00 A",
        "Weißbier 0,5 l 1.00 A",
        "Gift card 5€",
    ]:
        assert expected in text
    assert "Display cabinet 9,999,999.99 Z" in text
    assert "TOTAL 10,000,024.19 Cash rounding 0.01 To pay 10,000,024.20" in text


def test_long_name_wraps_on_the_roll(qapp, tmp_path, awkward):
    [page] = PdfReader(render_pdf(awkward, tmp_path / "awkward.pdf")).pages
    lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
    name = awkward.lines[0].name
    first = next(i for i, line in enumerate(lines) if line.startswith("Organic"))
    last = next(i for i, line in enumerate(lines) if "1 kg bag" in line)
    assert last > first
    assert " ".join(lines[first : last + 1]).replace("- ", "-").startswith(name)


def test_long_receipt_flows_onto_more_a4_pages(
    qapp, tmp_path, sale, read_pdf_text, read_barcode_modules, read_code128, read_rectangles
):
    lines = tuple(ReceiptLine(f"Item number {n}", 1, D("1.00"), D("1.00"), "A") for n in range(120))
    doc = replace(
        sale,
        lines=lines,
        order_discount=None,
        subtotal=D("120.00"),
        total=D("120.00"),
        taxes=(TaxRow("A", "Standard", D("19"), D("100.84"), D("19.16")),),
        tenders=(Tender("Cash", D("120.00")),),
        change=D("0.00"),
    )
    assert consistency_problems(doc) == []
    path = render_pdf(doc, tmp_path / "long.pdf", "a4")
    pages = read_pdf_text(path)
    assert len(pages) >= 2
    everything = " ".join(pages)
    assert all(f"Item number {n} 1.00 A" in everything for n in range(120))
    assert "TOTAL 120.00" in pages[-1]
    reader = PdfReader(path)
    assert all(len(read_rectangles(page)) < 10 for page in reader.pages[:-1])
    assert read_code128(read_barcode_modules(reader.pages[-1])) == "R-000123"
    # On the roll it is one long page.
    assert len(PdfReader(render_pdf(doc, tmp_path / "long-roll.pdf")).pages) == 1


def test_print_to_a_pdf_format_printer(qapp, tmp_path, sale, read_pdf_text):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed-a4.pdf"))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)
        )
    )
    print_receipt_document(sale, printer)
    [text] = read_pdf_text(tmp_path / "printed-a4.pdf")
    assert "Corner Shop" in text
    assert "TOTAL 20.00" in text

    printer.setOutputFileName(str(tmp_path / "printed-roll.pdf"))
    print_receipt_document(sale, printer, "roll80")
    [page] = PdfReader(tmp_path / "printed-roll.pdf").pages
    assert abs(float(page.mediabox.width) - 80 * POINTS_PER_MM) < 1


def test_text_is_black_under_a_dark_theme(qapp, tmp_path, sale):
    original = QGuiApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Text, "white")
    dark.setColor(QPalette.ColorRole.WindowText, "white")
    QGuiApplication.setPalette(dark)
    try:
        path = render_pdf(sale, tmp_path / "dark.pdf")
    finally:
        QGuiApplication.setPalette(original)
    stream = PdfReader(path).pages[0].get_contents().get_data()
    assert b"1 1 1 scn" not in stream
    assert b"0 0 0 scn" in stream


def test_barcode_value_outside_ascii_is_refused(qapp, tmp_path, sale):
    with pytest.raises(ReceiptRenderError, match="barcode cannot be drawn"):
        render_pdf(replace(sale, barcode_value="Rück-1"), tmp_path / "bad.pdf")


def test_unwritable_path(qapp, tmp_path, sale):
    with pytest.raises(
        ReceiptRenderError, match=r"Cannot write the receipt PDF to .*: No such file or directory"
    ):
        render_pdf(sale, tmp_path / "missing" / "sale.pdf")
