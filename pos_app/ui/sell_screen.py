"""The sell screen (order editor): where the cashier scans, edits the cart and takes payment.

Keyboard contract, so a whole sale works without a mouse:
- the scan field has focus at start and after every sale;
- barcode/SKU + Enter adds the item (or one more on its line); text matching several items
  opens a chooser; an unknown barcode shows a message, beeps and adds nothing;
- with the scan field empty, Delete removes the selected line, + / - change its quantity,
  Up / Down move the selection;
- F12 opens payment, F4 picks a customer, F8 parks the sale under a label, F7 resumes a
  parked one, F9 returns (refunds) part of a past sale, Ctrl+Delete voids the open sale;
  Esc cancels any dialog;
- F10 opens the shift dialog (open a shift, paid in/out, X report, close with a Z report); the
  screen shows the open shift, or "No shift open: press F10 to open one", and F12 says the same
  rather than opening payment while no shift is open.
- F5 discounts the selected line or the whole sale, F6 sets the selected line's price by hand
  (both with a reason; see discount_dialogs).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.customers import CustomerController
from pos_app.controllers.errors import UserError
from pos_app.controllers.returns import ReturnsController, describe_payouts
from pos_app.controllers.rows import CartLine, CartView, SaleReceipt
from pos_app.controllers.sale import SaleController, ScanResult, ScanStatus
from pos_app.controllers.shifts import ShiftController
from pos_app.domain.i18n import translate
from pos_app.domain.money import ZERO, format_money
from pos_app.ui.cart_model import QUANTITY_COLUMN, CartModel, minus
from pos_app.ui.discount_dialogs import DiscountDialog, PriceOverrideDialog
from pos_app.ui.item_chooser import ItemChooserDialog
from pos_app.ui.line_table import make_line_table
from pos_app.ui.parked_dialogs import ParkDialog, ParkedSalesDialog
from pos_app.ui.payment_dialog import PaymentDialog
from pos_app.ui.return_dialog import ReturnDialog
from pos_app.ui.row_selection import move_selection, select_row
from pos_app.ui.shift_status import ShiftStatus, no_shift_hint
from pos_app.ui.status_label import StatusLabel
from pos_app.ui.void_dialog import VoidDialog

SCAN_FIELD_MAX = 256
BLANK_LINE = " "  # a label holding a space keeps its line's height while it has nothing to say


class SellScreen(QWidget):
    """Order editor bound to the SaleController (and the CustomerController for the picker)."""

    def __init__(
        self,
        sale: SaleController,
        customers: CustomerController,
        parent: QWidget | None = None,
        shifts: ShiftController | None = None,
        returns: ReturnsController | None = None,
    ) -> None:
        super().__init__(parent)
        self._sale = sale
        self._customers = customers
        self._shifts = shifts  # None: a screen without shift handling (the sale still needs one)
        self._returns = returns
        self.dialog: QDialog | None = None  # the open modal dialog, if any (tests drive it)

        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(
            translate("SellScreen", "Scan a barcode, or type a name or SKU and press Enter")
        )
        self.scan_field.setMaxLength(SCAN_FIELD_MAX)
        self.scan_field.setClearButtonEnabled(True)
        self.customer_button = QPushButton(translate("SellScreen", "Customer: walk-in  (F4)"))
        self.message = StatusLabel(BLANK_LINE, info_style="color: #1b5e20;")
        self.message.setObjectName("sellMessage")
        self.message.setWordWrap(True)

        self.cart_model = CartModel()
        self.cart_view = make_line_table(self.cart_model, "cartView")
        header = self.cart_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):
            # Fixed, roomy number columns: amounts never jump about while the cashier scans.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 70 if column == QUANTITY_COLUMN else 110)

        self.discount_label = QLabel()
        self.discount_label.setObjectName("saleDiscounts")
        self.sale_discount_label = QLabel()
        self.sale_discount_label.setObjectName("saleDiscount")
        self.subtotal_label = QLabel()
        self.tax_label = QLabel()
        self.total_label = QLabel()
        self.total_label.setObjectName("saleTotal")
        self.last_sale_label = QLabel(BLANK_LINE)
        self.last_sale_label.setObjectName("lastSale")
        self.receipt_buttons = QHBoxLayout()  # filled by ui/receipt_actions.py (Ctrl+P, Ctrl+R)
        self.pay_button = QPushButton(translate("SellScreen", "Pay  (F12)"))
        self.pay_button.setObjectName("payButton")
        self.void_button = QPushButton(translate("SellScreen", "Void sale  (Ctrl+Del)"))
        self.return_button = QPushButton(translate("SellScreen", "Return  (F9)"))
        self.return_button.setEnabled(returns is not None)
        self.remove_button = QPushButton(translate("SellScreen", "Remove line  (Del)"))
        self.park_button = QPushButton(translate("SellScreen", "Park  (F8)"))
        self.parked_button = QPushButton(translate("SellScreen", "Parked sales  (F7)"))
        self.shift_status = ShiftStatus(shifts)
        self.shift_button = QPushButton(translate("SellScreen", "Shift  (F10)"))
        self.shift_button.setVisible(shifts is not None)
        self.discount_button = QPushButton(translate("SellScreen", "Discount  (F5)"))
        self.price_button = QPushButton(translate("SellScreen", "Price  (F6)"))

        self._build_layout()
        self._connect()
        self._on_cart_changed()
        self._on_parked_changed()
        self.scan_field.setFocus()

    # -- layout and wiring ---------------------------------------------------------------

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.scan_field, 1)
        top.addWidget(self.customer_button)
        top.addWidget(self.shift_button)

        totals = QGridLayout()
        for row, (caption, label) in enumerate(
            (
                (translate("SellScreen", "Discounts"), self.discount_label),
                (translate("SellScreen", "Subtotal"), self.subtotal_label),
                (translate("SellScreen", "Tax"), self.tax_label),
                (translate("SellScreen", "Total"), self.total_label),
            )
        ):
            totals.addWidget(QLabel(caption), row, 0)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            totals.addWidget(label, row, 1)
        side = QVBoxLayout()
        side.addLayout(totals)
        side.addWidget(self.sale_discount_label)
        side.addStretch(1)
        side.addWidget(self.last_sale_label)
        side.addLayout(self.receipt_buttons)
        side.addWidget(self.remove_button)
        adjusting = QHBoxLayout()
        adjusting.addWidget(self.discount_button)
        adjusting.addWidget(self.price_button)
        side.addLayout(adjusting)
        parking = QHBoxLayout()
        parking.addWidget(self.park_button)
        parking.addWidget(self.parked_button)
        side.addLayout(parking)
        side.addWidget(self.void_button)
        side.addWidget(self.return_button)
        side.addWidget(self.pay_button)
        side_box = QWidget()
        side_box.setLayout(side)
        # At least 280 px, and as wide as its buttons' texts need: the receipt row holds three
        # buttons, and German labels are longer than English ones.
        side_box.setMinimumWidth(280)
        side_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        middle = QHBoxLayout()
        middle.addWidget(self.cart_view, 1)
        middle.addWidget(side_box)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.shift_status)
        layout.addWidget(self.message)
        layout.addLayout(middle, 1)

    def _connect(self) -> None:
        self._sale.cart_changed.connect(self._on_cart_changed)
        self._sale.sale_completed.connect(self._on_sale_completed)
        self.cart_model.quantity_edited.connect(self._on_quantity_edited)
        self.scan_field.returnPressed.connect(self._on_scan_entered)
        self.scan_field.installEventFilter(self)
        self.cart_view.installEventFilter(self)
        self.pay_button.clicked.connect(self.open_payment)
        self.void_button.clicked.connect(self.void_sale)
        self.return_button.clicked.connect(self.open_returns)
        self.remove_button.clicked.connect(self.remove_selected_line)
        self.customer_button.clicked.connect(self.pick_customer)
        self.park_button.clicked.connect(self.park_sale)
        self.parked_button.clicked.connect(self.open_parked_sales)
        self.shift_button.clicked.connect(self.open_shift_dialog)
        self.discount_button.clicked.connect(self.open_discount)
        self.price_button.clicked.connect(self.open_price_override)
        self._sale.parked_changed.connect(self._on_parked_changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            (Qt.Key.Key_F12, self.open_payment),
            (Qt.Key.Key_F4, self.pick_customer),
            (QKeySequence("Ctrl+Del"), self.void_sale),
            (Qt.Key.Key_F9, self.open_returns),
            (Qt.Key.Key_F8, self.park_sale),
            (Qt.Key.Key_F7, self.open_parked_sales),
            (Qt.Key.Key_F10, self.open_shift_dialog),
            (Qt.Key.Key_F5, self.open_discount),
            (Qt.Key.Key_F6, self.open_price_override),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # When no shortcut takes Ctrl+Delete (the window not active yet), it must still mean
            # void and never fall through to Delete, which removes the selected line.
            self.void_sale()
            return True
        if watched is self.scan_field and self.scan_field.text():
            return False  # typing a code: every key is text, even '-' in a SKU
        if watched is self.cart_view and self.cart_view.state() == QAbstractItemView.State.EditingState:
            return False
        if key == Qt.Key.Key_Delete:
            self.remove_selected_line()
            return True
        if key == Qt.Key.Key_Plus or event.text() == "+":
            self._change_selected_quantity(+1)
            return True
        if key == Qt.Key.Key_Minus or event.text() == "-":
            self._change_selected_quantity(-1)
            return True
        if watched is self.scan_field and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            move_selection(self.cart_view, -1 if key == Qt.Key.Key_Up else +1)
            return True
        return False

    # -- actions -------------------------------------------------------------------------

    def _on_scan_entered(self) -> None:
        typed = self.scan_field.text()
        try:
            result = self._sale.scan(typed)
        except UserError as error:
            self._show_error(error.message)
            self.scan_field.selectAll()
            return
        self._handle_scan(typed, result)

    def _handle_scan(self, typed: str, result: ScanResult) -> None:
        if result.status is ScanStatus.EMPTY:
            return
        if result.status is ScanStatus.NOT_FOUND:
            self._show_error(result.message)
            self.scan_field.selectAll()
            return
        if result.status is ScanStatus.CHOOSE:
            self._open_chooser(typed, result)
            return
        self.scan_field.clear()
        if result.added is not None:
            self.message.show_info(result.message)
            self._select_item(result.added.id)

    def _open_chooser(self, typed: str, result: ScanResult) -> None:
        dialog = ItemChooserDialog(typed.strip(), result.candidates, self)

        def finished(code: int) -> None:
            self.dialog = None
            chosen = dialog.chosen
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and chosen is not None:
                try:
                    self._sale.add_item(chosen)
                except UserError as error:
                    self._show_error(error.message)
                else:
                    self.scan_field.clear()
                    self.message.show_info(translate("SellScreen", "Added {name}").format(name=chosen.name))
                    self._select_item(chosen.id)
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def open_payment(self) -> None:
        if self.dialog is not None:
            return
        cart = self._sale.cart()
        if cart.is_empty:
            self._show_error(translate("SellScreen", "Nothing to pay: scan an item first."))
            return
        if self._shifts is not None and not self.shift_status.refresh():
            self._show_error(no_shift_hint())
            return
        dialog = PaymentDialog(self._sale, cart.total, self)

        def finished(_code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def pick_customer(self) -> None:
        if self.dialog is not None:
            return
        from pos_app.ui.customer_picker import CustomerPickerDialog

        dialog = CustomerPickerDialog(self._customers, self)

        def finished(code: int) -> None:
            self.dialog = None
            chosen = dialog.chosen_customer_id
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                try:
                    self._sale.set_customer(chosen)
                except UserError as error:
                    self._show_error(error.message)
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def park_sale(self) -> None:
        if self.dialog is not None:
            return
        if self._sale.cart().is_empty:
            self._show_error(translate("SellScreen", "Nothing to park: scan an item first."))
            return
        dialog = ParkDialog(self._sale, self)

        def finished(code: int) -> None:
            self.dialog = None
            label = dialog.label_field.text().strip()
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                parked = " ".join(label.split())
                self.message.show_info(
                    translate("SellScreen", "Sale parked as “{label}”. Resume it with F7.").format(
                        label=parked
                    )
                )
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def open_parked_sales(self) -> None:
        if self.dialog is not None:
            return
        dialog = ParkedSalesDialog(self._sale, self)

        def finished(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                self.message.show_info(translate("SellScreen", "Parked sale resumed."))
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def open_shift_dialog(self) -> None:
        if self.dialog is not None or self._shifts is None:
            return
        from pos_app.ui.shift_dialog import ShiftDialog

        dialog = ShiftDialog(self._shifts, self)

        def finished(_code: int) -> None:
            self.dialog = None
            outcome = dialog.outcome
            dialog.deleteLater()
            self.shift_status.refresh()
            if outcome:
                self.message.show_info(outcome)
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def open_discount(self) -> None:
        if self.dialog is not None:
            return
        cart = self._sale.cart()
        if cart.is_empty:
            self._show_error(translate("SellScreen", "Nothing to discount: scan an item first."))
            return
        dialog = DiscountDialog(self._sale, cart, self._selected_line(), self)
        self._open_adjustment(dialog)

    def open_price_override(self) -> None:
        if self.dialog is not None:
            return
        line = self._selected_line()
        if line is None:
            self._show_error(
                translate("SellScreen", "Select a line to change its price (Up / Down), then press F6.")
            )
            return
        self._open_adjustment(PriceOverrideDialog(self._sale, line, self))

    def _open_adjustment(self, dialog: DiscountDialog | PriceOverrideDialog) -> None:
        def finished(code: int) -> None:
            self.dialog = None
            done = dialog.done_message
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and done:
                self.message.show_info(done)
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def _on_parked_changed(self) -> None:
        try:
            waiting = len(self._sale.parked_sales())
        except UserError:
            return  # the count is a convenience; the list dialog shows any error
        if waiting:
            text = translate("SellScreen", "Parked sales ({count})  (F7)").format(count=waiting)
        else:
            text = translate("SellScreen", "Parked sales  (F7)")
        self.parked_button.setText(text)

    def open_returns(self) -> None:
        if self.dialog is not None or self._returns is None:
            return
        dialog = ReturnDialog(self._returns, self)

        def finished(_code: int) -> None:
            self.dialog = None
            receipt = dialog.receipt
            dialog.deleteLater()
            if receipt is not None:
                self.message.show_info(describe_payouts(receipt))
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def void_sale(self) -> None:
        if self.dialog is not None:
            return
        if self._sale.cart().is_empty:
            self._show_error(translate("SellScreen", "Nothing to void: the sale is empty."))
            return
        dialog = VoidDialog(self._sale, self)

        def finished(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                self.message.show_info(translate("SellScreen", "Sale voided."))
            self.scan_field.setFocus()

        self._open_dialog(dialog, finished)

    def remove_selected_line(self) -> None:
        line = self._selected_line()
        if line is None:
            return
        row = self.cart_view.currentIndex().row()
        try:
            self._sale.remove_line(line.line_id)
        except UserError as error:
            self._show_error(error.message)
            return
        self.message.show_info(translate("SellScreen", "Removed {name}").format(name=line.name))
        select_row(self.cart_view, min(row, self.cart_model.rowCount() - 1))

    def _change_selected_quantity(self, delta: int) -> None:
        line = self._selected_line()
        if line is None:
            return
        try:
            self._sale.change_quantity(line.line_id, delta)
        except UserError as error:
            self._show_error(error.message)

    def _on_quantity_edited(self, line_id: int, text: str) -> None:
        try:
            self._sale.set_quantity_text(line_id, text)
        except UserError as error:
            self._show_error(error.message)
            self._on_cart_changed()  # put the old quantity back in the cell
        self.scan_field.setFocus()

    # -- reacting to the controller ------------------------------------------------------

    def _on_cart_changed(self) -> None:
        cart: CartView = self._sale.cart()
        self.cart_model.set_cart(cart)
        self.discount_label.setText(
            minus(format_money(cart.discounts)) if cart.discounts else format_money(ZERO)
        )
        if cart.order_discount_text:
            discount = minus(cart.order_discount_text)
            self.sale_discount_label.setText(
                translate("SellScreen", "Sale discount: {discount}").format(discount=discount)
            )
        else:
            self.sale_discount_label.clear()
        self.subtotal_label.setText(format_money(cart.subtotal))
        self.tax_label.setText(format_money(cart.tax))
        self.total_label.setText(format_money(cart.total))
        if cart.customer_name:
            customer = translate("SellScreen", "Customer: {name}  (F4)").format(name=cart.customer_name)
        else:
            customer = translate("SellScreen", "Customer: walk-in  (F4)")
        self.customer_button.setText(customer)
        self.pay_button.setEnabled(not cart.is_empty)
        self.void_button.setEnabled(not cart.is_empty)
        self.remove_button.setEnabled(not cart.is_empty)
        self.park_button.setEnabled(not cart.is_empty)
        self.discount_button.setEnabled(not cart.is_empty)
        self.price_button.setEnabled(not cart.is_empty)
        if cart.lines and not self.cart_view.currentIndex().isValid():
            select_row(self.cart_view, len(cart.lines) - 1)

    def _on_sale_completed(self, receipt: SaleReceipt) -> None:
        self.last_sale_label.setText(
            translate(
                "SellScreen", "Receipt {receipt} paid {total}\nTendered {tendered} — change {change}"
            ).format(
                receipt=receipt.receipt_no,
                total=format_money(receipt.total),
                tendered=format_money(receipt.tendered),
                change=format_money(receipt.change),
            )
        )
        self.message.show_info(
            translate("SellScreen", "Sale complete. Change due: {change}").format(
                change=format_money(receipt.change)
            )
        )
        self.scan_field.clear()
        self.scan_field.setFocus()

    # -- helpers -------------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog, finished: Callable[[int], None]) -> None:
        # open() rather than exec(): no nested event loop, so the till never blocks inside
        # a dialog and tests can drive the dialog like a cashier would.
        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    def _selected_line(self) -> CartLine | None:
        return self.cart_model.line_at(self.cart_view.currentIndex().row())

    def _select_item(self, item_id: int) -> None:
        row = self.cart_model.row_of_item(item_id)
        if row is not None:
            select_row(self.cart_view, row)

    def _show_error(self, text: str) -> None:
        self.message.show_error(text)
        QApplication.beep()

    def focus_scan_field(self) -> None:
        self.scan_field.setFocus()

    def edit_selected_quantity(self) -> None:
        index = self.cart_view.currentIndex()
        if index.isValid():
            self.cart_view.edit(self.cart_model.index(index.row(), QUANTITY_COLUMN))
