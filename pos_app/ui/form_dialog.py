"""What the add / edit forms share: they save by themselves and show a refusal in place.

The item form and the customer form behave alike on purpose, so a shop owner learns one:
Enter saves from any field, a refused save (bad input, a duplicate, a busy database) shows
its reason under the fields with the cursor put where the fix goes and the dialog left
open, and typing again clears the message. Subclasses supply the fields and the save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.controllers.errors import UserError
from pos_app.domain.validation import ValidationError
from pos_app.ui.status_label import ERROR_STYLE


class FormDialog(QDialog):
    """A form that saves through a controller; `saved_id` is set once the save committed.

    Subclasses put their fields in `_fields` (keyed by the `field` names that
    ValidationError and UserError use), lay them out with `_lay_out` and implement `_save`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_id: int | None = None
        self._fields: dict[str, QWidget] = {}

        self.error_label = QLabel("")
        self.error_label.setObjectName("errorMessage")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self._buttons.accepted.connect(self._on_save)
        self._buttons.rejected.connect(self.reject)

    def _line_edit(self, max_length: int, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(max_length)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(self._clear_error)
        return field

    def _lay_out(self, form: QFormLayout, width: int) -> None:
        # Widgets join the dialog (and its Tab order) here, in this order: fields, message, buttons.
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self._buttons)
        self.resize(width, self.sizeHint().height())

    def _save(self) -> int:
        """Validate the fields and save them; return the saved record's id.

        Raises ValidationError or UserError (with `field` where known) when refused.
        """
        raise NotImplementedError

    def _on_save(self) -> None:
        try:
            self.saved_id = self._save()
        except (ValidationError, UserError) as error:
            self.show_error(error.message, error.field)
            return
        self.accept()

    def show_error(self, message: str, field: str | None = None) -> None:
        """Show why the save was refused and put the cursor where the fix goes."""
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter saves from any field. QDialog's own default-button lookup is not relied on:
        # once the Save button has had the focus and lost it, Qt leaves no default button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_save()
            return
        super().keyPressEvent(event)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.setVisible(False)
