"""Putting the shop's language on screen: Qt translators for a locale, and the hooks below the widgets.

`install_language(app, "de_AT")` loads pos_app's own catalogue (resources/i18n/pos_app_de.qm,
found through importlib.resources like every other resource, so it works installed, frozen by
PyInstaller and from a checkout) and Qt's own qtbase_de.qm (the texts of standard buttons
such as Cancel) when Qt ships it, routes pos_app.domain.i18n.translate to Qt and makes
pos_app.domain.locale_format format for the locale. English, or a language pos_app has no
catalogue for, installs no translator: the English source texts are shown.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pos_app.domain import locale_format
from pos_app.domain.i18n import install_translator

log = logging.getLogger(__name__)

CATALOGUE = "pos_app_{language}.qm"
SOURCE_LANGUAGE = "en"


def language_of(locale_name: str) -> str:
    """The language part of a locale name: "de" for "de_AT" or "de-CH.UTF-8"."""
    return locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()


def catalogue_path(language: str, directory: Path | None = None) -> Path | None:
    """pos_app's compiled catalogue for `language`, if it ships one.

    Looked up in pos_app.resources/i18n (installed, frozen or editable), else in the checkout's
    resources/i18n next to the package (running from a source tree that is not installed).
    """
    name = CATALOGUE.format(language=language)
    if directory is not None:
        candidate = directory / name
        return candidate if candidate.is_file() else None
    try:
        resource = files("pos_app.resources").joinpath("i18n", name)
        if resource.is_file():
            return Path(str(resource))
    except ModuleNotFoundError:
        pass
    checkout = Path(__file__).resolve().parents[2] / "resources" / "i18n" / name
    return checkout if checkout.is_file() else None


class InstalledLanguage:
    """The translators installed for a locale; `remove()` puts English back (used by tests)."""

    def __init__(self, locale_name: str, translators: list[QTranslator]) -> None:
        self.locale_name = locale_name
        self.translators = translators

    @property
    def translated(self) -> bool:
        return bool(self.translators)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
        self.translators = []
        install_translator(None)
        locale_format.set_locale(locale_format.DEFAULT_LOCALE)
        QLocale.setDefault(QLocale(locale_format.DEFAULT_LOCALE))


def install_language(
    app: QCoreApplication, locale_name: str, *, directory: Path | None = None
) -> InstalledLanguage:
    """Show the GUI in `locale_name`'s language and format numbers and dates for it.

    Call before any window is built: widgets read their texts when they are made. `directory`
    overrides where pos_app's .qm files are looked for (tests use the checkout's).
    """
    known = locale_format.known_locale(locale_name) or locale_format.DEFAULT_LOCALE
    locale_format.set_locale(known)
    QLocale.setDefault(QLocale(known))
    language = language_of(known)
    translators: list[QTranslator] = []
    own = catalogue_path(language, directory) if language != SOURCE_LANGUAGE else None
    if own is not None:
        translator = QTranslator(app)  # parented: Qt keeps only a pointer, Python must not collect it
        if translator.load(str(own)):
            translators.append(translator)
        else:
            log.warning("could not load the translation %s", own)
    if translators:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{language}", qt_dir):
            translators.append(qt_base)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    install_translator(QCoreApplication.translate if translators else None)
    return InstalledLanguage(known, translators)
