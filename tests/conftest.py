"""Shared fixtures: offscreen Qt, a private data directory, and a migrated SQLite file per test."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime

# Before any Qt import: tests run on the real Qt, without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import pos_app.db.migrate as migrate
from pos_app.controllers.app import AppControllers
from pos_app.db.engine import DATABASE_URL_ENV, sqlite_url
from pos_app.db.migrate import upgrade_database
from pos_app.domain.i18n import install_translator
from pos_app.domain.validation import clean_tax_rate, validate_item


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs at a temporary folder so no test touches the user's real shop."""
    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    return data_home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sqlite3"


TEST_FLOAT_MINOR = 100_00


@pytest.fixture
def db_url(db_path: Path) -> str:
    """A real SQLite file, created through the migrations exactly as the app does on start,
    with a shift open (float 100.00) as on a till that is ready to sell.

    Tests of what happens without an open shift use `bare_db_url`.
    """
    url = sqlite_url(db_path)
    upgrade_database(url)
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO shifts (cashier, opened_at, opening_float) VALUES ('Test cashier', ?, ?)",
            (datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "), TEST_FLOAT_MINOR),
        )
    connection.close()
    return url


@pytest.fixture
def bare_db_url(tmp_path: Path) -> str:
    """A migrated SQLite file with no shift open."""
    url = sqlite_url(tmp_path / "bare.sqlite3")
    upgrade_database(url)
    return url


@pytest.fixture
def controllers(db_url: str) -> Iterator[AppControllers]:
    app = AppControllers(db_url)
    yield app
    app.close()


TEST_REVISION = "9000_test_only"


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str], str]:
    """Stack a test-only migration on top of the real head; returns the head it revises.

    `next_revision(upgrade_body, downgrade_body)` copies the migration scripts, adds a revision
    whose functions run the given (indented) bodies, and points pos_app's migrator at the copy.
    """

    def add(upgrade_body: str, downgrade_body: str) -> str:
        head = migrate.head_revision()
        scripts = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
        (scripts / "versions" / f"{TEST_REVISION}.py").write_text(
            f'"""Test-only revision."""\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
            f"revision = {TEST_REVISION!r}\ndown_revision = {head!r}\n"
            "branch_labels = None\ndepends_on = None\n\n\n"
            f"def upgrade() -> None:\n{upgrade_body}\n\n\ndef downgrade() -> None:\n{downgrade_body}\n"
        )
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
        return head

    return add


ItemFactory = Callable[..., int]


def ensure_tax_rate(controllers: AppControllers, percent_text: str) -> None:
    """Name the rate `percent_text` through the controller unless the shop already has it, as an owner
    would under Tax rates before adding an item at that rate (a new database has none)."""
    percent = clean_tax_rate(percent_text)
    if all(rate.percent != percent for rate in controllers.tax_rates.rates()):
        controllers.tax_rates.add_rate(f"Tax {percent.normalize():f}%", percent_text)


@pytest.fixture
def tax_rate(controllers: AppControllers) -> Callable[..., None]:
    """`tax_rate("7")` names the 7% rate ("Tax 7%") unless it exists; `app=` for another AppControllers."""

    def name(percent_text: str, app: AppControllers | None = None) -> None:
        ensure_tax_rate(app or controllers, percent_text)

    return name


@pytest.fixture
def make_item(controllers: AppControllers) -> ItemFactory:
    """Add a catalog item through the controller; fields given as text, as a form would.

    The item's tax rate is named first when the shop has no rate at that percent ("Tax 7%").
    """
    counter = iter(range(1, 1_000_000))

    def make(
        name: str = "",
        price: str = "1.00",
        *,
        sku: str = "",
        barcode: str = "",
        stock: str = "100",
        tax_rate: str = "0",
    ) -> int:
        n = next(counter)
        ensure_tax_rate(controllers, tax_rate)
        draft = validate_item(
            sku=sku or f"SKU-{n}",
            barcode=barcode,
            name=name or f"Item {n}",
            price=price,
            stock=stock,
            tax_rate=tax_rate,
        )
        return controllers.catalog.add_item(draft)

    return make


@pytest.fixture(scope="session")
def german_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """resources/i18n/pos_app_de.ts compiled by Qt's own lrelease, once per session."""
    from tools.i18n import CATALOGUE, lrelease

    compiled = tmp_path_factory.mktemp("i18n") / "pos_app_de.qm"
    lrelease(CATALOGUE, compiled)
    return compiled


@pytest.fixture
def german(qapp, german_catalogue: Path) -> Iterator[QTranslator]:
    """German for Qt and for every pos_app translate() call during the test; English again after.

    Texts only: numbers and dates keep the tests' en_US formats unless a test sets the locale.
    Yields the installed translator (a test may take it away early).
    """
    translator = QTranslator()
    assert translator.load(str(german_catalogue)), f"Qt could not load {german_catalogue}"
    assert QCoreApplication.installTranslator(translator)
    install_translator(QCoreApplication.translate)
    try:
        yield translator
    finally:
        install_translator(None)
        QCoreApplication.removeTranslator(translator)
