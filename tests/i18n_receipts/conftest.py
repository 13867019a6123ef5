"""German receipts: the shared `german` fixture (tests/conftest.py) plus German dates and amounts.

A German shop sets its locale as well as its language, so `german` here also makes
pos_app.domain.locale_format format for de_DE, and puts en_US back afterwards. Helpers shared
by these tests live in i18n_receipt_samples.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator

from pos_app.domain.locale_format import DEFAULT_LOCALE, set_locale


@pytest.fixture
def german(german: QTranslator) -> Iterator[QTranslator]:
    set_locale("de_DE")  # a German shop: German words, and German dates and amounts
    try:
        yield german
    finally:
        set_locale(DEFAULT_LOCALE)
