"""Thermal receipt printers: the project's own small interface, and one implementation over python-escpos.

python-escpos has one main maintainer and its last release is 3.1 (December 2023), so
the rest of the app sees only `ReceiptPrinter` (print a receipt, open the cash drawer),
`PrinterSettings` and `ReceiptPrinterError`; swapping the library touches this file only.

The whole job is rendered into bytes first (python-escpos' `Dummy` collects them) and
then sent to the device in one write, so a printer that cannot be reached fails before
anything is printed, and tests assert exactly the bytes a real printer would receive.

Printing blocks up to `PrinterSettings.timeout` on a network printer: call it off the
GUI thread or accept the wait.
"""

from __future__ import annotations

import contextlib
import io
import socket
from dataclasses import dataclass
from typing import Literal, Protocol

from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError
from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy, File, Network, Usb

from pos_app.domain.i18n import translate
from pos_app.receipts.document import ReceiptDocument
from pos_app.receipts.text_layout import DEFAULT_COLUMNS, MAX_COLUMNS, MIN_COLUMNS, layout_receipt

PrinterKind = Literal["usb", "network", "file", "dummy"]

# ESC/POS font A is 12 dots wide: 48 columns = 576 dots, the printable width of an 80 mm roll.
_DOTS_PER_COLUMN = 12
_BARCODE_HEIGHT_DOTS = 80
# Scanners need at least 10 narrow bars of blank space on each side of a CODE128 symbol.
_QUIET_MODULES = 20

# What the device layer raises when a printer is missing, unplugged, unreachable or refuses:
# escpos' own errors (DeviceNotFoundError, USBNotFoundError), socket and file errors (OSError),
# pyusb's NoBackendError (a ValueError) when libusb is missing, and the RuntimeError python-escpos
# raises when pyusb itself is not installed.
_DEVICE_ERRORS = (EscposError, OSError, ValueError, RuntimeError)


class _Network(Network):  # type: ignore[misc]  # python-escpos has no type information
    """python-escpos' network printer, connecting with `socket.create_connection`.

    Its own `open` leaves the socket of a failed connection unclosed (a ResourceWarning on
    every attempt at an unreachable printer) and speaks IPv4 only.
    """

    # For mypy only: Escpos.device is a property the connection is stored through.
    device: socket.socket | None

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        try:
            self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as error:
            self.device = None
            raise DeviceNotFoundError(f"Could not open socket for {self.host}:\n{error}") from error


class ReceiptPrinterError(Exception):
    """The receipt printer could not be reached or refused the job; the message is fit to show a cashier."""


