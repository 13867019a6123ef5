"""The first-run setup wizard: the shop, its currency, its tax rates and the owner's account.

Five pages, all of them usable from the keyboard alone: type into the focused field, Tab to the
next, Enter (or Alt+N) for Next, Space for a focused button (Add, Remove), Alt+B for Back,
Enter on the last page (or Alt+F) to Finish, Esc to cancel. Each page is checked by
ShopSetupController when Next is pressed and keeps the message, under the fields, until the
field is corrected; nothing is written before Finish, and Finish writes everything in one
transaction (pos_app.controllers.shop_setup.set_up_shop). A refused Finish (a tax rate another
till added meanwhile, a busy database) leaves the wizard open with everything still typed.
`pos-app setup` does the same without a window.

pos_app.gui shows the wizard before the main window on a brand-new shop; `SetupLauncher` offers
it on Shop ▸ Set up the shop and owner account… while a shop from before staff accounts has no
owner, and logs the new owner in.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import UserError
from pos_app.controllers.shop_setup import SetupResult, ShopSetup, ShopSetupController
from pos_app.controllers.staff import StaffController
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import known_locale, language_name
from pos_app.ui.status_label import ERROR_STYLE

# English source texts, translated where shown (translate() below); tests compare with them.
ACTION_TITLE = "Set up the shop and owner account…"
PASSWORDS_DIFFER = "The two passwords differ: type the same password twice."
NAME_SEPARATOR = " — "  # between a currency's code and its name in the list


class _Page(QWizardPage):
    """A page with a message line under its fields; `fields` maps a controller field name to a widget."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.error = QLabel("")
        self.error.setObjectName("errorMessage")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setVisible(False)
        self.fields: dict[str, QWidget] = {}
        self.first: QWidget | None = None

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)

    def focus_first(self) -> None:
        if self.first is not None:
            self.first.setFocus()

    def checked(self, check: Callable[[], object]) -> bool:
        """Run `check`; True when it passes, else its message is shown on this page."""
        try:
            check()
        except UserError as error:
            self.show_error(error.message, error.field)
            return False
        self.clear_error()
        return True


class ShopPage(_Page):
    def __init__(self, setup: ShopSetupController, name: str, address: str) -> None:
        super().__init__(
            translate("ShopPage", "Your shop"),
            translate("ShopPage", "The name and address print on every receipt."),
        )
        self._setup = setup
        self.name = QLineEdit(name)
        self.name.setObjectName("shopName")
        self.name.setMaxLength(200)
        self.address = QPlainTextEdit(address)
        self.address.setObjectName("shopAddress")
        self.address.setTabChangesFocus(True)  # Tab leaves the box; Enter starts a new line
        self.address.setPlaceholderText(
            translate("ShopPage", "Street, town (optional; Enter starts a new line)")
        )
        self.address.setFixedHeight(90)
        form = QFormLayout(self)
        name_label = QLabel(translate("ShopPage", "Shop na&me:"))
        name_label.setBuddy(self.name)
        address_label = QLabel(translate("ShopPage", "&Address:"))
        address_label.setBuddy(self.address)
        form.addRow(name_label, self.name)
        form.addRow(address_label, self.address)
        form.addRow(self.error)
        self.fields = {"shop_name": self.name, "shop": self.name, "address": self.address}
        self.first = self.name
        self.name.textEdited.connect(self.clear_error)
        self.address.textChanged.connect(self.clear_error)

    def show_error(self, message: str, field: str | None = None) -> None:
        # "shop" is a stored setting refused as a whole (too long): its message names the address.
        super().show_error(message, "address" if field == "shop" and "address" in message.lower() else field)

    def validatePage(self) -> bool:
        return self.checked(lambda: self._setup.check_shop(self.name.text(), self.address.toPlainText()))


