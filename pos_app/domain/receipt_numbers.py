"""Reading a receipt number that was typed or scanned, to find the sale for a return.

A cashier types the number printed on the receipt ("123", "000123") or scans the receipt's
CODE128 barcode, which carries the printed number (see pos_app.receipts.document: the barcode
encodes `ReceiptDocument.number` unless told otherwise), so a prefix such as "R-000123" or
"#123" must be read too. Anything else is refused with a message fit to show the cashier.
"""

from __future__ import annotations

import re

from pos_app.domain.validation import ValidationError

# Far more receipts than any shop prints, far below SQLite's 64-bit integer.
MAX_RECEIPT_DIGITS = 12
_RECEIPT = re.compile(rf"(?:R-?|#|NO\.?)?0*([0-9]{{1,{MAX_RECEIPT_DIGITS}}})", re.ASCII | re.IGNORECASE)


def parse_receipt_number(text: str) -> int:
    """The receipt number in `text` ("123", "000123", "R-000123", "#123"); raises ValidationError."""
    cleaned = "".join(text.split())
    if not cleaned:
        raise ValidationError("receipt", "Scan the receipt's barcode or type its number.")
    match = _RECEIPT.fullmatch(cleaned)
    if match is None:
        shown = cleaned if len(cleaned) <= 20 else cleaned[:20] + "…"
        raise ValidationError(
            "receipt", f"“{shown}” is not a receipt number: scan the receipt's barcode or type its number."
        )
    number = int(match.group(1))
    if number == 0:
        raise ValidationError("receipt", "Receipt numbers start at 1.")
    return number
