"""Staff accounts: the rules for names, PINs and passwords, PIN-only login, the lockouts (with a
clock moved by hand), deactivation, and what the database itself refuses."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from staff_support import Clock

from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.hashing import Hashers
from pos_app.controllers.users import (
    AccountLockedError,
    AuthenticationError,
    UserController,
    check_pin,
)
from pos_app.db.engine import sqlite_file
from pos_app.domain.permissions import Role


def user_rows(app: AppControllers) -> list[tuple]:
    path = sqlite_file(app.url)
    assert path is not None
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT name, role, active, failed_attempts, locked_until FROM users ORDER BY id"
        ).fetchall()
    connection.close()
    return rows


@pytest.mark.parametrize("pin", ["4071", "90210", "583920", "0713", "1235", "2468"])
def test_acceptable_pins(pin: str) -> None:
    assert check_pin(pin) == pin


@pytest.mark.parametrize(
    ("pin", "why"),
    [
        ("123", "4 to 6 digits"),
        ("1234567", "4 to 6 digits"),
        ("12a4", "4 to 6 digits"),
        ("", "4 to 6 digits"),
        (" 4071", "4 to 6 digits"),
        ("٤٠٧١", "4 to 6 digits"),  # Arabic-Indic digits are digits to Python, not on a PIN pad
        ("0000", "too easy"),
        ("777777", "too easy"),
        ("1234", "too easy"),
        ("123456", "too easy"),
        ("4321", "too easy"),
        ("987654", "too easy"),
        ("7890", "too easy"),
    ],
)
def test_refused_pins(pin: str, why: str) -> None:
    with pytest.raises(UserError, match=why) as refused:
        check_pin(pin)
    assert refused.value.field == "pin"


def test_add_and_list_accounts(users: UserController, clock: Clock) -> None:
    ann = users.add_user("  Ann   Lee ", "cashier", pin="4071")
    owner = users.add_user("Olga", Role.OWNER, password="shop-owner-1")
    assert (ann.name, ann.role, ann.active) == ("Ann Lee", Role.CASHIER, True)
    assert owner.role is Role.OWNER
    assert [member.name for member in users.users()] == ["Ann Lee", "Olga"]
    assert users.find("ann lee") == ann
    assert users.has_owner()


@pytest.mark.parametrize(
    ("name", "role", "pin", "password", "field", "message"),
    [
        ("", "cashier", "4071", None, "name", "Type the person's name"),
        ("x" * 61, "cashier", "4071", None, "name", "at most 60"),
        ("Tab\tname", "cashier", "4071", None, "name", None),  # whitespace folds to one space: accepted
        ("Bell\x07", "cashier", "4071", None, "name", "control characters"),
        ("Ann", "admin", "4071", None, "role", "Unknown role"),
        ("Ann", "cashier", None, None, "pin", "needs a PIN"),
        ("Ann", "cashier", "4071", "password1", "password", "PIN, not a password"),
        ("Ann", "manager", None, None, "password", "needs a password"),
        ("Ann", "manager", "4071", "password1", "pin", "password, not a PIN"),
        ("Ann", "owner", None, "short", "password", "at least 8"),
        ("Ann", "owner", None, " " * 9, "password", "at least 8"),
        ("Ann", "owner", None, "p" * 201, "password", "at most 200"),
    ],
)
def test_bad_accounts_are_refused_and_nothing_is_saved(
    app: AppControllers,
    users: UserController,
    name: str,
    role: str,
    pin: str | None,
    password: str | None,
    field: str,
    message: str | None,
) -> None:
    if message is None:
        assert users.add_user(name, role, pin=pin, password=password).name == "Tab name"
        return
    with pytest.raises(UserError, match=message) as refused:
        users.add_user(name, role, pin=pin, password=password)
    assert refused.value.field == field
    assert user_rows(app) == []


def test_names_are_unique_without_regard_to_case(app: AppControllers, users: UserController) -> None:
    users.add_user("Zoë", "cashier", pin="4071")
    for clash in ("zoë", "ZOË", " zoë "):
        with pytest.raises(ConflictError, match="already someone called Zoë"):
            users.add_user(clash, "manager", password="password-1")
    assert len(user_rows(app)) == 1


def test_two_active_cashiers_never_share_a_pin(users: UserController) -> None:
    ann = users.add_user("Ann", "cashier", pin="4071")
    with pytest.raises(ConflictError, match="Another cashier has that PIN"):
        users.add_user("Ben", "cashier", pin="4071")
    ben = users.add_user("Ben", "cashier", pin="5082")
    with pytest.raises(ConflictError, match="Another cashier has that PIN"):
        users.change_pin(ben.id, "4071")
    users.change_pin(ann.id, "4071")  # keeping one's own PIN is not a clash
    # A deactivated cashier's PIN no longer logs in, so it is free again.
    users.add_user("Olga", "owner", password="shop-owner-1")
    users.deactivate(ann.id)
    assert users.add_user("Cleo", "cashier", pin="4071").name == "Cleo"
    assert users.authenticate_pin("4071").name == "Cleo"


def test_pin_alone_logs_the_cashier_in(users: UserController, clock: Clock) -> None:
    users.add_user("Ann", "cashier", pin="4071")
    users.add_user("Ben", "cashier", pin="50823")
    member = users.authenticate_pin("50823")
    assert member.name == "Ben"
    assert users.find("Ben").last_login_at == clock.now


def test_wrong_pins_lock_the_pin_pad_after_five_until_the_lock_time(
    app: AppControllers, users: UserController, clock: Clock, hashers: Hashers
) -> None:
    users.add_user("Ann", "cashier", pin="4071")
    for attempt in range(4):
        with pytest.raises(AuthenticationError, match=r"^Wrong PIN\.$") as refused:
            users.authenticate_pin(f"90{attempt}1")
        assert not isinstance(refused.value, AccountLockedError)
    with pytest.raises(AccountLockedError, match="PIN pad is locked until") as locked:
        users.authenticate_pin("9999")
    assert locked.value.until == clock.now + timedelta(minutes=5)
    assert users.pin_pad_locked_until() == clock.now + timedelta(minutes=5)
    # Locked: even the right PIN is refused, and the lock survives a restart of the program.
    clock.advance(minutes=4, seconds=59)
    again = AppControllers(app.url)
    try:
        restarted = UserController(again.uow, hashers=hashers, clock=clock)
        with pytest.raises(AccountLockedError, match="A manager can log in with a password"):
            restarted.authenticate_pin("4071")
    finally:
        again.close()
    clock.advance(seconds=1)
    assert users.pin_pad_locked_until() is None
    assert users.authenticate_pin("4071").name == "Ann"


def test_a_right_pin_resets_the_count_and_an_empty_one_does_not_count(users: UserController) -> None:
    users.add_user("Ann", "cashier", pin="4071")
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            users.authenticate_pin("9999")
    users.authenticate_pin("4071")
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong PIN"):
            users.authenticate_pin("9999")
    for _ in range(3):
        with pytest.raises(AuthenticationError, match="Type your PIN"):
            users.authenticate_pin("  ")
    assert users.authenticate_pin("4071").name == "Ann"


def test_a_manager_password_login_lifts_the_pin_pad_lock(users: UserController, clock: Clock) -> None:
    users.add_user("Ann", "cashier", pin="4071")
    users.add_user("Mia", "manager", password="floor-boss-1")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.authenticate_pin("9999")
    assert users.pin_pad_locked_until() is not None
    assert users.authenticate_password("Mia", "floor-boss-1").role is Role.MANAGER
    assert users.pin_pad_locked_until() is None
    assert users.authenticate_pin("4071").name == "Ann"


def test_deactivated_cashiers_cannot_log_in(users: UserController) -> None:
    ann = users.add_user("Ann", "cashier", pin="4071")
    users.deactivate(ann.id)
    with pytest.raises(AuthenticationError, match="Wrong PIN"):
        users.authenticate_pin("4071")
    assert users.find("Ann").active is False
    assert [member.name for member in users.users(include_inactive=False)] == []
    with pytest.raises(ConflictError, match="already deactivated"):
        users.deactivate(ann.id)


def test_wrong_passwords_lock_that_account_for_the_lock_time(
    app: AppControllers, users: UserController, clock: Clock
) -> None:
    users.add_user("Mia", "manager", password="floor-boss-1")
    users.add_user("Olga", "owner", password="shop-owner-1")
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong name or password"):
            users.authenticate_password("Mia", "guess-guess")
    assert user_rows(app)[0][3] == 4
    with pytest.raises(AccountLockedError, match="Mia is locked until"):
        users.authenticate_password("Mia", "guess-guess")
    with pytest.raises(AccountLockedError, match="locked after 5 wrong passwords"):
        users.authenticate_password("Mia", "floor-boss-1")
    # Only Mia is locked.
    assert users.authenticate_password("Olga", "shop-owner-1").name == "Olga"
    clock.advance(minutes=5)
    assert users.authenticate_password("MIA", "floor-boss-1").name == "Mia"
    assert user_rows(app)[0][3:] == (0, None)


def test_a_good_password_resets_the_count(users: UserController) -> None:
    users.add_user("Mia", "manager", password="floor-boss-1")
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            users.authenticate_password("Mia", "nope-nope")
    users.authenticate_password("Mia", "floor-boss-1")
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong name or password"):
            users.authenticate_password("Mia", "nope-nope")


def test_a_new_password_lifts_a_lockout(users: UserController) -> None:
    mia = users.add_user("Mia", "manager", password="floor-boss-1")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.authenticate_password("Mia", "nope-nope")
    users.change_password(mia.id, "new-floor-boss")
    assert users.authenticate_password("Mia", "new-floor-boss").name == "Mia"
    with pytest.raises(AuthenticationError):
        users.authenticate_password("Mia", "floor-boss-1")


def test_password_logins_refuse_strangers_cashiers_and_the_deactivated(users: UserController) -> None:
    users.add_user("Ann", "cashier", pin="4071")
    olga = users.add_user("Olga", "owner", password="shop-owner-1")
    mia = users.add_user("Mia", "manager", password="floor-boss-1")
    with pytest.raises(AuthenticationError, match="Wrong name or password"):
        users.authenticate_password("Nobody", "shop-owner-1")
    with pytest.raises(AuthenticationError, match="cashiers log in with their PIN"):
        users.authenticate_password("Ann", "4071")
    users.deactivate(mia.id)
    with pytest.raises(AuthenticationError, match="Wrong name or password"):
        users.authenticate_password("Mia", "floor-boss-1")
    with pytest.raises(UserError, match="Only cashiers have a PIN"):
        users.change_pin(olga.id, "4071")
    with pytest.raises(UserError, match="Cashiers log in with a PIN"):
        users.change_password(users.find("Ann").id, "password-1")


def test_the_last_active_owner_cannot_be_deactivated(users: UserController) -> None:
    olga = users.add_user("Olga", "owner", password="shop-owner-1")
    with pytest.raises(ConflictError, match="needs an active owner"):
        users.deactivate(olga.id)
    users.add_user("Otto", "owner", password="shop-owner-2")
    assert users.deactivate(olga.id).active is False
    with pytest.raises(NotFoundError):
        users.find("Nobody")
    with pytest.raises(NotFoundError):
        users.deactivate(9999)


def test_the_database_refuses_credentials_that_do_not_fit_the_role(app: AppControllers) -> None:
    path = sqlite_file(app.url)
    assert path is not None
    insert = (
        "INSERT INTO users (name, role, pin_hash, password_hash, active, created_at)"
        " VALUES (?, ?, ?, ?, 1, '2026-01-01')"
    )
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")  # before any transaction, or it is ignored
        for row in [
            ("A", "cashier", None, None),
            ("B", "cashier", "h", "h"),
            ("C", "manager", None, None),
            ("D", "owner", "h", "h"),
            ("E", "admin", None, "h"),
        ]:
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
                connection.execute(insert, row)
        connection.execute(insert, ("Ann", "cashier", "h", None))
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            connection.execute(insert, ("ANN", "cashier", "h", None))
        connection.execute(
            "INSERT INTO orders (status, created_at, subtotal, tax_total, total, cashier_id)"
            " VALUES ('draft', '2026-01-01', 0, 0, 0, 1)"
        )
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            connection.execute("DELETE FROM users WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            connection.execute(
                "INSERT INTO shifts (cashier, opened_at, opening_float, user_id)"
                " VALUES ('x', '2026-01-01', 0, 42)"
            )
    connection.close()
