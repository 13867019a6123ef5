"""Hashing and checking staff passwords and PINs with argon2 (argon2-cffi).

Passwords use argon2-cffi's defaults (RFC 9106's low-memory profile: 3 passes over 64 MiB, about
50-130 ms here), which is what an offline attacker holding a stolen database file must pay per
guess. PINs use a much lighter setting on purpose: a 4-6 digit PIN has at most a million values,
so no hash cost makes it resist an offline search; its protection is the till's lockout
(pos_app.controllers.users). A light PIN hash keeps a PIN login, which checks the PIN against
every active cashier's hash because the PIN alone identifies the cashier, quick at the counter.

`needs_rehash` compares a stored hash with the current parameters, so when they (or the
library's defaults) change, a hash is upgraded at the person's next successful login.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


def pin_hasher() -> PasswordHasher:
    """The PIN setting: argon2id, 2 passes over 8 MiB (a few milliseconds)."""
    return PasswordHasher(time_cost=2, memory_cost=8 * 1024, parallelism=1)


@dataclass(frozen=True)
class Hashers:
    """The password and PIN hashers a UserController uses (tests may pass lighter ones)."""

    password: PasswordHasher = field(default_factory=PasswordHasher)
    pin: PasswordHasher = field(default_factory=pin_hasher)


def hash_secret(hasher: PasswordHasher, secret: str) -> str:
    """The argon2 string for `secret` (salted: two calls give two different strings)."""
    return hasher.hash(secret)


def verify_secret(hasher: PasswordHasher, stored: str, secret: str) -> bool:
    """Whether `secret` matches `stored`; a damaged or foreign hash string is a mismatch, not a crash."""
    try:
        return hasher.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(hasher: PasswordHasher, stored: str) -> bool:
    """Whether `stored` was made with other parameters than `hasher`'s (upgrade it after a login)."""
    try:
        return hasher.check_needs_rehash(stored)
    except InvalidHashError:
        return True
