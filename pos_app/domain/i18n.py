"""The one door every user-visible string goes through: translate("Context", "Source text").

Widgets, controllers, services and receipts all call `translate` with a literal context and a
literal English source text, so Qt's `pyside6-lupdate` finds every message (it recognises
`translate(` calls) and the German catalogue in resources/i18n stays complete. The domain must
stay free of Qt, so the lookup itself is a hook: until the GUI installs Qt's
`QCoreApplication.translate` (pos_app.ui.translation), the source text comes back unchanged —
which is what the command line and the tests without a translator see.

Interpolate after translating, with named fields, so translators can move them:
    translate("SaleController", "No item has the barcode {code}").format(code=code)
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _untranslated(context: str, source: str) -> str:
    return source


_translator: Translator = _untranslated


def translate(context: str, source: str) -> str:
    """`source` in the user's language, looked up under `context` (a class or screen name)."""
    return _translator(context, source)


def install_translator(translator: Translator | None) -> None:
    """Route every later `translate` call through `translator`; None restores plain English."""
    global _translator
    _translator = _untranslated if translator is None else translator
