"""A tab whose screen is built the first time it is shown or asked for, not at start.

The cashier starts on the sell screen; the catalog, customers, history, reports and stock screens
each cost imports and queries that would only delay the first sale. A LazyTab holds an empty
placeholder in the tab bar until its screen is needed, then puts the screen in its place (same
position, title, enabled state and tool tip) and stays that screen from then on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QTabWidget, QWidget

ScreenT = TypeVar("ScreenT", bound=QWidget)


class LazyTab(Generic[ScreenT]):
    def __init__(self, tabs: QTabWidget, title: str, build: Callable[[], ScreenT]) -> None:
        self._tabs = tabs
        self._title = title
        self._build = build
        self._screen: ScreenT | None = None
        self.placeholder = QWidget()
        tabs.addTab(self.placeholder, title)

    @property
    def widget(self) -> QWidget:
        """What the tab bar holds now: the screen once built, the placeholder before."""
        return self._screen if self._screen is not None else self.placeholder

    def index(self) -> int:
        return self._tabs.indexOf(self.widget)

    def screen(self) -> ScreenT:
        """The screen, built and put in the placeholder's place on the first call."""
        if self._screen is None:
            screen = self._build()
            index = self._tabs.indexOf(self.placeholder)
            was_current = self._tabs.currentIndex() == index
            enabled, tip = self._tabs.isTabEnabled(index), self._tabs.tabToolTip(index)
            # Quietly: swapping the tab is not the user changing tabs (no focus move, no rebuild).
            blocked = self._tabs.blockSignals(True)
            try:
                self._tabs.insertTab(index, screen, self._title)
                self._tabs.removeTab(index + 1)
                self._tabs.setTabEnabled(index, enabled)
                self._tabs.setTabToolTip(index, tip)
                if was_current:
                    self._tabs.setCurrentIndex(index)
            finally:
                self._tabs.blockSignals(blocked)
            self.placeholder.deleteLater()
            self._screen = screen
        return self._screen
