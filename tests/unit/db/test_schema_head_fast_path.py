"""The start-up fast path of pos_app.db.migrate: script_head() matches Alembic's head, a database
already at head opens without importing Alembic, and one that is not still goes through it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from alembic.script import ScriptDirectory

import pos_app.db.migrate as migrate
from pos_app.db.engine import sqlite_url

ROOT = Path(__file__).resolve().parents[3]


def _run(code: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_script_head_is_alembics_head():
    assert ScriptDirectory.from_config(migrate.alembic_config()).get_heads() == [migrate.script_head()]


def test_script_head_follows_a_new_revision(next_revision):
    head = next_revision("    pass", "    pass")
    assert migrate.script_head() == migrate.head_revision() != head


def test_script_head_gives_up_on_two_heads(tmp_path, monkeypatch):
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "__init__.py").write_text("")
    (versions / "a.py").write_text('revision: str = "a"\ndown_revision: str | None = None\n')
    (versions / "b.py").write_text("revision = 'b'\ndown_revision = 'a'\n")
    (versions / "c.py").write_text("revision = 'c'\ndown_revision = 'a'\n")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path / "migrations")
    assert migrate.script_head() is None
    (versions / "c.py").write_text("revision = 'c'\ndown_revision = 'b'\n")
    assert migrate.script_head() == "c"


def test_database_at_head_opens_without_importing_alembic(db_url, db_path):
    code = (
        "import sys\n"
        "from pos_app.startup import prepare_database\n"
        "from pos_app.db.engine import sqlite_url\n"
        "import pos_app.gui\n"
        "result = prepare_database(sqlite_url(sys.argv[1]))\n"
        "print(result.before, result.after, result.backup, 'alembic' in sys.modules)\n"
    )
    assert _run(code, str(db_path)) == f"{migrate.head_revision()} {migrate.head_revision()} None False"
    assert not (db_path.parent / "backups").exists()


def test_unknown_revision_still_goes_through_alembic(db_url, db_path):
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    code = (
        "import sys\n"
        "from pos_app.startup import StartupError, prepare_database\n"
        "from pos_app.db.engine import sqlite_url\n"
        "try:\n"
        "    prepare_database(sqlite_url(sys.argv[1]))\n"
        "except StartupError as error:\n"
        "    print('refused', 'alembic' in sys.modules, 'newer version' in str(error))\n"
    )
    # An unknown revision is refused as before: the fast path does not skip the check.
    assert _run(code, str(db_path)) == "refused True True"


def test_new_file_is_migrated_then_opened_by_the_fast_path(tmp_path):
    path = tmp_path / "shop.sqlite3"
    url = sqlite_url(path)
    first = migrate.upgrade_database(url)
    assert (first.before, first.after) == (None, migrate.head_revision())
    again = migrate.upgrade_database(url)
    assert (again.before, again.after, again.backup) == (
        migrate.head_revision(),
        migrate.head_revision(),
        None,
    )
