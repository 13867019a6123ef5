"""The shop's settings (Ctrl+, on the main window): receipt header and footer, tax, cash rounding, printer.

Keys: Ctrl+S (or Enter in a one-line field) saves, Ctrl+T prints a test receipt with what is
on the screen (saved or not), Esc cancels. They are claimed with a ShortcutOverride, as in
ui/payment_dialog.py, so no shortcut of the window behind takes them. A value the shop cannot
use is refused with its reason under the fields, the cursor goes to the field to fix, and
nothing is saved; a good set is saved in one transaction and applies at once (the next
scan prices with it).
"""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.receipts import ReceiptController
from pos_app.controllers.settings import (
    MAX_AUTO_LOCK_MINUTES,
    MAX_TEXT_SETTING,
    Paper,
    PrinterConnection,
    ReceiptOutput,
    SettingsController,
    ShopSettings,
    parse_host_port,
    parse_usb_ids,
)
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import locale_choices
from pos_app.domain.money import format_money
from pos_app.domain.tax import TaxRounding
from pos_app.receipts.text_layout import MAX_COLUMNS, MIN_COLUMNS
from pos_app.ui.status_label import StatusLabel


# The choices of each combo as (value, label): functions, so the labels are translated when the
# dialog is built (the translator is installed after this module is imported).
def cash_rounding_choices() -> tuple[tuple[Decimal, str], ...]:
    return (
        (Decimal("0.01"), translate("SettingsDialog", "None (to the cent)")),
        (
            Decimal("0.05"),
            translate("SettingsDialog", "To {step}").format(step=format_money(Decimal("0.05"))),
        ),
        (
            Decimal("0.10"),
            translate("SettingsDialog", "To {step}").format(step=format_money(Decimal("0.10"))),
        ),
    )


def tax_rounding_choices() -> tuple[tuple[TaxRounding, str], ...]:
    return (
        (TaxRounding.PER_LINE, translate("SettingsDialog", "Per line")),
        (TaxRounding.PER_ORDER, translate("SettingsDialog", "Per order (per rate)")),
    )


def output_choices() -> tuple[tuple[ReceiptOutput, str], ...]:
    return (
        (ReceiptOutput.NONE, translate("SettingsDialog", "None (preview only)")),
        (ReceiptOutput.SYSTEM, translate("SettingsDialog", "System printer")),
        (ReceiptOutput.ESCPOS, translate("SettingsDialog", "ESC/POS thermal printer")),
    )


def connection_choices() -> tuple[tuple[PrinterConnection, str], ...]:
    return (
        (PrinterConnection.USB, translate("SettingsDialog", "USB")),
        (PrinterConnection.NETWORK, translate("SettingsDialog", "Network")),
        (PrinterConnection.FILE, translate("SettingsDialog", "Device file")),
    )


def paper_choices() -> tuple[tuple[Paper, str], ...]:
    return (
        (Paper.ROLL80, translate("SettingsDialog", "Roll 80 mm")),
        (Paper.A4, translate("SettingsDialog", "A4")),
    )


SAVE_KEY, TEST_KEY, SETTINGS_KEY = "Ctrl+S", "Ctrl+T", "Ctrl+,"
_CLAIMED = tuple(QKeySequence(key) for key in (SAVE_KEY, TEST_KEY))
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
T = TypeVar("T")


