"""What the staff tests share besides fixtures: a clock moved by hand and light argon2 parameters.

The real argon2 library is used throughout; only its cost is lowered (1 pass over 1 MiB) so the
hundreds of hashes these tests make stay quick.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher


class Clock:
    """A clock the test moves by hand (naive UTC, like the stored times)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def light_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
