"""Where pos_app keeps its files on this computer (platformdirs), created on first use."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "pos-app"
DATABASE_FILE = "pos.sqlite3"


def data_dir() -> Path:
    """The app's data folder, created on first use readable by its owner only (it holds the sales)."""
    folder = user_data_path(APP_NAME, appauthor=False, ensure_exists=False)
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder.chmod(0o700)  # mkdir's mode is masked by the umask
    return folder


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def backup_dir_for(database: Path) -> Path:
    """Backups sit beside the database they protect, in a `backups` folder."""
    return database.parent / "backups"