class SettingsError(Exception):
    """A field's value the shop cannot use: the message and the field to put the cursor in."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def _combo(choices: tuple[tuple[object, str], ...], current: object) -> QComboBox:
    combo = QComboBox()
    for _value, text in choices:
        combo.addItem(text)
    combo.setCurrentIndex(next(i for i, (value, _text) in enumerate(choices) if value == current))
    return combo


def _chosen(combo: QComboBox, choices: tuple[tuple[T, str], ...]) -> T:
    # Read back by position: a QVariant turns a str enum into a plain str and may copy a Decimal.
    return choices[combo.currentIndex()][0]


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `saved` is the ShopSettings stored once Save succeeded."""

    def __init__(
        self, settings: SettingsController, receipts: ReceiptController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self._settings = settings
        self._receipts = receipts
        self.saved: ShopSettings | None = None
        now = settings.current

        self.shop_name = self._line(now.shop_name)
        self.shop_address = self._text(now.shop_address)
        self.shop_tax_id = self._line(now.shop_tax_id)
        self.receipt_footer = self._text(now.receipt_footer)
        self.prices_include_tax = QCheckBox(translate("SettingsDialog", "Catalog prices include ta&x"))
        self.prices_include_tax.setChecked(now.prices_include_tax)
        self._cash_roundings = cash_rounding_choices()
        self._tax_roundings = tax_rounding_choices()
        self._outputs = output_choices()
        self._connections = connection_choices()
        self._papers = paper_choices()
        self._locales = locale_choices(now.locale)
        self.cash_rounding = _combo(self._cash_roundings, now.cash_increment)
        self.tax_rounding = _combo(self._tax_roundings, now.tax_rounding)
        self.receipt_output = _combo(self._outputs, now.receipt_output)
        self.printer_connection = _combo(self._connections, now.printer_connection)
        self.locale_choice = _combo(self._locales, now.locale)
        self.locale_choice.setObjectName("localeChoice")
        self.printer_usb = self._line(
            now.printer_usb, translate("SettingsDialog", "vendor:product, e.g. 04b8:0202 (lsusb shows it)")
        )
        self.printer_address = self._line(
            now.printer_address, translate("SettingsDialog", "host or host:port, e.g. 192.168.1.50:9100")
        )
        self.printer_device = self._line(now.printer_device, translate("SettingsDialog", "e.g. /dev/usb/lp0"))
        self.printer_columns = self._line(
            str(now.printer_columns),
            translate("SettingsDialog", "{low} to {high}").format(low=MIN_COLUMNS, high=MAX_COLUMNS),
        )
        self.paper = _combo(self._papers, now.paper)
        self.print_after_sale = QCheckBox(translate("SettingsDialog", "Print a receipt after each &sale"))
        self.print_after_sale.setChecked(now.print_after_sale)
        self.open_drawer_on_cash = QCheckBox(
            translate("SettingsDialog", "Open the cash &drawer on cash sales (ESC/POS)")
        )
        self.open_drawer_on_cash.setChecked(now.open_drawer_on_cash)
        self.discount_limit = self._line(
            _percent_text(now.cashier_discount_limit), translate("SettingsDialog", "0 to 100")
        )
        self.auto_lock_minutes = self._line(
            str(now.auto_lock_minutes), translate("SettingsDialog", "0 = never")
        )
        self.message = StatusLabel("", info_style="color: #1b5e20;")
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.test_button = QPushButton(
            translate("SettingsDialog", "&Test print  ({key})").format(key=_shown(TEST_KEY))
        )
        self.save_button = QPushButton(
            translate("SettingsDialog", "Save  ({key})").format(key=_shown(SAVE_KEY))
        )
        self.cancel_button = QPushButton(translate("SettingsDialog", "Cancel  (Esc)"))
        for button in (self.test_button, self.save_button, self.cancel_button):
            button.setAutoDefault(False)

        self._lay_out()
        self.test_button.clicked.connect(self.test_print)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.receipt_output.currentIndexChanged.connect(self._enable_printer_fields)
        self.printer_connection.currentIndexChanged.connect(self._enable_printer_fields)
        self._enable_printer_fields()
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)
        self.shop_name.setFocus()

    # -- layout ----------------------------------------------------------------------------

    def _line(self, text: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit(text)
        # Longer than allowed, so too long is refused with a message rather than cut short.
        field.setMaxLength(MAX_TEXT_SETTING * 2)
        field.setPlaceholderText(placeholder)
        return field

    def _text(self, text: str) -> QPlainTextEdit:
        field = QPlainTextEdit(text)
        field.setTabChangesFocus(True)  # Tab moves on, as in every other field
        field.setFixedHeight(60)
        return field

    def _lay_out(self) -> None:
        shop = QFormLayout()
        shop.addRow(translate("SettingsDialog", "Shop &name"), self.shop_name)
        shop.addRow(translate("SettingsDialog", "&Address"), self.shop_address)
        shop.addRow(translate("SettingsDialog", "Tax &ID"), self.shop_tax_id)
        shop.addRow(translate("SettingsDialog", "Receipt &footer"), self.receipt_footer)
        shop_box = QGroupBox(translate("SettingsDialog", "Receipt header and footer"))
        shop_box.setLayout(shop)

        money = QFormLayout()
        money.addRow(self.prices_include_tax)
        money.addRow(translate("SettingsDialog", "&Cash rounding"), self.cash_rounding)
        money.addRow(translate("SettingsDialog", "Tax r&ounding"), self.tax_rounding)
        money.addRow(translate("SettingsDialog", "Lan&guage and formats"), self.locale_choice)
        locale_note = QLabel(
            translate(
                "SettingsDialog",
                "The language, and how money and dates look, change at the next start of pos_app.",
            )
        )
        locale_note.setWordWrap(True)
        money.addRow(locale_note)
        money_box = QGroupBox(translate("SettingsDialog", "Tax, cash and locale"))
        money_box.setLayout(money)

        printer = QFormLayout()
        printer.addRow(translate("SettingsDialog", "&Receipts print on"), self.receipt_output)
        printer.addRow(translate("SettingsDialog", "&Paper (system printer)"), self.paper)
        printer.addRow(translate("SettingsDialog", "Conn&ection (ESC/POS)"), self.printer_connection)
        printer.addRow(translate("SettingsDialog", "&USB ids"), self.printer_usb)
        printer.addRow(translate("SettingsDialog", "Net&work address"), self.printer_address)
        printer.addRow(translate("SettingsDialog", "De&vice file"), self.printer_device)
        printer.addRow(translate("SettingsDialog", "Co&lumns"), self.printer_columns)
        printer.addRow(self.print_after_sale)
        printer.addRow(self.open_drawer_on_cash)
        printer_box = QGroupBox(translate("SettingsDialog", "Receipt printer"))
        printer_box.setLayout(printer)

        staff = QFormLayout()
        staff.addRow(translate("SettingsDialog", "Cashier discount li&mit (%)"), self.discount_limit)
        staff.addRow(translate("SettingsDialog", "Auto-loc&k after (minutes)"), self.auto_lock_minutes)
        staff_box = QGroupBox(translate("SettingsDialog", "Staff (with staff accounts)"))
        staff_box.setLayout(staff)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(shop_box)
        layout.addWidget(money_box)
        layout.addWidget(printer_box)
        layout.addWidget(staff_box)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(translate("SettingsDialog", "Ctrl+S: save    Ctrl+T: test print    Esc: cancel"))
        )
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

    def _enable_printer_fields(self) -> None:
        output = _chosen(self.receipt_output, self._outputs)
        connection = _chosen(self.printer_connection, self._connections)
        thermal = output is ReceiptOutput.ESCPOS
        self.paper.setEnabled(output is not ReceiptOutput.ESCPOS)
        self.printer_connection.setEnabled(thermal)
        self.printer_usb.setEnabled(thermal and connection is PrinterConnection.USB)
        self.printer_address.setEnabled(thermal and connection is PrinterConnection.NETWORK)
        self.printer_device.setEnabled(thermal and connection is PrinterConnection.FILE)
        self.printer_columns.setEnabled(thermal)
        self.open_drawer_on_cash.setEnabled(thermal or self.open_drawer_on_cash.isChecked())
        self.test_button.setEnabled(output is not ReceiptOutput.NONE)

    # -- reading the form ------------------------------------------------------------------

    def settings_from_form(self) -> ShopSettings:
        """The settings as typed; SettingsError names the field that is not right."""
        name = " ".join(self.shop_name.text().split())
        if not name:
            raise SettingsError(
                translate("SettingsDialog", "Type the shop's name: it heads every receipt."), "shop_name"
            )
        columns_text = self.printer_columns.text().strip()
        if not columns_text.isdigit() or not MIN_COLUMNS <= int(columns_text) <= MAX_COLUMNS:
            raise SettingsError(
                translate(
                    "SettingsDialog",
                    "Columns must be a whole number from {low} to {high} (48 for an 80 mm roll, 32 for 58 mm).",  # noqa: E501
                ).format(low=MIN_COLUMNS, high=MAX_COLUMNS),
                "printer_columns",
            )
        for field, parse in ((self.printer_usb, parse_usb_ids), (self.printer_address, parse_host_port)):
            if field.text().strip():
                try:
                    parse(field.text())
                except ValueError as error:
                    raise SettingsError(str(error), _name_of(self, field)) from None
        values = {
            "cashier_discount_limit": _discount_limit(self.discount_limit.text()),
            "auto_lock_minutes": _auto_lock_minutes(self.auto_lock_minutes.text()),
            "shop_name": name,
            "shop_address": self.shop_address.toPlainText().strip(),
            "shop_tax_id": self.shop_tax_id.text().strip(),
            "receipt_footer": self.receipt_footer.toPlainText().strip(),
            "prices_include_tax": self.prices_include_tax.isChecked(),
            "cash_increment": _chosen(self.cash_rounding, self._cash_roundings),
            "tax_rounding": _chosen(self.tax_rounding, self._tax_roundings),
            "receipt_output": _chosen(self.receipt_output, self._outputs),
            "printer_connection": _chosen(self.printer_connection, self._connections),
            "locale": _chosen(self.locale_choice, self._locales),
            "printer_usb": self.printer_usb.text().strip(),
            "printer_address": self.printer_address.text().strip(),
            "printer_device": self.printer_device.text().strip(),
            "printer_columns": int(columns_text),
            "paper": _chosen(self.paper, self._papers),
            "print_after_sale": self.print_after_sale.isChecked(),
            "open_drawer_on_cash": self.open_drawer_on_cash.isChecked(),
        }
        for key, value in values.items():
            if isinstance(value, str) and len(value) > MAX_TEXT_SETTING:
                raise SettingsError(
                    translate("SettingsDialog", "This is longer than {limit} characters ({length}).").format(
                        limit=MAX_TEXT_SETTING, length=len(value)
                    ),
                    key,
                )
        # Unchanged: the settings this dialog does not show (the rounding mode).
        kept = {f.name: getattr(self._settings.current, f.name) for f in fields(ShopSettings)}
        try:
            settings = ShopSettings(**{**kept, **values})
        except ValueError as error:
            raise SettingsError(str(error), "shop_name") from None
        problem = settings.printer_problem()
        if problem is not None:
            raise SettingsError(problem, _problem_field(settings))
        return settings

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> None:
        try:
            settings = self.settings_from_form()
            self._settings.save(settings)
        except SettingsError as error:
            self._refuse(error.message, error.field)
            return
        except UserError as error:
            self._refuse(error.message, None)
            return
        self.saved = settings
        self.accept()

    def test_print(self) -> None:
        try:
            settings = self.settings_from_form()
            self._receipts.test_print(settings)
        except SettingsError as error:
            self._refuse(error.message, error.field)
            return
        except UserError as error:
            self._refuse(error.message, None)
            return
        self.message.show_info(
            translate("SettingsDialog", "Test receipt sent to the printer. Save to keep these settings.")
        )

    def _refuse(self, message: str, field: str | None) -> None:
        self.message.show_error(message)
        widget = getattr(self, field, None) if field else None
        if isinstance(widget, QWidget):
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if pressed in _CLAIMED or (event.key() in _ENTER and isinstance(watched, QLineEdit)):
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        pressed = QKeySequence(event.keyCombination())
        if pressed == QKeySequence(SAVE_KEY):
            self.save()
        elif pressed == QKeySequence(TEST_KEY):
            self.test_print()
        elif event.key() in _ENTER:
            # Enter in a one-line field saves, as in every form; a multi-line field keeps its Enter.
            self.save()
        else:
            super().keyPressEvent(event)


