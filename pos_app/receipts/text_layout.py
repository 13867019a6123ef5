"""Fixed-width text layout of a receipt for thermal paper, in plain Python.

A thermal printer prints a fixed number of characters per line: Font A gives 48
columns on an 80 mm roll (42 on some 180 dpi models) and 32 on a 58 mm roll. This
module turns a `ReceiptDocument` into such lines: header centred, names wrapped,
amounts right-aligned in one column (wide enough for -9,999,999.99), then discounts,
totals, the tax table, tenders and change. The ESC/POS renderer prints these lines,
and tests compare them line by line.

A printer knows only the characters of its code page. Give `encodable` (a test
"can the printer print this character?") and every text is first reduced to
printable characters (é stays é where the code page has it, € becomes EUR where it
does not, anything unknown becomes ?) before widths are measured, so columns stay
aligned on paper.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from pos_app.domain.locale_format import format_datetime
from pos_app.domain.money import format_money
from pos_app.receipts import labels
from pos_app.receipts.document import ReceiptDocument, ReceiptLine

DEFAULT_COLUMNS = 48
MIN_COLUMNS = 24
MAX_COLUMNS = 80
DATE_FORMAT = "%Y-%m-%d %H:%M"

Encodable = Callable[[str], bool]

# Readable stand-ins for characters a code page may lack; tried before accent stripping.
_FALLBACKS = {
    "\u20ac": "EUR",  # euro sign
    "\u00a3": "GBP",  # pound sign
    "\u00df": "ss",  # sharp s
    "\u1e9e": "SS",  # capital sharp s
    "\u00c6": "AE",
    "\u00e6": "ae",
    "\u0152": "OE",
    "\u0153": "oe",
    "\u00d8": "O",
    "\u00f8": "o",
    "\u0141": "L",
    "\u0142": "l",
    "\u0110": "D",
    "\u0111": "d",
    "\u00de": "Th",
    "\u00fe": "th",
    "\u2010": "-",  # hyphen
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
    "\u2018": "'",  # quotation marks
    "\u2019": "'",
    "\u201a": ",",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2026": "...",  # ellipsis
    "\u00d7": "x",  # multiplication sign
    "\u2022": "*",  # bullet
    "\u00b7": ".",  # middle dot
    "\u00b0": "o",  # degree sign
}


@dataclass(frozen=True, slots=True)
class TextLine:
    """One printed line; `bold` marks the shop name, the REFUND banner and the total."""

    text: str
    bold: bool = False


def fit_to_charset(text: str, encodable: Encodable) -> str:
    """Replace every character the printer cannot print with a readable stand-in, else '?'."""
    out: list[str] = []
    for char in text:
        if encodable(char):
            out.append(char)
            continue
        stand_in = _FALLBACKS.get(char)
        if stand_in is None:
            # NFKD splits é into e + accent and ﬁ into fi; dropping the marks leaves plain letters.
            decomposed = unicodedata.normalize("NFKD", char)
            stand_in = "".join(part for part in decomposed if not unicodedata.combining(part))
        out.append(stand_in if stand_in and all(encodable(part) for part in stand_in) else "?")
    return "".join(out)


def format_quantity(quantity: int | Decimal) -> str:
    """2 -> "2", Decimal("1.500") -> "1.5", never an exponent."""
    if isinstance(quantity, int):
        return str(quantity)
    text = f"{quantity.normalize():f}"
    return "0" if text in {"-0", "0"} else text


def format_percent(percent: Decimal) -> str:
    """Decimal("20.00") -> "20%", Decimal("7.5") -> "7.5%"."""
    return f"{format_quantity(percent)}%"


def receipt_text(
    doc: ReceiptDocument, columns: int = DEFAULT_COLUMNS, *, encodable: Encodable | None = None
) -> str:
    """The whole layout as one string, a newline after each line."""
    return "".join(line.text + "\n" for line in layout_receipt(doc, columns, encodable=encodable))


def layout_receipt(
    doc: ReceiptDocument, columns: int = DEFAULT_COLUMNS, *, encodable: Encodable | None = None
) -> tuple[TextLine, ...]:
    """Lay `doc` out in `columns` characters per line (trailing spaces removed)."""
    if not MIN_COLUMNS <= columns <= MAX_COLUMNS:
        raise ValueError(f"columns must be between {MIN_COLUMNS} and {MAX_COLUMNS}, not {columns}")
    return tuple(_Layout(doc, columns, encodable).lines)


class _Layout:
    """Builds the lines of one receipt; every text goes through `_clean` exactly once."""

    def __init__(self, doc: ReceiptDocument, columns: int, encodable: Encodable | None) -> None:
        self.doc = doc
        self.columns = columns
        self.encodable = encodable
        self.lines: list[TextLine] = []
        labels = [self._clean(line.tax_label) for line in doc.lines]
        # Tax labels get a column of their own right of the amounts, as on a till slip.
        self.label_width = min(max((len(label) for label in labels), default=0), 4)
        self.amount_width = max(len(text) for text in self._all_amount_texts())
        self._build()

    # Text helpers -------------------------------------------------------------------------

    def _clean(self, text: str) -> str:
        """One line of printable text: NFC, control characters and runs of spaces made one space."""
        text = unicodedata.normalize("NFC", text)
        text = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in text)
        text = " ".join(text.split())
        return fit_to_charset(text, self.encodable) if self.encodable is not None else text

    def _money(self, amount: Decimal) -> str:
        return format_money(amount)

    def _all_amount_texts(self) -> list[str]:
        doc = self.doc
        amounts = [doc.subtotal, doc.total, doc.change, doc.tax_total, doc.items_total, doc.amount_due]
        for line in doc.lines:
            amounts += [line.amount_before_discount, line.line_total]
            if line.discount is not None:
                amounts.append(-line.discount.amount)
        if doc.order_discount is not None:
            amounts.append(-doc.order_discount.amount)
        if doc.cash_rounding is not None:
            amounts.append(doc.cash_rounding)
        amounts += [tender.amount for tender in doc.tenders]
        return [self._money(amount) for amount in amounts]

    @staticmethod
    def _wrap(text: str, width: int, indent: str = "") -> list[str]:
        width = max(width, len(indent) + 1)
        return textwrap.wrap(
            text,
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=True,
            break_on_hyphens=False,
        ) or [indent.rstrip()]

    def _add(self, text: str, *, bold: bool = False) -> None:
        self.lines.append(TextLine(text.rstrip(), bold))

    def _blank(self) -> None:
        self._add("")

    def _rule(self) -> None:
        self._add("-" * self.columns)

    def _centred(self, text: str, *, bold: bool = False) -> None:
        for chunk in self._wrap(self._clean(text), self.columns):
            self._add(chunk.center(self.columns), bold=bold)

    def _left(self, text: str, indent: str = "") -> None:
        for chunk in self._wrap(self._clean(text), self.columns, indent):
            self._add(chunk)

    def _row(
        self, left: str, amount: Decimal, *, label: str = "", indent: str = "", bold: bool = False
    ) -> None:
        """`left` wrapped in the space left of the amount column; the amount on its first line."""
        right = self._money(amount).rjust(self.amount_width)
        if self.label_width:
            right += " " + label[: self.label_width].ljust(self.label_width)
        room = self.columns - len(right) - 1
        chunks = self._wrap(self._clean(left), room, indent)
        self._add(chunks[0].ljust(room) + " " + right, bold=bold)
        for chunk in chunks[1:]:
            self._add(chunk, bold=bold)

    # Sections -----------------------------------------------------------------------------

    def _build(self) -> None:
        self._header()
        self._rule()
        for line in self.doc.lines:
            self._item(line)
        self._rule()
        self._totals()
        if self.doc.taxes:
            self._rule()
            self._tax_table()
        if self.doc.tenders or self.doc.change:
            self._rule()
            self._tenders()
        if self.doc.footer.strip():
            self._blank()
            for paragraph in self.doc.footer.splitlines():
                if paragraph.strip():
                    self._centred(paragraph)
                else:
                    self._blank()

    def _header(self) -> None:
        doc = self.doc
        self._centred(doc.shop.name, bold=True)
        for address in doc.shop.address_lines:
            self._centred(address)
        if doc.shop.tax_id:
            self._centred(labels.tax_id(doc.shop.tax_id))
        self._blank()
        if doc.is_refund:
            self._centred(labels.refund_banner(), bold=True)
            if doc.original_number:
                self._centred(labels.for_receipt(doc.original_number))
            self._blank()
        self._left(labels.receipt_number(doc.number))
        self._left(labels.date(format_datetime(doc.issued_at, printable=True)))
        self._left(labels.cashier(doc.cashier))
        if doc.customer:
            self._left(labels.customer(doc.customer))
        if doc.is_refund and doc.reason:
            self._left(labels.reason(doc.reason))

    def _item(self, line: ReceiptLine) -> None:
        label = self._clean(line.tax_label)
        self._row(line.name, line.amount_before_discount, label=label)
        if line.quantity != 1 or line.list_price is not None:
            detail = f"{format_quantity(line.quantity)} x {self._money(line.unit_price)}"
            if line.list_price is not None:
                detail += labels.was_price(self._money(line.list_price))
            self._left(detail, indent="  ")
        if line.discount is not None:
            self._row(line.discount.text or labels.discount(), -line.discount.amount, indent="  ")

    def _totals(self) -> None:
        doc = self.doc
        if doc.order_discount is not None:
            self._row(labels.items(), doc.items_total)
            reason = doc.order_discount.text
            self._row(
                labels.discount_with_reason(reason) if reason else labels.discount(),
                -doc.order_discount.amount,
            )
        self._row(labels.subtotal(), doc.subtotal)
        if not doc.prices_include_tax:
            self._row(labels.tax(), doc.tax_total)
        self._row(labels.total(doc.is_refund), doc.total, bold=True)
        if doc.cash_rounding is not None:
            self._row(labels.cash_rounding(), doc.cash_rounding)
            self._row(labels.amount_due(doc.is_refund), doc.amount_due)

    def _tax_table(self) -> None:
        doc = self.doc
        # Looked up once: the widths below are measured on the very texts that are printed.
        heading = self._clean(labels.tax_heading(doc.prices_include_tax))
        net = self._clean(labels.net())
        bases = [self._money(row.base) for row in doc.taxes]
        taxes = [self._money(row.tax) for row in doc.taxes]
        names = [
            " ".join(part for part in (row.label, row.name, format_percent(row.percent)) if part)
            for row in doc.taxes
        ]
        base_width = max(len(net), *(len(text) for text in bases))
        # The tax column ends where the amount column ends, so figures line up with the items.
        tax_width = max(len(heading), self.amount_width, *(len(text) for text in taxes))
        right_margin = self.label_width + 1 if self.label_width else 0
        room = self.columns - right_margin - base_width - tax_width - 2
        if room < 6:
            # Too narrow for a table: each rate, then its net and tax on lines of their own.
            for name, row in zip(names, doc.taxes, strict=True):
                self._left(name)
                self._row(net, row.base, indent="  ")
                self._row(labels.incl_tax() if doc.prices_include_tax else labels.tax(), row.tax, indent="  ")
            return
        self._table_row(labels.rate(), net.rjust(base_width) + " " + heading.rjust(tax_width), room)
        for name, base, tax in zip(names, bases, taxes, strict=True):
            self._table_row(name, base.rjust(base_width) + " " + tax.rjust(tax_width), room)

    def _table_row(self, left: str, figures: str, room: int) -> None:
        chunks = self._wrap(self._clean(left), room)
        self._add(chunks[0].ljust(room) + " " + figures)
        for chunk in chunks[1:]:
            self._add(chunk)

    def _tenders(self) -> None:
        doc = self.doc
        for tender in doc.tenders:
            self._row(tender.method, tender.amount)
            if tender.reference:
                self._left(labels.tender_reference(tender.reference), indent="  ")
        if doc.change:
            self._row(labels.change(), doc.change)


def plain_lines(lines: Sequence[TextLine]) -> list[str]:
    """The texts of laid-out lines, for tests and logs."""
    return [line.text for line in lines]
