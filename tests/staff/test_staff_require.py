"""The person at the till and `require`: a cashier is refused every protected action unless a
manager (or, for owner-only actions, the owner) approves that one action with their password."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from pos_app.controllers.app import AppControllers
from pos_app.controllers.staff import PermissionDeniedError, StaffController
from pos_app.controllers.users import AccountLockedError, AuthenticationError, UserController
from pos_app.domain.permissions import Permission, Role, refusal_message

PROTECTED = [permission for permission in Permission if permission is not Permission.DISCOUNT]
OWNER_ONLY = {Permission.PURGE, Permission.SETTINGS, Permission.USER_MANAGEMENT}


@pytest.fixture
def shop(users: UserController) -> UserController:
    users.add_user("Ann", "cashier", pin="4071")
    users.add_user("Mia", "manager", password="floor-boss-1")
    users.add_user("Olga", "owner", password="shop-owner-1")
    return users


def test_logging_in_and_out_is_signalled(qtbot: QtBot, shop: UserController, staff: StaffController) -> None:
    assert staff.current is None
    with qtbot.waitSignal(staff.logged_in) as signal:
        ann = staff.login_pin("4071")
    assert signal.args == [ann]
    assert staff.current == ann
    assert ann.role is Role.CASHIER
    with qtbot.waitSignal(staff.logged_out):
        staff.logout()
    assert staff.current is None
    assert staff.login_password("olga", "shop-owner-1").role is Role.OWNER


def test_a_refused_login_leaves_the_till_as_it_was(
    qtbot: QtBot, shop: UserController, staff: StaffController
) -> None:
    ann = staff.login_pin("4071")
    with qtbot.assertNotEmitted(staff.logged_in), pytest.raises(AuthenticationError):
        staff.login_password("Mia", "wrong-password")
    assert staff.current == ann


def test_nobody_logged_in_may_do_nothing(shop: UserController, staff: StaffController) -> None:
    with pytest.raises(PermissionDeniedError, match="log in first"):
        staff.require(Permission.DISCOUNT)


@pytest.mark.parametrize("permission", PROTECTED)
def test_every_protected_action_refuses_a_cashier_without_approval(
    shop: UserController, staff: StaffController, permission: Permission
) -> None:
    staff.login_pin("4071")
    with pytest.raises(PermissionDeniedError) as refused:
        staff.require(permission)
    assert refused.value.message == refusal_message(permission)


@pytest.mark.parametrize("permission", PROTECTED)
def test_a_cashier_may_with_an_approval_which_names_the_approver(
    shop: UserController, staff: StaffController, permission: Permission
) -> None:
    staff.login_pin("4071")
    approver = "Olga" if permission in OWNER_ONLY else "Mia"
    password = "shop-owner-1" if approver == "Olga" else "floor-boss-1"
    approval = staff.approve(approver, password, permission)
    assert staff.require(permission, approval) == shop.find(approver)
    # For that one action only.
    with pytest.raises(PermissionDeniedError, match="approval is not valid"):
        staff.require(permission, approval)


@pytest.mark.parametrize("permission", sorted(OWNER_ONLY))
def test_a_manager_cannot_approve_what_only_the_owner_may_do(
    shop: UserController, staff: StaffController, permission: Permission
) -> None:
    staff.login_pin("4071")
    with pytest.raises(PermissionDeniedError, match=r"Mia cannot approve this: .* needs the owner"):
        staff.approve("Mia", "floor-boss-1", permission)
    staff.login_password("Mia", "floor-boss-1")
    with pytest.raises(PermissionDeniedError, match="needs the owner"):
        staff.require(permission)


def test_a_cashier_cannot_approve_and_a_wrong_password_approves_nothing(
    shop: UserController, staff: StaffController
) -> None:
    staff.login_pin("4071")
    with pytest.raises(AuthenticationError, match="cashiers log in with their PIN"):
        staff.approve("Ann", "4071", Permission.VOID)
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong name or password"):
            staff.approve("Mia", "guess-guess", Permission.VOID)
    # The approval dialog counts towards the manager's lockout like any login.
    with pytest.raises(AccountLockedError):
        staff.approve("Mia", "guess-guess", Permission.VOID)
    with pytest.raises(AccountLockedError):
        staff.approve("Mia", "floor-boss-1", Permission.VOID)


def test_a_deactivated_manager_cannot_approve(shop: UserController, staff: StaffController) -> None:
    shop.deactivate(shop.find("Mia").id)
    staff.login_pin("4071")
    with pytest.raises(AuthenticationError, match="Wrong name or password"):
        staff.approve("Mia", "floor-boss-1", Permission.VOID)


def test_an_approval_is_for_its_own_action_and_lapses_at_logout(
    shop: UserController, staff: StaffController
) -> None:
    staff.login_pin("4071")
    approval = staff.approve("Mia", "floor-boss-1", Permission.VOID)
    with pytest.raises(PermissionDeniedError, match=r"for something else\. Refunding a sale needs a manager"):
        staff.require(Permission.REFUND, approval)
    staff.logout()
    staff.login_pin("4071")
    with pytest.raises(PermissionDeniedError, match="approval is not valid"):
        staff.require(Permission.VOID, approval)
    # Another controller's approval (another till) or a made-up one is not accepted, even while
    # this till holds a genuine open approval for the same action.
    own = staff.approve("Mia", "floor-boss-1", Permission.VOID)
    foreign = StaffController(shop).approve("Mia", "floor-boss-1", Permission.VOID)
    forged = replace(own, token="0" * 32)
    for fake in (foreign, forged):
        with pytest.raises(PermissionDeniedError, match="approval is not valid"):
            staff.require(Permission.VOID, fake)
    assert staff.require(Permission.VOID, own) == shop.find("Mia")


@pytest.mark.parametrize(("who", "password"), [("Mia", "floor-boss-1"), ("Olga", "shop-owner-1")])
def test_managers_and_owners_need_no_approval_for_their_own_actions(
    shop: UserController, staff: StaffController, who: str, password: str
) -> None:
    member = staff.login_password(who, password)
    for permission in Permission:
        if permission in OWNER_ONLY and member.role is Role.MANAGER:
            continue
        assert staff.require(permission) is None


def test_discounts_up_to_the_limit_are_the_cashiers_own(shop: UserController, staff: StaffController) -> None:
    staff.login_pin("4071")
    limit = Decimal("10")
    assert staff.require_discount(Decimal("5.00"), Decimal("50.00"), limit) is None
    with pytest.raises(PermissionDeniedError, match="A discount above the cashier's limit needs a manager"):
        staff.require_discount(Decimal("5.01"), Decimal("50.00"), limit)
    approval = staff.approve("Mia", "floor-boss-1", Permission.DISCOUNT_OVER_LIMIT)
    assert staff.require_discount(Decimal("5.01"), Decimal("50.00"), limit, approval) == shop.find("Mia")


def test_the_app_exposes_the_staff_controllers(controllers: AppControllers) -> None:
    controllers.users.add_user("Olga", "owner", password="shop-owner-1")
    assert controllers.staff.login_password("Olga", "shop-owner-1").name == "Olga"
    assert controllers.staff.require(Permission.PURGE) is None
