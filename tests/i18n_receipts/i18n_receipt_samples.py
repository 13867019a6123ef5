"""Receipts for the translation tests: a sale touching every heading, and a refund.

Kept apart from tests/receipts/conftest.py (conftests are never imported); the sale has an order
discount, a price override, a tender reference, cash rounding and change, so nearly every word
the layouts print appears on it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pos_app.receipts.document import (
    Discount,
    ReceiptDocument,
    ReceiptKind,
    ReceiptLine,
    ShopHeader,
    TaxRow,
    Tender,
)

D = Decimal
SHOP = ShopHeader("Eckladen", ("Hauptstraße 12", "12345 Musterstadt"), tax_id="DE123456789")


def german_sale() -> ReceiptDocument:
    """Prices include tax; 20.00 due, rounded to 20.00 in cash; 10.00 card, 20.00 cash, 10.00 change."""
    return ReceiptDocument(
        shop=SHOP,
        number="R-000123",
        issued_at=datetime(2026, 3, 14, 15, 9),
        cashier="Alice",
        customer="Bob Schmidt",
        lines=(
            ReceiptLine("Kaffeebohnen 1kg", 2, D("6.25"), D("12.50"), "A"),
            ReceiptLine("Vollmilch 1 L", 1, D("1.29"), D("1.29"), "B"),
            ReceiptLine("Sauerteigbrot", 1, D("3.00"), D("3.00"), "B", list_price=D("3.50")),
            ReceiptLine("Zartbitter 70%", 3, D("2.20"), D("4.40"), "A", discount=Discount("", D("2.20"))),
        ),
        order_discount=Discount("Kundenkarte", D("1.19")),
        subtotal=D("20.00"),
        taxes=(
            TaxRow("A", "Standard", D("19"), D("13.40"), D("2.55")),
            TaxRow("B", "Ermäßigt", D("7"), D("3.79"), D("0.26")),
        ),
        total=D("20.00"),
        cash_rounding=D("0.00"),
        tenders=(Tender("Karte", D("10.00"), reference="4417"), Tender("Bar", D("20.00"))),
        change=D("10.00"),
    )


def german_refund() -> ReceiptDocument:
    """One coffee returned from R-000123, paid back in cash."""
    return ReceiptDocument(
        shop=SHOP,
        number="RF-000007",
        issued_at=datetime(2026, 3, 15, 9, 30),
        cashier="Alice",
        kind=ReceiptKind.REFUND,
        original_number="R-000123",
        reason="Beschädigt",
        lines=(ReceiptLine("Kaffeebohnen 1kg", -1, D("6.25"), D("-6.25"), "A"),),
        subtotal=D("-6.25"),
        taxes=(TaxRow("A", "Standard", D("19"), D("-5.25"), D("-1.00")),),
        total=D("-6.25"),
        tenders=(Tender("Bar", D("-6.25")),),
    )
