"""argon2 hashing of passwords and PINs, and the upgrade of an old hash at the next login."""

from __future__ import annotations

import sqlite3

from argon2 import PasswordHasher
from staff_support import Clock, light_hasher

from pos_app.controllers.app import AppControllers
from pos_app.controllers.hashing import Hashers, hash_secret, needs_rehash, pin_hasher, verify_secret
from pos_app.controllers.users import UserController
from pos_app.db.engine import sqlite_file


def stored_hashes(app: AppControllers, name: str) -> tuple[str | None, str | None]:
    path = sqlite_file(app.url)
    assert path is not None
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT pin_hash, password_hash FROM users WHERE name = ?", (name,)
        ).fetchone()
    connection.close()
    return row


def test_passwords_use_argon2id_defaults_and_pins_a_lighter_setting() -> None:
    hashers = Hashers()
    password_hash = hash_secret(hashers.password, "correct horse")
    assert password_hash.startswith("$argon2id$")
    assert "m=65536,t=3,p=4" in password_hash
    assert verify_secret(hashers.password, password_hash, "correct horse")
    assert not verify_secret(hashers.password, password_hash, "correct hors")
    pin_hash = hash_secret(pin_hasher(), "4071")
    assert pin_hash.startswith("$argon2id$")
    assert "m=8192,t=2,p=1" in pin_hash
    # Salted: the same secret twice gives two different strings.
    assert hash_secret(pin_hasher(), "4071") != pin_hash


def test_a_damaged_hash_is_a_mismatch_that_needs_a_rehash() -> None:
    hasher = light_hasher()
    assert not verify_secret(hasher, "not-an-argon2-hash", "whatever")
    assert needs_rehash(hasher, "not-an-argon2-hash")
    assert not needs_rehash(hasher, hash_secret(hasher, "x" * 8))
    assert needs_rehash(PasswordHasher(), hash_secret(hasher, "x" * 8))


def test_a_password_hashed_with_weaker_parameters_is_upgraded_at_login(
    app: AppControllers, clock: Clock
) -> None:
    weak = Hashers(password=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1), pin=light_hasher())
    UserController(app.uow, hashers=weak, clock=clock).add_user("Mia", "manager", password="till-2026!")
    old_hash = stored_hashes(app, "Mia")[1]
    assert old_hash is not None
    assert "m=1024,t=1,p=1" in old_hash

    stronger = Hashers(
        password=PasswordHasher(time_cost=2, memory_cost=4096, parallelism=1), pin=light_hasher()
    )
    users = UserController(app.uow, hashers=stronger, clock=clock)
    users.authenticate_password("mia", "till-2026!")

    new_hash = stored_hashes(app, "Mia")[1]
    assert new_hash is not None
    assert "m=4096,t=2,p=1" in new_hash
    assert verify_secret(stronger.password, new_hash, "till-2026!")
    # The next login finds nothing to upgrade.
    users.authenticate_password("Mia", "till-2026!")
    assert stored_hashes(app, "Mia")[1] == new_hash


def test_a_pin_hashed_with_other_parameters_is_upgraded_at_login(app: AppControllers, clock: Clock) -> None:
    weak = Hashers(password=light_hasher(), pin=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    UserController(app.uow, hashers=weak, clock=clock).add_user("Bob", "cashier", pin="4071")
    current = Hashers(password=light_hasher(), pin=pin_hasher())
    member = UserController(app.uow, hashers=current, clock=clock).authenticate_pin("4071")
    assert member.name == "Bob"
    pin_hash = stored_hashes(app, "Bob")[0]
    assert pin_hash is not None
    assert "m=8192,t=2,p=1" in pin_hash
