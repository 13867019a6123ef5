"""ESC/POS output: the exact bytes a thermal printer receives, code pages, and printer errors.

Nothing here reaches a real device: the dummy printer keeps the bytes, the file printer writes
into the test's temporary folder, and the network printer only ever talks to 127.0.0.1.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import replace

import pytest

from pos_app.receipts.escpos_output import (
    EscposReceiptPrinter,
    PrinterSettings,
    ReceiptPrinter,
    ReceiptPrinterError,
    make_receipt_printer,
)

ESC_INIT = b"\x1b@"
CODEPAGE_CP858 = b"\x1bt\x13"  # ESC t 19
BOLD_ON, BOLD_OFF = b"\x1bE\x01", b"\x1bE\x00"
RULE = b"-" * 48 + b"\n"
CUT = b"\x1bd\x06" + b"\x1dV\x00"  # feed 6 lines, full cut
DRAWER_KICK_PIN2 = b"\x1bp\x00\x32\x32"  # ESC p 0, on 50 x 2 ms, off 50 x 2 ms


def barcode_command(number: bytes, module_dots: int = 3) -> bytes:
    return (
        b"\x1ba\x01"  # ESC a 1: centre
        + b"\x1dh\x50"  # GS h 80: bar height in dots
        + b"\x1dw"
        + bytes([module_dots])  # GS w: narrow bar width in dots
        + b"\x1df\x00"  # GS f 0: human-readable text in font A
        + b"\x1dH\x02"  # GS H 2: ... below the bars
        + b"\x1dk\x49"  # GS k 73: CODE128, length-prefixed
        + bytes([len(number) + 2])
        + b"{B"  # code set B
        + number
        + b"\x1ba\x00"  # ESC a 0: back to left
    )


REFUND_STREAM = (
    ESC_INIT
    + CODEPAGE_CP858
    + BOLD_ON
    + b"                  Corner Shop\n"
    + BOLD_OFF
    + b"                 12 High Street\n"
    + b"               Springfield 12345\n"
    + b"              Tax ID: DE123456789\n"
    + b"\n"
    + BOLD_ON
    + b"                 *** REFUND ***\n"
    + BOLD_OFF
    + b"              for receipt R-000123\n"
    + b"\n"
    + b"Receipt: R-000124\n"
    + b"Date: 3/15/2026, 9:30 AM\n"  # the shop's locale (en_US), printable spaces
    + b"Cashier: Alice\n"
    + RULE
    + b"Coffee beans 1kg                         -6.25 A\n"
    + b"  -1 x 6.25\n"
    + RULE
    + b"Subtotal                                 -6.25\n"
    + BOLD_ON
    + b"REFUND TOTAL                             -6.25\n"
    + BOLD_OFF
    + RULE
    + b"Rate                          Net Included tax\n"
    + b"A Standard 19%              -5.25        -1.00\n"
    + RULE
    + b"Cash                                     -6.25\n"
    + b"\n"
    + barcode_command(b"R-000124")
    + CUT
)


@pytest.fixture
def dummy() -> EscposReceiptPrinter:
    return make_receipt_printer(PrinterSettings("dummy"))


def test_exact_stream_of_a_refund_then_the_drawer(dummy, refund):
    dummy.print_receipt(refund)
    dummy.open_cash_drawer()
    assert dummy.dummy_output() == REFUND_STREAM + DRAWER_KICK_PIN2


def test_sale_stream_key_parts_in_order(dummy, sale):
    dummy.print_receipt(sale)
    stream = dummy.dummy_output()
    assert stream.startswith(
        ESC_INIT + CODEPAGE_CP858 + BOLD_ON + b"                  Corner Shop\n" + BOLD_OFF
    )
    parts = [
        b"Coffee beans 1kg                         12.50 A\n",
        b"  3 for 2                                -2.20\n",
        BOLD_ON + b"TOTAL                                    20.00\n" + BOLD_OFF,
        b"A Standard 19%              13.40         2.55\n",
        b"Change                                   10.00\n",
        b"   Returns within 30 days with this receipt.\n",
        barcode_command(b"R-000123"),
        CUT,
    ]
    positions = [stream.index(part) for part in parts]
    assert positions == sorted(positions)
    assert stream.endswith(CUT)
    assert DRAWER_KICK_PIN2 not in stream


def test_drawer_kick_alone_and_on_pin_5():
    assert make_receipt_printer(PrinterSettings("dummy")).drawer_bytes() == DRAWER_KICK_PIN2
    assert make_receipt_printer(PrinterSettings("dummy", drawer_pin=5)).drawer_bytes() == b"\x1bp\x01\x32\x32"


def test_58mm_paper_gets_narrower_bars_and_32_columns(refund):
    printer = make_receipt_printer(PrinterSettings("dummy", columns=32))
    stream = printer.receipt_bytes(refund)
    assert barcode_command(b"R-000124", module_dots=2) in stream
    assert b"Coffee beans 1kg         -6.25 A\n" in stream


def test_barcode_value_may_differ_from_the_number(dummy, sale):
    stream = dummy.receipt_bytes(replace(sale, barcode_value="RET/2026/000123"))
    assert b"\x1dk\x49\x11{BRET/2026/000123" in stream


def test_brace_in_the_barcode_value_is_escaped(dummy, sale):
    stream = dummy.receipt_bytes(replace(sale, barcode_value="R{1}"))
    assert b"\x1dk\x49\x07{BR{{1}" in stream


def test_barcode_value_outside_ascii_is_refused_before_printing(dummy, sale):
    with pytest.raises(ValueError, match="not printable ASCII"):
        dummy.print_receipt(replace(sale, barcode_value="Rück-1"))
    assert dummy.dummy_output() == b""


def test_no_cut_when_the_printer_has_no_cutter(sale):
    stream = make_receipt_printer(PrinterSettings("dummy", cut=False)).receipt_bytes(sale)
    assert stream.endswith(b"\x1ba\x00")
    assert b"\x1dV" not in stream


def test_non_ascii_in_cp858(dummy, awkward):
    stream = dummy.receipt_bytes(awkward)
    assert b"Caf\x82 M\x81ller & S\x94hne" in stream  # é ü ö
    assert b"Cr\x8ame br\x96l\x82e" in stream
    assert b"Wei\xe1bier 0,5 l" in stream  # ß
    assert b"Gift card 5\xd5 ? ??" in stream  # the euro sign is in CP858; arrow and CJK are not
    assert b"Cashier: Zo\x89\n" in stream
    # One code page for the whole receipt: no switching, and never GB18030 behind the printer's back.
    assert stream.count(b"\x1bt") == 1


def test_non_ascii_degrades_on_a_cp437_printer(awkward):
    stream = make_receipt_printer(PrinterSettings("dummy", codepage="CP437")).receipt_bytes(awkward)
    assert stream.startswith(ESC_INIT + b"\x1bt\x00")
    assert b"Gift card 5EUR ? ??                       5.00 Z\n" in stream
    assert b"Wei\xe1bier" in stream  # CP437 has the sharp s


def test_unknown_code_page_or_profile_is_refused():
    with pytest.raises(ValueError, match="CP9999"):
        make_receipt_printer(PrinterSettings("dummy", codepage="CP9999"))
    with pytest.raises(ValueError, match="profile 'NoSuchPrinter'"):
        make_receipt_printer(PrinterSettings("dummy", profile="NoSuchPrinter"))


def test_code_page_name_in_any_case_and_a_named_profile(refund):
    printer = make_receipt_printer(PrinterSettings("dummy", codepage="cp858", profile="TM-T88V"))
    stream = printer.receipt_bytes(refund)
    assert stream.startswith(ESC_INIT + CODEPAGE_CP858)
    assert stream.endswith(barcode_command(b"R-000124") + CUT)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"kind": "usb"}, "vendor and product"),
        ({"kind": "network"}, "host"),
        ({"kind": "network", "host": "127.0.0.1", "port": 0}, "port"),
        ({"kind": "file"}, "path"),
        ({"kind": "dummy", "columns": 10}, "columns"),
        ({"kind": "dummy", "timeout": 0}, "timeout"),
        ({"kind": "serial"}, "unknown printer kind"),
    ],
)
def test_settings_are_validated(settings, message):
    with pytest.raises(ValueError, match=message):
        PrinterSettings(**settings)


def test_a_printer_is_a_receipt_printer():
    printer: ReceiptPrinter = make_receipt_printer(PrinterSettings("dummy"))
    assert callable(printer.print_receipt)
    assert callable(printer.open_cash_drawer)
    with pytest.raises(ValueError, match="dummy"):
        make_receipt_printer(PrinterSettings("file", device_path="/dev/null")).dummy_output()


# Devices ---------------------------------------------------------------------------------------


def test_device_file_receives_the_stream(tmp_path, sale):
    device = tmp_path / "lp0"
    printer = make_receipt_printer(PrinterSettings("file", device_path=str(device)))
    printer.print_receipt(sale)
    printer.open_cash_drawer()
    assert device.read_bytes() == DRAWER_KICK_PIN2  # each job opens the device afresh
    printer.print_receipt(sale)
    assert device.read_bytes() == printer.receipt_bytes(sale)


def test_device_file_in_a_missing_folder(tmp_path, sale):
    missing = tmp_path / "no-such-folder" / "lp0"
    printer = make_receipt_printer(PrinterSettings("file", device_path=str(missing)))
    with pytest.raises(ReceiptPrinterError) as caught:
        printer.print_receipt(sale)
    assert str(caught.value) == f"Receipt printer not reachable at {missing}: No such file or directory"
    assert not missing.parent.exists()


def _closed_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_network_printer_not_listening(sale):
    port = _closed_loopback_port()
    printer = make_receipt_printer(PrinterSettings("network", host="127.0.0.1", port=port, timeout=1.0))
    with pytest.raises(ReceiptPrinterError) as caught:
        printer.print_receipt(sale)
    assert str(caught.value) == f"Receipt printer not reachable at 127.0.0.1:{port}: Connection refused"
    with pytest.raises(ReceiptPrinterError, match=r"not reachable at 127\.0\.0\.1"):
        printer.open_cash_drawer()


def test_network_printer_on_loopback_receives_the_stream(sale):
    received = bytearray()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(5.0)
        port = server.getsockname()[1]

        def serve_one() -> None:
            connection, _ = server.accept()
            with connection:
                connection.settimeout(5.0)
                while chunk := connection.recv(65536):
                    received.extend(chunk)

        thread = threading.Thread(target=serve_one, daemon=True)
        thread.start()
        printer = make_receipt_printer(PrinterSettings("network", host="127.0.0.1", port=port, timeout=2.0))
        printer.print_receipt(sale)
        thread.join(timeout=5.0)
    assert not thread.is_alive()
    assert bytes(received) == printer.receipt_bytes(sale)


def test_usb_printer_that_is_not_there(sale):
    # Vendor and product ids no device has: pyusb finds nothing (or, without libusb, has no backend).
    printer = make_receipt_printer(PrinterSettings("usb", usb_vendor=0xFFFE, usb_product=0xFFFE, timeout=1.0))
    with pytest.raises(ReceiptPrinterError, match=r"^Receipt printer not reachable at USB fffe:fffe: "):
        printer.print_receipt(sale)


def test_drawer_and_receipt_go_as_one_job(dummy, refund, capsys):
    dummy.print_receipt(refund, open_drawer=True)
    assert dummy.dummy_output() == DRAWER_KICK_PIN2 + REFUND_STREAM
    # python-escpos prints a note about its barcode renderer; the till keeps stdout quiet.
    assert capsys.readouterr().out == ""
