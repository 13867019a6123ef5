"""The CODE128 pattern behind the drawn barcode: published start/stop patterns, runs, and a round trip."""

from __future__ import annotations

import pytest

from pos_app.receipts.code128 import bar_runs, code128_modules

START_B = "11010010000"
START_C = "11010011100"
STOP = "1100011101011"


def test_receipt_number_pattern_has_published_start_and_stop():
    modules = code128_modules("R-000123")
    assert modules.startswith(START_B)
    assert modules.endswith(STOP)
    # Start B, R, -, switch to C, 00 01 23, check, stop: 8 symbols of 11 modules and a 13-module stop.
    assert len(modules) == 8 * 11 + 13


def test_digits_only_start_in_code_set_c():
    assert code128_modules("000123").startswith(START_C)


@pytest.mark.parametrize("text", ["R-000123", "R-000124", "000123", "12345678901234", "r-9 x/7", "A", "~!"])
def test_round_trip(text, read_code128):
    assert read_code128(code128_modules(text)) == text


@pytest.mark.parametrize("text", ["", "Café", "R-€1"])
def test_text_code128_cannot_carry_is_refused(text):
    with pytest.raises(ValueError, match=r"CODE128|at least one"):
        code128_modules(text)


def test_bar_runs():
    assert bar_runs("1101000111") == [(0, 2), (3, 1), (7, 3)]
    assert bar_runs("000") == []
    modules = code128_modules("R-000123")
    assert sum(width for _, width in bar_runs(modules)) == modules.count("1")
