"""Claiming keys for a dialog before the screen behind it turns them into shortcuts.

The sell screen's shortcuts use WidgetWithChildrenShortcut, and a dialog parented to it is
one of its children: without a claim, F4 pressed in a dialog would pick a customer behind it.
Qt first sends a ShortcutOverride event to the focused widget; accepting it makes the key
arrive as an ordinary key press instead (ui/payment_dialog.py does the same for its keys).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

Combination = tuple[Qt.Key, Qt.KeyboardModifier]
PLAIN = Qt.KeyboardModifier.NoModifier
CONTROL = Qt.KeyboardModifier.ControlModifier


class KeyClaim(QObject):
    """An event filter that claims the given key combinations (key, modifiers) for its widgets."""

    def __init__(self, combinations: Iterable[Combination], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claimed = set(combinations)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (Qt.Key(event.key()), modifiers) in self._claimed:
                event.accept()
                return True
        return super().eventFilter(watched, event)


def claim_keys(root: QWidget, combinations: Iterable[Combination]) -> KeyClaim:
    """Claim `combinations` in `root` and every widget in it now (call once its children exist)."""
    claim = KeyClaim(combinations, root)
    root.installEventFilter(claim)
    for child in root.findChildren(QWidget):
        child.installEventFilter(claim)
    return claim
