"""Receipts: one layout rendered to ESC/POS bytes for thermal printers and to PDF through Qt.

The package knows nothing of the database or the screens: a controller fills a
`ReceiptDocument` (plain data) and hands it to a renderer. Importing the package
imports neither Qt nor python-escpos; each renderer module brings its own.
"""

from __future__ import annotations

from pos_app.receipts.document import (
    Discount,
    ReceiptDocument,
    ReceiptKind,
    ReceiptLine,
    ShopHeader,
    TaxRow,
    Tender,
    consistency_problems,
)

__all__ = [
    "Discount",
    "ReceiptDocument",
    "ReceiptKind",
    "ReceiptLine",
    "ShopHeader",
    "TaxRow",
    "Tender",
    "consistency_problems",
]
