"""The sell screen and the shift dialog in German: the catalogue compiled with lrelease and loaded as the
GUI loads a translation (the shared `german` fixture: a QTranslator plus translate() routed to Qt),
then driven by keys.

It proves the catalogue's contexts and sources match what the widgets ask for (a mismatch shows English),
and that the German X report still fits the report's fixed width."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers
from pos_app.db.engine import sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.domain.validation import validate_item
from pos_app.ui.sell_screen import SellScreen
from pos_app.ui.shift_dialog import ShiftDialog
from pos_app.ui.shift_report_text import WIDTH

TEA = "4006381333931"


@pytest.fixture
def screen(german: None, qtbot: QtBot, tmp_path: Path) -> Iterator[SellScreen]:
    """A shop's first morning in German: one item, no shift ever opened, the sell screen active."""
    url = sqlite_url(tmp_path / "till.sqlite3")
    upgrade_database(url)
    app = AppControllers(url)
    app.tax_rates.add_rate("Ermäßigt", "7")
    app.catalog.add_item(
        validate_item(sku="TEE", barcode=TEA, name="Tee", price="2.50", stock="50", tax_rate="7")
    )
    widget = SellScreen(app.sale, app.customers, shifts=app.shifts)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.isActiveWindow)  # its shortcuts (F10, F12) need the active window
    yield widget
    widget.close()
    app.close()


def keys(qtbot: QtBot, screen: SellScreen, text: str, key: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """Type into whatever has the focus (an open dialog first), as the cashier does."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else screen.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    if key is not None:
        qtbot.keyClick(target, key)


def back_on_screen(qtbot: QtBot, screen: SellScreen) -> None:
    """Wait until the dialog closed and the screen is the active window again (as a window manager does)."""
    qtbot.waitUntil(lambda: screen.dialog is None)
    if not screen.isActiveWindow():
        screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)


def captions(screen: SellScreen) -> set[str]:
    return {label.text() for label in screen.findChildren(QLabel)}


def test_the_sell_screen_speaks_german(qtbot, screen):
    assert screen.scan_field.placeholderText() == (
        "Barcode scannen oder Name bzw. Artikelnummer eingeben und Enter drücken"
    )
    assert screen.pay_button.text() == "Bezahlen  (F12)"
    assert screen.void_button.text() == "Stornieren  (Strg+Entf)"
    assert screen.parked_button.text() == "Geparkte Bons  (F7)"
    assert screen.customer_button.text() == "Kunde: Laufkunde  (F4)"
    assert {"Rabatte", "Zwischensumme", "MwSt.", "Summe"} <= captions(screen)
    assert screen.shift_status.text() == "Keine Schicht geöffnet: F10 öffnet eine"

    keys(qtbot, screen, TEA)
    assert screen.cart_model.rowCount() == 1
    keys(qtbot, screen, "", Qt.Key.Key_F12)  # no shift: says so (in German) instead of taking payment
    assert screen.dialog is None
    assert screen.message.text() == "Keine Schicht geöffnet: F10 öffnet eine"
    assert screen.message.property("kind") == "error"

    keys(qtbot, screen, "", Qt.Key.Key_Delete)  # removes the selected line
    assert screen.message.text() == "Tee entfernt"
    assert screen.cart_model.rowCount() == 0
    keys(qtbot, screen, "", Qt.Key.Key_F8)
    assert screen.message.text() == "Nichts zu parken: zuerst einen Artikel scannen."


def test_a_shift_opened_and_read_in_german(qtbot, screen):
    keys(qtbot, screen, "", Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ShiftDialog))
    dialog = screen.dialog
    assert dialog.windowTitle() == "Schicht"
    page = dialog.open_page
    assert page.open_button.text() == "Schicht öffnen  (Enter)"
    assert page.cashier.placeholderText() == "Wer kassiert?"
    qtbot.keyClicks(page.cashier, "Anna")
    keys(qtbot, screen, "abc")  # refused by the controller; the dialog stays open
    assert screen.dialog is dialog
    keys(qtbot, screen, "100")
    back_on_screen(qtbot, screen)
    assert screen.message.text() == "Schicht 1 für Anna geöffnet, Wechselgeld 100.00."
    assert screen.shift_status.text().startswith("Schicht 1: Anna, seit ")
    assert screen.shift_status.text().endswith("(Wechselgeld 100.00)")

    keys(qtbot, screen, "", Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ShiftDialog))
    dialog = screen.dialog
    menu = dialog.menu_page
    assert dialog.page is menu
    assert menu.summary.text().startswith("Schicht 1: Anna, offen seit ")
    assert [b.text() for b in (menu.paid_in_button, menu.paid_out_button, menu.x_report_button)] == [
        "Einlage  (F2)",
        "Entnahme  (F3)",
        "X-Bericht  (F4)",
    ]
    keys(qtbot, screen, "", Qt.Key.Key_F4)
    report = dialog.report_page
    assert dialog.page is report
    assert report.title.text() == "X-Bericht, Schicht 1 (offen, vorläufig)"
    assert report.back_button.text() == "Zurück  (Esc)"
    assert report.print_button.text() == "Drucken…  (Strg+P)"
    lines = report.plain_text().splitlines()
    assert "Kassierer Anna" in lines
    assert "  Soll-Bargeld" + " " * (WIDTH - len("  Soll-Bargeld") - len("100.00")) + "100.00" in lines
    assert "X-Bericht: Ablesung, Schicht bleibt offen." in lines
    too_wide = [line for line in lines if len(line) > WIDTH]
    assert not too_wide, too_wide  # German labels still fit the 80 mm roll's width

    keys(qtbot, screen, "", Qt.Key.Key_Escape)  # back to the menu
    assert dialog.page is menu
    keys(qtbot, screen, "", Qt.Key.Key_Escape)  # and out
    back_on_screen(qtbot, screen)
