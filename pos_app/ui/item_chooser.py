"""The dialog that opens when typed text matches several items: arrows pick, Enter adds, Esc cancels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.rows import ItemRow
from pos_app.domain.i18n import translate
from pos_app.domain.money import format_money


class ItemChooserDialog(QDialog):
    """Lists candidate items; `chosen` holds the picked one after the dialog is accepted."""

    def __init__(self, typed: str, candidates: Sequence[ItemRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ItemChooserDialog", "Choose an item"))
        self.chosen: ItemRow | None = None
        self._candidates = list(candidates)

        self.list = QListWidget()
        for item in self._candidates:
            entry = QListWidgetItem(f"{item.name}   ·   {item.sku}   ·   {format_money(item.price)}")
            self.list.addItem(entry)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _entry: self.accept())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("ItemChooserDialog", "{count} items match “{typed}”. Up/Down, then Enter:").format(
                    count=len(self._candidates), typed=typed
                )
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.list.setFocus()

    def accept(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._candidates):
            self.chosen = self._candidates[row]
            super().accept()
