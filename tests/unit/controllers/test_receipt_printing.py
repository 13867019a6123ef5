"""Printing real paid sales: the exact ESC/POS bytes a thermal printer receives, the drawer kick,
reprints, the test print, and printers that cannot be reached.

The thermal printer is the "device file" kind pointed into the test's folder, so the whole path
(settings -> ReceiptController -> python-escpos -> device) runs as on a till, and the file holds
exactly what a printer on /dev/usb/lp0 would have been sent.
"""

from __future__ import annotations

import re
import socket
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.controllers.app import AppControllers
from pos_app.controllers.receipts import ReceiptPrintError
from pos_app.controllers.settings import Paper, PrinterConnection, ReceiptOutput, ShopSettings
from pos_app.domain.cash import Tender, TenderMethod
from pos_app.domain.locale_format import format_datetime
from pos_app.receipts.document import ReceiptDocument

D = Decimal
ESC_INIT = b"\x1b@"
CODEPAGE_CP858 = b"\x1bt\x13"
BOLD_ON, BOLD_OFF = b"\x1bE\x01", b"\x1bE\x00"
RULE = b"-" * 48 + b"\n"
CUT = b"\x1bd\x06" + b"\x1dV\x00"  # feed 6 lines, full cut
DRAWER_KICK = b"\x1bp\x00\x32\x32"  # ESC p, pin 2, 100 ms on, 100 ms off
BARCODE_OF_1 = (
    b"\x1ba\x01"  # centre
    + b"\x1dh\x50\x1dw\x03\x1df\x00\x1dH\x02"  # 80 dots high, 3-dot bars, number below in font A
    + b"\x1dk\x49\x03{B1"  # CODE128, 3 bytes: code set B, "1"
    + b"\x1ba\x00"  # back to the left
)


def receipt_stream(date: str) -> bytes:
    """Receipt 1: coffee at 19%, two milks at 7%, prices include tax; card 2.00 then cash 10.00."""
    return (
        ESC_INIT
        + CODEPAGE_CP858
        + BOLD_ON
        + b"                  Corner Shop\n"
        + BOLD_OFF
        + b"                 12 High Street\n"
        + b"\n"
        + b"Receipt: 1\n"
        + f"Date: {date}\n".encode()
        + b"Cashier: Test cashier\n"
        + RULE
        + b"Coffee beans 1kg                          6.25 B\n"
        + b"Whole milk 1 L                            2.58 A\n"
        + b"  2 x 1.29\n"
        + RULE
        + b"Subtotal                                  8.83\n"
        + BOLD_ON
        + b"TOTAL                                     8.83\n"
        + BOLD_OFF
        + RULE
        + b"Rate                          Net Included tax\n"
        + b"A Reduced 7%                 2.41         0.17\n"
        + b"B Standard 19%               5.25         1.00\n"
        + RULE
        + b"Card                                      2.00\n"
        + b"  Ref: SLIP9\n"
        + b"Cash                                     10.00\n"
        + b"Change                                    3.17\n"
        + b"\n"
        + b"                   Thank you!\n"
        + b"\n"
        + BARCODE_OF_1
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
def till(db_url, db_path, printing_settings):
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO tax_rates (name, percent) VALUES ('Standard', 1900), ('Reduced', 700)"
        )
    connection.close()
    app = AppControllers(db_url, printing_settings)
    yield app
    app.close()


@pytest.fixture
def rung_up(till, make_item):
    make_item("Coffee beans 1kg", "6.25", sku="COFFEE", tax_rate="19")
    make_item("Whole milk 1 L", "1.29", sku="MILK", tax_rate="7")
    for code in ("COFFEE", "MILK", "MILK"):
        till.sale.scan(code)
    return till


def split_payment(app: AppControllers):
    return app.sale.pay(
        [Tender(TenderMethod.CARD, D("2.00"), "SLIP9"), Tender(TenderMethod.CASH, D("10.00"))]
    )


def date_of(doc: ReceiptDocument) -> str:
    return format_datetime(doc.issued_at, printable=True)


def test_a_cash_sale_kicks_the_drawer_then_prints_the_exact_receipt(rung_up, device):
    sale = split_payment(rung_up)
    assert rung_up.receipts.print_after_sale(sale) is True
    doc = rung_up.receipts.document_for_order(sale.order_id)
    assert device.read_bytes() == DRAWER_KICK + receipt_stream(date_of(doc))


