"""Reading a receipt number that was typed or scanned, to find the sale for a return.

A cashier types the number printed on the receipt ("123", "000123") or scans the receipt's
CODE128 barcode, which carries the printed number (see pos_app.receipts.document: the barcode
encodes `ReceiptDocument.number` unless told otherwise), so a prefix such as "R-000123" or
"#123" must be read too. Anything else is refused with a message fit to show the cashier.

A refund slip carries a number of its own, the refund's id behind the prefix "RF-" ("RF-000012",
`refund_number_text`), printed and encoded in its barcode. It can never be read as a sale's
number: `parse_receipt_number` refuses it with "That is a refund slip, not a sale receipt", and
`parse_refund_number` reads it (for a reprint).
"""

from __future__ import annotations

import re

from pos_app.domain.i18n import translate
from pos_app.domain.validation import ValidationError

# Far more receipts than any shop prints, far below SQLite's 64-bit integer.
MAX_RECEIPT_DIGITS = 12
REFUND_PREFIX = "RF-"
REFUND_DIGITS = 6
_REFUND = re.compile(rf"RF-?0*([0-9]{{1,{MAX_RECEIPT_DIGITS}}})", re.ASCII | re.IGNORECASE)
REFUND_SLIP = "That is a refund slip, not a sale receipt: scan the barcode of the sale's receipt."
_RECEIPT = re.compile(rf"(?:R-?|#|NO\.?)?0*([0-9]{{1,{MAX_RECEIPT_DIGITS}}})", re.ASCII | re.IGNORECASE)


def parse_receipt_number(text: str) -> int:
    """The receipt number in `text` ("123", "000123", "R-000123", "#123"); raises ValidationError."""
    cleaned = "".join(text.split())
    if not cleaned:
        raise ValidationError(
            "receipt", translate("ReceiptNumbers", "Scan the receipt's barcode or type its number.")
        )
    if is_refund_number(cleaned):
        # The literal again (not REFUND_SLIP): lupdate reads only literals, and the constant is
        # the untranslated text tests compare with.
        raise ValidationError(
            "receipt",
            translate(
                "ReceiptNumbers",
                "That is a refund slip, not a sale receipt: scan the barcode of the sale's receipt.",
            ),
        )
    match = _RECEIPT.fullmatch(cleaned)
    if match is None:
        shown = cleaned if len(cleaned) <= 20 else cleaned[:20] + "…"
        raise ValidationError(
            "receipt",
            translate(
                "ReceiptNumbers",
                "“{typed}” is not a receipt number: scan the receipt's barcode or type its number.",
            ).format(typed=shown),
        )
    number = int(match.group(1))
    if number == 0:
        raise ValidationError("receipt", translate("ReceiptNumbers", "Receipt numbers start at 1."))
    return number


def refund_number_text(refund_id: int) -> str:
    """How a refund slip's number is printed and encoded in its barcode: 12 -> "RF-000012"."""
    if refund_id < 1:
        raise ValueError(f"refund ids start at 1, not {refund_id}")
    return f"{REFUND_PREFIX}{refund_id:0{REFUND_DIGITS}d}"


def is_refund_number(text: str) -> bool:
    """Whether `text` (typed or scanned) is a refund slip's number ("RF-000012", "rf12")."""
    return _REFUND.fullmatch("".join(text.split())) is not None


def parse_refund_number(text: str) -> int:
    """The refund id in a refund slip's number ("RF-000012", "RF12", "rf-12"); raises ValidationError."""
    cleaned = "".join(text.split())
    match = _REFUND.fullmatch(cleaned)
    if match is None:
        shown = cleaned if len(cleaned) <= 20 else cleaned[:20] + "…"
        raise ValidationError(
            "receipt",
            translate(
                "ReceiptNumbers", "“{typed}” is not a refund slip number: refund slips read RF- and a number."
            ).format(typed=shown),
        )
    number = int(match.group(1))
    if number == 0:
        raise ValidationError("receipt", translate("ReceiptNumbers", "Refund slip numbers start at 1."))
    return number
