"""Every change of a staff account is the owner's: a cashier or a manager is refused (nothing changes,
no event), the owner succeeds with one "user_change" event naming them, and a manager holding the
owner's approval succeeds with the owner recorded as approver. No event carries a secret."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from staff_admin_support import (  # type: ignore[import-not-found]
    CASHIER,
    CASHIER_PIN,
    FORMER_CASHIER,
    MANAGER,
    MANAGER_PASSWORD,
    OTHER_MANAGER,
    OTHER_MANAGER_PASSWORD,
    OWNER,
    OWNER_PASSWORD,
    account_id,
    user_events,
    users_table,
)

from pos_app.controllers.app import AppControllers
from pos_app.controllers.staff import Approval, PermissionDeniedError
from pos_app.controllers.users import AuthenticationError
from pos_app.domain.permissions import Permission, Role

NEW_PIN = "5827"
NEW_PASSWORD = "fresh-start-77"


@dataclass(frozen=True)
class Case:
    """One mutating method: how to call it, the account it changes, what the event's details say,
    and how to see the change in the database afterwards."""

    name: str
    call: Callable[[AppControllers, Approval | None], object]
    subject: str
    details: dict[str, Any]
    changed: Callable[[AppControllers], bool]
    secrets: tuple[str, ...] = ()


def _logs_in_by_pin(app: AppControllers, pin: str, name: str) -> bool:
    try:
        return app.users.authenticate_pin(pin).name == name
    except AuthenticationError:
        return False


def _logs_in_by_password(app: AppControllers, name: str, password: str) -> bool:
    try:
        app.users.authenticate_password(name, password)
    except AuthenticationError:
        return False
    return True


CASES = [
    Case(
        "add",
        lambda app, approval: app.staff_admin.add_account("Bea", "cashier", pin=NEW_PIN, approval=approval),
        "Bea",
        {"action": "add", "name": "Bea", "role": "cashier", "login": "PIN", "active": True},
        lambda app: _logs_in_by_pin(app, NEW_PIN, "Bea"),
        (NEW_PIN,),
    ),
    Case(
        "add manager",
        lambda app, approval: app.staff_admin.add_account(
            "Ben", Role.MANAGER, password=NEW_PASSWORD, approval=approval
        ),
        "Ben",
        {"action": "add", "name": "Ben", "role": "manager", "login": "password", "active": True},
        lambda app: _logs_in_by_password(app, "Ben", NEW_PASSWORD),
        (NEW_PASSWORD,),
    ),
    Case(
        "change_pin",
        lambda app, approval: app.staff_admin.change_pin(
            account_id(app, CASHIER), NEW_PIN, approval=approval
        ),
        CASHIER,
        {"action": "change_pin", "name": CASHIER, "pin_changed": True},
        lambda app: _logs_in_by_pin(app, NEW_PIN, CASHIER) and not _logs_in_by_pin(app, CASHIER_PIN, CASHIER),
        (NEW_PIN, CASHIER_PIN),
    ),
    Case(
        "reset_password",
        lambda app, approval: app.staff_admin.reset_password(
            account_id(app, OTHER_MANAGER), NEW_PASSWORD, approval=approval
        ),
        OTHER_MANAGER,
        {"action": "reset_password", "name": OTHER_MANAGER, "password_changed": True},
        lambda app: (
            _logs_in_by_password(app, OTHER_MANAGER, NEW_PASSWORD)
            and not _logs_in_by_password(app, OTHER_MANAGER, OTHER_MANAGER_PASSWORD)
        ),
        (NEW_PASSWORD, OTHER_MANAGER_PASSWORD),
    ),
    Case(
        "change_role",
        lambda app, approval: app.staff_admin.change_role(
            account_id(app, OTHER_MANAGER), "owner", approval=approval
        ),
        OTHER_MANAGER,
        {"action": "change_role", "name": OTHER_MANAGER, "role": {"old": "manager", "new": "owner"}},
        lambda app: app.users.find(OTHER_MANAGER).role is Role.OWNER,
    ),
    Case(
        "change_role to cashier",
        lambda app, approval: app.staff_admin.change_role(
            account_id(app, OTHER_MANAGER), "cashier", pin=NEW_PIN, approval=approval
        ),
        OTHER_MANAGER,
        {
            "action": "change_role",
            "name": OTHER_MANAGER,
            "role": {"old": "manager", "new": "cashier"},
            "login": {"old": "password", "new": "PIN"},
        },
        lambda app: (
            _logs_in_by_pin(app, NEW_PIN, OTHER_MANAGER)
            and not _logs_in_by_password(app, OTHER_MANAGER, OTHER_MANAGER_PASSWORD)
        ),
        (NEW_PIN, OTHER_MANAGER_PASSWORD),
    ),
    Case(
        "deactivate",
        lambda app, approval: app.staff_admin.deactivate(account_id(app, CASHIER), approval=approval),
        CASHIER,
        {"action": "deactivate", "name": CASHIER, "active": {"old": True, "new": False}},
        lambda app: not app.users.find(CASHIER).active and not _logs_in_by_pin(app, CASHIER_PIN, CASHIER),
    ),
    Case(
        "reactivate",
        lambda app, approval: app.staff_admin.reactivate(
            account_id(app, FORMER_CASHIER), pin=NEW_PIN, approval=approval
        ),
        FORMER_CASHIER,
        {
            "action": "reactivate",
            "name": FORMER_CASHIER,
            "active": {"old": False, "new": True},
            "pin_changed": True,
        },
        lambda app: _logs_in_by_pin(app, NEW_PIN, FORMER_CASHIER),
        (NEW_PIN,),
    ),
]
IDS = [case.name for case in CASES]


def _log_in(app: AppControllers, who: str) -> None:
    if who == CASHIER:
        app.staff.login_pin(CASHIER_PIN)
    else:
        app.staff.login_password(who, {OWNER: OWNER_PASSWORD, MANAGER: MANAGER_PASSWORD}[who])


def _assert_no_secret(raw_details: str, secrets: tuple[str, ...]) -> None:
    assert "argon2" not in raw_details
    assert "hash" not in raw_details
    for secret in secrets:
        assert secret not in raw_details


@pytest.mark.parametrize("case", CASES, ids=IDS)
@pytest.mark.parametrize("who", [CASHIER, MANAGER])
def test_a_cashier_or_a_manager_is_refused_and_nothing_changes(
    shop: AppControllers, case: Case, who: str
) -> None:
    _log_in(shop, who)
    before = users_table(shop)
    with pytest.raises(PermissionDeniedError) as refused:
        case.call(shop, None)
    assert refused.value.message == "Managing staff accounts needs the owner."
    assert users_table(shop) == before
    assert user_events(shop) == []
    assert not case.changed(shop)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_nobody_logged_in_is_refused(shop: AppControllers, case: Case) -> None:
    before = users_table(shop)
    with pytest.raises(PermissionDeniedError, match="log in first"):
        case.call(shop, None)
    assert users_table(shop) == before
    assert user_events(shop) == []


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_owner_succeeds_and_one_event_says_what_changed(shop: AppControllers, case: Case) -> None:
    _log_in(shop, OWNER)
    olga = shop.users.find(OWNER)
    case.call(shop, None)
    assert case.changed(shop)
    [event] = user_events(shop)
    assert event.details == case.details
    assert (event.actor, event.actor_user_id, event.approver) == (OWNER, olga.id, None)
    assert (event.subject_type, event.subject_id) == ("user", str(account_id(shop, case.subject)))
    _assert_no_secret(event.raw_details, case.secrets)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_a_manager_with_the_owners_approval_succeeds_and_the_owner_is_the_approver(
    shop: AppControllers, case: Case
) -> None:
    _log_in(shop, MANAGER)
    mia = shop.users.find(MANAGER)
    approval = shop.staff.approve(OWNER, OWNER_PASSWORD, Permission.USER_MANAGEMENT)
    case.call(shop, approval)
    assert case.changed(shop)
    [event] = user_events(shop)
    assert event.details == case.details
    assert (event.actor, event.actor_user_id, event.approver) == (MANAGER, mia.id, OWNER)
    _assert_no_secret(event.raw_details, case.secrets)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_an_approval_serves_one_action_only(shop: AppControllers, case: Case) -> None:
    _log_in(shop, CASHIER)
    approval = shop.staff.approve(OWNER, OWNER_PASSWORD, Permission.USER_MANAGEMENT)
    shop.staff.approve(OWNER, OWNER_PASSWORD, Permission.USER_MANAGEMENT)  # another, unused
    shop.staff_admin.add_account("Cid", "manager", password=NEW_PASSWORD + "x", approval=approval)
    before = users_table(shop)
    with pytest.raises(PermissionDeniedError, match="approval is not valid"):
        case.call(shop, approval)
    assert users_table(shop) == before
    assert len(user_events(shop)) == 1


def test_a_manager_cannot_approve_staff_changes(shop: AppControllers) -> None:
    _log_in(shop, CASHIER)
    with pytest.raises(PermissionDeniedError, match="Mia cannot approve this"):
        shop.staff.approve(MANAGER, MANAGER_PASSWORD, Permission.USER_MANAGEMENT)


def test_an_approval_for_something_else_is_refused(shop: AppControllers) -> None:
    _log_in(shop, MANAGER)
    approval = shop.staff.approve(OWNER, OWNER_PASSWORD, Permission.SETTINGS)
    before = users_table(shop)
    with pytest.raises(PermissionDeniedError, match="approval was for something else"):
        shop.staff_admin.deactivate(account_id(shop, CASHIER), approval=approval)
    assert users_table(shop) == before
    assert user_events(shop) == []
