"""Refund slip numbers: printed as "RF-" and the refund id, read back when typed or scanned, and never
mistaken for a sale's receipt number (which "R-000123" is)."""

from __future__ import annotations

import pytest

from pos_app.domain.receipt_numbers import (
    REFUND_SLIP,
    is_refund_number,
    parse_receipt_number,
    parse_refund_number,
    refund_number_text,
)
from pos_app.domain.validation import ValidationError


@pytest.mark.parametrize(
    ("refund_id", "text"), [(1, "RF-000001"), (12, "RF-000012"), (1234567, "RF-1234567")]
)
def test_refund_numbers_are_printed_with_their_prefix(refund_id, text):
    assert refund_number_text(refund_id) == text
    assert parse_refund_number(text) == refund_id


def test_refund_ids_start_at_one():
    with pytest.raises(ValueError, match="start at 1"):
        refund_number_text(0)


@pytest.mark.parametrize(
    ("typed", "refund_id"),
    [("RF-000012", 12), ("rf-12", 12), ("RF12", 12), (" RF - 0000 12 ", 12), ("Rf000007", 7)],
)
def test_refund_numbers_typed_or_scanned(typed, refund_id):
    assert is_refund_number(typed)
    assert parse_refund_number(typed) == refund_id


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "is not a refund slip number"),
        ("12", "is not a refund slip number"),
        ("R-000012", "is not a refund slip number"),
        ("RF-", "is not a refund slip number"),
        ("RF-12a", "is not a refund slip number"),
        ("RF--12", "is not a refund slip number"),
        ("RF-1.5", "is not a refund slip number"),
        ("RF-\uff11\uff12", "is not a refund slip number"),  # full-width digits are not digits here
        ("RF-" + "9" * 13, "is not a refund slip number"),
        ("RF-000000", "start at 1"),
    ],
)
def test_garbage_is_not_a_refund_number(typed, message):
    with pytest.raises(ValidationError, match=message):
        parse_refund_number(typed)


@pytest.mark.parametrize("typed", ["12", "R-000012", "#12", "", "abc", "RF-"])
def test_sale_numbers_and_garbage_are_not_refund_numbers(typed):
    assert not is_refund_number(typed)


@pytest.mark.parametrize("typed", ["RF-000012", "rf12", " RF-1 "])
def test_a_refund_slip_is_never_read_as_a_sale_receipt(typed):
    with pytest.raises(ValidationError) as refused:
        parse_receipt_number(typed)
    assert refused.value.message == REFUND_SLIP
    assert refused.value.message.startswith("That is a refund slip, not a sale receipt")


@pytest.mark.parametrize(("typed", "number"), [("R-000012", 12), ("12", 12), ("#12", 12)])
def test_sale_numbers_still_read_as_sales(typed, number):
    assert parse_receipt_number(typed) == number
