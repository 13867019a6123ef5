"""Numbers and dates in the shop's locale (Babel's CLDR data): money, quantities, dates and times.

The shop's locale (a setting, pos_app.controllers.settings) is set once when the GUI starts, like
the translator hook in pos_app.domain.i18n; until then — on the command line and in tests — it is
en_US, whose money format is exactly the `1,234.50` pos_app always showed. Money always has two
decimals (pos_app.domain.money) and the locale's own separators and grouping ("1.234,50" in
de_DE, "1\u2019234.50" in de_CH, "12,34,567.50" in en_IN). Digits are always the Latin 0-9 a cashier
types, whatever numbering system the locale prefers.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal, localcontext
from functools import cache

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_skeleton
from babel.dates import format_time as babel_format_time
from babel.numbers import (
    NumberPattern,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
    parse_pattern,
)

DEFAULT_LOCALE = "en_US"
# Typed and shown digits are Latin whatever the locale's default numbering system.
NUMBERING = "latn"

# The locales the Settings dialog and the setup wizard offer (any other Babel knows is kept if stored).
OFFERED_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE",
    "fr_CH", "it_IT", "es_ES", "nl_NL", "nl_BE", "pt_PT", "pl_PL", "cs_CZ", "da_DK", "sv_SE",
    "nb_NO", "fi_FI",
)  # fmt: skip

_current = DEFAULT_LOCALE


def known_locale(name: str | None) -> str | None:
    """`name` ("de_AT", "de-AT", "en_GB.UTF-8") as Babel's canonical "de_AT" if Babel knows it, else None.

    A bare language ("de") is refused: the shop's locale names a country, which sets its formats.
    """
    if not name:
        return None
    base = name.strip().split(".")[0].split("@")[0].replace("-", "_")
    if base.upper() in ("", "C", "POSIX"):
        return None
    try:
        locale = Locale.parse(base)
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    if not locale.territory:
        return None
    return str(locale)


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The desktop's locale from LC_ALL, LC_MESSAGES or LANG (as the C library reads them), if Babel
    knows it ("de_DE.UTF-8" gives "de_DE"); else en_US."""
    variables = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = variables.get(variable)
        if value:
            return known_locale(value) or DEFAULT_LOCALE
    return DEFAULT_LOCALE


def set_locale(name: str) -> None:
    """Format for `name` from now on; ValueError when Babel does not know it."""
    global _current
    known = known_locale(name)
    if known is None:
        raise ValueError(f"unknown locale {name!r}")
    _current = known


def current_locale() -> str:
    """The locale formats follow now, e.g. "de_DE" (en_US until the GUI sets the shop's)."""
    return _current


@cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


@cache
def _money_pattern(name: str) -> NumberPattern:
    # The locale's own decimal pattern (its grouping, e.g. India's 2-digit groups) with exactly 2 decimals.
    pattern = copy.copy(parse_pattern(_locale(name).decimal_formats[None]))
    pattern.frac_prec = (2, 2)
    return pattern


def format_money(amount: Decimal, locale: str | None = None) -> str:
    """`amount` with exactly two decimals and the locale's separators: 1,234.50 (en_US), 1.234,50 (de_DE)."""
    name = locale or _current
    # In en_US this is byte for byte the f"{amount:,.2f}" pos_app showed before (half-even on a
    # third decimal, "-0.00" kept; tests/i18n checks it); enough precision for any digits.
    with localcontext() as context:
        context.prec = max(context.prec, len(amount.as_tuple().digits) + 4)
        return str(_money_pattern(name).apply(amount, _locale(name), numbering_system=NUMBERING))


def format_quantity(quantity: int | Decimal, locale: str | None = None) -> str:
    """A count or measured quantity with the locale's separators, as many decimals as it has."""
    name = locale or _current
    return format_decimal(
        quantity, locale=_locale(name), numbering_system=NUMBERING, decimal_quantization=False
    )


def format_date(value: date, locale: str | None = None) -> str:
    """A date, numeric with the full year, in the locale's order: 11/25/2026 (en_US), 25.11.2026 (de_DE)."""
    return str(format_skeleton("yMd", value, locale=_locale(locale or _current)))


def format_time(value: time | datetime, locale: str | None = None) -> str:
    """A wall-clock time to the minute: 3:04 PM (en_US), 15:04 (de_DE)."""
    return babel_format_time(value, format="short", locale=_locale(locale or _current))


def format_datetime(value: datetime, locale: str | None = None, *, printable: bool = False) -> str:
    """A date and time to the minute: 11/25/2026, 3:04 PM (en_US); 25.11.2026, 15:04 (de_DE).

    `printable` puts plain spaces where CLDR has no-break ones (the narrow space before "PM"):
    a receipt printer's code page (CP858) has none of them.
    """
    name = locale or _current
    # The locale's own way of joining a date and a time ("{1}, {0}" in most).
    pattern = str(_locale(name).datetime_formats["short"])
    text = pattern.replace("{1}", format_date(value, name)).replace("{0}", format_time(value, name))
    return text.replace("\u202f", " ").replace("\u00a0", " ") if printable else text


def decimal_symbol(locale: str | None = None) -> str:
    """The locale's decimal separator: "." in en_US, "," in de_DE."""
    return str(get_decimal_symbol(_locale(locale or _current), numbering_system=NUMBERING))


def group_symbol(locale: str | None = None) -> str:
    """The locale's thousands separator: "," in en_US, "." in de_DE, U+2019 in de_CH."""
    return str(get_group_symbol(_locale(locale or _current), numbering_system=NUMBERING))


def minus_sign(locale: str | None = None) -> str:
    """The locale's minus sign, without the direction marks some locales put around it."""
    sign = str(get_minus_sign_symbol(_locale(locale or _current), numbering_system=NUMBERING))
    return sign.strip("\u200e\u200f\u061c") or "-"


def group_sizes(locale: str | None = None) -> tuple[int, int]:
    """(first group, other groups) of the locale's grouping: (3, 3) mostly, (3, 2) in India."""
    pattern = _money_pattern(locale or _current)
    return int(pattern.grouping[0]), int(pattern.grouping[1])


def language_name(locale: str, in_locale: str | None = None) -> str:
    """The locale's name, by default in its own language: "Deutsch (Österreich)", "English (Canada)"."""
    shown = _locale(locale)
    name = shown.get_display_name(_locale(in_locale) if in_locale else shown) or locale
    return name[:1].upper() + name[1:]


def locale_choices(keep: str | None = None) -> tuple[tuple[str, str], ...]:
    """(locale, its name in its own language) of every offered locale, and of `keep` if it is another."""
    codes = list(OFFERED_LOCALES)
    known = known_locale(keep)
    if known is not None and known not in codes:
        codes.append(known)
    return tuple((code, language_name(code)) for code in codes)
