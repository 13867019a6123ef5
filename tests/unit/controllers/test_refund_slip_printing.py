"""Printing refund slips: the exact ESC/POS bytes of a cash refund with the drawer kick, a card refund
that leaves the drawer shut, the settings that turn both off, and the PDF of a reprinted slip.

As for sales, the thermal printer is the "device file" kind pointed into the test's folder, so the
file holds exactly what a printer on /dev/usb/lp0 would have been sent.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from pos_app.controllers.app import AppControllers
from pos_app.controllers.receipts import ReceiptPrintError
from pos_app.controllers.settings import PrinterConnection, ReceiptOutput, ShopSettings
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.locale_format import format_datetime
from pos_app.domain.refund_payouts import RefundDestination
from pos_app.receipts.pdf_output import render_pdf

D = Decimal
ESC_INIT = b"\x1b@"
CODEPAGE_CP858 = b"\x1bt\x13"
BOLD_ON, BOLD_OFF = b"\x1bE\x01", b"\x1bE\x00"
RULE = b"-" * 48 + b"\n"
CUT = b"\x1bd\x06" + b"\x1dV\x00"  # feed 6 lines, full cut
DRAWER_KICK = b"\x1bp\x00\x32\x32"  # ESC p, pin 2, 100 ms on, 100 ms off
BARCODE_OF_RF_1 = (
    b"\x1ba\x01"  # centre
    + b"\x1dh\x50\x1dw\x03\x1df\x00\x1dH\x02"  # 80 dots high, 3-dot bars, number below in font A
    + b"\x1dk\x49\x0b{BRF-000001"  # CODE128, 11 bytes: code set B, "RF-000001"
    + b"\x1ba\x00"  # back to the left
)


def slip_stream(date: str) -> bytes:
    """Refund RF-000001: one of the two milks of receipt 1 given back in cash."""
    return (
        ESC_INIT
        + CODEPAGE_CP858
        + BOLD_ON
        + b"                  Corner Shop\n"
        + BOLD_OFF
        + b"                 12 High Street\n"
        + b"\n"
        + BOLD_ON
        + b"                 *** REFUND ***\n"
        + BOLD_OFF
        + b"                 for receipt 1\n"
        + b"\n"
        + b"Receipt: RF-000001\n"
        + f"Date: {date}\n".encode()
        + b"Cashier: Test cashier\n"
        + b"Reason: sour\n"
        + RULE
        + b"Whole milk 1 L                           -1.29 A\n"
        + b"  -1 x 1.29\n"
        + RULE
        + b"Subtotal                                 -1.29\n"
        + BOLD_ON
        + b"REFUND TOTAL                             -1.29\n"
        + BOLD_OFF
        + RULE
        + b"Rate                          Net Included tax\n"
        + b"A Reduced 7%                -1.20        -0.09\n"
        + RULE
        + b"Cash refunded                            -1.29\n"
        + b"\n"
        + b"                   Thank you!\n"
        + b"\n"
        + BARCODE_OF_RF_1
        + CUT
    )


@pytest.fixture
def device(tmp_path: Path) -> Path:
    return tmp_path / "lp0"


@pytest.fixture
def printing_settings(device: Path) -> ShopSettings:
    return ShopSettings(
        shop_name="Corner Shop",
        shop_address="12 High Street",
        receipt_footer="Thank you!",
        receipt_output=ReceiptOutput.ESCPOS,
        printer_connection=PrinterConnection.FILE,
        printer_device=str(device),
        print_after_sale=True,
        open_drawer_on_cash=True,
    )


@pytest.fixture
def till(db_url, db_path, printing_settings, make_item):
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO tax_rates (name, percent) VALUES ('Standard', 1900), ('Reduced', 700)"
        )
    connection.close()
    app = AppControllers(db_url, printing_settings)
    make_item("Coffee beans 1kg", "6.25", sku="COFFEE", tax_rate="19")
    make_item("Whole milk 1 L", "1.29", sku="MILK", tax_rate="7")
    yield app
    app.close()


def sell_and_return_milk(app: AppControllers, tenders: list[Tender] | None = None, destination=None):
    for code in ("COFFEE", "MILK", "MILK"):
        app.sale.scan(code)
    paid = app.sale.pay(tenders) if tenders else app.sale.pay_cash()
    milk = next(line for line in app.returns.find_sale(str(paid.receipt_no)).lines if line.sku == "MILK")
    return app.returns.refund(
        paid.order_id, {milk.order_item_id: 1}, "sour", destination or RefundDestination.ORIGINAL
    )


def test_a_cash_refund_kicks_the_drawer_then_prints_the_exact_slip(till, device):
    refund = sell_and_return_milk(till)
    assert not device.exists()  # the controller prints only when the till asks it to
    job = till.receipts.after_refund_job(refund)
    assert job is not None
    assert job.prints_receipt
    assert job.in_background  # a thermal printer: the till sends it from a worker thread
    job.run()
    doc = till.receipts.document_for_refund(refund.refund_id)
    assert device.read_bytes() == DRAWER_KICK + slip_stream(format_datetime(doc.issued_at, printable=True))


def test_a_reprinted_slip_never_opens_the_drawer(till, device):
    refund = sell_and_return_milk(till)
    doc = till.receipts.document_for_number("RF-000001")
    till.receipts.print(doc)
    assert device.read_bytes() == slip_stream(format_datetime(doc.issued_at, printable=True))
    assert refund.refund_id == 1


def test_a_card_refund_prints_without_the_drawer(till, device):
    refund = sell_and_return_milk(till, [Tender(TenderMethod.CARD, D("8.83"), "SLIP9")])
    job = till.receipts.after_refund_job(refund)
    assert job is not None
    job.run()
    stream = device.read_bytes()
    assert stream.startswith(ESC_INIT)
    assert b"Card refunded                            -1.29\n  Ref: SLIP9\n" in stream
    assert DRAWER_KICK not in stream


def test_a_card_sale_refunded_in_cash_opens_the_drawer(till, device):
    refund = sell_and_return_milk(
        till, [Tender(TenderMethod.CARD, D("8.83"))], destination=RefundDestination.CASH
    )
    till.receipts.after_refund_job(refund).run()
    assert device.read_bytes().startswith(DRAWER_KICK + ESC_INIT)


def test_drawer_only_or_nothing_as_the_settings_say(till, device, printing_settings):
    till.shop_settings.save(replace(printing_settings, print_after_sale=False))
    refund = sell_and_return_milk(till)
    job = till.receipts.after_refund_job(refund)
    assert job is not None
    assert not job.prints_receipt
    job.run()
    assert device.read_bytes() == DRAWER_KICK
    till.shop_settings.save(replace(printing_settings, print_after_sale=False, open_drawer_on_cash=False))
    assert till.receipts.after_refund_job(refund) is None


def test_a_missing_printer_is_a_clear_message_and_the_refund_stands(till, tmp_path, query):
    till.shop_settings.save(replace(till.settings, printer_device=str(tmp_path / "no-such-dir" / "lp0")))
    refund = sell_and_return_milk(till)
    job = till.receipts.after_refund_job(refund)
    with pytest.raises(ReceiptPrintError, match=r"Receipt printer not reachable at .*no-such-dir/lp0"):
        job.run()
    assert query("SELECT id, reason, total FROM refunds") == [(1, "sour", 129)]
    assert query("SELECT method, amount FROM refund_tenders") == [("cash", 129)]


def test_the_pdf_of_a_reprinted_slip(qapp, till, tmp_path):
    sell_and_return_milk(till)
    doc = till.receipts.document_for_number("RF-000001")
    text = " ".join(PdfReader(render_pdf(doc, tmp_path / "slip.pdf")).pages[0].extract_text().split())
    for expected in (
        "Corner Shop",
        "*** REFUND ***",
        "for receipt 1",
        "Receipt: RF-000001",
        "Cashier: Test cashier",
        "Reason: sour",
        "Whole milk 1 L -1.29 A",
        "-1 x 1.29",
        "REFUND TOTAL -1.29",
        "A Reduced 7% -1.20 -0.09",
        "Cash refunded -1.29",
        "Thank you!",
    ):
        assert expected in text
    assert text.endswith("RF-000001")  # the number under the barcode