class CurrencyPage(_Page):
    def __init__(self, setup: ShopSetupController, currency: str, locale: str) -> None:
        super().__init__(
            translate("CurrencyPage", "Currency and locale"),
            translate(
                "CurrencyPage",
                "Prices, receipts and reports are in this currency. Type its code or pick it. "
                "The locale sets the language and how money and dates look.",
            ),
        )
        self._setup = setup
        self.choice = QComboBox()
        self.choice.setObjectName("currency")
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in setup.currencies():
            self.choice.addItem(f"{code}{NAME_SEPARATOR}{name}", code)
        found = self.choice.findData(currency)
        if found >= 0:
            self.choice.setCurrentIndex(found)
        else:
            self.choice.setEditText(currency)
        # An editable combo completes inline as the code is typed ("gb" shows "GBP — British Pound")
        # and Enter would only accept that completion: here Enter goes on to the next page at once.
        self.choice.installEventFilter(self)  # the combo has the focus and passes keys to its line
        label = QLabel(translate("CurrencyPage", "&Currency:"))
        label.setBuddy(self.choice)
        self.locales = setup.locales(locale)
        self.locale_choice = QComboBox()
        self.locale_choice.setObjectName("locale")
        for code, name in self.locales:
            self.locale_choice.addItem(f"{name}{NAME_SEPARATOR}{code}", code)
        self.locale_choice.setCurrentIndex(max(0, self.locale_choice.findData(locale)))
        # Choosing a locale suggests its country's currency (the owner can still pick another).
        self.locale_choice.currentIndexChanged.connect(self._suggest_currency)
        locale_label = QLabel(translate("CurrencyPage", "&Language and formats:"))
        locale_label.setBuddy(self.locale_choice)
        note = QLabel(translate("CurrencyPage", "The language applies from the next start of pos_app."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(label, self.choice)
        form.addRow(locale_label, self.locale_choice)
        form.addRow(note)
        form.addRow(self.error)
        self.fields = {"currency": self.choice, "locale": self.locale_choice}
        self.first = self.choice
        self.choice.editTextChanged.connect(lambda _text: self.clear_error())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and not self.choice.view().isVisible()
        ):
            wizard = self.wizard()
            if wizard is not None:
                wizard.next()
            return True
        return super().eventFilter(watched, event)

    def _suggest_currency(self) -> None:
        suggested = self._setup.currency_for(self.locale_code())
        found = self.choice.findData(suggested) if suggested else -1
        if found >= 0:
            self.choice.setCurrentIndex(found)

    def locale_code(self) -> str:
        """The locale chosen ("de_AT")."""
        return str(self.locale_choice.currentData() or "")

    def code(self) -> str:
        """The code typed or chosen ("EUR — Euro" → "EUR"; "usd" stays "usd" for the check)."""
        text = self.choice.currentText().strip()
        return text.split(NAME_SEPARATOR.strip())[0].strip()

    def validatePage(self) -> bool:
        def check() -> None:
            self._setup.check_currency(self.code())
            self._setup.check_locale(self.locale_code())

        return self.checked(check)


class _RateRow:
    def __init__(self, name: str, percent: str) -> None:
        self.name = QLineEdit(name)
        self.name.setObjectName("taxName")
        self.name.setPlaceholderText(translate("TaxPage", "Name, like Standard"))
        self.name.setMaxLength(100)
        self.percent = QLineEdit(percent)
        self.percent.setObjectName("taxPercent")
        self.percent.setPlaceholderText(translate("TaxPage", "Percent, like 20"))
        self.percent.setMaxLength(10)
        self.remove = QPushButton(translate("TaxPage", "Remove"))
        self.remove.setObjectName("removeRate")
        self.remove.setAutoDefault(False)  # Space presses it; Enter stays Next (see TaxPage)

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.percent.text().strip()


class TaxPage(_Page):
    """(name, percent) rows to add or remove; rows left entirely blank are ignored.

    A new shop starts with one row named Standard and an empty percent: rates differ from country
    to country (20, 19, 21…), so the owner types theirs rather than accepting a guess that would
    price every sale wrong; a shop that charges no tax removes the row or types 0.
    """

    def __init__(self, setup: ShopSetupController, existing: tuple[str, ...]) -> None:
        super().__init__(
            translate("TaxPage", "Tax rates"),
            translate(
                "TaxPage",
                "Items refer to a rate by its percent: add each rate you sell at (0 for tax-free goods).",
            ),
        )
        self._setup = setup
        self.rows: list[_RateRow] = []
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(translate("TaxPage", "Name")), 0, 0)
        self.grid.addWidget(QLabel(translate("TaxPage", "Percent")), 0, 1)
        self.add_button = QPushButton(translate("TaxPage", "&Add a tax rate"))
        self.add_button.setObjectName("addRate")
        # Enter is Next on every page, even here where a shop with rates starts on this button;
        # Space (or Alt+A) presses it.
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row("", "", focus=True))
        layout = QVBoxLayout(self)
        if existing:
            have = QLabel(
                translate("TaxPage", "The shop has: {rates}. Add more here, or none.").format(
                    rates=", ".join(existing)
                )
            )
            have.setObjectName("existingRates")
            have.setWordWrap(True)
            layout.addWidget(have)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch()
        if not existing:
            self.add_row(translate("TaxPage", "Standard"), "")
        self.first = self.rows[0].percent if self.rows else self.add_button

    def add_row(self, name: str, percent: str, *, focus: bool = False) -> _RateRow:
        row = _RateRow(name, percent)
        line = self.grid.rowCount()
        self.grid.addWidget(row.name, line, 0)
        self.grid.addWidget(row.percent, line, 1)
        self.grid.addWidget(row.remove, line, 2)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        for field in (row.name, row.percent):
            field.textEdited.connect(self.clear_error)
        self.rows.append(row)
        self._fix_tab_order()
        if focus:
            # A layout shows a new child only later (queued); a hidden widget cannot take the focus.
            for widget in (row.name, row.percent, row.remove):
                widget.show()
            row.name.setFocus()
        return row

    def remove_row(self, row: _RateRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        for widget in (row.name, row.percent, row.remove):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.clear_error()
        self._fix_tab_order()
        # The focus stays in the table: the next row's name, else the previous one's, else Add.
        following = self.rows[index] if index < len(self.rows) else (self.rows[-1] if self.rows else None)
        (following.name if following is not None else self.add_button).setFocus()
        self.first = self.rows[0].name if self.rows else self.add_button

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [w for row in self.rows for w in (row.name, row.percent, row.remove)]
        chain.append(self.add_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def rates(self) -> list[tuple[str, str]]:
        """The rows typed, blank ones left out."""
        return [row.values() for row in self.rows if any(row.values())]

    def validatePage(self) -> bool:
        # Checked a row at a time (a handful of reads) so the focus lands on the row at fault.
        typed = [row for row in self.rows if any(row.values())]
        for count in range(1, len(typed) + 1):
            try:
                self._setup.check_tax_rates([row.values() for row in typed[:count]])
            except UserError as error:
                self.show_error(error.message)
                bad = typed[count - 1]
                (bad.percent if error.field == "tax_rate" else bad.name).setFocus()
                return False
        self.clear_error()
        return True


class OwnerPage(_Page):
    def __init__(self, setup: ShopSetupController) -> None:
        super().__init__(
            translate("OwnerPage", "The owner's account"),
            translate(
                "OwnerPage",
                "The owner logs in with this name and password and may do everything, including "
                "adding staff. Keep the password safe: there is no other way in.",
            ),
        )
        self._setup = setup
        self.name = QLineEdit()
        self.name.setObjectName("ownerName")
        self.name.setMaxLength(100)
        self.password = QLineEdit()
        self.password.setObjectName("ownerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("OwnerPage", "at least 8 characters"))
        self.repeat = QLineEdit()
        self.repeat.setObjectName("ownerPasswordRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        for text, field in (
            (translate("OwnerPage", "Your na&me:"), self.name),
            (translate("OwnerPage", "&Password:"), self.password),
            (translate("OwnerPage", "&Repeat:"), self.repeat),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            field.textEdited.connect(self.clear_error)
        form.addRow(self.error)
        self.fields = {"name": self.name, "password": self.password, "repeat": self.repeat}
        self.first = self.name

    def validatePage(self) -> bool:
        def check() -> None:
            self._setup.check_owner(self.name.text(), self.password.text())
            if self.password.text() != self.repeat.text():
                raise UserError(
                    translate("OwnerPage", "The two passwords differ: type the same password twice."),
                    "repeat",
                )

        return self.checked(check)


class SummaryPage(_Page):
    """What Finish will save; Finish itself runs here (validatePage), so a refusal keeps the wizard open."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(
            translate("SummaryPage", "Ready to save"),
            translate("SummaryPage", "Finish saves all of this at once; Back changes it."),
        )
        self._wizard = wizard
        self.summary = QLabel("")
        self.summary.setObjectName("setupSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch()

    def initializePage(self) -> None:
        self.clear_error()
        self.summary.setText(self._wizard.summary_text())

    def validatePage(self) -> bool:
        return self.checked(self._wizard.save)


class SetupWizard(QWizard):
    """Asks for everything `ShopSetup` needs; `saved` is set once Finish has saved it.

    `owner_password()` lets the caller log the new owner in right after Finish.
    """

    def __init__(self, setup: ShopSetupController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(translate("SetupWizard", "Set up your shop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same buttons and keys everywhere
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self._setup = setup
        self.saved: SetupResult | None = None
        start = setup.start()
        self.shop = ShopPage(setup, start.shop_name, start.address)
        self.currency = CurrencyPage(setup, start.currency, start.locale)
        self.tax = TaxPage(setup, start.tax_rates)
        self.owner = OwnerPage(setup)
        self.summary = SummaryPage(self)
        for page in (self.shop, self.currency, self.tax, self.owner, self.summary):
            self.addPage(page)
        self.currentIdChanged.connect(self._on_page_shown)
        self.resize(620, 460)

    def _on_page_shown(self, _page_id: int) -> None:
        page = self.currentPage()
        if isinstance(page, _Page):
            page.focus_first()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._on_page_shown(self.currentId())

    def typed(self) -> ShopSetup:
        """Everything as typed on the pages."""
        return ShopSetup(
            shop_name=self.shop.name.text(),
            currency=self.currency.code(),
            owner=self.owner.name.text(),
            owner_password=self.owner.password.text(),
            address=self.shop.address.toPlainText(),
            tax_rates=self.tax.rates(),
            locale=self.currency.locale_code(),
        )

    def summary_text(self) -> str:
        typed = self.typed()
        address = typed.address.strip() if typed.address else ""
        rates = ", ".join(f"{name} {percent}%" for name, percent in typed.tax_rates) or translate(
            "SetupWizard", "none added"
        )
        locale = typed.locale or ""
        lines = [
            translate("SetupWizard", "Shop: {name}").format(name=" ".join(typed.shop_name.split())),
            translate("SetupWizard", "Address: {address}").format(
                address=address.replace(chr(10), ", ") if address else translate("SetupWizard", "(none)")
            ),
            translate("SetupWizard", "Currency: {code}").format(code=typed.currency.upper()),
            translate("SetupWizard", "Language and formats: {locale}").format(
                locale=f"{language_name(locale)} ({locale})" if known_locale(locale) else locale
            ),
            translate("SetupWizard", "Tax rates: {rates}").format(rates=rates),
            translate("SetupWizard", "Owner: {name} (logs in with the password just typed)").format(
                name=" ".join(typed.owner.split())
            ),
        ]
        return "\n".join(lines)

    def save(self) -> None:
        """Finish: everything in one transaction; UserError (nothing saved) keeps the wizard open."""
        self.saved = self._setup.set_up(self.typed())

    def owner_password(self) -> str:
        return self.owner.password.text()


def log_in_owner(wizard: SetupWizard, staff: StaffController) -> None:
    """Log in the owner the wizard just saved (their password is still in the wizard)."""
    if wizard.saved is None:
        return
    # A refusal is never expected; the lock screen would then ask for the same name and password.
    with contextlib.suppress(UserError):
        staff.login_password(wizard.saved.owner.name, wizard.owner_password())


def run_first_setup(controllers: AppControllers) -> bool:
    """The wizard before the main window opens; True once the shop is set up (owner logged in)."""
    wizard = SetupWizard(controllers.setup)
    try:
        if wizard.exec() != QDialog.DialogCode.Accepted.value or wizard.saved is None:
            return False
        log_in_owner(wizard, controllers.staff)
        return True
    finally:
        wizard.deleteLater()


class SetupLauncher(QObject):
    """Shop ▸ Set up the shop and owner account…, offered only while the shop has no owner.

    Signals:
        owner_logged_in(): setup finished and the new owner is logged in (the window locks from now on).
    """

    owner_logged_in = Signal()

    def __init__(self, window: QMainWindow, controllers: AppControllers, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._setup = controllers.setup
        self._staff = controllers.staff
        self.wizard: SetupWizard | None = None
        self.action = QAction(translate("SetupLauncher", "Set up the shop and owner account…"), self)
        self.action.triggered.connect(self.open_wizard)
        menu.addAction(self.action)
        # Checked each time the menu opens: `pos-app setup` may have added an owner meanwhile.
        menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        offered = self.wizard is None and not self._setup.has_owner()
        self.action.setVisible(offered)
        self.action.setEnabled(offered)

    def open_wizard(self) -> None:
        if self.wizard is not None or self._setup.has_owner():
            self.refresh()
            return
        wizard = SetupWizard(self._setup, self._window)
        self.wizard = wizard

        def finished(code: int) -> None:
            self.wizard = None
            wizard.deleteLater()
            if code == QDialog.DialogCode.Accepted.value and wizard.saved is not None:
                log_in_owner(wizard, self._staff)
                self.owner_logged_in.emit()  # the window sets up its lock and shows the sell screen
            self.refresh()
            self._window.activateWindow()  # the keyboard goes back to the till

        wizard.finished.connect(finished)
        wizard.open()
