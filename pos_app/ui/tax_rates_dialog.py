"""The shop's named tax rates (Catalog → "Tax rates…", Ctrl+T): add, rename, re-rate, delete.

Keys: Up / Down choose a rate, whose name and percent fill the form; Ctrl+N starts a new one;
Enter saves what the form says (a new rate, or the chosen one renamed or re-rated: its items
move to the new percent with it); Delete on the list removes a rate no item uses; Esc closes.
Every refusal is shown in place and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.errors import UserError
from pos_app.controllers.tax_rates import TaxRateController, TaxRateRow, percent_text
from pos_app.domain.i18n import translate
from pos_app.domain.tax import MAX_RATE_NAME
from pos_app.ui.status_label import StatusLabel

NEW_RATE = QKeySequence("Ctrl+N")


def empty_hint() -> str:
    """What the dialog says while the shop has no tax rate yet."""
    return translate(
        "TaxRatesDialog",
        "No tax rates yet. Type a name and a percent (e.g. Standard and 20) and press Enter.",
    )


def _is_new_rate_key(event: QKeyEvent) -> bool:
    return QKeySequence(event.keyCombination()) == NEW_RATE


class TaxRatesDialog(QDialog):
    """Lists the named rates and edits one at a time through the TaxRateController."""

    def __init__(self, rates: TaxRateController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TaxRatesDialog", "Tax rates"))
        self._rates = rates
        self._rows: list[TaxRateRow] = []
        self.editing: TaxRateRow | None = None  # None: the form adds a new rate

        self.list = QListWidget()
        self.list.setObjectName("taxRatesList")
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_RATE_NAME * 4)  # longer is refused with a message, not cut
        self.name.setPlaceholderText(translate("TaxRatesDialog", "e.g. Standard, Reduced, Zero"))
        self.percent = QLineEdit()
        self.percent.setMaxLength(40)
        self.percent.setPlaceholderText(translate("TaxRatesDialog", "e.g. 20 or 5.5"))
        self.form_title = QLabel()
        self.message = StatusLabel()
        self.message.setWordWrap(True)
        self.new_button = QPushButton(translate("TaxRatesDialog", "New  (Ctrl+N)"))
        self.save_button = QPushButton(translate("TaxRatesDialog", "Save  (Enter)"))
        self.delete_button = QPushButton(translate("TaxRatesDialog", "Delete  (Del)"))
        self.close_button = QPushButton(translate("TaxRatesDialog", "Close  (Esc)"))
        for button in (self.new_button, self.save_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)  # Enter is ours (keyPressEvent), never a default button's

        form = QFormLayout()
        form.addRow(self.form_title)
        form.addRow(translate("TaxRatesDialog", "&Name"), self.name)
        form.addRow(translate("TaxRatesDialog", "&Percent"), self.percent)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "TaxRatesDialog",
                    "Items refer to a rate by its percent; changing it moves the items along.",
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(520, 420)

        self.list.currentRowChanged.connect(self._on_row_changed)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.reject)
        for widget in (self.list, self.name, self.percent):
            widget.installEventFilter(self)

        self.reload()
        if self._rows:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.start_new()
            self.message.show_info(empty_hint())

    # -- the list --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        try:
            self._rows = self._rates.rates()
        except UserError as error:
            self._rows = []
            self.message.show_error(error.message)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self._rows:
            if row.item_count == 1:
                text = translate("TaxRatesDialog", "{rate}   (1 item)").format(rate=row.label)
            else:
                text = translate("TaxRatesDialog", "{rate}   ({count} items)").format(
                    rate=row.label, count=f"{row.item_count:,}"
                )
            self.list.addItem(text)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(bool(self._rows))
        if select_id is not None:
            index = next((i for i, row in enumerate(self._rows) if row.id == select_id), -1)
            self.list.setCurrentRow(index)
            self._on_row_changed(index)

    def rows(self) -> list[TaxRateRow]:
        return list(self._rows)

    def _on_row_changed(self, index: int) -> None:
        if not 0 <= index < len(self._rows):
            return
        self.editing = self._rows[index]
        self.form_title.setText(translate("TaxRatesDialog", "Change {rate}:").format(rate=self.editing.name))
        self.name.setText(self.editing.name)
        self.percent.setText(percent_text(self.editing.percent))

    # -- actions ---------------------------------------------------------------------------

    def start_new(self) -> None:
        self.editing = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.form_title.setText(translate("TaxRatesDialog", "New rate:"))
        self.name.clear()
        self.percent.clear()
        self.message.show_info("")
        self.name.setFocus()

    def save(self) -> None:
        name, percent = self.name.text(), self.percent.text()
        moved = 0
        try:
            if self.editing is None:
                rate_id = self._rates.add_rate(name, percent)
                done = translate("TaxRatesDialog", "Added {rate}.")
            else:
                rate_id = self.editing.id
                moved = self._rates.update_rate(rate_id, name, percent)
                if not moved:
                    done = translate("TaxRatesDialog", "Saved {rate}.")
                elif moved == 1:
                    done = translate("TaxRatesDialog", "Saved; 1 item moved to {rate}.")
                else:
                    done = translate("TaxRatesDialog", "Saved; {count} items moved to {rate}.")
        except UserError as error:
            self._refuse(error.message, error.field)
            return
        self.reload(select_id=rate_id)
        saved = self.editing
        label = saved.label if saved is not None else name
        self.message.show_info(done.format(rate=label, count=f"{moved:,}"))
        self.list.setFocus()

    def delete_selected(self) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self._rows):
            return
        row = self._rows[index]
        try:
            self._rates.delete_rate(row.id)
        except UserError as error:
            self.message.show_error(error.message)
            return
        self.reload()
        if self._rows:
            self.list.setCurrentRow(min(index, len(self._rows) - 1))
            self.list.setFocus()
        else:
            self.start_new()
        self.message.show_info(translate("TaxRatesDialog", "Deleted {rate}.").format(rate=row.label))

    def _refuse(self, message: str, field: str | None) -> None:
        self.message.show_error(message)
        target = self.percent if field == "tax_rate" else self.name
        target.setFocus()
        target.selectAll()

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride and _is_new_rate_key(event):
            # Ours, not the catalog screen's "add an item" (Ctrl+N there).
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            if _is_new_rate_key(event):
                self.start_new()
                return True
            if watched is self.list and event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)
