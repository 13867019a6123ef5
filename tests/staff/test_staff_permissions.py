"""The permission table, pair by pair, and the discount limit check."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.domain.permissions import (
    PERMISSIONS,
    Permission,
    Role,
    allowed,
    discount_needs_approval,
    lowest_role_for,
    refusal_message,
)

# The whole table written out by hand, so a change to it is a deliberate change to this test too.
MANAGER_ONLY = {
    Permission.DISCOUNT_OVER_LIMIT,
    Permission.VOID,
    Permission.REFUND,
    Permission.PRICE_OVERRIDE,
    Permission.NO_SALE_DRAWER,
    Permission.CATALOG_EDIT,
    Permission.REPORTS,
    Permission.EXPORTS,
}
OWNER_ONLY = {Permission.PURGE, Permission.SETTINGS, Permission.USER_MANAGEMENT}
EXPECTED = {
    Role.CASHIER: {Permission.DISCOUNT},
    Role.MANAGER: {Permission.DISCOUNT} | MANAGER_ONLY,
    Role.OWNER: set(Permission),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_every_role_and_permission(role: Role, permission: Permission) -> None:
    assert allowed(role, permission) is (permission in EXPECTED[role])
    assert allowed(role.value, permission) is (permission in EXPECTED[role])


def test_the_table_covers_every_permission_and_grows_with_the_role() -> None:
    assert set(PERMISSIONS) == set(Role)
    assert PERMISSIONS[Role.CASHIER] < PERMISSIONS[Role.MANAGER] < PERMISSIONS[Role.OWNER]
    assert set(Permission) == {Permission.DISCOUNT} | MANAGER_ONLY | OWNER_ONLY


def test_unknown_role_is_an_error_not_a_refusal() -> None:
    with pytest.raises(ValueError, match="admin"):
        allowed("admin", Permission.VOID)


@pytest.mark.parametrize(
    ("permission", "message"),
    [
        (Permission.VOID, "Voiding a sale needs a manager."),
        (Permission.REFUND, "Refunding a sale needs a manager."),
        (Permission.PURGE, "Purging old sales needs the owner."),
        (Permission.USER_MANAGEMENT, "Managing staff accounts needs the owner."),
        (Permission.DISCOUNT, "Giving a discount needs a cashier."),
    ],
)
def test_refusals_name_the_action_and_who_may_do_it(permission: Permission, message: str) -> None:
    assert refusal_message(permission) == message


def test_lowest_role() -> None:
    assert {permission: lowest_role_for(permission) for permission in OWNER_ONLY} == dict.fromkeys(
        OWNER_ONLY, Role.OWNER
    )
    assert {lowest_role_for(permission) for permission in MANAGER_ONLY} == {Role.MANAGER}


@pytest.mark.parametrize(
    ("taken_off", "before", "limit", "needs"),
    [
        ("10.00", "100.00", "10", False),  # exactly at the limit
        ("10.01", "100.00", "10", True),
        ("0.00", "100.00", "0", False),  # nothing off never needs approval
        ("0.01", "100.00", "0", True),  # a zero limit: every discount needs a manager
        ("1.00", "0.00", "50", True),  # something off nothing is beyond any limit
        ("33.33", "100.00", "33.33", False),  # exact decimals, no rounding
        ("33.33", "99.99", "33.33", True),  # 33.33 % of 99.99 is 33.327 and a bit
        ("100.00", "100.00", "100", False),
    ],
)
def test_discount_limit(taken_off: str, before: str, limit: str, needs: bool) -> None:
    assert discount_needs_approval(Decimal(taken_off), Decimal(before), Decimal(limit)) is needs


def test_negative_discount_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="never negative"):
        discount_needs_approval(Decimal("-1"), Decimal("10"), Decimal("5"))
