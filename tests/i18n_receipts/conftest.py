"""The German catalogue of the svc part, compiled and installed as the GUI installs it.

`german` compiles resources/i18n/pos_app_de.ts with pyside6-lrelease into the test's folder,
loads it into a QTranslator on the application and routes pos_app's `translate` through
QCoreApplication.translate; both are removed again afterwards, so no other test sees German.
Helpers shared by these tests live in i18n_receipt_samples.py.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from pos_app.domain.i18n import install_translator
from pos_app.domain.locale_format import DEFAULT_LOCALE, set_locale

SVC_TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pos_app_de.ts"


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[QTranslator]:
    lrelease = shutil.which("pyside6-lrelease")
    assert lrelease is not None, "pyside6-lrelease (from PySide6) is needed to compile the catalogue"
    qm = tmp_path / "svc_de.qm"
    subprocess.run([lrelease, str(SVC_TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm)), f"Qt could not load {qm}"
    assert QCoreApplication.installTranslator(translator)
    install_translator(QCoreApplication.translate)
    set_locale("de_DE")  # a German shop: German words, and German dates and amounts
    try:
        yield translator
    finally:
        set_locale(DEFAULT_LOCALE)
        install_translator(None)
        QCoreApplication.removeTranslator(translator)
