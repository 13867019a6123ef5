"""Fixtures of the audit trail tests."""

from __future__ import annotations

import pytest
from audit_db import events  # type: ignore[import-not-found]


@pytest.fixture
def audit_events(db_path):
    return lambda: events(db_path)
