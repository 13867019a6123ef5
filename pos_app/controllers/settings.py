"""Shop-wide choices the controllers apply, persisted as text in the `settings` table.

`ShopSettings` is an immutable snapshot; `SettingsController` loads it, saves a new one in one
transaction and tells the screens. A key missing from the table reads as its default, so a
new setting needs no migration; a stored value that no longer parses also reads as the
default rather than keeping the till from starting.

The receipt printer is part of the settings: where receipts go (nowhere, a system printer
through Qt, or an ESC/POS thermal printer), how the thermal printer is reached (USB
vendor:product, network host:port, or a device file), the paper for system printing, and
whether to print after every sale and kick the cash drawer on cash sales. Each field is
checked on its own when built; `printer_problem()` checks that they fit together, and
`SettingsController.save` refuses settings that do not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from dataclasses import field as dataclass_field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pos_app.controllers import audit_hooks
from pos_app.controllers.errors import UserError
from pos_app.controllers.staff import StaffController, guarded
from pos_app.controllers.transactions import UnitOfWork
from pos_app.db.models import Setting
from pos_app.domain.currency import check_currency
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import known_locale, system_locale
from pos_app.domain.permissions import Permission
from pos_app.domain.tax import ROUNDING_MODES, RoundingPolicy, TaxRounding
from pos_app.receipts.text_layout import DEFAULT_COLUMNS, MAX_COLUMNS, MIN_COLUMNS

if TYPE_CHECKING:
    from pos_app.receipts.escpos_output import PrinterSettings

CASH_INCREMENTS = (Decimal("0.01"), Decimal("0.05"), Decimal("0.10"))
MAX_TEXT_SETTING = 500
DEFAULT_PRINTER_PORT = 9100
MAX_AUTO_LOCK_MINUTES = 24 * 60


class ReceiptOutput(StrEnum):
    """Where receipts are printed."""

    NONE = "none"  # no printer: receipts are shown (and can be printed) from the preview only
    SYSTEM = "system"  # any printer the operating system knows, drawn through Qt
    ESCPOS = "escpos"  # a thermal receipt printer spoken to in ESC/POS


class PrinterConnection(StrEnum):
    """How an ESC/POS printer is reached."""

    USB = "usb"  # vendor:product ids, e.g. 04b8:0202
    NETWORK = "network"  # host or host:port (port 9100 by default)
    FILE = "file"  # a device file such as /dev/usb/lp0


class Paper(StrEnum):
    """The page a system printer gets (the names are pos_app.receipts.pdf_output's page styles)."""

    ROLL80 = "roll80"
    A4 = "a4"


def parse_usb_ids(text: str) -> tuple[int, int]:
    """`04b8:0202` (hexadecimal vendor and product ids, as `lsusb` shows them) as two numbers."""
    vendor, colon, product = text.strip().partition(":")
    try:
        if not colon:
            raise ValueError
        ids = (int(vendor, 16), int(product, 16))
    except ValueError:
        raise ValueError(
            translate(
                "Settings", "USB printer “{text}” is not vendor:product in hexadecimal, e.g. 04b8:0202"
            ).format(text=text)
        ) from None
    if not all(0 < number <= 0xFFFF for number in ids):
        raise ValueError(
            translate(
                "Settings", "USB printer “{text}”: the ids are 4 hexadecimal digits each, e.g. 04b8:0202"
            ).format(text=text)
        )
    return ids


def parse_host_port(text: str) -> tuple[str, int]:
    """`host`, `host:port` or `[v6 address]:port`; the port is 9100 (raw printing) when not given."""
    address = text.strip()
    host, port_text = address, ""
    if address.startswith("["):
        host, _bracket, rest = address[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif address.count(":") == 1:
        host, _colon, port_text = address.partition(":")
    if not host or any(char.isspace() for char in host):
        raise ValueError(
            translate(
                "Settings", "Printer address “{text}” is not a host name or address (host or host:port)"
            ).format(text=text)
        )
    if not port_text:
        return host, DEFAULT_PRINTER_PORT
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError(
            translate("Settings", "Printer port “{port}” is not a number from 1 to 65535").format(
                port=port_text
            )
        )
    return host, int(port_text)


@dataclass(frozen=True, slots=True)
class ShopSettings:
    # Shelf prices are what the customer pays: tax is contained in them, as in most of Europe.
    prices_include_tax: bool = True
    # Cash due is rounded to this step (0.05 where small coins are gone); 0.01 means no rounding.
    cash_increment: Decimal = Decimal("0.01")
    # Where tax is rounded to the cent, and how (see pos_app.domain.pricing).
    tax_rounding: TaxRounding = TaxRounding.PER_LINE
    rounding_mode: str = ROUND_HALF_UP
    # The receipt header and footer.
    shop_name: str = "My Shop"
    shop_address: str = ""
    shop_tax_id: str = ""
    # The shop's ISO 4217 currency (pos_app.domain.currency); empty until the shop is set up.
    currency: str = ""
    # The shop's locale ("de_AT"): the GUI's language (at the next start) and how money and dates
    # look (pos_app.domain.locale_format). A new shop starts with the desktop's, when Babel knows it.
    locale: str = dataclass_field(default_factory=system_locale)
    receipt_footer: str = "Thank you for shopping with us"
    # The receipt printer (see the module docstring).
    receipt_output: ReceiptOutput = ReceiptOutput.NONE
    printer_connection: PrinterConnection = PrinterConnection.NETWORK
    printer_usb: str = ""
    printer_address: str = ""
    printer_device: str = ""
    printer_columns: int = DEFAULT_COLUMNS
    paper: Paper = Paper.ROLL80
    print_after_sale: bool = False
    open_drawer_on_cash: bool = False
    # The till locks itself after this many minutes without a key or mouse input; 0 = never.
    auto_lock_minutes: int = 5
    # A cashier may take up to this percent off a line or a sale; more needs a manager's approval.
    cashier_discount_limit: Decimal = Decimal("10")

    def __post_init__(self) -> None:
        if self.cash_increment not in CASH_INCREMENTS:
            raise ValueError(f"cash rounding must be one of {', '.join(map(str, CASH_INCREMENTS))}")
        if self.rounding_mode not in ROUNDING_MODES:
            raise ValueError(f"unknown rounding mode {self.rounding_mode!r}")
        for name in _TEXT_FIELDS:
            if len(getattr(self, name)) > MAX_TEXT_SETTING:
                raise ValueError(
                    translate("ShopSettings", "{field} is longer than {maximum} characters").format(
                        field=_text_field_label(name), maximum=MAX_TEXT_SETTING
                    )
                )
        for name, kind in (
            ("receipt_output", ReceiptOutput),
            ("printer_connection", PrinterConnection),
            ("paper", Paper),
            ("tax_rounding", TaxRounding),
        ):
            object.__setattr__(self, name, kind(getattr(self, name)))
        if self.currency:
            object.__setattr__(self, "currency", check_currency(self.currency))
        known = known_locale(self.locale)
        if known is None:
            raise ValueError(
                translate(
                    "ShopSettings", "“{locale}” is not a locale pos_app knows, like en_US or de_DE"
                ).format(locale=self.locale)
            )
        object.__setattr__(self, "locale", known)
        if not MIN_COLUMNS <= self.printer_columns <= MAX_COLUMNS:
            raise ValueError(
                translate("ShopSettings", "Printer columns must be from {minimum} to {maximum}").format(
                    minimum=MIN_COLUMNS, maximum=MAX_COLUMNS
                )
            )
        if not 0 <= self.auto_lock_minutes <= MAX_AUTO_LOCK_MINUTES:
            raise ValueError(
                translate("ShopSettings", "Auto-lock must be from 0 (never) to {maximum} minutes").format(
                    maximum=MAX_AUTO_LOCK_MINUTES
                )
            )
        if not Decimal(0) <= self.cashier_discount_limit <= Decimal(100):
            raise ValueError(
                translate("ShopSettings", "The cashier's discount limit must be from 0 to 100 %")
            )
        if self.printer_usb.strip():
            parse_usb_ids(self.printer_usb)
        if self.printer_address.strip():
            parse_host_port(self.printer_address)

    @property
    def rounding(self) -> RoundingPolicy:
        return RoundingPolicy(tax=self.tax_rounding, mode=self.rounding_mode)

    def printer_problem(self) -> str | None:
        """Why the printer settings do not fit together, or None when they do."""
        if self.open_drawer_on_cash and self.receipt_output is not ReceiptOutput.ESCPOS:
            return translate(
                "ShopSettings",
                "The cash drawer opens through an ESC/POS printer: choose ESC/POS or untick the drawer.",
            )
        if self.receipt_output is not ReceiptOutput.ESCPOS:
            return None
        connection = self.printer_connection
        if connection is PrinterConnection.USB and not self.printer_usb.strip():
            return translate(
                "ShopSettings",
                "Type the USB printer's vendor:product ids (e.g. 04b8:0202, as lsusb shows them).",
            )
        if connection is PrinterConnection.NETWORK and not self.printer_address.strip():
            return translate("ShopSettings", "Type the network printer's address (host or host:port).")
        if connection is PrinterConnection.FILE and not self.printer_device.strip():
            return translate("ShopSettings", "Type the printer's device file (e.g. /dev/usb/lp0).")
        return None

    def escpos_printer(self) -> PrinterSettings:
        """The thermal printer these settings describe; ValueError when `printer_problem()` says why not."""
        # Imported here: python-escpos takes about 0.2 s to import, a cost only printing should pay.
        from pos_app.receipts.escpos_output import PrinterSettings

        problem = self.printer_problem()
        if problem is not None:
            raise ValueError(problem)
        columns = self.printer_columns
        if self.printer_connection is PrinterConnection.USB:
            vendor, product = parse_usb_ids(self.printer_usb)
            return PrinterSettings("usb", usb_vendor=vendor, usb_product=product, columns=columns)
        if self.printer_connection is PrinterConnection.NETWORK:
            host, port = parse_host_port(self.printer_address)
            return PrinterSettings("network", host=host, port=port, columns=columns)
        return PrinterSettings("file", device_path=self.printer_device.strip(), columns=columns)


_TEXT_FIELDS = (
    "shop_name",
    "shop_address",
    "shop_tax_id",
    "receipt_footer",
    "printer_usb",
    "printer_address",
    "printer_device",
)


def _text_field_label(name: str) -> str:
    """How a too-long message names a text setting, in the user's language (built per call: the
    translator is installed after import)."""
    labels = {
        "shop_name": translate("Settings", "The shop name"),
        "shop_address": translate("Settings", "The shop address"),
        "shop_tax_id": translate("Settings", "The tax ID"),
        "receipt_footer": translate("Settings", "The receipt footer"),
        "printer_usb": translate("Settings", "The USB printer ids"),
        "printer_address": translate("Settings", "The printer address"),
        "printer_device": translate("Settings", "The printer device file"),
    }
    return labels[name]


_PARSERS: dict[str, Callable[[str], Any]] = {
    "prices_include_tax": lambda text: {"true": True, "false": False}[text],
    "cash_increment": Decimal,
    "tax_rounding": TaxRounding,
    "rounding_mode": str,
    "shop_name": str,
    "shop_address": str,
    "shop_tax_id": str,
    "currency": str,
    "locale": str,
    "receipt_footer": str,
    "receipt_output": ReceiptOutput,
    "printer_connection": PrinterConnection,
    "printer_usb": str,
    "printer_address": str,
    "printer_device": str,
    "printer_columns": int,
    "paper": Paper,
    "print_after_sale": lambda text: {"true": True, "false": False}[text],
    "open_drawer_on_cash": lambda text: {"true": True, "false": False}[text],
    "auto_lock_minutes": int,
    "cashier_discount_limit": Decimal,
}


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def load_shop_settings(session: Session) -> ShopSettings:
    """The stored settings; missing or unreadable values fall back to their defaults."""
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    settings = ShopSettings()
    for field in fields(ShopSettings):
        if field.name not in stored:
            continue
        try:
            settings = replace(settings, **{field.name: _PARSERS[field.name](stored[field.name])})
        except (KeyError, ValueError, InvalidOperation):
            continue
    return settings


def save_shop_settings(session: Session, settings: ShopSettings) -> None:
    """Store every setting (within the caller's transaction)."""
    names = [field.name for field in fields(ShopSettings)]
    session.execute(delete(Setting).where(Setting.key.in_(names)))
    session.add_all(Setting(key=name, value=_as_text(getattr(settings, name))) for name in names)


class SettingsController(QObject):
    """Holds the shop's settings. Signal `changed(ShopSettings)` after a save."""

    changed = Signal(object)

    def __init__(
        self, uow: UnitOfWork, parent: QObject | None = None, *, staff: StaffController | None = None
    ) -> None:
        super().__init__(parent)
        self._uow = uow
        # Changing the settings needs Permission.SETTINGS (None: scripts and tests, unchecked).
        self._staff = staff
        with uow.read() as session:
            self._current = load_shop_settings(session)

    @property
    def current(self) -> ShopSettings:
        return self._current

    def reload(self) -> None:
        """Read the stored settings again (after another writer, like the shop setup, stored them)."""
        with self._uow.read() as session:
            self._current = load_shop_settings(session)
        self.changed.emit(self._current)

    def save(self, settings: ShopSettings) -> None:
        """Store `settings` in one transaction and apply them; UserError when they do not fit together."""
        problem = settings.printer_problem()
        if problem is not None:
            raise UserError(problem, "printer")
        with guarded(self._staff, Permission.SETTINGS), self._uow.write() as session:
            save_shop_settings(session, settings)
            audit_hooks.settings_changed(session, self._current, settings)
        self._current = settings
        self.changed.emit(settings)
