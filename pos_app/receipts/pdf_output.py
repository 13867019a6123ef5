"""Receipts as PDF and on system printers, drawn with Qt (QtGui and QtPrintSupport, never QtWidgets).

One painting routine serves a PDF file (`render_pdf`), any system printer and the print
preview (`print_receipt_document`): the text is a `QTextDocument` laid out for the paint
device's own resolution, and the receipt-number barcode is drawn below it as filled
rectangles whose widths are whole device pixels, so a scanner reads it on paper.

Two page styles: "roll80" is an 80 mm wide page exactly as tall as the receipt (a PDF for
a roll printer's system driver, or to e-mail); "a4" is a portrait A4 page that flows onto
more pages when the receipt is long. A QGuiApplication must exist (fonts need one).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from decimal import Decimal
from math import ceil
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_datetime
from pos_app.domain.money import format_money
from pos_app.receipts import labels
from pos_app.receipts.code128 import bar_runs, code128_modules
from pos_app.receipts.document import ReceiptDocument, ReceiptLine
from pos_app.receipts.text_layout import format_percent, format_quantity

PageStyle = Literal["roll80", "a4"]
PAGE_STYLES: tuple[PageStyle, ...] = ("roll80", "a4")

PDF_RESOLUTION = 1200
_MM_PER_INCH = 25.4
_CSS_DPI = 96


class ReceiptRenderError(Exception):
    """A receipt could not be drawn: the PDF file cannot be written, or the printer refused to start."""


@dataclass(frozen=True, slots=True)
class _Style:
    page_width_mm: float
    margin_mm: float
    font_pt: float
    title_pt: float
    total_pt: float
    # CODE128 narrow bar: 0.33 mm is the usual minimum for handheld scanners.
    module_mm: float
    bar_height_mm: float


_STYLES: dict[PageStyle, _Style] = {
    "roll80": _Style(80.0, 4.0, 8.0, 12.0, 10.0, 0.33, 12.0),
    "a4": _Style(210.0, 20.0, 10.0, 16.0, 12.0, 0.4, 15.0),
}
# Spare room below a roll receipt, so rounding never pushes the last line onto a second page.
_ROLL_SLACK_MM = 2.0


def render_pdf(doc: ReceiptDocument, path: str | Path, page: PageStyle = "roll80") -> Path:
    """Write `doc` as a PDF at `path` (overwritten) and return the path."""
    _require_gui()
    target = Path(path)
    try:
        # QPdfWriter reports an unwritable path only as a Qt warning; find out first, with a reason.
        with target.open("wb"):
            pass
    except OSError as error:
        raise ReceiptRenderError(
            translate("ReceiptPdf", "Cannot write the receipt PDF to {path}: {reason}").format(
                path=target, reason=error.strerror
            )
        ) from error
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_RESOLUTION)
    # The title a PDF viewer shows.
    writer.setTitle(translate("ReceiptPdf", "Receipt {number}").format(number=doc.number))
    writer.setCreator("pos_app")
    prepare_page(writer, doc, page)
    _paint(writer, doc, _STYLES[page])
    return target


def print_receipt_document(doc: ReceiptDocument, printer: QPrinter, page: PageStyle | None = None) -> None:
    """Draw `doc` on `printer` (a system printer, a PDF-format QPrinter, or a print preview's).

    With `page` the printer's page is set up for that style first; without it the printer's
    page is used as it is, in the roll style when it is at most 100 mm wide.
    """
    _require_gui()
    if page is not None:
        prepare_page(printer, doc, page)
    width_mm = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).width()
    _paint(printer, doc, _STYLES["roll80" if width_mm <= 100 else "a4"])


def prepare_page(device: QPagedPaintDevice, doc: ReceiptDocument, page: PageStyle) -> None:
    """Set `device`'s page for `page`: A4 portrait, or 80 mm wide and as tall as `doc` needs."""
    style = _STYLES[page]
    margins = QMarginsF(style.margin_mm, style.margin_mm, style.margin_mm, style.margin_mm)
    if page == "a4":
        size = QPageSize(QPageSize.PageSizeId.A4)
    else:
        height_mm = _roll_height_mm(device, doc, style)
        size = QPageSize(
            QSizeF(style.page_width_mm, height_mm),
            QPageSize.Unit.Millimeter,
            # The page size's name, as a print dialog lists it.
            translate("ReceiptPdf", "Receipt roll 80 mm x {height} mm").format(height=f"{height_mm:.0f}"),
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    if not device.setPageLayout(layout):
        raise ReceiptRenderError(
            translate("ReceiptPdf", "The printer does not accept a {size} page").format(size=size.name())
        )


# Layout -----------------------------------------------------------------------------------


def _require_gui() -> None:
    if QGuiApplication.instance() is None:
        raise RuntimeError("drawing a receipt needs a QGuiApplication (fonts are loaded through it)")


def _px(mm: float, dpi: int) -> int:
    return round(mm * dpi / _MM_PER_INCH)


def _text_document(
    doc: ReceiptDocument, style: _Style, device: QPagedPaintDevice, width_px: int
) -> QTextDocument:
    text = QTextDocument()
    # Lay out with the device's resolution, so point sizes are true points on paper.
    text.documentLayout().setPaintDevice(device)
    text.setDocumentMargin(0)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Arial", "Helvetica", "sans-serif"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(style.font_pt)
    # No ligatures: "ff" printed as one glyph would make "Coffee" unsearchable in the PDF.
    font.setFeature(QFont.Tag("liga"), 0)
    text.setDefaultFont(font)
    text.setHtml(_html(doc, style, _Columns(doc, style, font, device)))
    text.setTextWidth(width_px)
    return text


def _barcode_block_px(style: _Style, dpi: int, font_px: float) -> int:
    """Height of the gap, the bars and the number under them."""
    return _px(3.0 + style.bar_height_mm + 1.0, dpi) + round(font_px * 1.6)


def _roll_height_mm(device: QPagedPaintDevice, doc: ReceiptDocument, style: _Style) -> float:
    dpi = device.logicalDpiY()
    width_px = _px(style.page_width_mm - 2 * style.margin_mm, device.logicalDpiX())
    text = _text_document(doc, style, device, width_px)
    font_px = style.font_pt * dpi / 72
    content_px = text.documentLayout().documentSize().height() + _barcode_block_px(style, dpi, font_px)
    return round(content_px * _MM_PER_INCH / dpi + 2 * style.margin_mm + _ROLL_SLACK_MM, 1)


def _paint(device: QPagedPaintDevice, doc: ReceiptDocument, style: _Style) -> None:
    dpi_x, dpi_y = device.logicalDpiX(), device.logicalDpiY()
    paint_rect = device.pageLayout().paintRectPixels(dpi_x)
    width, height = paint_rect.width(), paint_rect.height()
    try:
        modules = code128_modules(doc.barcode_payload)
    except ValueError as error:
        raise ReceiptRenderError(
            translate("ReceiptPdf", "The receipt barcode cannot be drawn: {reason}").format(reason=error)
        ) from error
    text = _text_document(doc, style, device, width)
    text.setPageSize(QSizeF(width, height))
    pages = text.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise ReceiptRenderError(
            translate("ReceiptPdf", "The printer could not start the receipt (is it available?)")
        )
    try:
        context = QAbstractTextDocumentLayout.PaintContext()
        # Ink is black whatever the desktop theme: the application palette may be a dark one.
        palette = QPalette(context.palette)
        palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        context.palette = palette
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * height)
            context.clip = QRectF(0, index * height, width, height)
            painter.setClipRect(context.clip)
            text.documentLayout().draw(painter, context)
            painter.restore()

        # The HTML always ends in a paragraph (see _html), so the last block's bottom ends the text.
        end = text.documentLayout().blockBoundingRect(text.lastBlock()).bottom()
        top = int(end - (pages - 1) * height)
        font = QFont(text.defaultFont())
        font_px = style.font_pt * dpi_y / 72
        if top + _barcode_block_px(style, dpi_y, font_px) > height:
            device.newPage()
            top = 0
        _draw_barcode(
            painter, modules, doc.barcode_payload, font, style, (dpi_x, dpi_y), top + _px(3.0, dpi_y), width
        )
    finally:
        painter.end()


def _draw_barcode(
    painter: QPainter,
    modules: str,
    payload: str,
    font: QFont,
    style: _Style,
    dpi: tuple[int, int],
    top: int,
    width: int,
) -> None:
    """CODE128 bars centred at `top`, every bar a whole number of device pixels, the number below."""
    dpi_x, dpi_y = dpi
    quiet = 10  # modules of blank space each side, part of the symbol for a scanner
    module_px = max(1, _px(style.module_mm, dpi_x))
    while module_px > 1 and (len(modules) + 2 * quiet) * module_px > width:
        module_px -= 1
    bar_height = _px(style.bar_height_mm, dpi_y)
    left = (width - len(modules) * module_px) // 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for start, run in bar_runs(modules):
        painter.fillRect(
            QRect(left + start * module_px, top, run * module_px, bar_height), Qt.GlobalColor.black
        )
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(font)
    number_top = top + bar_height + _px(1.0, dpi_y)
    painter.drawText(
        QRect(0, number_top, width, round(style.font_pt * dpi_y / 72 * 1.6)),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        payload,
    )
    painter.restore()


# HTML -------------------------------------------------------------------------------------


class _Columns:
    """Fixed column widths in device pixels, measured with the device's own font metrics.

    Qt's rich-text tables share spare width between columns by their content, which on an
    80 mm roll squeezed the item names into one-word lines; figures get exactly the width
    of the widest figure instead, and names take the rest.
    """

    def __init__(self, doc: ReceiptDocument, style: _Style, font: QFont, device: QPagedPaintDevice) -> None:
        total_font = QFont(font)
        total_font.setPointSizeF(style.total_pt)
        total_font.setBold(True)
        plain = QFontMetricsF(font, device)
        big = QFontMetricsF(total_font, device)
        # Lengths in Qt's rich text are CSS pixels (1/96 inch), scaled to the device when laid out.
        to_css = _CSS_DPI / device.logicalDpiX()

        def width(texts: list[str], metrics: QFontMetricsF = plain) -> float:
            return max((metrics.horizontalAdvance(text) for text in texts), default=0.0) * to_css

        self.gap = round(1.5 * _CSS_DPI / _MM_PER_INCH)
        amounts = [_money(amount) for amount in _shown_amounts(doc)]
        self.amount = self.gap + ceil(max(width(amounts), width([_money(doc.total)], big)) * 1.05)
        self.label = self.gap + ceil(width([line.tax_label for line in doc.lines]) * 1.05)
        # The headings are bold: measured as such, or a longer word ("Netto") wraps inside its column.
        heading = QFontMetricsF(_bold(font), device)
        bases = [_money(row.base) for row in doc.taxes]
        self.net = self.gap + ceil(max(width(bases), width([labels.net()], heading)) * 1.05)
        self.tax = max(self.amount, self.gap + ceil(width([_tax_heading(doc)], heading) * 1.05))


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _shown_amounts(doc: ReceiptDocument) -> list[Decimal]:
    amounts = [doc.subtotal, doc.total, doc.change, doc.tax_total, doc.items_total, doc.amount_due]
    for line in doc.lines:
        amounts += [line.amount_before_discount]
        if line.discount is not None:
            amounts.append(-line.discount.amount)
    if doc.order_discount is not None:
        amounts.append(-doc.order_discount.amount)
    if doc.cash_rounding is not None:
        amounts.append(doc.cash_rounding)
    amounts += [tender.amount for tender in doc.tenders]
    amounts += [row.tax for row in doc.taxes]
    return amounts


def _tax_heading(doc: ReceiptDocument) -> str:
    return labels.tax_heading(doc.prices_include_tax)


def _e(text: str) -> str:
    return html.escape(" ".join(text.split()))


def _money(amount: Decimal) -> str:
    return format_money(amount)


def _html(doc: ReceiptDocument, style: _Style, columns: _Columns) -> str:
    parts: list[str] = [
        f'<p align="center" style="font-size:{style.title_pt}pt; font-weight:bold">{_e(doc.shop.name)}</p>'
    ]
    header = [_e(line) for line in doc.shop.address_lines]
    if doc.shop.tax_id:
        header.append(_e(labels.tax_id(doc.shop.tax_id)))
    if header:
        parts.append(f'<p align="center">{"<br>".join(header)}</p>')
    if doc.is_refund:
        parts.append(
            f'<p align="center" style="font-size:{style.total_pt}pt; font-weight:bold">'
            f"{_e(labels.refund_banner())}</p>"
        )
        if doc.original_number:
            parts.append(f'<p align="center">{_e(labels.for_receipt(doc.original_number))}</p>')

    meta = [
        _e(labels.receipt_number(doc.number)),
        _e(labels.date(format_datetime(doc.issued_at, printable=True))),
        _e(labels.cashier(doc.cashier)),
    ]
    if doc.customer:
        meta.append(_e(labels.customer(doc.customer)))
    if doc.is_refund and doc.reason:
        meta.append(_e(labels.reason(doc.reason)))
    parts.append(f"<p>{'<br>'.join(meta)}</p>")
    parts.append("<hr>")

    # Every money table has the same figure and label columns, so all amounts line up.
    money_widths = [columns.amount, columns.label]
    rows: list[list[str]] = []
    for line in doc.lines:
        rows += _item_rows(line)
    parts.append(_table(rows, money_widths, columns.gap))
    parts.append("<hr>")

    totals: list[list[str]] = []
    if doc.order_discount is not None:
        reason = doc.order_discount.text
        totals.append([_e(labels.items()), _money(doc.items_total)])
        totals.append(
            [
                _e(labels.discount_with_reason(reason) if reason else labels.discount()),
                _money(-doc.order_discount.amount),
            ]
        )
    totals.append([_e(labels.subtotal()), _money(doc.subtotal)])
    if not doc.prices_include_tax:
        totals.append([_e(labels.tax()), _money(doc.tax_total)])
    total_style = f'style="font-size:{style.total_pt}pt; font-weight:bold"'
    total_label = _e(labels.total(doc.is_refund))
    totals.append(
        [f"<span {total_style}>{total_label}</span>", f"<span {total_style}>{_money(doc.total)}</span>"]
    )
    if doc.cash_rounding is not None:
        totals.append([_e(labels.cash_rounding()), _money(doc.cash_rounding)])
        totals.append([_e(labels.amount_due(doc.is_refund)), _money(doc.amount_due)])
    parts.append(_table([[*row, ""] for row in totals], money_widths, columns.gap))

    if doc.taxes:
        parts.append("<hr>")
        tax_rows = [
            [
                f"<b>{_e(labels.rate())}</b>",
                f"<b>{_e(labels.net())}</b>",
                f"<b>{_e(_tax_heading(doc))}</b>",
                "",
            ]
        ]
        for row in doc.taxes:
            name = " ".join(part for part in (row.label, row.name, format_percent(row.percent)) if part)
            tax_rows.append([_e(name), _money(row.base), _money(row.tax), ""])
        parts.append(_table(tax_rows, [columns.net, columns.tax, columns.label], columns.gap))

    if doc.tenders or doc.change:
        parts.append("<hr>")
        tenders: list[list[str]] = []
        for tender in doc.tenders:
            tenders.append([_e(tender.method), _money(tender.amount), ""])
            if tender.reference:
                tenders.append([f"&nbsp;&nbsp;{_e(labels.tender_reference(tender.reference))}", "", ""])
        if doc.change:
            tenders.append([_e(labels.change()), _money(doc.change), ""])
        parts.append(_table(tenders, money_widths, columns.gap))

    footer = [_e(line) for line in doc.footer.splitlines()]
    if any(footer):
        parts.append(f'<p align="center">{"<br>".join(footer)}</p>')
    else:
        # The text must end in a paragraph: the barcode goes below its bounding box (the empty
        # block Qt keeps after a closing table reports a position inside the table).
        parts.append('<p style="font-size:2pt">&nbsp;</p>')
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _item_rows(line: ReceiptLine) -> list[list[str]]:
    rows = [[_e(line.name), _money(line.amount_before_discount), _e(line.tax_label)]]
    if line.quantity != 1 or line.list_price is not None:
        detail = f"{format_quantity(line.quantity)} x {_money(line.unit_price)}"
        if line.list_price is not None:
            detail += labels.was_price(_money(line.list_price))
        rows.append([f"&nbsp;&nbsp;{detail}", "", ""])
    if line.discount is not None:
        rows.append(
            [f"&nbsp;&nbsp;{_e(line.discount.text or labels.discount())}", _money(-line.discount.amount), ""]
        )
    return rows


def _table(rows: list[list[str]], widths: list[int], gap: int) -> str:
    """A full-width table: the first column takes what the fixed-width, right-aligned figure columns leave."""
    out = ['<table width="100%" cellspacing="0" cellpadding="0">']
    for row in rows:
        cells = [f"<td>{row[0]}</td>"]
        for cell, width in zip(row[1:], widths, strict=True):
            # Never an empty cell: Qt lays a following <hr> out beside a table whose last cell is empty.
            cells.append(
                f'<td width="{width}" align="right" style="padding-left:{gap}px">{cell or "&nbsp;"}</td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)
