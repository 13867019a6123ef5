"""The rules a real shop needs around staff changes: the last active owner stays an active owner,
nobody deactivates themselves or changes their own role while logged in, deactivated people cannot
log in, a role change across cashier / manager swaps the PIN for a password, and bad input is
refused with a reason while nothing changes and nothing is recorded."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from staff_admin_support import (  # type: ignore[import-not-found]
    CASHIER,
    CASHIER_PIN,
    FORMER_CASHIER,
    FORMER_PIN,
    MANAGER,
    MANAGER_PASSWORD,
    OTHER_MANAGER,
    OWNER,
    OWNER_PASSWORD,
    account_id,
    user_events,
    users_table,
)
from staff_support import Clock  # type: ignore[import-not-found]

from pos_app.cli import main
from pos_app.controllers.app import AppControllers
from pos_app.controllers.errors import ConflictError, NotFoundError, UserError
from pos_app.controllers.staff_admin import AccountRow
from pos_app.controllers.users import MAX_FAILURES, AuthenticationError
from pos_app.domain.permissions import Permission, Role


@pytest.fixture
def owner(shop: AppControllers) -> AppControllers:
    shop.staff.login_password(OWNER, OWNER_PASSWORD)
    return shop


def _refused_without_trace(app: AppControllers, error: type[UserError], match: str, call: object) -> None:
    before, events = users_table(app), user_events(app)
    with pytest.raises(error, match=match):
        call()  # type: ignore[operator]
    assert users_table(app) == before
    assert user_events(app) == events


def test_the_list_shows_everyone_active_first_with_how_they_log_in(owner: AppControllers) -> None:
    rows = owner.staff_admin.accounts()
    assert [(row.name, row.role, row.login, row.active) for row in rows] == [
        (CASHIER, Role.CASHIER, "PIN", True),
        (OTHER_MANAGER, Role.MANAGER, "password", True),
        (MANAGER, Role.MANAGER, "password", True),
        (OWNER, Role.OWNER, "password", True),
        (FORMER_CASHIER, Role.CASHIER, "PIN", False),
    ]
    assert all(isinstance(row, AccountRow) and row.locked_until is None for row in rows)


def test_a_locked_account_shows_until_when_and_a_new_password_unlocks_it(
    owner: AppControllers, clock: Clock
) -> None:
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            owner.users.authenticate_password(OTHER_MANAGER, "not-the-password")
    [locked] = [row for row in owner.staff_admin.accounts() if row.name == OTHER_MANAGER]
    assert locked.locked_until is not None
    assert locked.locked_until > clock.now
    row = owner.staff_admin.reset_password(locked.id, "brand-new-pass")
    assert row.locked_until is None
    assert owner.users.authenticate_password(OTHER_MANAGER, "brand-new-pass").name == OTHER_MANAGER
    assert user_events(owner)[-1].details == {
        "action": "reset_password",
        "name": OTHER_MANAGER,
        "password_changed": True,
        "unlocked": True,
    }
    # Once the lock has run out by itself the list no longer shows it.
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            owner.users.authenticate_password(OTHER_MANAGER, "not-the-password")
    clock.advance(minutes=6)
    assert all(row.locked_until is None for row in owner.staff_admin.accounts())


def test_the_owner_cannot_deactivate_or_demote_themselves(owner: AppControllers) -> None:
    olga = account_id(owner, OWNER)
    owner.staff_admin.change_role(account_id(owner, OTHER_MANAGER), "owner")  # not the last owner now
    _refused_without_trace(
        owner, ConflictError, "cannot deactivate yourself", lambda: owner.staff_admin.deactivate(olga)
    )
    _refused_without_trace(
        owner,
        ConflictError,
        "cannot change your own role",
        lambda: owner.staff_admin.change_role(olga, "manager"),
    )
    assert owner.users.find(OWNER).active
    assert owner.users.find(OWNER).role is Role.OWNER


def test_a_manager_cannot_deactivate_themselves_even_with_approval(shop: AppControllers) -> None:
    shop.staff.login_password(MANAGER, MANAGER_PASSWORD)
    approval = shop.staff.approve(OWNER, OWNER_PASSWORD, Permission.USER_MANAGEMENT)
    _refused_without_trace(
        shop,
        ConflictError,
        "cannot deactivate yourself",
        lambda: shop.staff_admin.deactivate(account_id(shop, MANAGER), approval=approval),
    )


def test_the_last_active_owner_can_be_neither_deactivated_nor_demoted(shop: AppControllers) -> None:
    shop.staff.login_password(MANAGER, MANAGER_PASSWORD)
    olga = account_id(shop, OWNER)
    for call in (
        lambda approval: shop.staff_admin.deactivate(olga, approval=approval),
        lambda approval: shop.staff_admin.change_role(olga, "manager", approval=approval),
        lambda approval: shop.staff_admin.change_role(olga, "cashier", pin="5827", approval=approval),
    ):
        approval = shop.staff.approve(OWNER, OWNER_PASSWORD, Permission.USER_MANAGEMENT)
        _refused_without_trace(
            shop, ConflictError, "needs an active owner", lambda call=call, approval=approval: call(approval)
        )
    assert shop.users.find(OWNER).active


def test_with_a_second_owner_one_may_go(owner: AppControllers) -> None:
    max_id = account_id(owner, OTHER_MANAGER)
    owner.staff_admin.change_role(max_id, "owner")
    owner.staff_admin.change_role(max_id, "manager")
    owner.staff_admin.change_role(max_id, "owner")
    row = owner.staff_admin.deactivate(max_id)
    assert (row.role, row.active) == (Role.OWNER, False)
    # Deactivated, Max is not an active owner: Olga is the last one again.
    owner.staff.logout()
    owner.staff.login_password(MANAGER, MANAGER_PASSWORD)
    approval = owner.staff.approve(OWNER, OWNER_PASSWORD, Permission.USER_MANAGEMENT)
    _refused_without_trace(
        owner,
        ConflictError,
        "needs an active owner",
        lambda: owner.staff_admin.deactivate(account_id(owner, OWNER), approval=approval),
    )


def test_deactivated_people_cannot_log_in_and_come_back_on_reactivation(owner: AppControllers) -> None:
    owner.staff_admin.deactivate(account_id(owner, CASHIER))
    owner.staff_admin.deactivate(account_id(owner, MANAGER))
    owner.staff.logout()
    with pytest.raises(AuthenticationError):
        owner.staff.login_pin(CASHIER_PIN)
    with pytest.raises(AuthenticationError, match="Wrong name or password"):
        owner.staff.login_password(MANAGER, MANAGER_PASSWORD)
    owner.staff.login_password(OWNER, OWNER_PASSWORD)
    owner.staff_admin.reactivate(account_id(owner, MANAGER))
    owner.staff_admin.reactivate(account_id(owner, CASHIER), pin="3958")
    assert owner.users.authenticate_password(MANAGER, MANAGER_PASSWORD).name == MANAGER
    assert owner.users.authenticate_pin("3958").name == CASHIER
    with pytest.raises(AuthenticationError):
        owner.users.authenticate_pin(CASHIER_PIN)  # the old PIN went with the reactivation


def test_a_returning_cashier_needs_a_pin_nobody_active_has(owner: AppControllers) -> None:
    zed = account_id(owner, FORMER_CASHIER)
    _refused_without_trace(owner, UserError, "needs a new PIN", lambda: owner.staff_admin.reactivate(zed))
    # While Zed was away, Ann was given Zed's old PIN: Zed cannot come back with it.
    owner.staff_admin.change_pin(account_id(owner, CASHIER), FORMER_PIN)
    _refused_without_trace(
        owner,
        ConflictError,
        "Another cashier has that PIN",
        lambda: owner.staff_admin.reactivate(zed, pin=FORMER_PIN),
    )
    assert not owner.users.find(FORMER_CASHIER).active


def test_a_returning_manager_keeps_their_password(owner: AppControllers) -> None:
    mia = account_id(owner, MANAGER)
    owner.staff_admin.deactivate(mia)
    _refused_without_trace(
        owner, UserError, "keep their password", lambda: owner.staff_admin.reactivate(mia, pin="5827")
    )
    owner.staff_admin.reactivate(mia)
    assert owner.users.authenticate_password(MANAGER, MANAGER_PASSWORD).name == MANAGER


def test_refused_input_changes_nothing(owner: AppControllers) -> None:
    admin = owner.staff_admin
    ann, mia = account_id(owner, CASHIER), account_id(owner, MANAGER)
    for error, match, call in [
        (UserError, "too easy to guess", lambda: admin.add_account("Bea", "cashier", pin="1234")),
        (UserError, "4 to 6 digits", lambda: admin.add_account("Bea", "cashier", pin="12a4")),
        (UserError, "needs a PIN", lambda: admin.add_account("Bea", "cashier")),
        (UserError, "at least 8", lambda: admin.add_account("Ben", "manager", password="short")),
        (UserError, "Unknown role", lambda: admin.add_account("Ben", "boss", password="long-enough")),
        (
            ConflictError,
            "already someone called Ann",
            lambda: admin.add_account("ann", "cashier", pin="5827"),
        ),
        (
            ConflictError,
            "Another cashier has that PIN",
            lambda: admin.add_account("Bea", "cashier", pin=CASHIER_PIN),
        ),
        (UserError, "Type the person's name", lambda: admin.add_account("  ", "cashier", pin="5827")),
        (UserError, "Only cashiers have a PIN", lambda: admin.change_pin(mia, "5827")),
        (UserError, "too easy", lambda: admin.change_pin(ann, "0000")),
        (UserError, "Cashiers log in with a PIN", lambda: admin.reset_password(ann, "long-enough")),
        (UserError, "at least 8", lambda: admin.reset_password(mia, "short")),
        (ConflictError, "already a manager", lambda: admin.change_role(mia, "manager")),
        (UserError, "needs a PIN", lambda: admin.change_role(mia, "cashier")),
        (UserError, "needs a password", lambda: admin.change_role(ann, "manager")),
        (UserError, "keeps their password", lambda: admin.change_role(mia, "owner", password="long-enough")),
        (ConflictError, "already deactivated", lambda: admin.deactivate(account_id(owner, FORMER_CASHIER))),
        (ConflictError, "already active", lambda: admin.reactivate(ann, pin="5827")),
        (NotFoundError, "no longer exists", lambda: admin.deactivate(9999)),
        (NotFoundError, "no longer exists", lambda: admin.change_role(9999, "owner")),
    ]:
        _refused_without_trace(owner, error, match, call)


def test_a_cashier_promoted_to_manager_logs_in_with_the_new_password(owner: AppControllers) -> None:
    row = owner.staff_admin.change_role(account_id(owner, CASHIER), "manager", password="now-a-manager")
    assert (row.role, row.login) == (Role.MANAGER, "password")
    assert user_events(owner)[-1].details == {
        "action": "change_role",
        "name": CASHIER,
        "role": {"old": "cashier", "new": "manager"},
        "login": {"old": "PIN", "new": "password"},
    }
    owner.staff.logout()
    with pytest.raises(AuthenticationError):
        owner.staff.login_pin(CASHIER_PIN)
    assert owner.staff.login_password(CASHIER, "now-a-manager").role is Role.MANAGER


def test_changes_are_signalled_with_the_account(owner: AppControllers, qtbot: object) -> None:
    seen: list[int] = []
    owner.staff_admin.accounts_changed.connect(seen.append)
    row = owner.staff_admin.add_account("Bea", "cashier", pin="5827")
    owner.staff_admin.deactivate(row.id)
    with pytest.raises(ConflictError):
        owner.staff_admin.deactivate(row.id)
    assert seen == [row.id, row.id]


def test_pos_app_audit_verify_finds_the_trail_intact_after_every_kind_of_change(
    shop: AppControllers, db_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    shop.staff.login_password(MANAGER, MANAGER_PASSWORD)
    approval = shop.staff.approve(OWNER, OWNER_PASSWORD, Permission.USER_MANAGEMENT)
    shop.staff_admin.add_account("Bea", "cashier", pin="5827", approval=approval)
    shop.staff.logout()
    shop.staff.login_password(OWNER, OWNER_PASSWORD)
    admin = shop.staff_admin
    bea = account_id(shop, "Bea")
    admin.change_pin(bea, "3958")
    admin.change_role(bea, "manager", password="bea-manages-1")
    admin.reset_password(bea, "bea-manages-2")
    admin.deactivate(bea)
    admin.reactivate(bea)
    with pytest.raises(ConflictError):
        admin.deactivate(account_id(shop, OWNER))  # refused: no event, and the chain stays whole
    assert len(user_events(shop)) == 6
    # Besides the six changes, the trail holds the logins of the test (login events).
    with closing(sqlite3.connect(db_path)) as connection:
        total = connection.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    assert total > 6
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith(f"audit trail intact: {total} events, head ")
