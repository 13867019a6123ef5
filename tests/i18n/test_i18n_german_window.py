"""With the German catalogue installed the windows speak German and money looks German.

The translator is installed the way pos_app.gui does it (pos_app.ui.translation.install_language)
from the repository's resources/i18n, and removed again after each test so every other test
sees English.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pos_app.domain.i18n import translate
from pos_app.domain.locale_format import current_locale
from pos_app.domain.money import MoneyError, format_money, parse_money
from pos_app.ui.customers_screen import CustomersScreen
from pos_app.ui.settings_dialog import SettingsDialog
from pos_app.ui.translation import InstalledLanguage, install_language

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def german(qapp) -> Iterator[InstalledLanguage]:
    language = install_language(qapp, "de_DE", directory=I18N)
    try:
        yield language
    finally:
        language.remove()


def test_the_settings_dialog_speaks_german(german, controllers, qtbot):
    assert german.translated
    dialog = SettingsDialog(controllers.shop_settings, controllers.receipts)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.save_button.text() == "Speichern  (Strg+S)"  # Qt names the key in German
    assert dialog.cancel_button.text() == "Abbrechen  (Esc)"
    assert dialog.receipt_output.itemText(1) == "Systemdrucker"
    # The cash rounding steps are amounts, shown the German way.
    assert dialog.cash_rounding.itemText(1) == "Auf 0,05"
    # Each locale is offered under its own name.
    names = [dialog.locale_choice.itemText(i) for i in range(dialog.locale_choice.count())]
    assert "Deutsch (Österreich)" in names
    assert "English (United Kingdom)" in names


def test_the_settings_dialog_refuses_in_german(german, controllers, qtbot):
    dialog = SettingsDialog(controllers.shop_settings, controllers.receipts)
    qtbot.addWidget(dialog)
    dialog.shop_name.setText("")
    dialog.save()
    assert dialog.message.text() == "Namen des Geschäfts eingeben: Er steht oben auf jedem Bon."
    assert dialog.saved is None


def test_the_customer_list_headers_are_german(german, controllers, qtbot):
    screen = CustomersScreen(controllers.customers)
    qtbot.addWidget(screen)
    headers = [
        screen.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for column in range(screen.model.columnCount())
    ]
    assert headers == ["Name", "E-Mail", "Telefon", "Bestellungen"]


def test_qt_standard_buttons_are_german_too(german, qtbot):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if len(german.translators) < 2:
        pytest.skip("this Qt ships no qtbase_de.qm")
    assert cancel.text().replace("&", "") == "Abbrechen"


def test_money_is_german_in_de_de(german):
    assert current_locale() == "de_DE"
    assert format_money(Decimal("1234.5")) == "1.234,50"
    assert format_money(Decimal("-0.05")) == "-0,05"
    assert parse_money("2,50") == Decimal("2.50")
    assert parse_money("1.234,50") == Decimal("1234.50")
    with pytest.raises(MoneyError) as refused:
        parse_money("1.234", field="Preis")
    assert (
        str(refused.value) == "Preis '1.234' ist mehrdeutig: Nachkommastellen nach „,“ eingeben, z. B. 4,99"
    )


def test_removing_the_language_brings_english_back(qapp):
    language = install_language(qapp, "de_AT", directory=I18N)
    assert translate("SettingsDialog", "Settings") == "Einstellungen"
    assert format_money(Decimal("1234.5")) == "1.234,50"
    language.remove()
    assert translate("SettingsDialog", "Settings") == "Settings"
    assert format_money(Decimal("1234.5")) == "1,234.50"
    assert current_locale() == "en_US"


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "xx_YY", "fr_FR"])
def test_english_or_a_language_without_a_catalogue_installs_no_translator(qapp, locale):
    language = install_language(qapp, locale, directory=I18N)
    try:
        assert not language.translated
        assert translate("SettingsDialog", "Settings") == "Settings"
    finally:
        language.remove()


def test_the_catalogue_is_found_without_being_told_where(qapp):
    # As pos_app.gui installs it: through pos_app.resources (installed or frozen) or the checkout.
    language = install_language(qapp, "de_CH")
    try:
        assert language.translated
        assert translate("SettingsDialog", "Settings") == "Einstellungen"
        assert format_money(Decimal("1234.5")) == "1\u2019234.50"
    finally:
        language.remove()
