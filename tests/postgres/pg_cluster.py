"""A throwaway PostgreSQL server for the tests that run against the shared-database backend.

`POS_TEST_POSTGRES_URL` (e.g. postgresql+psycopg://postgres@localhost:5432/postgres) points the
tests at a server someone else runs. Otherwise the Debian server binaries (package `postgresql`,
under /usr/lib/postgresql/<version>/bin) start a private cluster in a temporary folder, listening
on a Unix socket only, for the whole test session. Where neither exists the tests are skipped,
except under CI=true, where .ci/run installs the server and a skip would hide a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ci_requirements import require

URL_VARIABLE = "POS_TEST_POSTGRES_URL"


def _server_binaries() -> Path | None:
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    return versions[-1].parent if versions else None


def _unavailable(why: str) -> None:
    require(False, why, ".ci/run must install the postgresql package")


def _as_server_user(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the `postgres` account then."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def private_cluster() -> Iterator[str]:
    """Start a cluster in a temporary folder; yields the admin URL (database `postgres`)."""
    binaries = _server_binaries()
    if binaries is None:
        _unavailable("PostgreSQL's server binaries are not installed")
        raise AssertionError("unreachable")
    folder = Path(tempfile.mkdtemp(prefix="pos-app-pg-"))
    data, socket_dir = folder / "data", folder / "socket"
    socket_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(socket_dir, "postgres")
    subprocess.run(
        _as_server_user(
            [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # No TCP at all, fsync off: a test server that dies with the session needs no durability.
    options = f"-k {socket_dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
    subprocess.run(
        _as_server_user(
            [
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "server.log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={socket_dir}"
    finally:
        subprocess.run(
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def admin_url() -> Iterator[str]:
    try:
        import psycopg  # noqa: F401 - the driver must be installed for any of this
    except ImportError:
        _unavailable("the psycopg driver is not installed (pip install 'pos-app[postgres]')")
    given = os.environ.get(URL_VARIABLE)
    if given:
        yield given
        return
    with private_cluster() as url:
        yield url