class ReceiptPrinter(Protocol):
    """What the app needs of a receipt printer."""

    def print_receipt(self, doc: ReceiptDocument, *, open_drawer: bool = False) -> None:
        """Print `doc` and cut the paper, kicking the cash drawer first when `open_drawer`, as one job.

        Raises ReceiptPrinterError when the printer cannot be used.
        """
        ...

    def open_cash_drawer(self) -> None:
        """Kick the cash drawer attached to the printer; raises ReceiptPrinterError likewise."""
        ...


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    """Which thermal printer, how to reach it, and its paper.

    kind "usb" needs `usb_vendor` and `usb_product`; "network" needs `host` (port 9100 by
    default); "file" needs `device_path` (e.g. /dev/usb/lp0); "dummy" keeps the bytes in
    memory, for tests and for a till without a printer.
    `columns`: 48 for an 80 mm roll (Font A), 42 on some 180 dpi models, 32 for 58 mm.
    `codepage`: the printer code page text is encoded in (a python-escpos name); CP858 is
    Western European with the euro sign. `profile`: a python-escpos printer profile name.
    """

    kind: PrinterKind
    usb_vendor: int | None = None
    usb_product: int | None = None
    host: str = ""
    port: int = 9100
    device_path: str = ""
    timeout: float = 5.0
    columns: int = DEFAULT_COLUMNS
    codepage: str = "CP858"
    profile: str | None = None
    cut: bool = True
    drawer_pin: Literal[2, 5] = 2

    def __post_init__(self) -> None:
        if self.kind == "usb" and (not self.usb_vendor or not self.usb_product):
            raise ValueError("a USB printer needs its vendor and product id")
        if self.kind == "network" and not self.host:
            raise ValueError("a network printer needs a host name or address")
        if self.kind == "network" and not 0 < self.port < 65536:
            raise ValueError(f"port {self.port} is out of range")
        if self.kind == "file" and not self.device_path:
            raise ValueError("a device-file printer needs its path")
        if self.kind not in ("usb", "network", "file", "dummy"):
            raise ValueError(f"unknown printer kind {self.kind!r}")
        if not MIN_COLUMNS <= self.columns <= MAX_COLUMNS:
            raise ValueError(f"columns must be between {MIN_COLUMNS} and {MAX_COLUMNS}")
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")

    @property
    def location(self) -> str:
        """Where the printer is, as a cashier or a technician would recognise it."""
        if self.kind == "network":
            return f"{self.host}:{self.port}"
        if self.kind == "usb":
            return f"USB {self.usb_vendor or 0:04x}:{self.usb_product or 0:04x}"
        if self.kind == "file":
            return self.device_path
        return translate("PrinterSettings", "dummy printer")


