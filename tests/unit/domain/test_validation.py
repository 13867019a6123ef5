"""Guards the input rules shared by forms, the CSV importer and controllers: codes, names, numbers,
contacts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.domain.validation import (
    MAX_NAME,
    ValidationError,
    clean_barcode,
    clean_email,
    clean_name,
    clean_phone,
    clean_quantity,
    clean_sku,
    clean_tax_rate,
    validate_customer,
    validate_item,
)


@pytest.mark.parametrize(
    "code",
    [
        "4006381333931",  # EAN-13
        "96385074",  # EAN-8
        "036000291452",  # UPC-A
        "10012345678902",  # GTIN-14
    ],
)
def test_valid_gtin_barcodes(code):
    assert clean_barcode(f"  {code} ") == code


@pytest.mark.parametrize("code", ["4006381333932", "96385075", "036000291453", "10012345678903"])
def test_wrong_check_digit_is_refused(code):
    with pytest.raises(ValidationError, match="wrong check digit") as caught:
        clean_barcode(code)
    assert caught.value.field == "barcode"


@pytest.mark.parametrize("code", ["1", "12345", "1234567", "123456789", "12345678901", "123456789012345"])
def test_numeric_barcode_of_wrong_length_is_refused(code):
    with pytest.raises(ValidationError, match=f"got {len(code)} digits"):
        clean_barcode(code)


@pytest.mark.parametrize("code", ["ABC-123", "X1", "shelf/42", "1234-5"])
def test_non_numeric_codes_are_allowed(code):
    assert clean_barcode(code) == code


def test_empty_barcode_is_none():
    assert clean_barcode("   ") is None


@pytest.mark.parametrize("code", ["AB 12", "é123", "a" * 65])
def test_barcode_with_spaces_non_ascii_or_too_long(code):
    with pytest.raises(ValidationError) as caught:
        clean_barcode(code)
    assert caught.value.field == "barcode"


def test_sku_rules():
    assert clean_sku("  TEA-1 ") == "TEA-1"
    for bad in ["", "TEA 1", "x" * 65]:
        with pytest.raises(ValidationError) as caught:
            clean_sku(bad)
        assert caught.value.field == "sku"


def test_huge_name_is_refused_with_a_message():
    with pytest.raises(ValidationError) as caught:
        clean_name("x" * 10_000)
    assert caught.value.field == "name"
    assert caught.value.message == f"Name is too long (10000 characters, at most {MAX_NAME})"


@pytest.mark.parametrize("name", ["Tea\x00", "Bell\x07", "Esc\x1b[31m"])
def test_name_with_control_characters_is_refused(name):
    with pytest.raises(ValidationError, match="control characters") as caught:
        clean_name(name)
    assert caught.value.field == "name"


def test_name_whitespace_is_collapsed_and_required():
    assert clean_name("  Dark   chocolate\t70% ") == "Dark chocolate 70%"
    assert clean_name("y" * MAX_NAME) == "y" * MAX_NAME
    with pytest.raises(ValidationError, match="Name is required"):
        clean_name(" \t ")


def _item(**overrides):
    fields = {"sku": "S1", "barcode": "", "name": "Tea", "price": "2.50", "stock": "3", "tax_rate": "20"}
    fields.update(overrides)
    return validate_item(**fields)


def test_validate_item_builds_a_typed_draft():
    draft = _item(barcode="4006381333931", tax_rate="7,7%")
    assert draft.sku == "S1"
    assert draft.barcode == "4006381333931"
    assert draft.price == Decimal("2.50")
    assert draft.stock == 3
    assert draft.tax_rate == Decimal("7.70")
    assert _item(stock="").stock == 0


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"stock": "-1"}, "stock", "Stock cannot be less than 0"),
        ({"stock": "1.5"}, "stock", "whole number"),
        ({"stock": "99999999999"}, "stock", "cannot be more than"),
        ({"tax_rate": "100.01"}, "tax_rate", "between 0 and 100"),
        ({"tax_rate": "101"}, "tax_rate", "between 0 and 100"),
        ({"tax_rate": "-5"}, "tax_rate", "between 0 and 100"),
        ({"tax_rate": "abc"}, "tax_rate", "percentage"),
        ({"tax_rate": "1e1"}, "tax_rate", "percentage"),
        ({"tax_rate": "NaN"}, "tax_rate", "percentage"),
        ({"tax_rate": "7.777"}, "tax_rate", "2 decimal places"),
        ({"price": "-1"}, "price", "cannot be negative"),
        ({"price": "abc"}, "price", "must be a number"),
        ({"price": "9" * 40}, "price", "too large"),
        ({"name": "n" * 10_000}, "name", "too long"),
        ({"barcode": "4006381333932"}, "barcode", "check digit"),
    ],
)
def test_validate_item_refuses(overrides, field, message):
    with pytest.raises(ValidationError, match=message) as caught:
        _item(**overrides)
    assert caught.value.field == field


@pytest.mark.parametrize(("typed", "rate"), [("0", "0.00"), ("100", "100.00"), ("", "0.00"), ("-0", "0.00")])
def test_tax_rate_bounds(typed, rate):
    value = clean_tax_rate(typed)
    assert value == Decimal(rate)
    assert str(value) == rate


@pytest.mark.parametrize("typed", ["abc", "-1", "0", "", "1.5", "100001"])
def test_quantity_refuses(typed):
    with pytest.raises(ValidationError) as caught:
        clean_quantity(typed)
    assert caught.value.field == "quantity"


def test_quantity_accepts():
    assert clean_quantity(" 12 ") == 12


@pytest.mark.parametrize(("typed", "expected"), [("Ann@Example.COM ", "ann@example.com"), ("", None)])
def test_email_accepts(typed, expected):
    assert clean_email(typed) == expected


@pytest.mark.parametrize("typed", ["ann", "ann@", "@example.com", "ann@example", "a b@example.com"])
def test_email_refuses(typed):
    with pytest.raises(ValidationError, match="not an email address") as caught:
        clean_email(typed)
    assert caught.value.field == "email"


@pytest.mark.parametrize(("typed", "expected"), [("+44 (0)20 7946-0958", "+44 (0)20 7946-0958"), (" ", None)])
def test_phone_accepts(typed, expected):
    assert clean_phone(typed) == expected


@pytest.mark.parametrize("typed", ["call me", "12345#", "1" * 41])
def test_phone_refuses(typed):
    with pytest.raises(ValidationError) as caught:
        clean_phone(typed)
    assert caught.value.field == "phone"


def test_validate_customer():
    draft = validate_customer(name=" Ann  Lee ", email="ANN@example.com", phone="")
    assert (draft.name, draft.email, draft.phone) == ("Ann Lee", "ann@example.com", None)
    with pytest.raises(ValidationError) as caught:
        validate_customer(name="Ann", email="nope")
    assert caught.value.field == "email"
