"""The one-line message a screen shows after each action: either information or an error.

Every screen says what just happened in the same way: the text, a red bold style for a
refusal, and a dynamic `kind` property ("info" or "error") that tests and style sheets can
read without parsing the text. Keeping it in one class keeps the screens from disagreeing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"


class StatusLabel(QLabel):
    """A label whose text is either information or an error; `kind` says which."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, info_style: str = "") -> None:
        super().__init__(text, parent)
        self._info_style = info_style

    def show_info(self, text: str) -> None:
        self.setStyleSheet(self._info_style)
        self.setProperty("kind", "info")
        self.setText(text)

    def show_error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setProperty("kind", "error")
        self.setText(text)
