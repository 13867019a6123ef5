"""The main window in German: the catalogue resources/i18n/pos_app_de.ts, compiled by Qt's own lrelease.

The translator goes in before the window is built (as gui.py installs it before any window), so
what is checked is what a German shop sees: the window title, the tabs with their keys, the Shop
menu, the receipt buttons, the sell screen's buttons, the payment dialog and the Reports screen.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from pos_app import __version__
from pos_app.ui.main_window import MainWindow
from pos_app.ui.payment_dialog import PaymentDialog
from pos_app.ui.reports_screen import ReportsScreen

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pos_app_de.ts"
TEA = "4006381333931"


def part_files() -> list[Path]:
    assert CATALOGUE.is_file(), f"{CATALOGUE} is missing"
    return [CATALOGUE]


def catalogue_has_context(context: str) -> bool:
    """Whether the catalogue holds messages of `context` (a class swept into translate())."""
    return any(
        element.findtext("name") == context
        for part in part_files()
        for element in ET.parse(part).getroot().iter("context")
    )


@pytest.fixture
def german_window(german, qtbot, controllers, make_item, db_path) -> MainWindow:
    make_item("Green tea", "3.20", barcode=TEA, stock="10")
    window = MainWindow(controllers, str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the window's keys (F12, Ctrl+5) need the active window
    return window


def key_into_focus(qtbot, window: MainWindow, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into whatever has the focus, an open dialog first, as the cashier's keyboard does."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, key)


def test_title_tabs_and_shop_menu_are_german(german_window: MainWindow):
    window = german_window
    assert window.windowTitle() == f"Kasse {__version__}"
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert tabs == [
        "Verkauf  (F1)",
        "Artikel  (F2)",
        "Kunden  (F3)",
        "Verlauf  (Ctrl+4)",
        "Berichte  (Ctrl+5)",
        "Lager  (Ctrl+6)",
    ]
    menus = [action.text() for action in window.menuBar().actions() if isinstance(action.menu(), QMenu)]
    assert "&Geschäft" in menus
    assert window.purge.menu.title() == "&Geschäft"
    assert window.purge.action.text() == "Alte Vorgänge &bereinigen …"
    assert window.receipts.print_last_button.text() == "Letzten drucken  (Ctrl+P)"
    assert window.receipts.reprint_button.text() == "Nachdruck …  (Ctrl+R)"
    assert window.receipts.no_sale_button.text() == "Lade öffnen …  (Ctrl+D)"


def test_payment_dialog_is_german(qtbot, german_window: MainWindow):
    window = german_window
    key_into_focus(qtbot, window, TEA)
    key_into_focus(qtbot, window, "", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(window.sell.dialog, PaymentDialog))
    dialog = window.sell.dialog
    assert isinstance(dialog, PaymentDialog)
    assert dialog.windowTitle() == "Bezahlen"
    assert dialog.tendered.placeholderText() == "Enter = passend bar"
    qtbot.waitUntil(dialog.tendered.hasFocus)
    key_into_focus(qtbot, window, "1", Qt.Key.Key_Return)  # 1.00 of 3.20 in cash: kept, 2.20 due
    qtbot.waitUntil(lambda: dialog.tenders_list.count() == 1)
    assert dialog.tenders_list.item(0).text().startswith("Bar  ")
    key_into_focus(qtbot, window, "9", Qt.Key.Key_F2)  # a card for more than is due is refused
    assert dialog.message.text().startswith("Eine Kartenzahlung von ")
    assert dialog.message.text().endswith("; nur bar darf überzahlt werden.")
    dialog.reject()


def test_reports_screen_is_german(qtbot, german_window: MainWindow):
    window = german_window
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.tabs.currentWidget(), ReportsScreen))
    reports = window.reports
    assert [reports.chooser.itemText(i) for i in range(3)] == [
        "Umsatz pro Tag",
        "Umsatz pro Woche",
        "Umsatz pro Monat",
    ]
    assert reports.run_button.text() == "Ausführen  (Enter)"
    qtbot.waitUntil(lambda: reports.report is not None)  # the first report runs when the tab shows
    headers = [
        reports.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(reports.model.columnCount())
    ]
    assert headers[:3] == ["Zeitraum", "Vorgänge", "Stück"]
    assert reports.message.text() == "Keine Verkäufe in diesem Zeitraum."


def test_pay_button_is_german_once_the_sell_screen_part_is_merged(german_window: MainWindow):
    assert catalogue_has_context("SellScreen")
    text = german_window.sell.pay_button.text()
    assert text.endswith("(F12)")
    assert text != "Pay  (F12)"


def test_english_again_once_the_translator_is_removed(qtbot, controllers, db_path):
    window = MainWindow(controllers, str(db_path))
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Sell  (F1)"
    assert window.purge.menu.title() == "&Shop"
