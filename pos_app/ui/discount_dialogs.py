"""Discounts (F5) and price overrides (F6) on the open sale, each with a reason, all by keyboard.

Discount dialog: Alt+L discounts the selected line, Alt+S the whole sale (F5 again switches
between them); the value is "10%" or an amount such as "2.50"; the reason is typed or picked
from common ones (Up / Down in the reason field); Enter applies, Alt+R removes the discount
the line or the sale has, Esc cancels.

Price dialog: the new unit price and a reason; Enter applies, Alt+C charges the catalog price
again, Esc cancels.

Both call the sale controller themselves, so a refusal (a discount larger than the line, a
missing reason, a busy database) is shown in place, with the cursor where the fix goes, and
nothing changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from pos_app.controllers.errors import UserError
from pos_app.controllers.rows import CartLine, CartView
from pos_app.controllers.sale import SaleController
from pos_app.domain.discounts import MAX_REASON
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money
from pos_app.ui.cart_model import minus
from pos_app.ui.form_dialog import FormDialog


def discount_reasons() -> tuple[str, ...]:
    """Common reasons for a discount, offered in the user's language (the reason is free text)."""
    return (
        translate("DiscountDialog", "Staff"),
        translate("DiscountDialog", "Loyalty"),
        translate("DiscountDialog", "Damaged"),
        translate("DiscountDialog", "Promotion"),
        translate("DiscountDialog", "Price match"),
        translate("DiscountDialog", "Manager approval"),
    )


def override_reasons() -> tuple[str, ...]:
    """Common reasons for a price override, offered in the user's language."""
    return (
        translate("PriceOverrideDialog", "Price match"),
        translate("PriceOverrideDialog", "Wrong shelf label"),
        translate("PriceOverrideDialog", "Damaged"),
        translate("PriceOverrideDialog", "Short-dated"),
        translate("PriceOverrideDialog", "Manager approval"),
    )


VALUE_FIELD_MAX = 40


def reason_box(reasons: Sequence[str]) -> QComboBox:
    """An editable combo: type any reason, or pick a common one with Up / Down. Starts empty: a
    reason is required, and a preselected one would be given without anyone choosing it."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(reasons))
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # No inline completion: "Price" + Enter must not quietly become "Price match".
    box.setCompleter(None)  # type: ignore[arg-type]  # None is what Qt documents for "no completer"
    box.setCurrentIndex(-1)
    line_edit = box.lineEdit()
    assert line_edit is not None  # an editable combo always has one
    line_edit.setMaxLength(MAX_REASON * 2)  # longer is refused with a message, not cut
    line_edit.setPlaceholderText(
        translate("DiscountDialogs", "Why? Type it, or Up / Down for common reasons")
    )
    return box


class _KeyClaimingDialog(FormDialog):
    """A form whose own keys win over the sell screen's shortcuts (as in the payment dialog)."""

    claimed_keys: tuple[Qt.Key, ...] = ()

    reason: QComboBox

    def _reason_editor(self) -> list[QWidget]:
        editor = self.reason.lineEdit()
        return [] if editor is None else [editor]

    def _claim_keys_in(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self.claimed_keys
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)


