"""CODE128 bar patterns for drawing a receipt's barcode as real bars (PDF, print preview).

python-barcode computes the symbol (start code, the shortest mix of code sets, check
symbol, stop code); this module only turns it into runs of bars a painter can fill.
A thermal printer draws its own barcode from the ESC/POS command instead.
"""

from __future__ import annotations

from barcode import Code128
from barcode.errors import BarcodeError


def code128_modules(text: str) -> str:
    """The symbol for `text` as modules, '1' a bar and '0' a space, without quiet zones.

    Raises ValueError for text CODE128 cannot carry (anything outside ASCII).
    """
    if not text:
        raise ValueError("a barcode needs at least one character")
    try:
        built = Code128(text).build()
    except BarcodeError as error:
        raise ValueError(f"{text!r} cannot be encoded as CODE128: {error}") from error
    modules = str(built[0])
    if set(modules) - {"0", "1"} or not modules.startswith("11") or not modules.endswith("11"):
        raise AssertionError(f"unexpected CODE128 pattern from python-barcode: {modules!r}")
    return modules


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """The bars of a module string as (first module, width in modules), left to right."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, module in enumerate(modules + "0"):
        if module == "1" and start is None:
            start = index
        elif module == "0" and start is not None:
            runs.append((start, index - start))
            start = None
    return runs
