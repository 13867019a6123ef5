"""Data-safety fixtures: a second process holding the lock, small real file systems (tmpfs).
The helpers they use live in safety_helpers.py (a unique module name: every directory has a conftest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from safety_helpers import LockHolder, Mount


@pytest.fixture
def lock_holder() -> Iterator[Callable[[Path], LockHolder]]:
    holders: list[LockHolder] = []

    def hold(database: Path) -> LockHolder:
        holder = LockHolder(database)
        holders.append(holder)
        return holder

    yield hold
    for holder in holders:
        holder.stop()


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Mount]]:
    mounts: list[Mount] = []

    def mount(size: str) -> Mount:
        made = Mount(tmp_path / f"mnt{len(mounts)}", size)
        mounts.append(made)
        return made

    yield mount
    for made in mounts:
        made.unmount()
