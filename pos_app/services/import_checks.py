"""Validating 100k item rows quickly without a second set of rules.

`validate_item` (pos_app.domain.validation) is the one set of rules for forms and files, and
costs about 20 µs a row: python-stdnum's EAN check, a Unicode category lookup per character of
the name, Decimal parsing with several quantizes. A catalog export is overwhelmingly values in
their plainest form ("BULK-001", "4006381333931", "Whole milk", "1.19", "40", "20"), so
`item_draft` first tries a narrow fast path that accepts only such plain values, computing exactly
what `validate_item` would. Anything else (an empty price, a comma decimal, a space in a SKU, a
wrong check digit, a control character) takes the full `validate_item`, which then either accepts
the unusual form or raises the same ValidationError it raises for a form. The fast path can thus
only ever accept a subset of what the rules accept; tests/imports/test_import_checks.py compares
the two over tricky inputs.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

from pos_app.domain.money import CENT, ZERO
from pos_app.domain.validation import (
    GTIN_LENGTHS,
    MAX_BARCODE,
    MAX_NAME,
    MAX_SKU,
    MAX_STOCK,
    clean_tax_rate,
    validate_item,
)

_CODE = re.compile(r"[\x21-\x7e]+")  # as validation._CODE: printable ASCII, no spaces
# Unicode category Cc is exactly U+0000 to U+001F and U+007F to U+009F.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# At most 10 integer digits keeps within MAX_AMOUNT (9,999,999,999.99); no sign, no comma.
_PLAIN_PRICE = re.compile(r"[0-9]{1,10}(?:\.[0-9]{1,2})?", re.ASCII)
_PLAIN_STOCK = re.compile(r"[0-9]{1,8}", re.ASCII)


class ItemValues(NamedTuple):
    """A validated item row: an ItemDraft's fields as a tuple (a frozen dataclass costs 1 µs to make)."""

    sku: str
    barcode: str | None
    name: str
    price: Decimal
    stock: int
    tax_rate: Decimal


class ItemChecker:
    """Turns CSV text fields into ItemDrafts; caches tax rates (a file uses a handful)."""

    def __init__(self) -> None:
        self._rates: dict[str, Decimal] = {}

    def values(self, sku: str, barcode: str, name: str, price: str, stock: str, tax_rate: str) -> ItemValues:
        """The validated item; raises ValidationError exactly as validate_item does."""
        fast = self._fast(sku, barcode, name, price, stock, tax_rate)
        if fast is not None:
            return fast
        draft = validate_item(
            sku=sku,
            barcode=barcode,
            name=name,
            price=price,
            stock=stock.strip() or "0",
            tax_rate=tax_rate.strip() or "0",
        )
        return ItemValues(draft.sku, draft.barcode, draft.name, draft.price, draft.stock, draft.tax_rate)

    def _fast(
        self, sku: str, barcode: str, name: str, price: str, stock: str, tax_rate: str
    ) -> ItemValues | None:
        sku = sku.strip()
        if len(sku) > MAX_SKU or not _CODE.fullmatch(sku):
            return None
        code: str | None = barcode.strip()
        if code:
            if len(code) > MAX_BARCODE or not _CODE.fullmatch(code):
                return None
            if code.isdigit() and (len(code) not in GTIN_LENGTHS or not gtin_check_digit_ok(code)):
                return None
        else:
            code = None
        name = " ".join(unicodedata.normalize("NFC", name).split())  # as clean_name
        if not name or len(name) > MAX_NAME or _CONTROL.search(name):
            return None
        if not _PLAIN_PRICE.fullmatch(price):
            return None
        amount = Decimal(price).quantize(CENT)
        stock = stock.strip() or "0"
        if not _PLAIN_STOCK.fullmatch(stock):
            return None
        count = int(stock)
        if count > MAX_STOCK:
            return None
        rate = self._rate(tax_rate.strip() or "0")
        if rate is None:
            return None
        return ItemValues(sku, code, name, amount if amount else ZERO, count, rate)

    def _rate(self, text: str) -> Decimal | None:
        rate = self._rates.get(text)
        if rate is None and len(self._rates) < 100:
            try:
                rate = self._rates[text] = clean_tax_rate(text)
            except ValueError:
                return None
        return rate


def gtin_check_digit_ok(code: str) -> bool:
    """The GS1 check digit of an all-digit EAN-8/UPC-A/EAN-13/GTIN-14 (as python-stdnum's ean)."""
    # Summing the ASCII bytes and taking off 48 ('0') per digit avoids an int() per digit.
    digits = code.encode("ascii")
    tripled = digits[-2::-2]
    single = digits[-3::-2]
    total = 3 * (sum(tripled) - 48 * len(tripled)) + sum(single) - 48 * len(single)
    return (10 - total % 10) % 10 == digits[-1] - 48
