"""Receipts built from real paid sales in a real database file, and printing them.

Discounts and price overrides are written into the draft's rows directly (their screens are
built elsewhere); the sale is then paid through the SaleController, which prices it and
records taxes and payments, and the receipt is read back by the ReceiptController.
"""

from __future__ import annotations

import socket
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import NotFoundError, UserError
from pos_app.controllers.receipts import NO_PRINTER, ReceiptPrintError, parse_receipt_number
from pos_app.controllers.settings import PrinterConnection, ReceiptOutput, ShopSettings
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.receipts.document import Discount, ReceiptLine, TaxRow, consistency_problems
from pos_app.receipts.document import Tender as ReceiptTender

D = Decimal
COFFEE, MILK, BREAD, CHOCOLATE = "COFFEE", "MILK", "BREAD", "CHOC"
SHOP = ShopSettings(
    shop_name="Corner Shop",
    shop_address="12 High Street\nSpringfield 12345",
    shop_tax_id="DE123456789",
    receipt_footer="Thank you!",
)


def sql(db_path: Path, *statements: str) -> None:
    with sqlite3.connect(db_path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


@pytest.fixture
def shop(db_path, make_item):
    sql(db_path, "INSERT INTO tax_rates (name, percent) VALUES ('Standard', 1900), ('Reduced', 700)")
    make_item("Coffee beans 1kg", "6.25", sku=COFFEE, tax_rate="19")
    make_item("Whole milk 1 L", "1.29", sku=MILK, tax_rate="7")
    make_item("Sourdough bread", "3.50", sku=BREAD, tax_rate="7")
    make_item("Dark chocolate 70%", "2.20", sku=CHOCOLATE, tax_rate="19")


def ring_up(db_url: str, settings: ShopSettings, *codes: str) -> None:
    """Scan the codes into a draft sale and close the till (the draft stays in the database)."""
    app = AppControllers(db_url, settings)
    try:
        for code in codes:
            assert app.sale.scan(code).added is not None
    finally:
        app.close()


def pay(db_url: str, tenders: list[Tender]) -> tuple[AppControllers, int]:
    """Reopen the till (it resumes the draft with whatever the rows now say) and pay the sale."""
    app = AppControllers(db_url)
    return app, app.sale.pay(tenders).order_id


@pytest.fixture
def discounted_sale(db_url, db_path, shop):
    """Prices include tax: 2 coffee, milk, bread overridden 3.50 -> 3.00, 3 chocolate with one
    free, and 5% off the order; paid 10.00 by card (slip 4417) and 20.00 in cash."""
    ring_up(db_url, SHOP, COFFEE, COFFEE, MILK, BREAD, CHOCOLATE, CHOCOLATE, CHOCOLATE)
    sql(
        db_path,
        "UPDATE order_items SET price_paid = 300, override_reason = 'Day old'"
        " WHERE item_id = (SELECT id FROM items WHERE sku = 'BREAD')",
        "UPDATE order_items SET discount_kind = 'amount', discount_value = 220, discount_reason = '3 for 2'"
        " WHERE item_id = (SELECT id FROM items WHERE sku = 'CHOC')",
        "UPDATE orders SET discount_kind = 'percent', discount_value = 500, discount_reason = 'Loyalty card'",
    )
    tenders = [Tender(TenderMethod.CARD, D("10.00"), "4417"), Tender(TenderMethod.CASH, D("20.00"))]
    app, order_id = pay(db_url, tenders)
    yield app, order_id
    app.close()


def test_receipt_of_a_discounted_split_tender_sale(discounted_sale, query):
    app, order_id = discounted_sale
    doc = app.receipts.document_for_order(order_id)

    assert consistency_problems(doc) == []
    assert doc.shop.name == "Corner Shop"
    assert doc.shop.address_lines == ("12 High Street", "Springfield 12345")
    assert doc.shop.tax_id == "DE123456789"
    assert doc.footer == "Thank you!"
    assert doc.number == "1"
    assert doc.cashier == "Test cashier"
    assert doc.prices_include_tax is True
    # Items total 12.50 + 1.29 + 3.00 + 4.40 = 21.19; 5% of it is 1.06 (half up), total 20.13.
    assert doc.lines == (
        ReceiptLine("Coffee beans 1kg", 2, D("6.25"), D("12.50"), "B"),
        ReceiptLine("Whole milk 1 L", 1, D("1.29"), D("1.29"), "A"),
        ReceiptLine("Sourdough bread", 1, D("3.00"), D("3.00"), "A", list_price=D("3.50")),
        ReceiptLine(
            "Dark chocolate 70%", 3, D("2.20"), D("4.40"), "B", discount=Discount("2.20 3 for 2", D("2.20"))
        ),
    )
    assert doc.order_discount == Discount("5% Loyalty card", D("1.06"))
    assert doc.subtotal == doc.total == D("20.13")
    # The tax rows are what the books hold, figure for figure.
    stored = query("SELECT tax_name, tax_rate, net, tax FROM order_taxes ORDER BY id")
    assert [(row.name, row.percent * 100, row.base * 100, row.tax * 100) for row in doc.taxes] == [
        (name, rate, net, tax) for name, rate, net, tax in stored
    ]
    # Labelled in the order the books list the rates.
    assert [(row.label, row.name, row.percent) for row in doc.taxes] == [
        ("A", "Reduced", D("7.00")),
        ("B", "Standard", D("19.00")),
    ]
    assert sum(row.base + row.tax for row in doc.taxes) == D("20.13")
    assert doc.tenders == (ReceiptTender("Card", D("10.00"), "4417"), ReceiptTender("Cash", D("20.00")))
    assert doc.change == D("9.87")
    assert doc.cash_rounding is None
    paid_at = query("SELECT paid_at FROM orders")[0][0]
    local = datetime.fromisoformat(paid_at).replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert doc.issued_at == local.replace(microsecond=doc.issued_at.microsecond)


def test_found_by_number_by_scan_text_and_as_the_last_receipt(discounted_sale):
    app, order_id = discounted_sale
    doc = app.receipts.document_for_order(order_id)
    assert app.receipts.document_for_number("1") == doc
    assert app.receipts.document_for_number(" #0001 ") == doc
    assert app.receipts.last_document() == doc


def test_two_selects_per_receipt(discounted_sale, statement_log):
    app, order_id = discounted_sale
    with statement_log(app.engine) as statements:
        app.receipts.document_for_order(order_id)
    assert len(statements.selects()) == 2
    with statement_log(app.engine) as statements:
        app.receipts.last_document()
    # One more: which was handed over last, this sale's receipt or a refund slip (none here).
    assert len(statements.selects()) == 3


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Scan the receipt's barcode or type its number"),
        ("0", "Receipt numbers start at 1"),
        *(
            (typed, "is not a receipt number")
            for typed in ("abc", "12a", "-3", "1.5", "\uff11\uff12", "9" * 13)
        ),
    ],
)
def test_garbage_receipt_numbers_are_refused_clearly(controllers, typed, message):
    with pytest.raises(UserError, match=message):
        controllers.receipts.document_for_number(typed)