def test_a_reprint_never_opens_the_drawer(rung_up, device):
    split_payment(rung_up)  # the controller prints after a sale only when the till asks it to
    assert not device.exists()
    rung_up.receipts.print(rung_up.receipts.document_for_number("1"))
    doc = rung_up.receipts.last_document()
    assert device.read_bytes() == receipt_stream(date_of(doc))


def test_a_card_only_sale_prints_without_the_drawer(rung_up, device):
    sale = rung_up.sale.pay([Tender(TenderMethod.CARD, D("8.83"))])
    rung_up.receipts.print_after_sale(sale)
    stream = device.read_bytes()
    assert not stream.startswith(DRAWER_KICK)
    assert stream.startswith(ESC_INIT)
    assert b"Card                                      8.83\n" in stream
    assert stream.endswith(CUT)


def test_drawer_without_automatic_printing(rung_up, device, printing_settings):
    rung_up.shop_settings.save(replace(printing_settings, print_after_sale=False))
    sale = split_payment(rung_up)
    assert rung_up.receipts.print_after_sale(sale) is False
    assert device.read_bytes() == DRAWER_KICK


def test_nothing_happens_after_a_sale_when_not_asked(rung_up, device, printing_settings):
    rung_up.shop_settings.save(replace(printing_settings, print_after_sale=False, open_drawer_on_cash=False))
    assert rung_up.receipts.print_after_sale(split_payment(rung_up)) is False
    assert not device.exists()


def test_test_print_uses_the_unsaved_settings(till, tmp_path, device):
    other = tmp_path / "other-lp"
    unsaved = replace(
        till.settings, printer_device=str(other), shop_name="New Name", open_drawer_on_cash=False
    )
    till.receipts.test_print(unsaved)
    stream = other.read_bytes()
    assert b"New Name" in stream
    assert b"Test print - not a sale" in stream
    assert b"{BTEST" in stream
    assert not device.exists()
    assert not stream.startswith(DRAWER_KICK)


def test_a_missing_device_file_is_a_clear_message_and_the_sale_stands(rung_up, tmp_path, query):
    settings = replace(rung_up.settings, printer_device=str(tmp_path / "no-such-dir" / "lp0"))
    rung_up.shop_settings.save(settings)
    sale = split_payment(rung_up)
    with pytest.raises(ReceiptPrintError, match=r"Receipt printer not reachable at .*no-such-dir/lp0"):
        rung_up.receipts.print_after_sale(sale)
    assert query("SELECT status, receipt_no, total FROM orders") == [("paid", 1, 883)]
    assert query("SELECT method, amount, tendered FROM payments ORDER BY id") == [
        ("card", 200, 200),
        ("cash", 683, 1000),
    ]


def test_a_network_printer_that_refuses(rung_up):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rung_up.shop_settings.save(
        replace(
            rung_up.settings,
            printer_connection=PrinterConnection.NETWORK,
            printer_address=f"127.0.0.1:{port}",
        )
    )
    doc = rung_up.receipts.document_for_order(split_payment(rung_up).order_id)
    with pytest.raises(ReceiptPrintError, match=re.escape(f"127.0.0.1:{port}: Connection refused")):
        rung_up.receipts.print(doc)


class RecordingPrinter:
    """A system printer stand-in: what the widgets layer would draw through Qt."""

    def __init__(self, paper: Paper, printed: list[tuple[Paper, ReceiptDocument, bool]]) -> None:
        self.paper = paper
        self.printed = printed

    def print_receipt(self, doc: ReceiptDocument, *, open_drawer: bool = False) -> None:
        self.printed.append((self.paper, doc, open_drawer))

    def open_cash_drawer(self) -> None:
        raise AssertionError("a system printer has no drawer")


def test_system_printer_output_goes_to_the_factory_with_the_paper(rung_up, printing_settings):
    rung_up.shop_settings.save(
        replace(
            printing_settings, receipt_output=ReceiptOutput.SYSTEM, paper=Paper.A4, open_drawer_on_cash=False
        )
    )
    sale = split_payment(rung_up)
    with pytest.raises(ReceiptPrintError, match="System printers"):
        rung_up.receipts.print_after_sale(sale)
    printed: list[tuple[Paper, ReceiptDocument, bool]] = []
    rung_up.receipts.set_system_printer(lambda paper: RecordingPrinter(paper, printed))
    assert rung_up.receipts.print_after_sale(sale) is True
    assert printed == [(Paper.A4, rung_up.receipts.document_for_order(sale.order_id), False)]
