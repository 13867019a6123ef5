"""Where pos_app keeps its files on this computer (platformdirs), created on first use."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "pos-app"
DATABASE_FILE = "pos.sqlite3"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def backup_dir_for(database: Path) -> Path:
    """Backups sit beside the database they protect, in a `backups` folder."""
    return database.parent / "backups"
