"""Ctrl+R: which receipt or refund slip ("RF-000012") to reprint, typed or scanned from its barcode.

The number is looked up as soon as Enter is pressed (a barcode scanner ends with Enter); an
unknown number or anything that is not a number is said here, and the dialog stays open for
the next try. Esc goes back to the sale.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_app.controllers.errors import UserError
from pos_app.controllers.receipts import ReceiptController
from pos_app.domain.i18n import translate
from pos_app.receipts.document import ReceiptDocument
from pos_app.ui.status_label import StatusLabel

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReprintDialog(QDialog):
    """Asks for a receipt number; `document` is the receipt found once accepted."""

    def __init__(self, receipts: ReceiptController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReprintDialog", "Reprint a receipt"))
        self._receipts = receipts
        self.document: ReceiptDocument | None = None

        self.message = StatusLabel("")
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.number_field = QLineEdit()
        self.number_field.setObjectName("receiptNumber")
        self.number_field.setPlaceholderText(
            translate("ReprintDialog", "Type the receipt or refund slip number, or scan its barcode")
        )
        self.number_field.setMaxLength(64)
        self.number_field.textEdited.connect(lambda _text: self.message.clear())
        self.number_field.installEventFilter(self)

        form = QFormLayout()
        form.addRow(translate("ReprintDialog", "Receipt &number"), self.number_field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(translate("ReprintDialog", "Enter: show the receipt    Esc: back to the sale"))
        )
        self.resize(420, self.sizeHint().height())
        self.number_field.setFocus()

    def look_up(self) -> None:
        try:
            self.document = self._receipts.document_for_number(self.number_field.text())
        except UserError as error:
            self.message.show_error(error.message)
            self.number_field.selectAll()
            return
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter is this dialog's: claimed before any shortcut of the screen behind it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            self.look_up()
            return
        super().keyPressEvent(event)