def test_the_scanned_barcode_of_a_receipt_finds_it_for_a_reprint_and_a_return(controllers, shop):
    ring_up_and_pay = controllers.sale
    ring_up_and_pay.scan(COFFEE)
    receipt = ring_up_and_pay.pay_cash()
    doc = controllers.receipts.document_for_order(receipt.order_id)
    scanned = doc.barcode_payload  # what a scanner types back from the printed barcode
    assert controllers.receipts.document_for_number(scanned).number == doc.number
    assert controllers.returns.find_sale(scanned).order_id == receipt.order_id


def test_unknown_numbers_and_unpaid_orders(controllers, shop):
    with pytest.raises(NotFoundError, match="Receipt 42 does not exist"):
        controllers.receipts.document_for_number("42")
    with pytest.raises(NotFoundError, match="No sale has been completed yet"):
        controllers.receipts.last_document()
    controllers.sale.scan(COFFEE)
    draft_id = controllers.sale.cart().order_id
    assert draft_id is not None
    with pytest.raises(NotFoundError, match="not a paid sale"):
        controllers.receipts.document_for_order(draft_id)
    assert parse_receipt_number("007") == 7


def test_prices_without_tax_per_order_rounding_and_cash_rounding(db_url, shop):
    settings = ShopSettings(
        prices_include_tax=False, cash_increment=D("0.05"), tax_rounding="per_order", shop_name="Net Shop"
    )
    ring_up(db_url, settings, MILK, MILK, MILK, COFFEE)
    app, order_id = pay(db_url, [Tender(TenderMethod.CASH, D("20.00"))])
    try:
        doc = app.receipts.document_for_order(order_id)
    finally:
        app.close()
    assert consistency_problems(doc) == []
    assert doc.prices_include_tax is False
    # Net 3 x 1.29 = 3.87 at 7% (0.27) and 6.25 at 19% (1.19): total 11.58, cash due 11.60.
    assert doc.subtotal == D("10.12")
    assert doc.taxes == (
        TaxRow("A", "Reduced", D("7.00"), D("3.87"), D("0.27")),
        TaxRow("B", "Standard", D("19.00"), D("6.25"), D("1.19")),
    )
    assert doc.total == D("11.58")
    assert doc.cash_rounding == D("0.02")
    assert doc.amount_due == D("11.60")
    assert doc.tenders == (ReceiptTender("Cash", D("20.00")),)
    assert doc.change == D("8.40")
    assert [line.tax_label for line in doc.lines] == ["A", "B"]


def test_a_reprint_keeps_the_figures_after_the_settings_change(discounted_sale):
    app, order_id = discounted_sale
    before = app.receipts.document_for_order(order_id)
    app.shop_settings.save(ShopSettings(prices_include_tax=False, shop_name="Corner Shop"))
    after = app.receipts.document_for_order(order_id)
    assert after.prices_include_tax is True
    assert (after.lines, after.taxes, after.total, after.tenders) == (
        before.lines,
        before.taxes,
        before.total,
        before.tenders,
    )


def test_printing_with_no_printer_set_up_says_so(discounted_sale):
    app, order_id = discounted_sale
    with pytest.raises(ReceiptPrintError, match="No receipt printer"):
        app.receipts.print(app.receipts.document_for_order(order_id))
    assert NO_PRINTER.endswith("(Ctrl+,).")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_printer_leaves_the_sale_committed(db_url, shop, query):
    settings = ShopSettings(
        receipt_output=ReceiptOutput.ESCPOS,
        printer_connection=PrinterConnection.NETWORK,
        printer_address=f"127.0.0.1:{free_port()}",
        print_after_sale=True,
        open_drawer_on_cash=True,
    )
    app = AppControllers(db_url, settings)
    try:
        app.sale.scan(COFFEE)
        sale = app.sale.pay_cash()
        with pytest.raises(ReceiptPrintError, match=r"Receipt printer not reachable at 127\.0\.0\.1:"):
            app.receipts.print_after_sale(sale)
    finally:
        app.close()
    assert query("SELECT status, receipt_no, total FROM orders") == [("paid", 1, 625)]
    assert query("SELECT method, amount FROM payments") == [("cash", 625)]
