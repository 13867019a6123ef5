"""Guards the mapping from database exceptions to the kinds of error a person can act on."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from pos_app.controllers.errors import ConflictError, StorageError, UserError, translate_database_error


def _operational(message: str) -> OperationalError:
    return OperationalError("INSERT ...", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", "busy"),
        ("database table is locked", "busy"),
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "disk is full"),
        ("database disk image is malformed", "damaged"),
        ("file is not a database", "damaged"),
        ("disk I/O error", "damaged"),
    ],
)
def test_conditions_become_storage_errors(message, expected):
    error = translate_database_error(_operational(message))
    assert isinstance(error, StorageError)
    assert expected in error.message
    assert "Nothing was changed" in error.message


def test_integrity_errors_become_conflicts():
    error = translate_database_error(
        IntegrityError("INSERT ...", {}, sqlite3.IntegrityError("UNIQUE constraint failed: items.sku"))
    )
    assert isinstance(error, ConflictError)
    assert isinstance(error, UserError)
    assert "items.sku" in error.message


@pytest.mark.parametrize(
    "error",
    [
        _operational("no such table: items"),
        _operational("near 'SELEC': syntax error"),
        ProgrammingError("SELECT", {}, sqlite3.ProgrammingError("closed database")),
        ValueError("not a database error"),
    ],
)
def test_bugs_are_not_translated(error):
    assert translate_database_error(error) is None


def test_user_error_carries_field():
    error = ConflictError("SKU taken", "sku")
    assert (error.message, error.field, str(error)) == ("SKU taken", "sku", "SKU taken")


def test_the_closed_shift_triggers_become_a_clear_refusal():
    raised = IntegrityError(
        "UPDATE orders ...",
        {},
        sqlite3.IntegrityError("closed shift: a closed shift and its records cannot change"),
    )
    error = translate_database_error(raised)
    assert isinstance(error, ConflictError)
    assert error.message.startswith("That shift is closed")
    assert "Nothing was changed" in error.message
