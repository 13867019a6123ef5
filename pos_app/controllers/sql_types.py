"""Typing helpers for query-building functions shared by the controllers."""

from typing import Any, TypeVar

from sqlalchemy import Select

# A function that adds WHERE clauses returns the same kind of Select it was given.
SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])
