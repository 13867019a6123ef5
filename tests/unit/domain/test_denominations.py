"""Counting the drawer: typed counts, what a count adds up to, and a shop's own denominations."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.domain.denominations import (
    DEFAULT_DENOMINATIONS,
    CountError,
    check_counts,
    counted_total,
    parse_count,
    parse_denominations,
)

D = Decimal


def test_default_denominations_run_from_500_down_to_one_cent():
    assert DEFAULT_DENOMINATIONS[0] == D("500")
    assert DEFAULT_DENOMINATIONS[-1] == D("0.01")
    assert list(DEFAULT_DENOMINATIONS) == sorted(DEFAULT_DENOMINATIONS, reverse=True)
    assert len(set(DEFAULT_DENOMINATIONS)) == 15


@pytest.mark.parametrize(("text", "count"), [("", 0), ("  ", 0), ("7", 7), (" 12 ", 12), ("0", 0)])
def test_typed_counts(text, count):
    assert parse_count(text, D("20")) == count


@pytest.mark.parametrize("text", ["-1", "1.5", "two", "1e3", "٣", "100001"])
def test_bad_typed_counts_name_the_denomination(text):
    with pytest.raises(CountError, match=r"20\.00"):
        parse_count(text, D("20"))


def test_a_count_adds_up_exactly():
    counts = check_counts({D("50"): 2, D("0.05"): 3, D("0.01"): 7})
    assert counts[D("50")] == 2
    assert counts[D("100")] == 0
    assert list(counts) == list(DEFAULT_DENOMINATIONS)
    assert counted_total(counts) == D("100.22")


@pytest.mark.parametrize(
    ("counts", "message"),
    [({D("3"): 1}, "not a denomination"), ({D("1"): -2}, "negative"), ({D("1"): 1.0}, "whole number")],
)
def test_bad_counts_are_refused(counts, message):
    with pytest.raises(CountError, match=message):
        check_counts(counts)


def test_a_shop_can_list_its_own_denominations():
    assert parse_denominations("1, 0.25; 100 5") == (D("100"), D("5"), D("1"), D("0.25"))
    for text, message in (("", "at least one"), ("5 5", "twice"), ("0", "more than 0"), ("x", "number")):
        with pytest.raises(CountError, match=message):
            parse_denominations(text)