class EscposReceiptPrinter:
    """A `ReceiptPrinter` speaking ESC/POS through python-escpos.

    `receipt_bytes` and `drawer_bytes` build the byte streams without touching a device.
    With kind "dummy" everything sent is kept and `dummy_output()` returns it.
    """

    def __init__(self, settings: PrinterSettings) -> None:
        self.settings = settings
        # Unknown profile or code page: fail now, not at the first sale.
        try:
            probe = self._renderer()
        except KeyError:
            raise ValueError(f"unknown python-escpos printer profile {settings.profile!r}") from None
        try:
            # The profile's own spelling ("cp858" -> "CP858"); the error lists what it supports.
            self._codepage: str = probe.magic.encoder.get_encoding_name(settings.codepage)
        except EscposError as error:
            raise ValueError(str(error)) from error
        self._encoder = probe.magic.encoder
        self._dummy: Dummy | None = self._renderer() if settings.kind == "dummy" else None

    # The byte streams ---------------------------------------------------------------------

    def receipt_bytes(self, doc: ReceiptDocument) -> bytes:
        """Initialise, select the code page, the text, the receipt-number barcode, then cut."""
        codepage = self._codepage
        payload = doc.barcode_payload
        if not (payload and payload.isascii() and payload.isprintable()):
            # Checked before anything is rendered: python-escpos would raise its own error mid-job.
            raise ValueError(f"barcode value {payload!r} is not printable ASCII (CODE128 code set B)")
        lines = layout_receipt(
            doc, self.settings.columns, encodable=lambda char: bool(self._encoder.can_encode(codepage, char))
        )
        printer = self._renderer()
        printer.hw("INIT")
        # A fixed code page: python-escpos' automatic switching (charcode AUTO) sends any text
        # containing a CJK character as GB18030 without telling the printer.
        printer.charcode(codepage)
        for line in lines:
            if line.bold:
                printer.set(bold=True)
                printer.textln(line.text)
                printer.set(bold=False)
            else:
                printer.textln(line.text)
        printer.ln()
        # python-escpos prints "Using hardware barcode renderer" to stdout on every barcode.
        with contextlib.redirect_stdout(io.StringIO()):
            self._barcode(printer, payload)
        printer.set(align="left")
        if self.settings.cut:
            printer.cut()
        return bytes(printer.output)

    def _barcode(self, printer: Dummy, payload: str) -> None:
        printer.barcode(
            # Code set B carries every printable ASCII character; "{" starts a code-set switch
            # in ESC/POS CODE128 data, so a literal one is sent doubled.
            "{B" + payload.replace("{", "{{"),
            "CODE128",
            height=_BARCODE_HEIGHT_DOTS,
            width=self._barcode_module_dots(payload),
            pos="BELOW",
            font="A",
            align_ct=True,
            function_type="B",
        )

    def drawer_bytes(self) -> bytes:
        """The cash-drawer kick: ESC p, the pin (0 = pin 2, 1 = pin 5), on and off times."""
        printer = self._renderer()
        printer.cashdraw(self.settings.drawer_pin)
        return bytes(printer.output)

    # ReceiptPrinter -----------------------------------------------------------------------

    def print_receipt(self, doc: ReceiptDocument, *, open_drawer: bool = False) -> None:
        receipt = self.receipt_bytes(doc)
        # One write: the drawer opens as the receipt starts, and a dead printer fails once.
        self._send(self.drawer_bytes() + receipt if open_drawer else receipt)

    def open_cash_drawer(self) -> None:
        self._send(self.drawer_bytes())

    def dummy_output(self) -> bytes:
        """Everything sent so far to a "dummy" printer."""
        if self._dummy is None:
            raise ValueError("only a dummy printer keeps its output")
        return bytes(self._dummy.output)

    # Internals ----------------------------------------------------------------------------

    def _renderer(self) -> Dummy:
        return Dummy(profile=self.settings.profile)

    def _barcode_module_dots(self, payload: str) -> int:
        """The widest bars (2 or 3 dots) that keep the symbol and its quiet zones on the paper."""
        modules = 11 * (len(payload) + 3) + 2 + _QUIET_MODULES  # start, data, check, stop
        paper_dots = self.settings.columns * _DOTS_PER_COLUMN
        return 3 if modules * 3 <= paper_dots else 2

    def _device(self) -> Escpos:
        settings = self.settings
        if settings.kind == "network":
            return _Network(settings.host, settings.port, timeout=settings.timeout)
        if settings.kind == "usb":
            return Usb(settings.usb_vendor, settings.usb_product, timeout=int(settings.timeout * 1000))
        if settings.kind == "file":
            return File(settings.device_path)
        raise AssertionError(f"no device for kind {settings.kind!r}")

    def _send(self, data: bytes) -> None:
        if self._dummy is not None:
            self._dummy._raw(data)
            return
        if self.settings.kind == "usb" and not Usb.is_usable():
            # Checked first: an escpos Usb object built without pyusb raises again from __del__.
            location = self.settings.location
            raise ReceiptPrinterError(
                translate(
                    "EscposReceiptPrinter",
                    "Receipt printer not reachable at {location}: pyusb is not installed",
                ).format(location=location)
            )
        try:
            device = self._device()
            try:
                device.open()
                # python-escpos has no public "send these bytes"; _raw has been its transport since 1.x.
                device._raw(data)
            finally:
                device.close()
        except _DEVICE_ERRORS as error:
            raise ReceiptPrinterError(
                translate(
                    "EscposReceiptPrinter", "Receipt printer not reachable at {location}: {reason}"
                ).format(location=self.settings.location, reason=_reason(error))
            ) from error


def make_receipt_printer(settings: PrinterSettings) -> EscposReceiptPrinter:
    """The receipt printer for `settings` (the one place that picks an implementation)."""
    return EscposReceiptPrinter(settings)


def _reason(error: BaseException) -> str:
    """The most specific cause, in one line: 'Connection refused' rather than escpos' wrapper text."""
    cause: BaseException = error
    seen = {id(cause)}
    while (inner := cause.__cause__ or cause.__context__) is not None and id(inner) not in seen:
        seen.add(id(inner))
        cause = inner
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    if type(cause).__name__ == "NoBackendError":
        return translate("EscposOutput", "no USB backend (is libusb installed?)")
    return " ".join(str(cause).split()) or type(cause).__name__
