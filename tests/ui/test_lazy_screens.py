"""The back-office screens are built when first shown: the tab bar looks the same from the start,
the sell screen is ready at once, and the first F2 or click on a tab shows a working screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos_app.ui.catalog_screen import CatalogScreen
from pos_app.ui.history_screen import HistoryScreen
from pos_app.ui.main_window import MainWindow

TITLES = [
    "Sell  (F1)",
    "Catalog  (F2)",
    "Customers  (F3)",
    "History  (Ctrl+4)",
    "Reports  (Ctrl+5)",
    "Stock  (Ctrl+6)",
]


@pytest.fixture
def window(qtbot, controllers, make_item, db_path):
    make_item("Whole milk 1 L", "1.29", barcode="4006381333931", stock="50", tax_rate="7")
    main = MainWindow(controllers, str(db_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def test_start_shows_every_tab_but_builds_only_the_sell_screen(qtbot, window):
    assert titles(window) == TITLES
    assert window.focusWidget() is window.sell.scan_field
    assert not any(isinstance(window.tabs.widget(i), CatalogScreen | HistoryScreen) for i in range(6))


def test_first_f2_builds_the_catalog_in_place_with_its_rows_and_focus(qtbot, window):
    qtbot.keyClick(window.sell.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), CatalogScreen))
    catalog = window.tabs.currentWidget()
    assert catalog is window.catalog
    assert window.tabs.indexOf(catalog) == 1
    assert titles(window) == TITLES
    qtbot.waitUntil(lambda: window.focusWidget() is catalog.search_field)
    assert catalog.model.index(0, 2).data() == "Whole milk 1 L"  # SKU, barcode, name
    # Back and forth: the same screen, not a second one.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.focusWidget() is window.sell.scan_field)
    qtbot.keyClick(window.sell.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is catalog)


def test_a_click_on_a_tab_not_built_yet_shows_that_screen(qtbot, window):
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), HistoryScreen))
    history = window.tabs.currentWidget()
    assert history is window.history
    assert window.tabs.currentIndex() == 3
    qtbot.waitUntil(lambda: window.focusWidget() is history.date_from)
    assert titles(window) == TITLES
