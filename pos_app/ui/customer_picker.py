"""Attaching a customer to a sale without leaving the keyboard: type, Up / Down, Enter.

The search field keeps the focus the whole time, so the cashier types a few letters,
moves through the matches with the arrows and picks with Enter; "Walk-in" clears the
customer and Esc leaves the sale as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from pos_app.controllers.customers import CustomerController
from pos_app.controllers.rows import CustomerRow
from pos_app.domain.i18n import translate
from pos_app.ui.paged_model import Column, PagedTableModel
from pos_app.ui.row_selection import move_selection, select_row
from pos_app.ui.search_table import make_result_table, make_search_field

# Arrows move through the results while the search field keeps the keys.
_ARROW_STEPS = {
    Qt.Key.Key_Up.value: -1,
    Qt.Key.Key_Down.value: 1,
    Qt.Key.Key_PageUp.value: -10,
    Qt.Key.Key_PageDown.value: 10,
}


def picker_columns() -> tuple[Column, ...]:
    """The list's columns, their headings translated when the dialog is built."""
    return (
        Column(translate("CustomerPickerDialog", "Name"), lambda row: row.name),
        Column(translate("CustomerPickerDialog", "Email"), lambda row: row.email or ""),
        Column(translate("CustomerPickerDialog", "Phone"), lambda row: row.phone or ""),
    )


class CustomerPickerDialog(QDialog):
    """Picks a customer for the sale; after Accepted, `chosen_customer_id` is the id or None (walk-in)."""

    def __init__(self, customers: CustomerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CustomerPickerDialog", "Customer for this sale"))
        self._customers = customers
        self.chosen_customer_id: int | None = None

        self.search_field = make_search_field(
            "customerPickerSearch", translate("CustomerPickerDialog", "Type a name, email or phone")
        )
        self.model = PagedTableModel(picker_columns())
        self.table = make_result_table(self.model)
        # The list is for looking; the keys stay in the search field.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.pick_button = QPushButton(translate("CustomerPickerDialog", "Choose  (Enter)"))
        self.walk_in_button = QPushButton(translate("CustomerPickerDialog", "Walk-in (no customer)"))
        self.cancel_button = QPushButton(translate("CustomerPickerDialog", "Cancel  (Esc)"))
        # Enter is handled in keyPressEvent; with default buttons it would also press one.
        for button in (self.pick_button, self.walk_in_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.walk_in_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 400)

        self.model.load_failed.connect(self.message.setText)
        self.search_field.textChanged.connect(self._on_search_changed)
        self.search_field.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._pick_row(index.row()))
        self.pick_button.clicked.connect(self.pick_selected)
        self.walk_in_button.clicked.connect(self.pick_walk_in)
        self.cancel_button.clicked.connect(self.reject)

        self._on_search_changed("")
        self.search_field.setFocus()

    def selected_customer(self) -> CustomerRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def pick_selected(self) -> None:
        self._pick_row(self.table.currentIndex().row())

    def pick_walk_in(self) -> None:
        self.chosen_customer_id = None
        self.accept()

    def _pick_row(self, row: int) -> None:
        customer = self.model.row_at(row)
        if customer is None:
            self.message.setText(
                translate(
                    "CustomerPickerDialog", "No customer selected: type part of a name, or choose Walk-in."
                )
            )
            return
        self.chosen_customer_id = customer.id
        self.accept()

    def _on_search_changed(self, text: str) -> None:
        self.message.clear()
        self.model.set_source(self._customers.customers(text))
        if self.model.rowCount():
            select_row(self.table, 0)
        elif text.strip():
            self.message.setText(
                translate("CustomerPickerDialog", "No customer matches “{text}”.").format(text=text.strip())
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and isinstance(event, QKeyEvent):
            step = _ARROW_STEPS.get(event.key()) if event.type() == QEvent.Type.KeyPress else None
            if step is not None:
                move_selection(self.table, step)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):  # tabbed onto Walk-in or Cancel: Enter means that
                focused.click()
            else:
                self.pick_selected()
            return
        super().keyPressEvent(event)
