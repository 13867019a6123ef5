"""The fast path of item validation never disagrees with the one set of rules (validate_item)."""

from __future__ import annotations

import functools
import itertools
import unicodedata

import pytest
from stdnum import ean

from pos_app.domain.validation import ValidationError, validate_item
from pos_app.services.import_checks import _CONTROL, ItemChecker, gtin_check_digit_ok

SKUS = ["A-1", " A-1 ", "", "A 1", "x" * 64, "x" * 65, "Ä-1", "A-1\n", "!~"]
BARCODES = [
    "",
    " ",
    "4006381333931",
    "4006381333932",
    "12345",
    "96385074",
    "036000291452",
    "ABC-12",
    "4006381333931 ",
    "40063813339310",
    "x" * 65,
    "١٢٣٤٥٦٧٨",
]
NAMES = [
    "Milk",
    "  Whole   milk ",
    "",
    "x" * 200,
    "x" * 201,
    "Bad\x07bell",
    "Tab\there",
    "Crème \u0085",
    "\u200b",
]
PRICES = [
    "1.19",
    "1",
    "1.5",
    "0",
    "0.00",
    "-1",
    "1,19",
    " 1.19",
    "1.999",
    "",
    "abc",
    "9999999999.99",
    "99999999999",
    "1e3",
    "٣",
    "+1",
]
STOCKS = ["", "0", "40", " 40 ", "-3", "+5", "10000000", "10000001", "99999999", "lots", "٣"]
RATES = ["", "0", "10", "7.5", "20%", "100", "101", "ten", "7,5", "0.001"]


def outcome(call):
    try:
        draft = call()
    except ValidationError as error:
        return ("error", error.field, error.message)
    return ("ok", draft.sku, draft.barcode, draft.name, str(draft.price), draft.stock, str(draft.tax_rate))


@pytest.mark.parametrize("field", ["sku", "barcode", "name", "price", "stock", "tax_rate"])
def test_fast_path_agrees_with_validate_item(field: str) -> None:
    base = {
        "sku": "A-1",
        "barcode": "4006381333931",
        "name": "Milk",
        "price": "1.19",
        "stock": "4",
        "tax_rate": "10",
    }
    values = {
        "sku": SKUS,
        "barcode": BARCODES,
        "name": NAMES,
        "price": PRICES,
        "stock": STOCKS,
        "tax_rate": RATES,
    }
    checker = ItemChecker()
    for value in values[field]:
        row = {**base, field: value}
        expected = outcome(
            lambda row=row: validate_item(
                **{**row, "stock": row["stock"].strip() or "0", "tax_rate": row["tax_rate"].strip() or "0"}
            )
        )
        got = outcome(lambda row=row: checker.values(*row.values()))
        assert got == expected, (field, value)


def test_every_combination_of_plain_values_agrees() -> None:
    checker = ItemChecker()
    for price, stock, rate in itertools.product(PRICES[:6], STOCKS[:4], RATES[:5]):
        expected = outcome(
            functools.partial(
                validate_item,
                sku="A-1",
                barcode="4006381333931",
                name="Milk",
                price=price,
                stock=stock.strip() or "0",
                tax_rate=rate.strip() or "0",
            )
        )
        got = outcome(functools.partial(checker.values, "A-1", "4006381333931", "Milk", price, stock, rate))
        assert got == expected


def test_control_characters_are_unicode_category_cc() -> None:
    for code in range(0x110000):
        char = chr(code)
        assert bool(_CONTROL.match(char)) == (unicodedata.category(char) == "Cc"), hex(code)


def test_check_digit_agrees_with_python_stdnum() -> None:
    for serial in range(0, 200_000, 7):
        for length in (8, 12, 13, 14):
            body = f"{serial:0{length - 1}d}"[-(length - 1) :]
            good = body + ean.calc_check_digit(body)
            bad = body + str((int(good[-1]) + 1) % 10)
            assert gtin_check_digit_ok(good)
            assert not gtin_check_digit_ok(bad)
