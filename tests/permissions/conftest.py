"""Fixtures for the permission tests: the staffed shop of permission_shop.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from permission_shop import Shop, set_up_shop  # type: ignore[import-not-found]

from pos_app.controllers.app import AppControllers


@pytest.fixture
def shop(controllers: AppControllers, db_path: Path, tmp_path: Path) -> Shop:
    return set_up_shop(controllers, db_path, tmp_path)