def _shown(key: str) -> str:
    """A key as the user's language writes it ("Ctrl+S", "Strg+S"): Qt translates the modifier names."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _name_of(dialog: SettingsDialog, widget: QWidget) -> str:
    return next(name for name, value in vars(dialog).items() if value is widget)


def _problem_field(settings: ShopSettings) -> str:
    if settings.open_drawer_on_cash and settings.receipt_output is not ReceiptOutput.ESCPOS:
        return "open_drawer_on_cash"
    return {
        PrinterConnection.USB: "printer_usb",
        PrinterConnection.NETWORK: "printer_address",
        PrinterConnection.FILE: "printer_device",
    }[settings.printer_connection]


class SettingsLauncher(QObject):
    """The main window's "Settings…  (Ctrl+,)" button and key; `dialog` is the open dialog, if any.

    A save applies at once: the open sale is shown again priced with the new settings.
    """

    def __init__(self, window: QMainWindow, corner_of: QTabWidget, controllers: AppControllers) -> None:
        super().__init__(window)
        self._window = window
        self._controllers = controllers
        self.dialog: SettingsDialog | None = None
        self.button = QPushButton(
            translate("SettingsLauncher", "Settings…  ({key})").format(key=_shown(SETTINGS_KEY))
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_settings)
        corner_of.setCornerWidget(self.button, Qt.Corner.TopRightCorner)
        shortcut = QShortcut(QKeySequence(SETTINGS_KEY), window)
        shortcut.activated.connect(self.open_settings)

    def open_settings(self) -> None:
        if self.dialog is not None:
            return
        controllers = self._controllers
        dialog = SettingsDialog(controllers.shop_settings, controllers.receipts, self._window)
        self.dialog = dialog
        # Back to where the cashier was (the scan field, usually) once the dialog closes.
        previous = self._window.focusWidget()

        def finished(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                controllers.sale.cart_changed.emit()  # the open sale's totals under the new settings
                self._window.statusBar().showMessage(translate("SettingsLauncher", "Settings saved."), 5000)
            if previous is not None:
                previous.setFocus()

        dialog.finished.connect(finished)
        dialog.open()


def _percent_text(percent: Decimal) -> str:
    return format(percent.normalize(), "f")


def _discount_limit(text: str) -> Decimal:
    """The typed limit as a percent from 0 to 100 with at most two decimals."""
    try:
        percent = Decimal(text.strip().removesuffix("%").strip())
    except InvalidOperation:
        percent = Decimal(-1)
    if not percent.is_finite() or not 0 <= percent <= 100 or percent != percent.quantize(Decimal("0.01")):
        raise SettingsError(
            translate(
                "SettingsDialog", "The cashier's discount limit is a percent from 0 to 100, e.g. 10 or 12.5."
            ),
            "discount_limit",
        )
    return percent


def _auto_lock_minutes(text: str) -> int:
    typed = text.strip()
    if not typed.isdigit() or int(typed) > MAX_AUTO_LOCK_MINUTES:
        raise SettingsError(
            translate(
                "SettingsDialog", "Auto-lock is a whole number of minutes from 0 (never) to {limit}."
            ).format(limit=MAX_AUTO_LOCK_MINUTES),
            "auto_lock_minutes",
        )
    return int(typed)
