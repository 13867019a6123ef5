"""Who may do what at the till: the roles, the protected actions and the table between them.

Plain Python, so the controllers check it (not only the screens, which merely hide buttons) and
tests can walk every role and permission pair.

The table is what a small shop does in practice:

- A cashier sells: scans, takes payment, parks, and gives a discount up to the shop's limit.
  Everything that takes money out, changes what a sale is worth after the fact, or changes the
  shop needs a manager, who approves it on the spot with their password.
- A manager runs the floor: voids, refunds, discounts above the limit, price overrides, opening
  the drawer without a sale, catalog edits, reports and exports.
- Only the owner may purge old sales (it deletes records for good), change the shop's settings
  (tax rounding, currency, printer: they change every later sale) and manage staff accounts
  (otherwise a manager could make themselves an owner, or an account for someone else).
"""

from __future__ import annotations

import enum
from decimal import Decimal

from pos_app.domain.i18n import translate


class Role(enum.StrEnum):
    """The stored values of users.role, lowest rights first."""

    CASHIER = "cashier"
    MANAGER = "manager"
    OWNER = "owner"


class Permission(enum.StrEnum):
    """An action the till checks before doing it."""

    DISCOUNT = "discount"  # a discount up to the shop's limit
    DISCOUNT_OVER_LIMIT = "discount_over_limit"
    VOID = "void"  # cancel the open sale
    REFUND = "refund"  # return a past sale and pay money back
    PRICE_OVERRIDE = "price_override"
    NO_SALE_DRAWER = "no_sale_drawer"  # open the cash drawer without a sale
    CATALOG_EDIT = "catalog_edit"  # items, prices, tax rates, stock counts, deliveries
    REPORTS = "reports"
    EXPORTS = "exports"  # CSV exports of sales, items and customers
    PURGE = "purge"  # delete old sales for good
    SETTINGS = "settings"
    USER_MANAGEMENT = "user_management"


_MANAGER = frozenset(
    {
        Permission.DISCOUNT,
        Permission.DISCOUNT_OVER_LIMIT,
        Permission.VOID,
        Permission.REFUND,
        Permission.PRICE_OVERRIDE,
        Permission.NO_SALE_DRAWER,
        Permission.CATALOG_EDIT,
        Permission.REPORTS,
        Permission.EXPORTS,
    }
)

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: frozenset({Permission.DISCOUNT}),
    Role.MANAGER: _MANAGER,
    Role.OWNER: frozenset(Permission),
}


def action_name(permission: Permission) -> str:
    """How a refusal names the action: "Voiding a sale" in "Voiding a sale needs a manager."."""
    # Built at each call, not held in a module table: translate must run after the GUI installed
    # its translator, which happens long after this module is imported.
    names = {
        Permission.DISCOUNT: translate("Permissions", "Giving a discount"),
        Permission.DISCOUNT_OVER_LIMIT: translate("Permissions", "A discount above the cashier's limit"),
        Permission.VOID: translate("Permissions", "Voiding a sale"),
        Permission.REFUND: translate("Permissions", "Refunding a sale"),
        Permission.PRICE_OVERRIDE: translate("Permissions", "Changing a price at the till"),
        Permission.NO_SALE_DRAWER: translate("Permissions", "Opening the drawer without a sale"),
        Permission.CATALOG_EDIT: translate("Permissions", "Changing the catalog"),
        Permission.REPORTS: translate("Permissions", "Viewing reports"),
        Permission.EXPORTS: translate("Permissions", "Exporting data"),
        Permission.PURGE: translate("Permissions", "Purging old sales"),
        Permission.SETTINGS: translate("Permissions", "Changing the shop's settings"),
        Permission.USER_MANAGEMENT: translate("Permissions", "Managing staff accounts"),
    }
    return names[permission]


def role_name(role: Role) -> str:
    """The role as a refusal names who may do it: "a manager"."""
    if role is Role.CASHIER:
        return translate("Permissions", "a cashier")
    if role is Role.MANAGER:
        return translate("Permissions", "a manager")
    return translate("Permissions", "the owner")


def allowed(role: Role | str, permission: Permission) -> bool:
    """Whether `role` may do `permission` on its own."""
    return permission in PERMISSIONS[Role(role)]


def lowest_role_for(permission: Permission) -> Role:
    """The least-privileged role that may do `permission` (every permission has one: the owner's)."""
    return next(role for role in Role if allowed(role, permission))


def refusal_message(permission: Permission) -> str:
    """What the till says when someone may not do `permission`, e.g. "Voiding a sale needs a manager."."""
    return translate("Permissions", "{action} needs {role}.").format(
        action=action_name(permission), role=role_name(lowest_role_for(permission))
    )


def discount_needs_approval(taken_off: Decimal, before: Decimal, limit_percent: Decimal) -> bool:
    """Whether taking `taken_off` off `before` goes beyond a cashier's limit of `limit_percent` %.

    Works for both kinds of discount: a percent discount of P% on `before` takes off P% of it, an
    amount discount takes off the amount. Exact: compares `taken_off * 100` with
    `before * limit_percent`, so 10.00 off 100.00 at a 10 % limit needs no approval and 10.01
    does. Nothing taken off never needs approval; anything taken off a zero amount does.
    """
    if taken_off < 0 or before < 0 or limit_percent < 0:
        raise ValueError("a discount, the amount it applies to and the limit are never negative")
    if taken_off == 0:
        return False
    return taken_off * 100 > before * limit_percent