class DiscountDialog(_KeyClaimingDialog):
    """Discounts the selected line (`line`) or the whole sale; `done_message` says what was done."""

    claimed_keys = (Qt.Key.Key_F5,)

    def __init__(
        self, sale: SaleController, cart: CartView, line: CartLine | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DiscountDialog", "Discount"))
        self._sale = sale
        self._cart = cart
        self._line = line
        self.done_message = ""

        self.line_choice = QRadioButton(
            translate("DiscountDialog", "This &line: {name}").format(name=line.name)
            if line is not None
            else translate("DiscountDialog", "This &line")
        )
        self.line_choice.setEnabled(line is not None)
        self.sale_choice = QRadioButton(translate("DiscountDialog", "Whole &sale"))
        self._choices = QButtonGroup(self)
        for choice in (self.line_choice, self.sale_choice):
            choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+L / Alt+S; the typing stays in the fields
            self._choices.addButton(choice)
        self.current_label = QLabel()
        self.current_label.setObjectName("currentDiscount")
        self.value = self._line_edit(
            VALUE_FIELD_MAX,
            translate("DiscountDialog", "10% or an amount, e.g. {example}").format(
                example=format_money(Decimal("2.50"))
            ),
        )
        self.reason = reason_box(discount_reasons())
        self.reason.editTextChanged.connect(self._clear_error)
        self._fields = {"discount": self.value, "reason": self.reason}

        self.save_button.setText(translate("DiscountDialog", "Apply  (Enter)"))
        self.remove_button = QPushButton(translate("DiscountDialog", "&Remove discount"))
        self._buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self._remove)

        choices = QHBoxLayout()
        choices.addWidget(self.line_choice)
        choices.addWidget(self.sale_choice)
        choices.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("DiscountDialog", "Discount"), choices)
        form.addRow(translate("DiscountDialog", "Now"), self.current_label)
        form.addRow(translate("DiscountDialog", "&Value"), self.value)
        form.addRow(translate("DiscountDialog", "Reas&on"), self.reason)
        form.addRow(
            QLabel(
                translate(
                    "DiscountDialog", "Alt+L line, Alt+S sale (F5 switches)    Enter apply    Esc cancel"
                )
            )
        )
        self._lay_out(form, 520)

        self._choices.buttonToggled.connect(lambda _button, _checked: self._show_current())
        (self.line_choice if line is not None else self.sale_choice).setChecked(True)
        self._claim_keys_in(self.value, self.reason, *self._reason_editor())
        self.value.setFocus()

    # -- which discount --------------------------------------------------------------------

    @property
    def for_sale(self) -> bool:
        return self.sale_choice.isChecked()

    def switch_target(self) -> None:
        if self._line is not None:
            (self.line_choice if self.for_sale else self.sale_choice).setChecked(True)

    def _current_text(self) -> str | None:
        if self.for_sale:
            return self._cart.order_discount_text
        return self._line.discount_text if self._line is not None else None

    def _show_current(self) -> None:
        current = self._current_text()
        self.current_label.setText(minus(current) if current else translate("DiscountDialog", "no discount"))
        self.remove_button.setEnabled(current is not None)
        self._clear_error()
        self.value.setFocus()

    # -- applying --------------------------------------------------------------------------

    def _save(self) -> int:
        value, reason = self.value.text(), self.reason.currentText()
        if self.for_sale or self._line is None:
            self._sale.discount_sale(value, reason)
            self.done_message = translate("DiscountDialog", "Discount applied to the whole sale.")
            return 0
        self._sale.discount_line(self._line.line_id, value, reason)
        self.done_message = translate("DiscountDialog", "Discount applied to {name}.").format(
            name=self._line.name
        )
        return self._line.line_id

    def _remove(self) -> None:
        try:
            if self.for_sale or self._line is None:
                self._sale.remove_sale_discount()
                self.done_message = translate("DiscountDialog", "Sale discount removed.")
            else:
                self._sale.remove_line_discount(self._line.line_id)
                self.done_message = translate("DiscountDialog", "Discount on {name} removed.").format(
                    name=self._line.name
                )
        except UserError as error:
            self.show_error(error.message)
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.switch_target()
            return
        super().keyPressEvent(event)


class PriceOverrideDialog(_KeyClaimingDialog):
    """Sets the unit price of `line` by hand, with a reason; `done_message` says what was done."""

    claimed_keys = (Qt.Key.Key_F6,)

    def __init__(self, sale: SaleController, line: CartLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PriceOverrideDialog", "Price — {name}").format(name=line.name))
        self._sale = sale
        self._line = line
        self.done_message = ""
        catalog_price = line.list_price if line.list_price is not None else line.unit_price

        self.catalog_label = QLabel(format_money(catalog_price))
        now = (
            translate("PriceOverrideDialog", "{price} ({reason})").format(
                price=format_money(line.unit_price), reason=line.override_reason
            )
            if line.list_price is not None
            else translate("PriceOverrideDialog", "the catalog price")
        )
        self.current_label = QLabel(now)
        self.price = self._line_edit(
            VALUE_FIELD_MAX,
            translate("PriceOverrideDialog", "new unit price, e.g. {example}").format(
                example=format_money(Decimal("2.80"))
            ),
        )
        self.reason = reason_box(override_reasons())
        self.reason.editTextChanged.connect(self._clear_error)
        self._fields = {"price": self.price, "reason": self.reason}

        self.save_button.setText(translate("PriceOverrideDialog", "Apply  (Enter)"))
        self.restore_button = QPushButton(translate("PriceOverrideDialog", "&Catalog price"))
        self.restore_button.setEnabled(line.list_price is not None)
        self._buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)

        form = QFormLayout()
        form.addRow(translate("PriceOverrideDialog", "Item"), QLabel(line.name))
        form.addRow(translate("PriceOverrideDialog", "Catalog price"), self.catalog_label)
        form.addRow(translate("PriceOverrideDialog", "Charged now"), self.current_label)
        form.addRow(translate("PriceOverrideDialog", "New &price"), self.price)
        form.addRow(translate("PriceOverrideDialog", "Reas&on"), self.reason)
        form.addRow(
            QLabel(translate("PriceOverrideDialog", "Enter apply    Alt+C catalog price    Esc cancel"))
        )
        self._lay_out(form, 460)
        self._claim_keys_in(self.price, self.reason, *self._reason_editor())
        self.price.setFocus()

    def _save(self) -> int:
        self._sale.override_price(self._line.line_id, self.price.text(), self.reason.currentText())
        self.done_message = translate("PriceOverrideDialog", "{name} now costs {price}.").format(
            name=self._line.name, price=format_money(self._sale_price())
        )
        return self._line.line_id

    def _sale_price(self) -> Decimal:
        line = next((ln for ln in self._sale.cart().lines if ln.line_id == self._line.line_id), None)
        return line.unit_price if line is not None else self._line.unit_price

    def _restore(self) -> None:
        try:
            self._sale.remove_price_override(self._line.line_id)
        except UserError as error:
            self.show_error(error.message)
            return
        self.done_message = translate("PriceOverrideDialog", "{name} is back at its catalog price.").format(
            name=self._line.name
        )
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F6:
            return  # already here: F6 again does nothing rather than reach the sell screen
        super().keyPressEvent(event)
