"""Receiving a supplier delivery (Ctrl+D on the stock screen), scanned in like a sale at the till.

Keyboard contract:
- type the supplier and the delivery note number (Tab between the fields), then scan;
- a barcode or SKU + Enter in the scan field adds the item with quantity 1, or one more on its
  line; an unknown code beeps, says so and adds nothing;
- with the scan field empty, + / - change the selected line's quantity, Up / Down move the
  selection, Delete removes the line, F2 types a quantity into the selected line (Enter keeps it);
- Ctrl+Enter or F12 ("Receive  (F12)") receives the whole delivery in one transaction;
- Esc with lines scanned asks for a second Esc before throwing them away.
Nothing is written before the delivery is received; a refusal (no supplier, an over-long note
number, a busy database) is shown in the dialog, which stays open with every line kept.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.deliveries import (
    MAX_CODE,
    MAX_NOTE,
    MAX_REFERENCE,
    MAX_SUPPLIER,
    DeliveryController,
    DeliveryReceipt,
)
from pos_app.controllers.errors import UserError
from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import format_quantity
from pos_app.ui.key_claim import CONTROL, PLAIN, claim_keys
from pos_app.ui.line_table import make_line_table
from pos_app.ui.row_selection import move_selection, select_row
from pos_app.ui.status_label import StatusLabel
from pos_app.ui.stock_delivery_model import QUANTITY_COLUMN, DeliveryLinesModel

SCAN_FIELD_MAX = 256
KEYPAD = Qt.KeyboardModifier.KeypadModifier
# Keys the dialog claims before any shortcut of the window behind it (F2 is the Catalog tab there).
DIALOG_KEYS = (
    (Qt.Key.Key_F2, PLAIN),
    (Qt.Key.Key_F12, PLAIN),
    (Qt.Key.Key_Delete, PLAIN),
    (Qt.Key.Key_Return, CONTROL),
    (Qt.Key.Key_Enter, CONTROL),
)


class DeliveryDialog(QDialog):
    """Scans in one delivery and receives it; `receipt` is set once it was received."""

    def __init__(self, deliveries: DeliveryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DeliveryDialog", "Receive delivery"))
        self._deliveries = deliveries
        self.receipt: DeliveryReceipt | None = None
        self._discard_armed = False

        # Fields take more than the columns hold, so an over-long entry is refused with a
        # message rather than cut without a word.
        self.supplier_field = self._field(
            MAX_SUPPLIER * 2, translate("DeliveryDialog", "Who delivered, e.g. Acme Wholesale")
        )
        self.reference_field = self._field(
            MAX_REFERENCE * 4, translate("DeliveryDialog", "The delivery note number, if any")
        )
        self.note_field = self._field(MAX_NOTE * 2, translate("DeliveryDialog", "Optional"))
        self.scan_field = self._field(
            SCAN_FIELD_MAX, translate("DeliveryDialog", "Scan a barcode or type a SKU and press Enter")
        )
        self.scan_field.setObjectName("deliveryScan")

        self.lines_model = DeliveryLinesModel()
        self.lines_view = make_line_table(self.lines_model, "deliveryLines")
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("deliveryTotals")
        self.message = StatusLabel(" ", info_style="color: #1b5e20;")
        self.message.setObjectName("deliveryMessage")
        self.message.setWordWrap(True)
        self.receive_button = QPushButton(translate("DeliveryDialog", "Receive  (F12)"))
        self.receive_button.setObjectName("receiveButton")
        self.cancel_button = QPushButton(translate("DeliveryDialog", "Cancel  (Esc)"))
        for button in (self.receive_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter belongs to the fields (a scan), never to a button

        self._build_layout()
        self._connect()
        claim_keys(self, DIALOG_KEYS)
        self._update_totals()
        self.supplier_field.setFocus()

    def _field(self, max_length: int, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(max_length)
        field.setPlaceholderText(placeholder)
        return field

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("DeliveryDialog", "&Supplier"), self.supplier_field)
        form.addRow(translate("DeliveryDialog", "Delivery &note no."), self.reference_field)
        form.addRow(translate("DeliveryDialog", "N&ote"), self.note_field)
        form.addRow(translate("DeliveryDialog", "S&can"), self.scan_field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.receive_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(
            QLabel(
                translate(
                    "DeliveryDialog",
                    "+ / -: quantity    F2: type a quantity    Del: remove line    Ctrl+Enter or F12: receive",  # noqa: E501
                )
            )
        )
        layout.addLayout(buttons)
        self.resize(640, 520)

    def _connect(self) -> None:
        self.scan_field.returnPressed.connect(self._on_scan)
        self.lines_model.refused.connect(self._show_error)
        self.lines_model.dataChanged.connect(lambda *_: self._update_totals())
        self.lines_model.rowsInserted.connect(lambda *_: self._update_totals())
        self.lines_model.rowsRemoved.connect(lambda *_: self._update_totals())
        self.receive_button.clicked.connect(self.receive)
        self.cancel_button.clicked.connect(self.reject)
        for widget in (self.supplier_field, self.reference_field, self.note_field, self.scan_field):
            widget.installEventFilter(self)
            widget.textEdited.connect(self._disarm_discard)
        self.lines_view.installEventFilter(self)
        # A typed quantity kept (Enter) or dropped (Esc): back to scanning.
        self.lines_view.itemDelegate().closeEditor.connect(lambda *_: self.scan_field.setFocus())

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        modifiers = event.modifiers() & ~KEYPAD
        if key == Qt.Key.Key_F12 or (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.ControlModifier
        ):
            self.receive()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is not self.scan_field:
            # Enter in a header field moves on towards the scan field; it never receives by accident.
            self.focusNextChild()
            return True
        if watched is self.scan_field and self.scan_field.text():
            return False  # typing a code: every key is text, even '-' in a SKU
        if watched not in (self.scan_field, self.lines_view):
            return False
        if self.lines_view.state() == QAbstractItemView.State.EditingState:
            return False
        if key == Qt.Key.Key_Delete:
            self.remove_selected_line()
            return True
        if key == Qt.Key.Key_F2:
            self.edit_selected_quantity()
            return True
        if key == Qt.Key.Key_Plus or event.text() == "+":
            self._change_selected(+1)
            return True
        if key == Qt.Key.Key_Minus or event.text() == "-":
            self._change_selected(-1)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            move_selection(self.lines_view, -1 if key == Qt.Key.Key_Up else +1)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.lines_model.rowCount() and not self._discard_armed:
            self._discard_armed = True
            self._show_error(
                translate(
                    "DeliveryDialog",
                    "Esc again throws away the {count} scanned lines; Ctrl+Enter receives them.",
                ).format(count=format_quantity(self.lines_model.rowCount()))
            )
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # never QDialog's default button: Enter is for scans and fields
        super().keyPressEvent(event)

    # -- actions -------------------------------------------------------------------------

    def _on_scan(self) -> None:
        code = self.scan_field.text().strip()
        if not code:
            return
        self._disarm_discard()
        try:
            item = self._deliveries.find_item(code) if len(code) <= MAX_CODE else None
        except UserError as error:
            self._show_error(error.message)
            return
        if item is None:
            self._show_error(
                translate("DeliveryDialog", "Unknown barcode or SKU {code}: nothing was added.").format(
                    code=code[:MAX_CODE]
                )
            )
            self.scan_field.selectAll()
            return
        row = self.lines_model.add(item.id, item.sku, item.name)
        select_row(self.lines_view, row)
        line = self.lines_model.line_at(row)
        self.message.show_info(f"{item.name}: {line.quantity if line else 1}")
        self.scan_field.clear()

    def _change_selected(self, step: int) -> None:
        row = self.lines_view.currentIndex().row()
        if self.lines_model.change_quantity(row, step):
            line = self.lines_model.line_at(row)
            if line is not None:
                self.message.show_info(f"{line.name}: {line.quantity}")

    def remove_selected_line(self) -> None:
        row = self.lines_view.currentIndex().row()
        line = self.lines_model.remove(row)
        if line is None:
            return
        self.message.show_info(translate("DeliveryDialog", "Removed {name}").format(name=line.name))
        select_row(self.lines_view, min(row, self.lines_model.rowCount() - 1))

    def edit_selected_quantity(self) -> None:
        row = self.lines_view.currentIndex().row()
        if row < 0:
            self._show_error(translate("DeliveryDialog", "Scan an item first; F2 then types its quantity."))
            return
        index = self.lines_model.index(row, QUANTITY_COLUMN)
        self.lines_view.setCurrentIndex(index)
        self.lines_view.setFocus()
        self.lines_view.edit(index)

    def receive(self) -> None:
        lines = self.lines_model.lines
        try:
            self.receipt = self._deliveries.receive_delivery(
                self.supplier_field.text(),
                self.reference_field.text(),
                [(line.item_id, line.quantity) for line in lines],
                self.note_field.text(),
            )
        except UserError as error:
            self._show_error(error.message)
            field = {
                "supplier": self.supplier_field,
                "reference": self.reference_field,
                "note": self.note_field,
            }.get(error.field or "", self.scan_field)
            field.setFocus()
            field.selectAll()
            return
        self.accept()

    # -- helpers -------------------------------------------------------------------------

    def _update_totals(self) -> None:
        count = self.lines_model.rowCount()
        units = format_quantity(self.lines_model.units())
        self.totals_label.setText(
            translate("DeliveryDialog", "1 item, {units} units").format(units=units)
            if count == 1
            else translate("DeliveryDialog", "{count} items, {units} units").format(
                count=format_quantity(count), units=units
            )
        )
        self.receive_button.setEnabled(count > 0)

    def _disarm_discard(self) -> None:
        self._discard_armed = False

    def _show_error(self, text: str) -> None:
        self.message.show_error(text)
        QApplication.beep()
